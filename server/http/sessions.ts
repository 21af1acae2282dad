// Sessions over HTTP, under /api:
// GET  /api/scenario                 the default scenario's cards and setting limits (the start page)
// GET  /api/address                  {addresses}: this machine's LAN IPv4 addresses, the ones students'
//                                    laptops can reach when the teacher's browser opened localhost
// POST /api/sessions                 create a room; the only time the facilitator secret is shown.
//                                    JSON only, at most `createLimit` per address and window.
// POST /api/sessions/mine            {sessions: [{code, secret}]}: the facilitator's own sessions
//                                    (those whose secret checks): code, times, status, round, and
//                                    for a live room its phase, seats taken, people connected, bots
// GET  /api/sessions/:code/record    settings, seed, command log, rounds, stateHash   (secret)
// GET  /api/sessions/:code/debrief   the debrief's data (shared/views/debrief.ts), from the live
//                                    room or the stored log replayed                  (secret)
// POST /api/sessions/:code/resume    rebuild a stored session whose room is gone      (secret)
// The secret travels in the x-facilitator-secret header; a wrong or missing one gets 403. No
// route lists sessions to someone without their secrets: join codes are not public.
import { randomBytes } from "node:crypto";
import { networkInterfaces } from "node:os";
import express from "express";
import { matchMaker } from "@colyseus/core";
import { z } from "zod";
import { PERSONALITIES } from "../../shared/bots/personalities";
import { hashState } from "../../shared/engine/hash";
import { replay, type LoggedCommand } from "../../shared/engine/replay";
import type { GameState } from "../../shared/model/state";
import { ROOM_NAME } from "../../shared/protocol";
import { gameSettingsSchema } from "../../shared/scenarios/settings";
import { buildDebriefData } from "../../shared/views/debriefBuilder";
import { scenarioView } from "../../shared/views/scenarioView";
import { chongqingScenario } from "../../shared/scenarios/chongqing";
import { loadMapFile } from "../mapFile";
import type { RecordStore, SessionRow } from "../records";
import { apiErrors, BODY_LIMIT_BYTES, rateLimit } from "./limits";
import { isResuming, liveRoom, resumeSession } from "./resume";

/** How many sessions one address may create per window: a page elsewhere cannot fill the server with rooms. */
export interface CreateLimit {
  max: number;
  windowMs: number;
}
export const DEFAULT_CREATE_LIMIT: CreateLimit = { max: 10, windowMs: 10 * 60_000 };

// Settings are checked again by the room itself (shared/scenarios/settings.ts): a bad one refuses
// the room with a sentence naming it, answered here as 400.
const personalities = z
  .object({
    government: z.enum(PERSONALITIES.government),
    village: z.enum(PERSONALITIES.village),
    developer: z.enum(PERSONALITIES.developer),
    migrant: z.enum(PERSONALITIES.migrant),
  })
  .partial()
  .strict();
const createSessionBody = z
  .object({
    seed: z.union([z.number().finite(), z.string().min(1).max(64)]).optional(),
    roundSeconds: z.number().int().min(5).max(1800).optional(),
    settings: gameSettingsSchema.optional(),
    bots: personalities.optional(),
  })
  .strict();
/** The newest 100 sessions a browser keeps (client/ui/sessionsStore.ts); with their 24-character secrets, ~5 KB. */
const mineBody = z.object({ sessions: z.array(z.object({ code: z.string().max(40), secret: z.string().max(200) }).strict()).max(100) }).strict();

/** The first problem zod found, naming the option: "bots.village: Invalid option: …". */
const firstIssue = (error: z.ZodError) => {
  const issue = error.issues[0];
  return issue.path.length > 0 ? `${issue.path.join(".")}: ${issue.message}` : issue.message;
};

/** What the list and the record say first about a session (never its secret). */
function summary(s: Pick<SessionRow, "id" | "createdAt" | "updatedAt" | "status" | "round">, live: boolean) {
  return { code: s.id, created: new Date(s.createdAt).toISOString(), updated: new Date(s.updatedAt).toISOString(), status: s.status, round: s.round, live };
}

/** A session's row for its facilitator's list, with what its live room is doing now (the workshop view, client/ui/sessions.ts). */
function listed(s: SessionRow) {
  const room = liveRoom(s.id);
  const live = room?.state;
  const seats = live ? [...live.seats] : [];
  return {
    ...summary(s, room !== undefined),
    // People and bots apart: a bot filling a seat counts as connected in the room.
    ...(live
      ? {
          phase: live.phase,
          rounds: live.rounds,
          seats: seats.length,
          taken: seats.filter((x) => x.player !== "").length,
          connected: seats.filter((x) => x.connected && !x.bot).length,
          bots: seats.filter((x) => x.bot).length,
        }
      : {}),
  };
}

/** This machine's IPv4 addresses other machines can reach (not loopback), in the order the system lists them. */
export function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flatMap((list) => list ?? [])
    .filter((a) => a.family === "IPv4" && !a.internal)
    .map((a) => a.address);
}

