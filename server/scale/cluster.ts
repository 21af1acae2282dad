// Several server processes as one game server: with REDIS_URL set, every process shares
// Colyseus's RedisPresence (pub/sub between processes, shared keys such as the live join codes)
// and RedisDriver (the room listing), so a room created on one process is found, and its seats
// reserved, through any of them. Without it the process is alone (Colyseus's local presence and
// driver), the default. See docs/deploy.md.
import { hostname } from "node:os";
import { matchMaker, type ServerOptions } from "@colyseus/core";
import { RedisDriver } from "@colyseus/redis-driver";
import { RedisPresence } from "@colyseus/redis-presence";

export type ClusterOptions = Pick<ServerOptions, "presence" | "driver" | "publicAddress" | "selectProcessIdToCreateRoom">;

/**
 * The Server options for a process behind `redisUrl`; {} (one process) without it.
 * `publicAddress` is where browsers reach THIS process ("host:port", no scheme): a seat reserved
 * through another process names it, and colyseus.js opens its socket there. Default: this
 * machine's hostname and `port`, which must then be a fixed port (0 cannot be named).
 */
export function clusterOptions(redisUrl: string | undefined, port: number, publicAddress?: string): ClusterOptions {
  if (!redisUrl) return {};
  if (!publicAddress && port === 0) throw new Error("With REDIS_URL set, give PORT a fixed port or set PUBLIC_ADDRESS: other processes send browsers to this one by its address.");
  return {
    presence: new RedisPresence(redisUrl),
    driver: new RedisDriver(redisUrl),
    publicAddress: publicAddress || `${hostname()}:${port}`,
    // A room is made by the process that was asked (Colyseus's default picks the process with
    // the fewest rooms): that process's records hold the session, and a resume's hand-over
    // (server/records/handover.ts) is in its memory. Spreading new rooms is the load balancer's job.
    selectProcessIdToCreateRoom: async () => matchMaker.processId,
  };
}
