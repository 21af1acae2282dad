// Rebuilding a stored session's room from its records: on a facilitator's request
// (POST /api/sessions/:code/resume) and, when the server starts, for every session whose room was
// open when the last process stopped (killed, crashed or shut down), so no one has to ask; with
// records several processes share, also while it runs, for a process that died meanwhile.
import { randomBytes } from "node:crypto";
import { matchMaker } from "@colyseus/core";
import { ROOM_NAME } from "../../shared/protocol";
import { claimResume, offerResume, type RecordStore, type SessionRow } from "../records";
import type { ShanchengRoom } from "../room/room";

export const liveRoom = (code: string) => matchMaker.getLocalRoomById(code) as ShanchengRoom | undefined;

/** Codes being resumed right now: a second request for one of them is refused, not run twice. */
const resuming = new Set<string>();

export const isResuming = (code: string) => resuming.has(code);

/**
 * The session's room, rebuilt by replaying its log (the room checks the map and the checkpoints).
 * Throws the room's reason when it refuses: a changed map file, or a replay that misses a hash.
 */
export async function resumeSession(records: RecordStore, session: SessionRow): Promise<ShanchengRoom> {
  resuming.add(session.id);
  const token = randomBytes(16).toString("hex");
  try {
    offerResume(token, { code: session.id, seed: session.seed, scenario: session.scenario, mapPath: session.mapPath, settings: session.settings, log: records.commands(session.id), seats: records.seats(session.id), checkpoints: records.checkpoints(session.id) });
    await matchMaker.createRoom(ROOM_NAME, { resumeToken: token });
  } finally {
    claimResume(token); // drop the hand-over if the room never took it
    resuming.delete(session.id);
  }
  return liveRoom(session.id)!;
}

/**
 * Resume every session whose room was open when the server last stopped and is not live now.
 * One that cannot be resumed (ended, gone, a changed map) is logged and marked closed, so the next
 * start does not try again; its facilitator can still read its record. Answers the codes resumed.
 */
export async function resumeOpenSessions(records: RecordStore): Promise<string[]> {
  const resumed: string[] = [];
  for (const code of records.openRooms()) {
    if (liveRoom(code) || isResuming(code)) continue;
    const session = records.getSession(code);
    if (!session || session.status === "ended") {
      records.setRoomOpen(code, false);
      continue;
    }
    try {
      await resumeSession(records, session);
      resumed.push(code);
    } catch (error) {
      console.error(`Session ${code} was not resumed: ${error instanceof Error ? error.message : String(error)}`);
      records.setRoomOpen(code, false);
    }
  }
  return resumed;
}

/**
 * With records several processes share (RecordStore.leaseSeconds), look every half lease for
 * sessions whose process stopped renewing its lease, and resume them here. Answers the stop.
 */
export function watchOpenSessions(records: RecordStore): () => void {
  if (!records.leaseSeconds) return () => undefined;
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    resumeOpenSessions(records)
      .then((codes) => codes.length > 0 && console.log(`Resumed ${codes.length} session(s) of a stopped process: ${codes.join(", ")}`))
      .catch((error) => console.error("records: looking for sessions to resume failed:", error))
      .finally(() => (busy = false));
  }, (records.leaseSeconds * 1000) / 2);
  timer.unref();
  return () => clearInterval(timer);
}
