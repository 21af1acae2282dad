// Session records (server/records/) through a real server and real colyseus.js clients: the
// database holds the session, every command in order (the clock's too) and each round; the HTTP
// endpoints list sessions, guard the record with the facilitator secret, and resume a session.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { matchMaker } from "@colyseus/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SYSTEM_SEAT } from "../../shared/engine/commands";
import { hashState } from "../../shared/engine/hash";
import { TENURES, USES } from "../../shared/model/map";
import { replay, type GameRecord } from "../../shared/engine/replay";
import { startServer, type RunningServer } from "../../server/app";
import { loadMapFile } from "../../server/mapFile";
import type { ShanchengRoom } from "../../server/room/room";
import { createRoom, joinRoom, roundTrip, until, type Player, startAsFacilitator } from "../helpers/clients";
import { mapOf } from "../../client/synced";

let server: RunningServer;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "shancheng-records-"));
  // emptySessionSeconds 0: no hold, a session's room closes once everyone left, as the resume test needs.
  server = await startServer({ port: 0, dataFile: join(dir, "records.sqlite"), roomDefaults: { emptySessionSeconds: 0 } });
});
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function api(path: string, init: { method?: string; body?: unknown; secret?: string } = {}): Promise<{ status: number; body: any; text: string }> {
  const headers: Record<string, string> = {};
  if (init.body !== undefined) headers["content-type"] = "application/json";
  if (init.secret !== undefined) headers["x-facilitator-secret"] = init.secret;
  const res = await fetch(`http://127.0.0.1:${server.port}/api${path}`, { method: init.method ?? "GET", headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
  const text = await res.text();
  return { status: res.status, body: JSON.parse(text), text };
}

const seatOf = (p: Player, role: string) => p.room.state.seats.findIndex((s) => s.role === role);
const liveRoom = (code: string) => matchMaker.getLocalRoomById(code) as ShanchengRoom | undefined;

describe("session records", () => {
  let code = "";
  let secret = "";
  let hashAfterRound = "";

  it("records a facilitator's session: its commands in order, the clock's included, and the round", async () => {
    const created = await api("/sessions", { method: "POST", body: { seed: 7, roundSeconds: 600 } });
    expect(created.status).toBe(201);
    ({ code, facilitatorSecret: secret } = created.body);
    expect(code).toMatch(/^[A-HJ-NP-Z2-9]{4}$/);
    expect(secret).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(created.body.facilitatorUrl).toBe(`/?room=${code}&facilitator=${secret}`);

    const gov = await joinRoom(server.port, code, "Ana");
    const village = await joinRoom(server.port, code, "Bo");
    const migrant = await joinRoom(server.port, code, "Dai");
    const all = [gov, village, migrant];
    await until(() => all.every((p) => (p.room.state.seats?.length ?? 0) > 0), "seats synced");
    const m = mapOf(gov.room.state);
    const farm = [...m.use].findIndex((u, t) => TENURES[m.tenure[t]] === "villageCollective" && USES[u] === "farmland");
    const govSeat = seatOf(gov, "government");
    const villageSeat = m.holder[farm];
    const migrantSeat = seatOf(gov, "migrant");
    gov.room.send("takeSeat", { seat: govSeat });
    village.room.send("takeSeat", { seat: villageSeat });
    migrant.room.send("takeSeat", { seat: migrantSeat });
    await until(() => all.every((p) => p.privateView !== null), "seated");
    expect(server.records.getSession(code)).toMatchObject({ status: "lobby", round: 0, seed: 7, settings: { roundSeconds: 600 } });

    await startAsFacilitator(server.port, code, secret);
    await until(() => all.every((p) => p.room.state.phase === "action"), "started");
    gov.room.send("command", { command: { type: "expropriate", tile: farm, compensation: 2_000 } });
    await until(() => village.room.state.offers.length === 1, "offer");
    village.room.send("command", { command: { type: "respondOffer", offerId: village.room.state.offers[0].id, accept: true } });
    await roundTrip(village);
    const house = [...m.use].findIndex((u) => USES[u] === "villageHousing");
    migrant.room.send("command", { command: { type: "chooseWorkAndHome", job: "services", home: { kind: "tile", tile: house } } });
    await roundTrip(migrant);
    for (const p of all) p.room.send("ready", { ready: true });
    await until(() => all.every((p) => p.room.state.round === 2), "round 2");
    expect(all.every((p) => p.errors.length === 0)).toBe(true);

    const log = server.records.commands(code);
    expect(log.map((e) => [e.seat, e.command.type])).toEqual([
      [SYSTEM_SEAT, "startGame"],
      [govSeat, "expropriate"],
      [villageSeat, "respondOffer"],
      [migrantSeat, "chooseWorkAndHome"],
      [SYSTEM_SEAT, "endActionPhase"],
    ]);
    const room = liveRoom(code)!;
    expect(log).toEqual(room.gameRecord.log);
    expect(server.records.rounds(code)).toEqual(room.gameState.history);
    expect(server.records.rounds(code)[0]).toMatchObject({ round: 1, compensationPaid: 2_000 });
    expect(server.records.getSession(code)).toMatchObject({ status: "running", round: 2, hasFacilitator: true });
    hashAfterRound = hashState(room.gameState);

    // Only the secret's hash is stored.
    const list = await api("/sessions/mine", { method: "POST", body: { sessions: [{ code, secret }] } });
    expect(list.status).toBe(200);
    expect(list.body.sessions).toContainEqual(expect.objectContaining({ code, status: "running", round: 2, live: true }));
    expect(list.text).not.toContain(secret);
    expect(list.text).not.toMatch(/secret|hash/i);

    // A player's socket with a wrong secret is refused; the right secret is accepted.
    gov.room.send("facilitatorAuth", { secret: "not-the-secret" });
    await until(() => gov.errors.length === 1, "refusal");
    expect(gov.errors[0].refused).toBe("facilitatorAuth");
    expect(room.isFacilitator(room.clients.find((c) => c.sessionId === gov.room.sessionId)!)).toBe(false);
    const teacher = await joinRoom(server.port, code, "Teacher");
    const answer = new Promise((resolve) => teacher.room.onMessage("facilitator", resolve));
    teacher.room.send("facilitatorAuth", { secret });
    expect(await answer).toEqual({ ok: true });
    expect(room.isFacilitator(room.clients.find((c) => c.sessionId === teacher.room.sessionId)!)).toBe(true);
    // Authenticating changed nothing in the game or its log.
    expect(server.records.commands(code)).toHaveLength(5);
    expect(hashState(room.gameState)).toBe(hashAfterRound);
    for (const p of [...all, teacher]) await p.room.leave();
  });

  it("gives the record only for the right secret, and its log replays to the room's state", async () => {
    expect((await api(`/sessions/${code}/record`)).status).toBe(403);
    const wrong = await api(`/sessions/${code}/record`, { secret: "x".repeat(24) });
    expect(wrong.status).toBe(403);
    expect(wrong.body.error).toMatch(/secret/);
    expect((await api(`/sessions/NOPE/record`, { secret })).status).toBe(404);

    const { status, body } = await api(`/sessions/${code}/record`, { secret });
    expect(status).toBe(200);
    expect(body).toMatchObject({ code, seed: 7, settings: { roundSeconds: 600 }, round: 2 });
    expect(body.rounds).toHaveLength(1);
    const record: GameRecord = { rulesVersion: body.settings.rulesVersion, seed: body.seed, scenario: body.scenario, map: loadMapFile(body.mapPath), log: body.log };
    expect(hashState(replay(record))).toBe(body.stateHash);
    expect(body.stateHash).toBe(hashAfterRound);
  });

  it("resumes a session whose room is gone under the same code, with the same state", async () => {
    // Everyone left, so the room closes; its record stays and can be resumed. A room that
    // closed this way is no longer open in the records: a restart would not reopen it.
    await until(() => liveRoom(code) === undefined, "room disposed");
    expect(server.records.openRooms()).not.toContain(code);
    expect((await api(`/sessions/${code}/resume`, { method: "POST", secret: "wrong" })).status).toBe(403);
    const resumed = await api(`/sessions/${code}/resume`, { method: "POST", secret });
    expect(resumed.status).toBe(200);
    expect(resumed.body).toMatchObject({ code, round: 2, commands: 5, stateHash: hashAfterRound });
    expect(server.records.openRooms()).toContain(code);
    expect((await api(`/sessions/${code}/resume`, { method: "POST", secret })).status).toBe(409);

    // A player comes back by code and acts; the log goes on where it stopped.
    const gov = await joinRoom(server.port, code, "Ana");
    await until(() => (gov.room.state.seats?.length ?? 0) > 0, "synced");
    expect(gov.room.state.round).toBe(2);
    gov.room.send("takeSeat", { seat: seatOf(gov, "government") });
    await until(() => gov.privateView !== null, "seated");
    gov.room.send("ready", { ready: true });
    await until(() => gov.room.state.round === 3, "round 3");
    expect(server.records.commands(code).map((e) => e.command.type).slice(4)).toEqual(["endActionPhase", "endActionPhase"]);
    expect(server.records.rounds(code).map((r) => r.round)).toEqual([1, 2]);
    await gov.room.leave();
  });

  it("records rooms made from the page too, but without a facilitator no one can read or resume them", async () => {
    const p = await createRoom(server.port, "Eve", { seed: 3 });
    const roomCode = p.room.roomId;
    await until(() => (p.room.state.seats?.length ?? 0) > 0, "synced");
    expect(server.records.getSession(roomCode)).toMatchObject({ status: "lobby", seed: 3, hasFacilitator: false });
    expect(server.records.openRooms()).toContain(roomCode);
    p.room.send("facilitatorAuth", { secret });
    await until(() => p.errors.length === 1, "refusal");
    expect((await api(`/sessions/${roomCode}/record`, { secret })).status).toBe(403);
    await p.room.leave();
  });

  it("refuses bad session settings", async () => {
    expect((await api("/sessions", { method: "POST", body: { roundSeconds: 1 } })).status).toBe(400);
    expect((await api("/sessions", { method: "POST", body: { resumeToken: "x" } })).status).toBe(400);
  });
});
