// One http server on one port: the built page (dist/) and the Colyseus game server.
import { randomBytes } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import express, { type RequestHandler } from "express";
import { Server, matchMaker } from "@colyseus/core";
import { WebSocketTransport } from "@colyseus/ws-transport";
import { z } from "zod";
import { hashState } from "../shared/engine/hash";
import { gameSettingsSchema } from "../shared/scenarios/settings";
import { ROOM_NAME } from "../shared/protocol";
import { replay } from "../shared/engine/replay";
import type { GameState } from "../shared/model/state";
import { buildDebriefData } from "../shared/views/debrief";
import { loadMapFile } from "./mapFile";
import { DEFAULT_DATA_FILE, claimResume, offerResume, openRecords, type RecordStore } from "./records";
import { ShanchengRoom, type ServerRoomDefaults } from "./room/room";

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
  /**
   * The records database (server/records.ts): env SHANCHENG_DATA, else data/shancheng.sqlite;
   * ":memory:" keeps nothing. Under Vitest the default is ":memory:", so test files share no file.
   */
  dataFile?: string;
}

export const DIST_DIR = fileURLToPath(new URL("../dist", import.meta.url));

/** One per process: Colyseus's matchmaker is global, so a second server would share it. */
export interface RunningServer {
  port: number;
  gameServer: Server;
  records: RecordStore;
  close(): Promise<void>;
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const records = openRecords(options.dataFile ?? process.env.SHANCHENG_DATA ?? (process.env.VITEST ? ":memory:" : DEFAULT_DATA_FILE));
  const app = express();
  app.use("/api", sessionApi(records));
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
  gameServer.define(ROOM_NAME, ShanchengRoom, { serverDefaults: options.roomDefaults ?? {}, records });
  await gameServer.listen(options.port);
  const port = (http.address() as AddressInfo).port;
  return {
    port,
    gameServer,
    records,
    async close() {
      await gameServer.gracefullyShutdown(false);
      if (http.listening) await new Promise<void>((resolve) => http.close(() => resolve()));
      records.close();
    },
  };
}

// --- sessions over HTTP -----------------------------------------------------------------------
// POST /api/sessions                 create a room; the only time the facilitator secret is shown
// GET  /api/sessions                 every stored session: code, times, status, round (no secrets);
//                                    for a live room also its phase and seats taken/connected
// GET  /api/sessions/:code/record    settings, seed, command log, rounds, stateHash   (secret)
// GET  /api/sessions/:code/debrief   the debrief's data (server/debriefData.ts), from the live
//                                    room or the stored log replayed                  (secret)
// POST /api/sessions/:code/resume    rebuild a stored session whose room is gone      (secret)
// The secret travels in the x-facilitator-secret header; a wrong or missing one gets 403.

// Settings and bots are checked by the room itself (shared/settings.ts, the bot personalities):
// a bad one refuses the room with a sentence naming it, answered here as 400.
const createSessionBody = z
  .object({
    seed: z.union([z.number().finite(), z.string().min(1).max(64)]).optional(),
    roundSeconds: z.number().int().min(5).max(1800).optional(),
    settings: gameSettingsSchema.optional(),
    bots: z.record(z.string(), z.string()).optional(),
  })
  .strict();

/** What the list and the record say first about a session (never its secret). */
function summary(s: { id: string; createdAt: number; updatedAt: number; status: string; round: number }, live: boolean) {
  return { code: s.id, created: new Date(s.createdAt).toISOString(), updated: new Date(s.updatedAt).toISOString(), status: s.status, round: s.round, live };
}

/** Player names by seat from the records' seat list, as a live room's seats show them ("" for an empty seat). */
function storedPlayers(records: RecordStore, code: string, seats: number): string[] {
  const players = Array.from({ length: seats }, () => "");
  for (const s of records.seats(code)) if (s.seat >= 0 && s.seat < seats) players[s.seat] = s.player;
  return players;
}

