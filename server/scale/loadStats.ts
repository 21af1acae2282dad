// What the load benchmark (test/bench/load.ts) reads from inside a server process: the event
// loop's delay, CPU time, memory and the rooms and clients here. Off unless the environment
// sets SHANCHENG_LOAD_STATS=on; then GET /_loadstats answers it as JSON (?reset=1 also starts a
// new measuring window; ?gc=1 first collects garbage, when node runs with --expose-gc, so memory
// figures do not depend on when V8 last collected). Nothing in it names a room or a player.
import type { IncomingMessage, ServerResponse } from "node:http";
import { monitorEventLoopDelay, type IntervalHistogram } from "node:perf_hooks";
import { matchMaker } from "@colyseus/core";

export const LOAD_STATS_PATH = "/_loadstats";

/** perf_hooks samples the event loop every this many ms; a sample is the time between two, so this is taken off. */
const RESOLUTION_MS = 10;

export interface LoadStats {
  /** Event-loop delay over the window beyond the sampling interval, ms (an idle loop: ~0). */
  lagP50: number;
  lagP99: number;
  lagMax: number;
  /** CPU time of this process since it started (user + system), ms. */
  cpuMs: number;
  /** Resident set size and V8 heap in use, bytes. */
  rss: number;
  heapUsed: number;
  /** Rooms and connected clients on this process. */
  rooms: number;
  clients: number;
}

/** The handler for GET /_loadstats, or null when SHANCHENG_LOAD_STATS is not "on". */
export function loadStatsRoute(env: NodeJS.ProcessEnv = process.env): ((req: IncomingMessage, res: ServerResponse) => boolean) | null {
  if (env.SHANCHENG_LOAD_STATS !== "on") return null;
  const delay: IntervalHistogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  const lag = (ns: number) => Math.max(0, ns / 1e6 - RESOLUTION_MS);
  delay.enable();
  return (req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    if (url.pathname !== LOAD_STATS_PATH) return false;
    const gc = (globalThis as { gc?: () => void }).gc;
    if (url.searchParams.get("gc") === "1") gc?.();
    const cpu = process.cpuUsage();
    const memory = process.memoryUsage();
    const stats: LoadStats = {
      lagP50: lag(delay.percentile(50)),
      lagP99: lag(delay.percentile(99)),
      lagMax: lag(delay.max),
      cpuMs: (cpu.user + cpu.system) / 1000,
      rss: memory.rss,
      heapUsed: memory.heapUsed,
      rooms: matchMaker.stats.local.roomCount,
      clients: matchMaker.stats.local.ccu,
    };
    if (url.searchParams.get("reset") === "1") delay.reset();
    res.writeHead(200, { "Content-Type": "application/json" });
    res.end(JSON.stringify(stats));
    return true;
  };
}
