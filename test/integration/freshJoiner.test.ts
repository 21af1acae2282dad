// A client that joins late (or comes back) must receive exactly what the clients that were there
// from the start hold: the trimmed log, every list and the map. Over real sockets, a mixed game
// (three people who act and chat, bots in the other seats) with a fresh client after every
// round; and with the schema's encoder alone, a client joining between a change and its patch
// (it decodes the full state, then the pending patch: the case a trimming splice got wrong).
import { Decoder, Encoder } from "@colyseus/schema";
import { matchMaker } from "@colyseus/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startServer, type RunningServer } from "../../server/app";
import type { ShanchengRoom } from "../../server/room/room";
import { tileActions } from "../../shared/views/hints";
import { nextRandom, seedState } from "../../shared/engine/rng";
import { createRoom, joinRoom, roundTrip, until, type Player, startAsFacilitator } from "../helpers/clients";
import { logOf } from "../../client/synced";
import { dice, playRandomGame } from "../helpers/randomPlay";
import { createGame } from "../../shared/engine/apply";
import { chongqingScenario } from "../../shared/scenarios/chongqing";
import { loadMapFile } from "../../server/mapFile";
import "../../server/room/room"; // sets Encoder.BUFFER_SIZE for a full map
import { RoomState } from "../../server/room/schema";
import { appendLog, appendLogLines, logPage, syncState } from "../../server/room/sync";
import { chatEntry, packEntry } from "../../shared/views/logEntries";
import type { LogPageReply } from "../../shared/protocol";
import { LOG_LINES, LOG_PAGE } from "../../shared/views/wire";

let server: RunningServer;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "shancheng-fresh-"));
  server = await startServer({ port: 0, dataFile: join(dir, "records.sqlite") });
});
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Every line the room's log holds, read page by page from the last. */
function wholeLog(state: RoomState): string[] {
  const lines: string[] = [];
  for (let before = state.logWritten; before > 0; ) {
    const page = logPage(state, before);
    lines.unshift(...page.lines);
    before = page.from;
  }
  return lines;
}

describe("a fresh joiner's state", () => {
  it("deep-equals a client that was there from the start, after every round of a mixed game", async () => {
    const host = await createRoom(server.port, "Ana", { seed: 5 });
    const room = matchMaker.getLocalRoomById(host.room.roomId) as ShanchengRoom;
    const people: Player[] = [host, await joinRoom(server.port, host.room.roomId, "Bo"), await joinRoom(server.port, host.room.roomId, "Cai")];
    await until(() => people.every((p) => (p.room.state.seats?.length ?? 0) > 0), "synced");
    people.forEach((p, i) => p.room.send("takeSeat", { seat: i }));
    await until(() => people.every((p) => p.privateView !== null), "seats taken");
    host.room.send("fillWithBots", {});
    await until(() => room.gameState.seats.every((_, i) => host.room.state.seats[i].player !== ""), "bots seated");
    host.room.send("startGame", {});
    await until(() => room.gameState.phase === "action", "started");

    let rng = seedState(11);
    const random = () => {
      const d = nextRandom(rng);
      rng = d.state;
      return d.value;
    };
    const tiles = room.gameState.map.width * room.gameState.map.height;
    const compareWithFreshJoiner = async (when: string) => {
      await roundTrip(host);
      const expected = JSON.stringify(room.state.toJSON());
      await until(() => JSON.stringify(host.room.state.toJSON()) === expected, `the first client mirrors the server ${when}`);
      const fresh = await joinRoom(server.port, host.room.roomId, "Watcher");
      await until(() => (fresh.room.state.seats?.length ?? 0) > 0, "the fresh client's state");
      await roundTrip(fresh);
      expect(fresh.room.state.toJSON(), when).toEqual(host.room.state.toJSON());
      await fresh.room.leave();
    };

    let lastChat = 0;
    let rounds = 0;
    while (room.gameState.phase === "action") {
      // One chat line from each person (the room allows one a second per client).
      await sleep(Math.max(0, lastChat + 1100 - Date.now()));
      people.forEach((p, i) => p.room.send("chat", { text: `round ${room.gameState.round}: a word from ${i}` }));
      // Counted from when the server has read them: the next lines come over a second later.
      await Promise.all(people.map((p) => roundTrip(p)));
      lastChat = Date.now();
      for (let i = 0; i < 9; i++) {
        const seat = i % people.length;
        for (let tries = 0; tries < 200; tries++) {
          const actions = tileActions(room.gameState, seat, Math.floor(random() * tiles));
          if (actions.length === 0) continue;
          people[seat].room.send("command", { command: actions[Math.floor(random() * actions.length)].command });
          await roundTrip(people[seat]);
          break;
        }
      }
      const round = room.gameState.round;
      for (const p of people) p.room.send("ready", { ready: true });
      await until(() => room.gameState.round !== round || room.gameState.phase === "ended", `round ${round} resolved`);
      await compareWithFreshJoiner(`after round ${round}`);
      rounds++;
    }
    expect(rounds).toBe(room.gameState.scenario.rounds);
    expect(host.room.state.log.length).toBe(60); // the log has been trimming
    expect(people.flatMap((p) => p.errors)).toEqual([]);
    for (const p of people) await p.room.leave();
  }, 120_000);
});