function sessionApi(records: RecordStore): express.Router {
  const api = express.Router();
  api.use(express.json({ limit: "4kb" }));
  const liveRoom = (code: string) => matchMaker.getLocalRoomById(code) as ShanchengRoom | undefined;
  const resuming = new Set<string>();

  /** The stored session `code` if the request carries its facilitator secret; otherwise answers 404/403. */
  const authorized = (req: express.Request, res: express.Response) => {
    const code = String(req.params.code);
    const session = records.getSession(code);
    if (!session) {
      res.status(404).json({ error: `No session ${code}.` });
      return undefined;
    }
    if (!records.checkFacilitatorSecret(code, req.get("x-facilitator-secret"))) {
      res.status(403).json({ error: "This needs the session's facilitator secret (header x-facilitator-secret)." });
      return undefined;
    }
    return session;
  };

  api.post("/sessions", async (req, res) => {
    const body = createSessionBody.safeParse(req.body ?? {});
    if (!body.success) {
      res.status(400).json({ error: `Bad session settings: ${body.error.issues[0].message}` });
      return;
    }
    let listing: Awaited<ReturnType<typeof matchMaker.createRoom>>;
    try {
      listing = await matchMaker.createRoom(ROOM_NAME, body.data);
    } catch (error) {
      res.status(400).json({ error: error instanceof Error ? error.message : String(error) });
      return;
    }
    const code = listing.roomId;
    liveRoom(code)?.holdForPlayers();
    const facilitatorSecret = randomBytes(18).toString("base64url");
    records.setFacilitatorSecret(code, facilitatorSecret);
    res.status(201).json({ code, roomId: code, facilitatorSecret, facilitatorUrl: `/?room=${code}&facilitator=${facilitatorSecret}` });
  });

  api.get("/sessions", (_req, res) => {
    const sessions = records.listSessions().map((s) => {
      const room = liveRoom(s.id);
      const live = room?.state;
      const seats = live ? [...live.seats] : [];
      return {
        ...summary(s, room !== undefined),
        // The workshop view (client/ui/sessions.ts): what a live room is doing now.
        ...(live ? { phase: live.phase, rounds: live.rounds, seats: seats.length, taken: seats.filter((x) => x.player !== "").length, connected: seats.filter((x) => x.connected).length } : {}),
      };
    });
    res.json({ sessions });
  });

  // A stored log replayed once per length: reopening a past debrief does not replay it again.
  const replayed = new Map<string, { commands: number; state: GameState }>();
  api.get("/sessions/:code/debrief", (req, res) => {
    const session = authorized(req, res);
    if (!session) return;
    const room = liveRoom(session.id);
    let game: GameState;
    if (room) game = room.gameState;
    else {
      const log = records.commands(session.id);
      const cached = replayed.get(session.id);
      if (cached && cached.commands === log.length) game = cached.state;
      else {
        try {
          game = replay({ rulesVersion: session.settings.rulesVersion, seed: session.seed, scenario: session.scenario, map: loadMapFile(session.mapPath), log });
        } catch (error) {
          res.status(500).json({ error: `Session ${session.id} could not be replayed: ${error instanceof Error ? error.message : String(error)}` });
          return;
        }
        replayed.delete(session.id);
        replayed.set(session.id, { commands: log.length, state: game });
        if (replayed.size > 32) replayed.delete(replayed.keys().next().value!);
      }
    }
    // Names: the live room's seats, else the stored ones (who sat where when the room stopped).
    const players = room ? [...room.state.seats].map((s) => s.player) : storedPlayers(records, session.id, game.seats.length);
    res.json(buildDebriefData(game, { code: session.id, status: session.status, players }));
  });

  api.get("/sessions/:code/record", (req, res) => {
    const session = authorized(req, res);
    if (!session) return;
    const log = records.commands(session.id);
    const room = liveRoom(session.id);
    let stateHash: string | null = null;
    let replayError: string | undefined;
    try {
      const state = room
        ? room.gameState
        : replay({ rulesVersion: session.settings.rulesVersion, seed: session.seed, scenario: session.scenario, map: loadMapFile(session.mapPath), log });
      stateHash = hashState(state);
    } catch (error) {
      replayError = error instanceof Error ? error.message : String(error);
    }
    res.json({
      ...summary(session, room !== undefined),
      settings: session.settings,
      seed: session.seed,
      scenario: session.scenario,
      mapPath: session.mapPath,
      log,
      rounds: records.rounds(session.id),
      seats: records.seats(session.id),
      messages: records.messages(session.id),
      checkpoints: records.checkpoints(session.id),
      stateHash,
      ...(replayError ? { replayError } : {}),
    });
  });

  api.post("/sessions/:code/resume", async (req, res) => {
    const session = authorized(req, res);
    if (!session) return;
    if (session.status === "ended") {
      res.status(409).json({ error: `Session ${session.id} has ended; its record can still be read.` });
      return;
    }
    if (liveRoom(session.id) || resuming.has(session.id)) {
      res.status(409).json({ error: `Session ${session.id} is already running; join it by its code.` });
      return;
    }
    resuming.add(session.id);
    const token = randomBytes(16).toString("hex");
    try {
      offerResume(token, { code: session.id, seed: session.seed, scenario: session.scenario, mapPath: session.mapPath, settings: session.settings, log: records.commands(session.id), seats: records.seats(session.id), checkpoints: records.checkpoints(session.id) });
      await matchMaker.createRoom(ROOM_NAME, { resumeToken: token });
    } catch (error) {
      // The room refused to rebuild the session (a changed map or rules): say why.
      res.status(409).json({ error: `Session ${session.id} cannot be resumed: ${error instanceof Error ? error.message : String(error)}` });
      return;
    } finally {
      claimResume(token); // drop the hand-over if the room never took it
      resuming.delete(session.id);
    }
    const room = liveRoom(session.id)!;
    res.json({ code: session.id, status: session.status, round: room.gameState.round, commands: room.gameRecord.log.length, stateHash: hashState(room.gameState) });
  });

  api.use((error: unknown, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    console.error("session api:", error);
    res.status(500).json({ error: error instanceof Error ? error.message : "The server failed." });
  });
  return api;
}
