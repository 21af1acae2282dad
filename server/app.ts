// One http server on one port: the built page (dist/) and the Colyseus game server.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import express, { type RequestHandler } from "express";
import { Server } from "@colyseus/core";
import { WebSocketTransport } from "@colyseus/ws-transport";
import { ROOM_NAME } from "../shared/protocol";
import { ShanchengRoom, type ServerRoomDefaults } from "./room";

export interface ServerOptions {
  /** 0 picks a free port (tests). */
  port: number;
  /** Folder of the built client; dist/ by default. */
  staticDir?: string;
  /** Settings for every room on this server that clients cannot change (the map file) or may override (the timer). */
  roomDefaults?: ServerRoomDefaults;
  /** Extra middleware in front of the static files (the dev server's Vite). */
  middleware?: RequestHandler;
  /** Let Colyseus catch SIGINT/SIGTERM and close rooms cleanly (the real server, not tests). */
  handleSignals?: boolean;
}

export const DIST_DIR = fileURLToPath(new URL("../dist", import.meta.url));

/** One per process: Colyseus's matchmaker is global, so a second server would share it. */
export interface RunningServer {
  port: number;
  gameServer: Server;
  close(): Promise<void>;
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const app = express();
  if (options.middleware) app.use(options.middleware);
  app.use(express.static(options.staticDir ?? DIST_DIR));
  const http = createServer(app);

  const gameServer = new Server({
    // Not perMessageDeflate: tried, it cut the initial state to ~26 KB but clients' messages
    // then failed to decode on the server ("end of buffer not reached").
    transport: new WebSocketTransport({ server: http }),
    greet: false,
    gracefullyShutdown: options.handleSignals ?? false,
  });
  // Colyseus merges these over whatever options a client sends, so a client cannot replace them.
  gameServer.define(ROOM_NAME, ShanchengRoom, { serverDefaults: options.roomDefaults ?? {} });
  await gameServer.listen(options.port);
  const port = (http.address() as AddressInfo).port;
  return {
    port,
    gameServer,
    async close() {
      await gameServer.gracefullyShutdown(false);
      if (http.listening) await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}