describe("a client joining between a change and its patch", () => {
  it("ends up with the state of a client that was there from the start, after every command of a random game", () => {
    const room = new RoomState();
    const encoder = new Encoder(room);
    const live = new Decoder(new RoomState());
    const game = createGame(chongqingScenario, loadMapFile(), 4);
    const occupants = game.seats.map(() => null);
    syncState(room, game, occupants, 0);
    live.decode(encoder.encodeAll());
    encoder.discardChanges();
    const roll = dice(9);
    let joins = 0;
    playRandomGame(game, {
      roll,
      tries: 20,
      onCommand: (seat, command, events, state) => {
        appendLog(room, state, events);
        if (roll(4) === 0) appendLogLines(room, [packEntry(chatEntry(seat, "Ana", `chat after ${command.type}`))]);
        syncState(room, state, occupants, 0);
        const fresh = roll(2) === 0 ? new Decoder(new RoomState()) : null;
        if (fresh) fresh.decode(encoder.encodeAll());
        const patch = encoder.encode();
        encoder.discardChanges();
        live.decode(patch);
        const truth = room.toJSON();
        expect(live.state.toJSON()).toEqual(truth);
        if (fresh) {
          fresh.decode(patch);
          expect(fresh.state.toJSON(), `joined after ${command.type}`).toEqual(truth);
          joins++;
        }
      },
    });
    expect(room.logWritten).toBeGreaterThan(2 * 60); // the ring went round
    expect(joins).toBeGreaterThan(40);
  });
});

describe("a resumed session's log", () => {
  it("holds the last lines of the replayed game, as the room that stopped had them (chat apart)", async () => {
    const post = async (path: string, secret?: string) => {
      const headers: Record<string, string> = { "content-type": "application/json", ...(secret ? { "x-facilitator-secret": secret } : {}) };
      const res = await fetch(`http://127.0.0.1:${server.port}/api${path}`, { method: "POST", headers, body: JSON.stringify(secret ? {} : { seed: 2, roundSeconds: 600 }) });
      return (await res.json()) as { code: string; facilitatorSecret: string };
    };
    const { code, facilitatorSecret } = await post("/sessions");
    const ana = await joinRoom(server.port, code, "Ana");
    await until(() => (ana.room.state.seats?.length ?? 0) > 0, "synced");
    ana.room.send("takeSeat", { seat: 0 });
    await until(() => ana.privateView !== null, "seated");
    await startAsFacilitator(server.port, code, facilitatorSecret, { bots: true });
    await until(() => ana.room.state.seats.every((s) => s.player !== ""), "bots seated");
    const room = matchMaker.getLocalRoomById(code) as ShanchengRoom;
    for (let round = 1; round <= 5; round++) {
      await until(() => room.gameState.round === round && room.gameState.phase === "action", `round ${round}`);
      ana.room.send("ready", { ready: true });
    }
    await until(() => room.gameState.round === 6, "five rounds played");
    await roundTrip(ana);
    const lines = logOf(room.state);
    expect(lines.length).toBeGreaterThan(10);
    const whole = wholeLog(room.state);
    expect(room.state.logWritten).toBeGreaterThan(LOG_LINES); // earlier lines are off the ring
    await ana.room.leave();
    await room.disconnect();
    await until(() => matchMaker.getLocalRoomById(code) === undefined, "room gone");

    await post(`/sessions/${code}/resume`, facilitatorSecret);
    const again = matchMaker.getLocalRoomById(code) as ShanchengRoom;
    expect(logOf(again.state)).toEqual(lines);
    // The whole game's log, not only the ring, is rebuilt (what the scrollback reads).
    expect(again.state.logWritten).toBe(room.state.logWritten);
    expect(wholeLog(again.state)).toEqual(whole);
  });
});

describe("the log's scrollback", () => {
  it("gives a client every line of the game, a page at a time, over a real socket", async () => {
    const host = await createRoom(server.port, "Ana", { seed: 8, solo: true });
    const room = matchMaker.getLocalRoomById(host.room.roomId) as ShanchengRoom;
    await until(() => (host.room.state.seats?.length ?? 0) > 0, "synced");
    host.room.send("takeSeat", { seat: 0 });
    await until(() => host.privateView !== null, "seated");
    host.room.send("startGame", {});
    for (let round = 1; round <= room.gameState.scenario.rounds; round++) {
      await until(() => room.gameState.round === round && room.gameState.phase === "action", `round ${round}`);
      host.room.send("ready", { ready: true });
    }
    await until(() => room.gameState.phase === "ended", "the whole game played");
    await until(() => host.room.state.logWritten === room.state.logWritten, "the last lines synced");
    const written = host.room.state.logWritten;
    expect(written).toBeGreaterThan(LOG_LINES + LOG_PAGE); // more than the ring and one page
    const pages: LogPageReply[] = [];
    host.room.onMessage("logPage", (page: LogPageReply) => pages.push(page));
    let before = written - LOG_LINES;
    const earlier: string[] = [];
    while (before > 0) {
      host.room.send("logPage", { before });
      await until(() => pages.length > 0, `the page before line ${before}`);
      const page = pages.shift()!;
      expect(page.from + page.lines.length).toBe(before);
      expect(page.lines.length).toBe(Math.min(LOG_PAGE, before));
      earlier.unshift(...page.lines);
      before = page.from;
    }
    // The pages and the ring make the whole log, in order: the server's own.
    expect([...earlier, ...logOf(host.room.state)]).toEqual(wholeLog(room.state));
    expect(earlier.length + LOG_LINES).toBe(written);
    host.room.send("logPage", { before: 0 });
    await until(() => pages.length > 0, "the page before the first line");
    expect(pages.shift()).toEqual({ from: 0, lines: [] });
    await host.room.leave();
  });
});