/** Player names by seat from the records' seat list, as a live room's seats show them ("" for an empty seat). */
function storedPlayers(records: RecordStore, code: string, seats: number): string[] {
  const players = Array.from({ length: seats }, () => "");
  for (const s of records.seats(code)) if (s.seat >= 0 && s.seat < seats) players[s.seat] = s.player;
  return players;
}

const replayStored = (session: SessionRow, log: LoggedCommand[]) =>
  replay({ rulesVersion: session.settings.rulesVersion, seed: session.seed, scenario: session.scenario, map: loadMapFile(session.mapPath), log });

export function sessionApi(records: RecordStore, createLimit: CreateLimit = DEFAULT_CREATE_LIMIT): express.Router {
  const api = express.Router();
  api.use(express.json({ limit: BODY_LIMIT_BYTES }));
  const creations = rateLimit(createLimit.max, createLimit.windowMs);

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
  /** A JSON body is required: a form or text/plain post from another site cannot send one without the browser asking first. */
  const jsonOnly = (req: express.Request, res: express.Response) => {
    if (req.is("application/json")) return true;
    res.status(415).json({ error: "Send the request body as Content-Type: application/json." });
    return false;
  };

  api.get("/scenario", (_req, res) => {
    res.json(scenarioView(chongqingScenario));
  });

  api.get("/address", (_req, res) => {
    res.json({ addresses: lanAddresses() });
  });

  api.post("/sessions", async (req, res) => {
    if (!jsonOnly(req, res)) return;
    const body = createSessionBody.safeParse(req.body ?? {});
    if (!body.success) {
      res.status(400).json({ error: `Bad session settings: ${firstIssue(body.error)}` });
      return;
    }
    const wait = creations.take(req.socket.remoteAddress ?? "", Date.now());
    if (wait > 0) {
      res.status(429).set("Retry-After", String(wait)).json({ error: `Too many new sessions from this address: at most ${createLimit.max} in ${Math.round(createLimit.windowMs / 60_000)} minutes. Try again in ${wait} s.` });
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
    const facilitatorSecret = randomBytes(18).toString("base64url");
    records.setFacilitatorSecret(code, facilitatorSecret);
    const room = liveRoom(code);
    room?.holdForPlayers();
    room?.markFacilitated();
    res.status(201).json({ code, roomId: code, facilitatorSecret, facilitatorUrl: `/?room=${code}&facilitator=${facilitatorSecret}` });
  });

  api.post("/sessions/mine", (req, res) => {
    if (!jsonOnly(req, res)) return;
    const body = mineBody.safeParse(req.body);
    if (!body.success) {
      res.status(400).json({ error: `Send {sessions: [{code, secret}]}: ${firstIssue(body.error)}` });
      return;
    }
    const sessions = body.data.sessions
      .filter((k) => records.checkFacilitatorSecret(k.code, k.secret))
      .map((k) => records.getSession(k.code))
      .filter((s) => s !== undefined)
      .sort((a, b) => b.createdAt - a.createdAt || a.id.localeCompare(b.id))
      .map(listed);
    res.json({ sessions });
  });

  // A stored log replayed once per length: reopening a past debrief does not replay it again.
  const replayed = new Map<string, { commands: number; state: GameState }>();
  api.get("/sessions/:code/debrief", (req, res) => {
    const session = authorized(req, res);
    if (!session) return;
    const room = liveRoom(session.id);
    let game: GameState;
    const log = records.commands(session.id);
    if (room) game = room.gameState;
    else {
      const cached = replayed.get(session.id);
      if (cached && cached.commands === log.length) game = cached.state;
      else {
        try {
          game = replayStored(session, log);
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
    res.json(buildDebriefData(game, { code: session.id, status: session.status, players, log }));
  });

  api.get("/sessions/:code/record", (req, res) => {
    const session = authorized(req, res);
    if (!session) return;
    const log = records.commands(session.id);
    const room = liveRoom(session.id);
    let stateHash: string | null = null;
    let replayError: string | undefined;
    try {
      stateHash = hashState(room ? room.gameState : replayStored(session, log));
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
    if (liveRoom(session.id) || isResuming(session.id)) {
      res.status(409).json({ error: `Session ${session.id} is already running; join it by its code.` });
      return;
    }
    let room;
    try {
      room = await resumeSession(records, session);
    } catch (error) {
      // The room refused to rebuild the session (a changed map or rules): say why.
      res.status(409).json({ error: `Session ${session.id} cannot be resumed: ${error instanceof Error ? error.message : String(error)}` });
      return;
    }
    res.json({ code: session.id, status: session.status, round: room.gameState.round, commands: room.gameRecord.log.length, stateHash: hashState(room.gameState) });
  });

  api.use((req, res) => {
    res.status(404).json({ error: `No such API route: ${req.method} /api${req.path}.` });
  });
  api.use(apiErrors);
  return api;
}
