// What-if branches over HTTP, under /api (mounted before the session routes, server/app.ts):
// POST /api/sessions/:code/branches      {round, settings}: queue a branch of the session from
//                                         that round (shared/engine/branch.ts) → 202 {branch}
// GET  /api/sessions/:code/branches      {branches}: the finished ones, then those queued,
//                                         running (with their progress), refused or failed
// GET  /api/sessions/:code/branches/:id  {branch}: one, with its debrief once finished
// Each needs the session's facilitator secret (header x-facilitator-secret) or, for a solo
// session, the seat secret of its one player's seat (header x-seat-secret); else 403.
import express from "express";
import { z } from "zod";
import { branchSettingsSchema } from "../../shared/engine/branch";
import { loadMapFile } from "../mapFile";
import { secretMatches, type RecordStore, type SessionRow } from "../records";
import { BODY_LIMIT_BYTES } from "../http/limits";
import { BranchQueue, MAX_BRANCHES_PER_SESSION, MAX_PENDING_PER_SESSION } from "./queue";

const branchBody = z.object({ round: z.number().int().min(1).max(40), settings: branchSettingsSchema }).strict();

/**
 * Whether `secret` is the seat secret of the solo session's player: the one seat a person (not a
 * bot) holds. A solo room where a second person took a seat has no such player (a class game:
 * the facilitator's secret is needed), so neither person branches it alone.
 */
function soloPlayer(records: RecordStore, session: SessionRow, secret: unknown): boolean {
  if (!session.settings.solo) return false;
  const people = records.seats(session.id).filter((s) => s.bot === "" && s.player !== "");
  if (people.length !== 1) return false;
  const hash = records.seatSecrets(session.id).find((s) => s.seat === people[0].seat)?.secretHash;
  return secretMatches(secret, () => hash);
}

export function branchApi(records: RecordStore): express.Router {
  const api = express.Router();
  const queue = new BranchQueue(records);

  /** The session if the request may branch it; otherwise answers 404/403. */
  const allowed = (req: express.Request, res: express.Response): SessionRow | undefined => {
    const code = String(req.params.code);
    const session = records.getSession(code);
    if (!session) {
      res.status(404).json({ error: `No session ${code}.` });
      return undefined;
    }
    if (!records.checkFacilitatorSecret(code, req.get("x-facilitator-secret")) && !soloPlayer(records, session, req.get("x-seat-secret"))) {
      res.status(403).json({ error: "What-if branches need the session's facilitator secret (header x-facilitator-secret), or in a solo game the player's seat secret (x-seat-secret).", code: "notFacilitator" });
      return undefined;
    }
    return session;
  };

  api.post("/sessions/:code/branches", express.json({ limit: BODY_LIMIT_BYTES }), (req, res) => {
    const session = allowed(req, res);
    if (!session) return;
    const body = branchBody.safeParse(req.body);
    if (!body.success) {
      const field = body.error.issues[0].path.join(".") || "(body)";
      res.status(400).json({ error: `Bad branch request: ${field}: ${body.error.issues[0].message}`, code: "badBranchSettings", params: { field } });
      return;
    }
    const players = records.seats(session.id);
    const input = {
      record: { rulesVersion: session.settings.rulesVersion, seed: session.seed, scenario: session.scenario, map: loadMapFile(session.mapPath), log: records.commands(session.id) },
      round: body.data.round,
      personalities: Array.from({ length: Math.max(0, ...players.map((s) => s.seat + 1)) }, (_, seat) => players.find((s) => s.seat === seat)?.bot ?? ""),
      ...(session.settings.bots ? { mix: session.settings.bots } : {}),
      settings: body.data.settings,
    };
    const branch = queue.submit(session.id, input);
    if (branch === "busy") {
      res.status(429).json({ error: `At most ${MAX_PENDING_PER_SESSION} branches wait at once; try again when one has finished.`, code: "tooManyBranches", params: { max: MAX_PENDING_PER_SESSION } });
      return;
    }
    if (branch === "full") {
      res.status(409).json({ error: `A session keeps at most ${MAX_BRANCHES_PER_SESSION} branches.`, code: "branchLimit", params: { max: MAX_BRANCHES_PER_SESSION } });
      return;
    }
    res.status(202).json({ branch });
  });

  api.get("/sessions/:code/branches", (req, res) => {
    const session = allowed(req, res);
    if (session) res.json({ branches: queue.list(session.id) });
  });

  api.get("/sessions/:code/branches/:id", (req, res) => {
    const session = allowed(req, res);
    if (!session) return;
    const branch = queue.get(session.id, String(req.params.id));
    if (branch) res.json({ branch });
    else res.status(404).json({ error: `Session ${session.id} has no branch ${String(req.params.id)}.` });
  });
  return api;
}
