// Two server processes behind one real redis-server (server/scale/cluster.ts): a room created
// through process A is joined by its code through process B, and the other way round; a player
// who came in through B acts and the player on A sees the patch; join codes differ. Each process
// keeps its own records (in memory here): resuming across processes needs a shared store.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, hasRedis, killAll, startChildServer, startRedis, type ChildRedis, type ChildServer } from "../helpers/childServer";
import { createRoom, joinRoom, until, type Player } from "../helpers/clients";

// Under CI (.ci/run installs redis-server) a missing redis-server fails the test instead.
const skip = !hasRedis() && !process.env.CI;
if (skip) console.warn("twoProcesses.test.ts skipped: redis-server is not installed (apt-get install redis-server; .ci/run does).");

const children: ChildServer[] = [];
const players: Player[] = [];
let redis: ChildRedis | undefined;
let a: ChildServer;
let b: ChildServer;

async function startProcess(redisUrl: string): Promise<ChildServer> {
  const port = await freePort();
  const server = await startChildServer(":memory:", { PORT: String(port), REDIS_URL: redisUrl, PUBLIC_ADDRESS: `127.0.0.1:${port}`, SHANCHENG_AUTO_RESUME: "off" });
  children.push(server);
  return server;
}

async function seat(player: Player, role: string): Promise<number> {
  await until(() => (player.room.state.seats?.length ?? 0) > 0, "seats synced");
  const index = player.room.state.seats.findIndex((s) => s.role === role && s.player === "");
  player.room.send("takeSeat", { seat: index });
  return index;
}

describe.skipIf(skip)("two processes behind Redis", () => {
  beforeAll(async () => {
    redis = await startRedis();
    [a, b] = await Promise.all([startProcess(redis.url), startProcess(redis.url)]);
  }, 60_000);
  afterAll(async () => {
    await Promise.all(players.map((p) => p.room.leave().catch(() => undefined)));
    killAll(children);
    redis?.stop();
  });

  it("both processes say they share rooms through Redis", () => {
    expect(a.output()).toContain(`rooms shared through Redis, this process at 127.0.0.1:${a.port}`);
    expect(b.output()).toContain(`rooms shared through Redis, this process at 127.0.0.1:${b.port}`);
  });

  it("a room created through A is joined by code through B, and a move on B's client reaches A's", async () => {
    const ann = await createRoom(a.port, "Ann");
    players.push(ann);
    const code = ann.room.roomId;
    const bo = await joinRoom(b.port, code, "Bo");
    players.push(bo);
    expect(bo.room.roomId).toBe(code);

    const annSeat = await seat(ann, "government");
    await until(() => bo.room.state.seats?.[annSeat]?.player === "Ann", "B's client sees Ann seated");
    const boSeat = await seat(bo, "village");
    await until(() => ann.room.state.seats?.[boSeat]?.player === "Bo", "A's client sees Bo seated");
    bo.room.send("chat", { text: "hello from B" });
    await until(() => ann.room.state.log?.some((line) => line.includes("hello from B")), "A's client sees B's chat line");
    expect(bo.errors).toEqual([]);
  }, 30_000);

  it("a room created through B is joined through A, under another code", async () => {
    const cy = await createRoom(b.port, "Cy");
    players.push(cy);
    const di = await joinRoom(a.port, cy.room.roomId, "Di");
    players.push(di);
    const diSeat = await seat(di, "developer");
    await until(() => cy.room.state.seats?.[diSeat]?.player === "Di", "B's client sees Di seated");
    expect(cy.room.roomId).not.toBe(players[0].room.roomId);
  }, 30_000);

  it("an unknown code is refused through either process", async () => {
    await expect(joinRoom(a.port, "ZZZZ", "Eve")).rejects.toThrow();
    await expect(joinRoom(b.port, "ZZZZ", "Eve")).rejects.toThrow();
  }, 30_000);
});
