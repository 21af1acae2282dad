// A resumed session seats again who sat where (server/records.ts `seats`): bots a facilitator's
// players filled the empty seats with are back and play the next round; a person's seat in a
// running game is kept for them, and they are seated again when they join by code with the
// seat's secret (their browser keeps it), which the records keep as a hash across the restart.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { matchMaker } from "@colyseus/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SYSTEM_SEAT } from "../../shared/engine/commands";
import { hashState } from "../../shared/engine/hash";
import { TENURES, USES } from "../../shared/model/map";
import { startServer, type RunningServer } from "../../server/app";
import type { ShanchengRoom } from "../../server/room/room";
import { BOT_NAME } from "../../server/room/seats";
import { joinRoom, roundTrip, until, startAsFacilitator } from "../helpers/clients";
import { mapOf } from "../../client/synced";

let server: RunningServer;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "shancheng-seats-"));
  server = await startServer({ port: 0, dataFile: join(dir, "records.sqlite") });
});
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const liveRoom = (code: string) => matchMaker.getLocalRoomById(code) as ShanchengRoom | undefined;
async function post(path: string, secret?: string): Promise<{ status: number; body: any }> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (secret) headers["x-facilitator-secret"] = secret;
  const res = await fetch(`http://127.0.0.1:${server.port}/api${path}`, { method: "POST", headers, body: JSON.stringify(secret ? {} : { seed: 5, roundSeconds: 600 }) });
  return { status: res.status, body: await res.json() };
}

async function get(path: string, secret: string): Promise<any> {
  const res = await fetch(`http://127.0.0.1:${server.port}/api${path}`, { headers: { "x-facilitator-secret": secret } });
  expect(res.status).toBe(200);
  return res.json();
}

describe("a resumed session's seats", () => {
  it("brings back the bots and keeps a player's seat until they join again with the seat's secret", async () => {
    const { code, facilitatorSecret: secret } = (await post("/sessions")).body as { code: string; facilitatorSecret: string };
    const ana = await joinRoom(server.port, code, "Ana");
    await until(() => (ana.room.state.seats?.length ?? 0) > 0, "synced");
    const govSeat = ana.room.state.seats.findIndex((s) => s.role === "government");
    ana.room.send("takeSeat", { seat: govSeat });
    await until(() => ana.privateView !== null, "seated");
    await startAsFacilitator(server.port, code, secret, { bots: true });
    await until(() => ana.room.state.seats.every((s) => s.player !== ""), "bots in every other seat");
    const botSeats = [...ana.room.state.seats].flatMap((s, i) => (s.bot ? [i] : []));
    expect(botSeats.length).toBe(ana.room.state.seats.length - 1);
    await until(() => ana.room.state.phase === "action", "started");
    const room = liveRoom(code)!;
    await until(() => room.gameRecord.log.some((e) => e.seat !== SYSTEM_SEAT), "bots played round 1");
    const before = hashState(room.gameState);
    const logBefore = room.gameRecord.log.length;

    // The server stops with Ana still in her seat (her connection drops with it).
    await ana.room.leave(false);
    await until(() => room.state.seats[govSeat].connected === false, "Ana shown as away");
    await room.disconnect();
    await until(() => liveRoom(code) === undefined, "room gone");
    expect(server.records.seats(code)).toContainEqual({ seat: govSeat, player: "Ana", bot: "" });
    // With the room gone, the record lists the seats, and the debrief names the players again.
    const record = await get(`/sessions/${code}/record`, secret);
    expect(record.seats).toHaveLength(room.state.seats.length);
    expect(record.seats).toContainEqual({ seat: govSeat, player: "Ana", bot: "" });
    expect(record.messages).toEqual([]);
    const debrief = await get(`/sessions/${code}/debrief`, secret);
    expect(debrief.seats[govSeat].player).toBe("Ana");
    expect(botSeats.every((seat) => debrief.seats[seat].player === BOT_NAME)).toBe(true);

    const resumed = await post(`/sessions/${code}/resume`, secret);
    expect(resumed.body).toMatchObject({ round: 1, commands: logBefore, stateHash: before });
    const again = liveRoom(code)!;
    // Before anyone is back: the bots sit where they sat, Ana's seat is kept for her.
    expect(again.state.seats[govSeat]).toMatchObject({ player: "Ana", connected: false, bot: "" });
    for (const seat of botSeats) expect(again.state.seats[seat]).toMatchObject({ player: BOT_NAME, bot: expect.any(String) });
    expect(botSeats.every((seat) => again.state.seats[seat].bot === room.state.seats[seat].bot)).toBe(true);

    // Someone joining under Ana's name gets no seat; Ana joins with her seat's secret and is in
    // her seat at once. The bots are back at work: ready for the round, and a village's bot
    // answers her expropriation offer at once.
    const namesake = await joinRoom(server.port, code, "Ana");
    await until(() => (namesake.room.state.seats?.length ?? 0) > 0, "namesake synced");
    await roundTrip(namesake);
    expect(namesake.privateView).toBeNull();
    expect(namesake.room.state.seats[govSeat]).toMatchObject({ player: "Ana", connected: false });
    await namesake.room.leave();
    const back = await joinRoom(server.port, code, "Ana", ana.seatSecret!);
    await until(() => back.privateView !== null, "Ana seated again");
    expect(back.room.state.seats[govSeat]).toMatchObject({ player: "Ana", connected: true });
    for (const seat of botSeats) expect(back.room.state.seats[seat].ready).toBe(true);
    const m = mapOf(back.room.state);
    const farm = [...m.use.keys()].find((t) => TENURES[m.tenure[t]] === "villageCollective" && USES[m.use[t]] === "farmland" && botSeats.includes(m.holder[t]))!;
    const villageSeat = m.holder[farm];
    back.room.send("command", { command: { type: "expropriate", tile: farm, compensation: 5_000 } });
    await until(() => server.records.commands(code).some((e, i) => i > logBefore && e.command.type === "respondOffer" && e.seat === villageSeat), "the bot answered");
    back.room.send("ready", { ready: true });
    await until(() => back.room.state.round === 2, "round 2");
    const after = server.records.commands(code).slice(logBefore);
    expect(after.map((e) => [e.seat, e.command.type])).toEqual([
      [govSeat, "expropriate"],
      [villageSeat, "respondOffer"],
      [SYSTEM_SEAT, "endActionPhase"],
      ...after.slice(3).map((e) => [e.seat, e.command.type]),
    ]);
    expect(after.slice(3).every((e) => botSeats.includes(e.seat))).toBe(true);
    expect(back.errors).toEqual([]);
    await back.room.leave();
  });
});
