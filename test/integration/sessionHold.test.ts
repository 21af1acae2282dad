// Colyseus closes a room that no client joins within its seat reservation time (15 s). A
// facilitator's session made over HTTP, or resumed after a restart, has nobody in it at first, so
// the room holds itself open (ServerRoomDefaults.emptySessionSeconds) until players arrive.
// The reservation time is shortened to 1 s (read by @colyseus/core when it loads) and the hold
// to 3 s so the test is quick.
import { vi } from "vitest";
vi.hoisted(() => {
  process.env.COLYSEUS_SEAT_RESERVATION_TIME = "1";
});
import { matchMaker } from "@colyseus/core";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../../server/app";
import { createRoom, joinRoom, until } from "../helpers/clients";

const HOLD_SECONDS = 3;
let server: RunningServer;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "shancheng-hold-"));
  server = await startServer({ port: 0, dataFile: join(dir, "records.sqlite"), roomDefaults: { emptySessionSeconds: HOLD_SECONDS } });
});
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const live = (code: string) => matchMaker.getLocalRoomById(code) !== undefined;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function post(path: string, secret?: string): Promise<{ status: number; body: any }> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (secret) headers["x-facilitator-secret"] = secret;
  const res = await fetch(`http://127.0.0.1:${server.port}/api${path}`, { method: "POST", headers, body: "{}" });
  return { status: res.status, body: await res.json() };
}

describe("a facilitator's session waits for its players", () => {
  it("stays open past the seat reservation time, is joined by code, and closes once the hold is over and it is empty", async () => {
    const { body } = await post("/sessions");
    const code = body.code as string;
    await sleep(2000); // twice the reservation time: an ordinary room would be gone
    expect(live(code)).toBe(true);
    const player = await joinRoom(server.port, code, "Ana");
    await until(() => (player.room.state.seats?.length ?? 0) > 0, "joined");
    await player.room.leave();
    // The hold (3 s from creation) runs out with nobody in the room: it closes as usual.
    await until(() => !live(code), "room closed after the hold", 5000);
    // The session outlives the room: it is resumed under its code, and held open again.
    const resumed = await post(`/sessions/${code}/resume`, body.facilitatorSecret);
    expect(resumed.status).toBe(200);
    await sleep(2000);
    expect(live(code)).toBe(true);
    const back = await joinRoom(server.port, code, "Ana");
    await until(() => (back.room.state.seats?.length ?? 0) > 0, "rejoined");
    await back.room.leave();
  });

  it("does not hold rooms made from the page: they close when their last player leaves", async () => {
    const creator = await createRoom(server.port, "Bo");
    const code = creator.room.roomId;
    await creator.room.leave();
    await until(() => !live(code), "page room closed", 3000);
  });
});
