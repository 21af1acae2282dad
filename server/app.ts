// One http server on one port: the built page (dist/), the session API (server/http/sessions.ts),
// the matchmaker's routes (server/http/matchmake.ts) and the Colyseus game server's sockets.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import express, { type RequestHandler } from "express";
import { Server } from "@colyseus/core";
import { WebSocketTransport } from "@colyseus/ws-transport";
import { ROOM_NAME } from "../shared/protocol";
import { exitWithTheServer } from "./http/lifecycle";
import { refuseDeclaredOversize } from "./http/limits";
import { handleMatchmake, MATCHMAKE_PREFIX } from "./http/matchmake";
import { resumeOpenSessions, watchOpenSessions } from "./http/resume";
import { branchApi } from "./branches/routes";
import { sessionApi, type CreateLimit } from "./http/sessions";
import { DEFAULT_DATA_FILE, openPostgresRecords, openRecords, type RecordStore } from "./records";
import { ShanchengRoom, type ServerRoomDefaults } from "./room/room";
import { clusterOptions } from "./scale/cluster";
import { loadStatsRoute } from "./scale/loadStats";

export interface ServerOptions {
  /** 0 picks a free port (tests). */
  port: number;
  /** Folder of the built client; dist/ by default. */
  staticDir?: string;
  /** Settings for every room on this server that clients cannot change (the map file) or may override (the timer). */
  roomDefaults?: ServerRoomDefaults;
  /** Extra middleware in front of the static files (the dev server's Vite). */
  middleware?: RequestHandler;
  /**
   * This process is the server (main.ts, dev.ts; not tests): exit with code 1 on an uncaught
   * exception, shut down within a few seconds on SIGTERM/SIGINT (server/http/lifecycle.ts).
   */
  handleSignals?: boolean;
  /**
   * The records database (server/records/): env SHANCHENG_DATA, else data/shancheng.sqlite;
   * ":memory:" keeps nothing. Under Vitest the default is ":memory:", so test files share no file.
   */
  dataFile?: string;
  /** PostgreSQL records instead (postgresql://…; default: env DATABASE_URL): several processes share them. */
  databaseUrl?: string;
  /** Resume the sessions whose rooms were open when the last process stopped (default: env SHANCHENG_AUTO_RESUME, "off" turns it off; else on). */
  resumeOnStart?: boolean;
  /** New sessions per address (POST /api/sessions); default 10 in 10 minutes. */
  createLimit?: CreateLimit;
  /**
   * Share rooms with the other processes behind this Redis (server/scale/cluster.ts): env
   * REDIS_URL; unset, the process is alone. `publicAddress` (env PUBLIC_ADDRESS, else
   * hostname:port) is where browsers reach this process.
   */
  redisUrl?: string;
  publicAddress?: string;
}

export const DIST_DIR = fileURLToPath(new URL("../dist", import.meta.url));

/** One per process: Colyseus's matchmaker is global, so a second server would share it. */
export interface RunningServer {
  port: number;
  gameServer: Server;
  records: RecordStore;
  /** Where browsers reach this process when it shares rooms through Redis; undefined when alone. */
  publicAddress?: string;
  /** Codes of the sessions resumed when the server started. */
  resumed: string[];
  close(): Promise<void>;
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const databaseUrl = options.databaseUrl ?? process.env.DATABASE_URL;
  const records = databaseUrl
    ? openPostgresRecords(databaseUrl)
    : openRecords(options.dataFile ?? process.env.SHANCHENG_DATA ?? (process.env.VITEST ? ":memory:" : DEFAULT_DATA_FILE));
  const app = express();
  app.use("/api", branchApi(records));
  app.use("/api", sessionApi(records, options.createLimit));
  if (options.middleware) app.use(options.middleware);
  app.use(express.static(options.staticDir ?? DIST_DIR));
  const http = createServer();
  const loadStats = loadStatsRoute();

  const cluster = clusterOptions(options.redisUrl ?? process.env.REDIS_URL, options.port, options.publicAddress ?? process.env.PUBLIC_ADDRESS);

  const gameServer = new Server({
    ...cluster,
    // Not perMessageDeflate: tried, it cut the initial state to ~26 KB but clients' messages
    // then failed to decode on the server ("end of buffer not reached").
    transport: new WebSocketTransport({ server: http }),
    greet: false,
    gracefullyShutdown: false,
  });
  // Colyseus has just put its own request handler on the http server; ours replaces it, with a
  // body limit on every route and the matchmaker's routes read by server/http/matchmake.ts.
  http.removeAllListeners("request");
  http.on("request", (req, res) => {
    if (refuseDeclaredOversize(req, res)) return;
    if (loadStats?.(req, res)) return;
    if (req.url?.startsWith(MATCHMAKE_PREFIX)) void handleMatchmake(req, res);
    else app(req, res);
  });

  // Which sessions have an open room (what the next start resumes): a room closing because
  // everyone left is marked closed; rooms closed by this process stopping are not.
  let stopping = false;
  const markOpen = (code: string, open: boolean) => {
    try {
      if (!stopping) records.setRoomOpen(code, open);
    } catch (error) {
      console.error(`records: could not mark session ${code} ${open ? "open" : "closed"}:`, error);
    }
  };
  // Colyseus merges these over whatever options a client sends, so a client cannot replace them.
  gameServer
    .define(ROOM_NAME, ShanchengRoom, { serverDefaults: options.roomDefaults ?? {}, records })
    .on("create", (room: ShanchengRoom) => markOpen(room.roomId, true))
    .on("dispose", (room: ShanchengRoom) => markOpen(room.roomId, false));
  await gameServer.listen(options.port);
  const port = (http.address() as AddressInfo).port;
  const resumeOnStart = options.resumeOnStart ?? process.env.SHANCHENG_AUTO_RESUME !== "off";
  const resumed = resumeOnStart ? await resumeOpenSessions(records) : [];
  const stopWatching = resumeOnStart ? watchOpenSessions(records) : () => undefined;
  const running: RunningServer = {
    port,
    gameServer,
    records,
    publicAddress: cluster.publicAddress,
    resumed,
    async close() {
      stopping = true;
      stopWatching();
      await gameServer.gracefullyShutdown(false);
      if (http.listening) await new Promise<void>((resolve) => http.close(() => resolve()));
      records.close();
    },
  };
  if (options.handleSignals) exitWithTheServer(running);
  return running;
}
