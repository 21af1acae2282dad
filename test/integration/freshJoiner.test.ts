// A client that joins late (or comes back) must receive exactly what the clients that were there
// from the start hold: the trimmed log, every list and the map. A mixed game: three people who
// act and chat, bots in the other seats; after every round a fresh client joins and its decoded
// state is compared with the first client's.
import { matchMaker } from "@colyseus/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../../server/app";
import type { ShanchengRoom } from "../../server/room/room";
import { tileActions } from "../../shared/views/hints";
import { nextRandom, seedState } from "../../shared/engine/rng";
import { createRoom, joinRoom, roundTrip, until, type Player } from "../helpers/clients";

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ port: 0 });
});
afterAll(async () => {
  await server?.close();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

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
      await sleep(Math.max(0, lastChat + 1050 - Date.now()));
      lastChat = Date.now();
      people.forEach((p, i) => p.room.send("chat", { text: `round ${room.gameState.round}: a word from ${i}` }));
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
