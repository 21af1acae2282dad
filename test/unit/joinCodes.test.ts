// Join codes across processes (server/scale/joinCodes.ts): a claimed code is refused to a second
// claimant until its room releases it; a resumed room holds its code whatever claim was left;
// with two real Redis connections (two processes) claiming at once, exactly one wins.
// Also the cluster's Server options (server/scale/cluster.ts).
import { hostname } from "node:os";
import { LocalPresence, matchMaker } from "@colyseus/core";
import { RedisPresence } from "@colyseus/redis-presence";
import { afterAll, describe, expect, it } from "vitest";
import { clusterOptions } from "../../server/scale/cluster";
import { LIVE_CODES_KEY, claimJoinCode, holdJoinCode, releaseJoinCode } from "../../server/scale/joinCodes";
import { hasRedis, startRedis, type ChildRedis } from "../helpers/childServer";

describe("join codes in one process (Colyseus's local presence)", () => {
  it("a code is claimed once, refused while held, claimable again once released", async () => {
    const presence = new LocalPresence();
    expect(await claimJoinCode(presence, "ABCD")).toBe(true);
    expect(await claimJoinCode(presence, "ABCD")).toBe(false);
    expect(await claimJoinCode(presence, "EFGH")).toBe(true);
    await releaseJoinCode(presence, "ABCD");
    expect(await claimJoinCode(presence, "ABCD")).toBe(true);
  });

  it("a resumed room holds its code even over a claim its dead process left; releasing frees it", async () => {
    const presence = new LocalPresence();
    await claimJoinCode(presence, "WXYZ");
    await claimJoinCode(presence, "WXYZ"); // a refused claim counted 2
    await holdJoinCode(presence, "WXYZ");
    expect(await presence.hget(LIVE_CODES_KEY, "WXYZ")).toBe("1");
    expect(await claimJoinCode(presence, "WXYZ")).toBe(false);
    await releaseJoinCode(presence, "WXYZ");
    expect(await claimJoinCode(presence, "WXYZ")).toBe(true);
  });
});

// Under CI (.ci/run installs redis-server) a missing redis-server fails instead.
describe.skipIf(!hasRedis() && !process.env.CI)("join codes across processes (RedisPresence, real redis-server)", () => {
  let redis: ChildRedis | undefined;
  const presences: { shutdown(): unknown }[] = [];
  afterAll(async () => {
    // Every connection has said QUIT and heard back before the server is killed: a QUIT still in
    // flight when the socket drops is an unhandled "Connection is closed" rejection.
    // RedisPresence.shutdown() fires its two QUITs without waiting, so they are sent here.
    await Promise.all(presences.map((p) => (p instanceof RedisPresence ? quitPresence(p) : p.shutdown())));
    redis?.stop();
  });

  it("two connections claiming the same 50 codes at once: each code goes to exactly one", async () => {
    redis = await startRedis();
    const one = new RedisPresence(redis.url);
    const two = new RedisPresence(redis.url);
    presences.push(one, two);
    const codes = Array.from({ length: 50 }, (_, i) => `C${String(i).padStart(3, "0")}`);
    const claims = await Promise.all(codes.flatMap((code) => [claimJoinCode(one, code), claimJoinCode(two, code)]));
    for (let i = 0; i < codes.length; i++) expect(Number(claims[2 * i]) + Number(claims[2 * i + 1])).toBe(1);
    await releaseJoinCode(one, "C000");
    expect(await claimJoinCode(two, "C000")).toBe(true);
  });

  it("with a Redis URL: Redis presence and driver, this host's name and port by default, rooms made where asked", async () => {
    const cluster = clusterOptions(redis!.url, 2567);
    const named = clusterOptions(redis!.url, 0, "game.example.org/p1");
    presences.push(cluster.presence!, cluster.driver!, named.presence!, named.driver!);
    expect(cluster.presence).toBeInstanceOf(RedisPresence);
    expect(cluster.publicAddress).toBe(`${hostname()}:2567`);
    expect(await cluster.selectProcessIdToCreateRoom!("shancheng", {})).toBe(matchMaker.processId);
    expect(named.publicAddress).toBe("game.example.org/p1");
  });
});

async function quitPresence(presence: RedisPresence): Promise<void> {
  const { pub, sub } = presence as unknown as { pub: { quit(): Promise<unknown> }; sub: { quit(): Promise<unknown> } };
  await Promise.all([pub.quit(), sub.quit()]);
}

describe("the cluster's Server options", () => {
  it("no Redis URL: nothing, so Colyseus keeps one process's local presence and driver", () => {
    expect(clusterOptions(undefined, 2567)).toEqual({});
    expect(clusterOptions("", 0)).toEqual({});
  });

  it("with Redis, port 0 and no public address is refused: other processes could not name this one", () => {
    expect(() => clusterOptions("redis://127.0.0.1:1", 0)).toThrow(/PUBLIC_ADDRESS/);
  });
});
