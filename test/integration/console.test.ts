// The facilitator's console over real sockets: a session created over HTTP, the facilitator's
// socket proving the secret, and every control checked on the server. A player's socket (or one
// with a wrong secret) is refused every control and nothing changes.
import { matchMaker } from "@colyseus/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../../server/app";
import type { ShanchengRoom } from "../../server/room/room";
import { SYSTEM_SEAT } from "../../shared/engine/commands";
import { hashState } from "../../shared/engine/hash";
import type { ClientMessageType } from "../../shared/protocol";
import { replay } from "../../shared/engine/replay";
import { joinRoom, roundTrip, until, type Player } from "../helpers/clients";
import { logTexts } from "../../client/ui/logText";

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ port: 0, roomDefaults: { botGraceSeconds: 0.3 } });
});
afterAll(async () => {
  await server?.close();
});

const roomOf = (code: string) => matchMaker.getLocalRoomById(code) as ShanchengRoom;

interface Session {
  code: string;
  facilitatorSecret: string;
  facilitatorUrl: string;
}

async function newSession(body: Record<string, unknown> = {}): Promise<Session> {
  const res = await fetch(`http://127.0.0.1:${server.port}/api/sessions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  expect(res.status).toBe(201);
  return (await res.json()) as Session;
}

/** Join as the facilitator and prove the secret. */
async function facilitator(session: Session): Promise<Player> {
  const f = await joinRoom(server.port, session.code, "Facilitator");
  let ok = false;
  f.room.onMessage("facilitator", () => (ok = true));
  f.room.send("facilitatorAuth", { secret: session.facilitatorSecret });
  await until(() => ok, "facilitator authorized");
  await until(() => (f.room.state.seats?.length ?? 0) > 0, "synced");
  return f;
}

async function seated(session: Session, name: string, role: string, nth = 0): Promise<Player> {
  const p = await joinRoom(server.port, session.code, name);
  await until(() => (p.room.state.seats?.length ?? 0) > 0, "synced");
  const seat = [...p.room.state.seats].filter((s) => s.role === role)[nth].id;
  p.room.send("takeSeat", { seat });
  await until(() => p.privateView?.seat === seat, `${name} seated`);
  return p;
}

/** Send a control and wait until the server has handled it (and everything before it). */
async function control<T extends ClientMessageType>(p: Player, type: T, message: Record<string, unknown> = {}): Promise<void> {
  p.room.send(type, message);
  await roundTrip(p);
}

const CONTROLS: [ClientMessageType, Record<string, unknown>][] = [
  ["console:start", { bots: true }],
  ["console:pause", {}],
  ["console:resume", {}],
  ["console:extend", { seconds: 60 }],
  ["console:endPhase", {}],
  ["console:moveSeat", { from: 0, to: 1 }],
  ["console:removePlayer", { seat: 0 }],
  ["console:fillSeat", { seat: 1, personality: "holdOut" }],
  ["console:broadcast", { text: "hello" }],
  ["console:setNextCard", { id: "" }],
  ["console:endGame", {}],
];

describe("facilitator authorization", () => {
  it("a player's socket, and a socket with a wrong secret, are refused every control and nothing changes", async () => {
    const session = await newSession();
    const player = await seated(session, "Ana", "government");
    const impostor = await joinRoom(server.port, session.code, "Mallory");
    await until(() => (impostor.room.state.seats?.length ?? 0) > 0, "synced");
    impostor.room.send("facilitatorAuth", { secret: "not-the-secret" });
    await until(() => impostor.errors.length === 1, "wrong secret refused");
    expect(impostor.errors[0]).toEqual({ refused: "facilitatorAuth", code: "wrongSecret", message: expect.stringMatching(/not this session's facilitator secret/) });
    // A secret of another session is no good here either.
    const other = await newSession();
    impostor.room.send("facilitatorAuth", { secret: other.facilitatorSecret });
    await until(() => impostor.errors.length === 2, "another session's secret refused");

    const room = roomOf(session.code);
    const before = JSON.stringify(room.gameState) + JSON.stringify(room.state.toJSON());
    for (const p of [player, impostor]) {
      p.errors.length = 0;
      for (const [type, message] of CONTROLS) p.room.send(type, message);
      await roundTrip(p);
      expect(p.errors.map((e) => e.refused)).toEqual(CONTROLS.map(([type]) => type));
      for (const e of p.errors) expect(e).toMatchObject({ code: "notFacilitator", message: expect.stringMatching(/Only the session's facilitator/) });
    }
    expect(JSON.stringify(room.gameState) + JSON.stringify(room.state.toJSON())).toBe(before);
    expect(room.gameRecord.log).toEqual([]);
    // Malformed controls are refused on shape first, even from the facilitator.
    const f = await facilitator(session);
    await control(f, "console:extend", { seconds: 601 });
    await control(f, "console:broadcast", { text: "x".repeat(281) });
    await control(f, "console:fillSeat", { seat: 1, personality: "anarchist" });
    expect(f.errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/Malformed "console:extend"/),
      expect.stringMatching(/Malformed "console:broadcast"/),
      expect.stringMatching(/"anarchist" is not a village personality: pick one of sellEarly, holdOut, reclaim/),
    ]);
    for (const p of [player, impostor, f]) await p.room.leave();
  });
});

describe("a facilitator's session", () => {
  it("only the console starts it and fills its seats: a seated student's Start and Fill are refused", async () => {
    const session = await newSession({ roundSeconds: 120 });
    const ana = await seated(session, "Ana", "government");
    expect(ana.room.state.facilitated).toBe(true);
    ana.room.send("startGame", {});
    ana.room.send("fillWithBots", {});
    await roundTrip(ana);
    expect(ana.errors.map((e) => [e.refused, e.code])).toEqual([
      ["startGame", "consoleOnly"],
      ["fillWithBots", "consoleOnly"],
    ]);
    expect(ana.room.state.phase).toBe("lobby");
    expect([...ana.room.state.seats].filter((s) => s.bot).length).toBe(0);
    const f = await facilitator(session);
    await control(f, "console:start", { bots: true });
    await until(() => ana.room.state.phase === "action", "started by the console");
    for (const p of [ana, f]) await p.room.leave();
  });
});

describe("the clock", () => {
  it("pause stops the clock (the phase cannot end, even with everyone ready), resume restores the time left, extend moves the deadline", async () => {
    const session = await newSession({ roundSeconds: 120 });
    const f = await facilitator(session);
    const ana = await seated(session, "Ana", "government");
    await control(f, "console:start", {});
    await until(() => f.room.state.phase === "action" && f.room.state.phaseEndsAt > 0, "started");
    // The facilitator is no player: Ana alone being ready would end the round; check it after a pause.
    const left = f.room.state.phaseEndsAt - Date.now();
    expect(left).toBeGreaterThan(110_000);

    await control(f, "console:pause");
    await until(() => f.room.state.paused, "paused");
    expect(f.room.state.phaseEndsAt).toBe(0);
    expect(f.room.state.pausedSecondsLeft).toBeGreaterThan(110);
    expect(f.room.state.pausedSecondsLeft).toBeLessThanOrEqual(120);
    // Players still act while paused, and Ready does not end the phase.
    ana.room.send("command", { command: { type: "setHukouQuota", cohorts: 1 } });
    ana.room.send("ready", { ready: true });
    await roundTrip(ana);
    await new Promise((r) => setTimeout(r, 200));
    expect(ana.room.state.round).toBe(1);
    expect(ana.room.state.hukouQuota).toBe(1);
    expect(ana.errors).toEqual([]);
    // Extending while paused changes the time left.
    await control(f, "console:extend", { seconds: 60 });
    await until(() => f.room.state.pausedSecondsLeft > 170, "paused time extended");
    // Resume: the deadline is restored from the time left; everyone was ready, so the round ends.
    await control(f, "console:resume");
    await until(() => f.room.state.round === 2, "the ready round ends once the clock runs again");
    expect(f.room.state.paused).toBe(false);

    // In round 2: resume restores roughly the time left; extend and shorten move the deadline.
    await control(f, "console:pause");
    await until(() => f.room.state.paused, "paused again");
    const pausedLeft = f.room.state.pausedSecondsLeft;
    await new Promise((r) => setTimeout(r, 1100)); // time passes while paused: none of it counts
    await control(f, "console:resume");
    await until(() => !f.room.state.paused && f.room.state.phaseEndsAt > 0, "resumed");
    const resumedLeft = (f.room.state.phaseEndsAt - Date.now()) / 1000;
    expect(Math.abs(resumedLeft - pausedLeft)).toBeLessThan(2);
    const deadline = f.room.state.phaseEndsAt;
    await control(f, "console:extend", { seconds: 90 });
    await until(() => f.room.state.phaseEndsAt !== deadline, "extended");
    expect(f.room.state.phaseEndsAt - deadline).toBeGreaterThan(89_000);
    expect(f.room.state.phaseEndsAt - deadline).toBeLessThan(91_000);
    await control(f, "console:extend", { seconds: -600 });
    // Shortened past zero: the phase ends at once.
    await until(() => f.room.state.round === 3, "shortened to nothing: round 3");
    expect(f.errors).toEqual([]);
    await control(f, "console:resume");
    expect(f.errors.at(-1)?.message).toMatch(/not paused/);
    for (const p of [ana, f]) await p.room.leave();
  });

  it("endPhase ends the action phase now; endGame ends the game, and the record replays", async () => {
    const session = await newSession();
    const f = await facilitator(session);
    const ana = await seated(session, "Ana", "government");
    await control(f, "console:endPhase");
    expect(f.errors.at(-1)?.message).toMatch(/no action phase/);
    await control(f, "console:start", { bots: true });
    await until(() => f.room.state.round === 1, "round 1");
    expect([...f.room.state.seats].filter((s) => s.bot).length).toBe(f.room.state.seats.length - 1);
    await control(f, "console:endPhase");
    await until(() => f.room.state.round === 2 && f.room.state.history.length === 1, "round 2 after endPhase");
    await control(f, "console:endGame");
    await until(() => f.room.state.phase === "ended", "ended");
    expect(f.room.state.phaseEndsAt).toBe(0);
    expect(f.room.state.history.length).toBe(1);
    ana.room.send("command", { command: { type: "setHukouQuota", cohorts: 1 } });
    await until(() => ana.errors.length === 1, "no moves after the end");
    expect(ana.errors[0].message).toMatch(/game is over/);
    const room = roomOf(session.code);
    expect(room.gameRecord.log.at(-1)).toEqual({ seat: SYSTEM_SEAT, command: { type: "endGame" } });
    expect(hashState(replay(room.gameRecord))).toBe(hashState(room.gameState));
    // The records say so too.
    expect(server.records.getSession(session.code)?.status).toBe("ended");
    for (const p of [ana, f]) await p.room.leave();
  });
});

describe("seats", () => {
  it("fillSeat puts a bot of the chosen personality in a free seat; moveSeat moves a player; removePlayer in a running game hands the seat to a bot", async () => {
    const session = await newSession();
    const f = await facilitator(session);
    const ana = await seated(session, "Ana", "government");
    const bo = await seated(session, "Bo", "village");
    const villages = [...f.room.state.seats].filter((s) => s.role === "village").map((s) => s.id);
    const [boSeat, spare, third] = villages;
    // Fill a seat with a bot of a chosen personality; a taken seat cannot be filled.
    await control(f, "console:fillSeat", { seat: spare, personality: "reclaim" });
    await until(() => f.room.state.seats[spare].bot === "reclaim", "bot in the spare seat");
    expect(f.room.state.seats[spare].player).toBe("Bot");
    await control(f, "console:fillSeat", { seat: boSeat });
    expect(f.errors.at(-1)?.message).toMatch(/Bo sits in/);
    // Move Bo to a free seat: his private view follows him.
    await control(f, "console:moveSeat", { from: boSeat, to: third });
    await until(() => bo.privateView?.seat === third && f.room.state.seats[boSeat].player === "" && f.room.state.seats[third].player === "Bo", "Bo moved");
    await control(f, "console:moveSeat", { from: third, to: 0 });
    expect(f.errors.at(-1)?.message).toMatch(/taken by Ana/);
    // Start with the seats as they are; Bo's old seat stays empty.
    await control(f, "console:start", {});
    await until(() => f.room.state.phase === "action", "started");
    expect(f.room.state.seats[boSeat].player).toBe("");
    // A bot joins mid-round and plays its round at once.
    await control(f, "console:fillSeat", { seat: boSeat, personality: "sellEarly" });
    await until(() => f.room.state.seats[boSeat].bot === "sellEarly" && f.room.state.seats[boSeat].ready, "a bot in Bo's old seat, ready");
    // Remove Ana in a running game: a bot of the room's mix takes the government.
    await control(f, "console:removePlayer", { seat: 0 });
    await until(() => f.room.state.seats[0].bot === "balanced", "a bot governs");
    expect(f.room.state.seats[0].player).toBe("Bot");
    await until(() => ana.errors.some((e) => /taken you out of Municipal government/.test(e.message)), "Ana is told");
    expect(ana.privateView?.seat).toBe(0); // her last private view; she gets no more
    const room = roomOf(session.code);
    const govCommands = room.gameRecord.log.filter((e) => e.seat === 0 && e.command.type !== "startGame");
    expect(govCommands.length).toBeGreaterThan(0); // the bot acted for the government
    // Bo alone is a person now: his Ready ends the round.
    bo.room.send("ready", { ready: true });
    await until(() => f.room.state.round === 2, "round 2 on Bo's Ready");
    // Ana may take a free seat again (a bot-only seat is anyone's).
    ana.room.send("takeSeat", { seat: 0 });
    await until(() => f.room.state.seats[0].player === "Ana" && f.room.state.seats[0].bot === "", "Ana back in the government seat");
    expect(hashState(replay(room.gameRecord))).toBe(hashState(room.gameState));
    for (const p of [ana, bo, f]) await p.room.leave();
  });
});

describe("broadcast and event cards", () => {
  it("a broadcast reaches every client and the log; setNextCard changes the next round's card and the record replays", async () => {
    const session = await newSession();
    const f = await facilitator(session);
    const ana = await seated(session, "Ana", "government");
    const watcher = await joinRoom(server.port, session.code, "Watcher");
    await until(() => (watcher.room.state.seats?.length ?? 0) > 0, "synced");
    await control(f, "console:broadcast", { text: "  Five minutes to the debrief.  " });
    for (const p of [f, ana, watcher]) await until(() => p.room.state.broadcast === "Five minutes to the debrief." && p.room.state.broadcastAt > 0, "broadcast everywhere");
    expect(logTexts(ana.room.state).at(-1)).toBe("Facilitator: Five minutes to the debrief.");
    expect(server.records.messages(session.code).map((m) => m.text)).toEqual(["Five minutes to the debrief."]);

    // Before the start: round 1's card. Then the card for round 2, and one that does not exist.
    expect(f.room.state.nextCardId).toBe("municipality");
    await control(f, "console:setNextCard", { id: "openUpTheWest" });
    await until(() => f.room.state.nextCardId === "openUpTheWest", "round 1's card set");
    await control(f, "console:start", { bots: true });
    await until(() => f.room.state.round === 1, "round 1");
    expect(f.room.state.card.id).toBe("openUpTheWest");
    expect(f.room.state.nextCardId).toBe("openUpTheWest"); // history's card for round 2 is the same card
    await control(f, "console:setNextCard", { id: "liangjiang" });
    await until(() => f.room.state.nextCardId === "liangjiang", "round 2's card set");
    expect(f.room.state.counterfactual).toBe(true);
    await control(f, "console:setNextCard", { id: "moonLanding" });
    expect(f.errors.at(-1)?.message).toMatch(/no event card "moonLanding"/);
    await control(f, "console:endPhase");
    await until(() => f.room.state.round === 2, "round 2");
    expect(f.room.state.card.id).toBe("liangjiang");
    expect([...f.room.state.unlocked]).toContain("prh");
    // Skip the next card.
    await control(f, "console:setNextCard", { id: "" });
    await until(() => f.room.state.nextCardId === "", "round 3 has no card");
    await control(f, "console:endPhase");
    await until(() => f.room.state.round === 3, "round 3");
    expect(f.room.state.card.id).toBe("");
    const room = roomOf(session.code);
    expect(room.gameRecord.log.filter((e) => e.command.type === "setNextCard")).toHaveLength(3);
    expect(hashState(replay(room.gameRecord))).toBe(hashState(room.gameState));
    // The stored record replays to the same state (what a resumed session would be).
    const res = await fetch(`http://127.0.0.1:${server.port}/api/sessions/${session.code}/record`, { headers: { "x-facilitator-secret": session.facilitatorSecret } });
    const record = (await res.json()) as { stateHash: string; log: unknown[] };
    expect(record.log.length).toBe(room.gameRecord.log.length);
    expect(record.stateHash).toBe(hashState(room.gameState));
    for (const p of [ana, watcher, f]) await p.room.leave();
  });
});
