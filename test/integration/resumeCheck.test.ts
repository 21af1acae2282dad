// A resume checks its replay against the state hashes recorded as the game was played (one per
// resolved round): a log that no longer leads to the same game (the rules changed since) is
// refused with a reason instead of being continued as a different game.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { matchMaker } from "@colyseus/core";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../../server/app";
import type { ShanchengRoom } from "../../server/room/room";
import { joinRoom, until, startAsFacilitator } from "../helpers/clients";

let server: RunningServer;
let dir: string;
let dataFile: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "shancheng-check-"));
  dataFile = join(dir, "records.sqlite");
  server = await startServer({ port: 0, dataFile, roomDefaults: { emptySessionSeconds: 0 } });
});
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const liveRoom = (code: string) => matchMaker.getLocalRoomById(code) as ShanchengRoom | undefined;
async function api(path: string, init: { method?: string; secret?: string } = {}): Promise<{ status: number; body: any }> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (init.secret) headers["x-facilitator-secret"] = init.secret;
  const res = await fetch(`http://127.0.0.1:${server.port}/api${path}`, { method: init.method ?? "GET", headers, body: init.method === "POST" ? JSON.stringify(init.secret ? {} : { seed: 9, roundSeconds: 600 }) : undefined });
  return { status: res.status, body: await res.json() };
}

/** Ana joins, plays to `round` (readying each round) and leaves on purpose; the room closes. */
async function playTo(code: string, secret: string, round: number): Promise<void> {
  const ana = await joinRoom(server.port, code, "Ana");
  await until(() => (ana.room.state.seats?.length ?? 0) > 0, "synced");
  const seat = ana.room.state.seats.findIndex((s) => s.role === "government");
  if (ana.room.state.seats[seat].player !== "Ana") ana.room.send("takeSeat", { seat });
  await until(() => ana.privateView !== null, "seated");
  if (ana.room.state.phase === "lobby") await startAsFacilitator(server.port, code, secret);
  await until(() => ana.room.state.phase === "action", "action phase");
  while (ana.room.state.round < round) {
    const now = ana.room.state.round;
    ana.room.send("ready", { ready: true });
    await until(() => ana.room.state.round > now, `round ${now + 1}`);
  }
  expect(ana.errors).toEqual([]);
  await ana.room.leave();
  await until(() => liveRoom(code) === undefined, "room closed");
}

describe("resume checks its replay", () => {
  it("records a state hash per resolved round, resumes when the replay meets them, refuses when it does not", async () => {
    const { code, facilitatorSecret: secret } = (await api("/sessions", { method: "POST" })).body as { code: string; facilitatorSecret: string };
    await playTo(code, secret, 2);
    const { body: record } = await api(`/sessions/${code}/record`, { secret });
    // One checkpoint: after the clock's endActionPhase of round 1, the state the record replays to.
    expect(record.checkpoints).toEqual([{ seq: record.log.length - 1, stateHash: record.stateHash }]);
    expect(record.log.at(-1).command.type).toBe("endActionPhase");

    const ok = await api(`/sessions/${code}/resume`, { method: "POST", secret });
    expect(ok.status).toBe(200);
    expect(ok.body.stateHash).toBe(record.stateHash);
    await playTo(code, secret, 3);
    const checkpoints = server.records.checkpoints(code);
    expect(checkpoints).toHaveLength(2);

    // As if the rules had changed since: the recorded hash of round 2 no longer matches.
    const db = new Database(dataFile);
    db.prepare("UPDATE checkpoints SET state_hash = ? WHERE session_id = ? AND seq = ?").run("0".repeat(14), code, checkpoints[1].seq);
    db.close();
    const refused = await api(`/sessions/${code}/resume`, { method: "POST", secret });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatch(new RegExp(`Session ${code} cannot be resumed: .*does not replay to the state it was played to \\(after command ${checkpoints[1].seq}, round 3\\)`));
    expect(liveRoom(code)).toBeUndefined();
    // Refused, it can be asked again (nothing is left half-made) and the record is still there.
    expect((await api(`/sessions/${code}/resume`, { method: "POST", secret })).status).toBe(409);
    const after = await api(`/sessions/${code}/record`, { secret });
    expect(after.status).toBe(200);
    expect(after.body.log).toHaveLength(checkpoints[1].seq + 1);
  });
});
