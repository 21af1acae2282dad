// The session records' interface: what the room and the HTTP API ask of a store, whichever
// database holds it (server/records/sqlite.ts, the default; server/records/postgres.ts when
// DATABASE_URL is set). Every accepted command is
// appended before the room moves on, so a killed server loses at most the message in flight; a
// session is rebuilt by replaying its command log through the engine (shared/engine/replay.ts).
import { createHash, timingSafeEqual } from "node:crypto";
import { isAbsolute, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { LoggedCommand } from "../../shared/engine/replay";
import type { Scenario } from "../../shared/scenarios/schema";
import type { RoundRecord } from "../../shared/model/state";
import type { BranchSettings } from "../../shared/engine/branch";
import type { DebriefData } from "../../shared/views/debrief";

export type SessionStatus = "lobby" | "running" | "ended";

/** Settings a session was created with: what a debrief or a resume needs besides the log. */
export interface SessionSettings {
  roundSeconds: number;
  rulesVersion: number;
  /** hashState of the map when the session started: a resume refuses a changed map file. */
  mapHash: string;
  /** One player against bots, and the personality of the bots per role. */
  solo?: boolean;
  bots?: Record<string, string>;
}

export interface SessionRow {
  id: string;
  createdAt: number;
  updatedAt: number;
  status: SessionStatus;
  round: number;
  seed: number | string;
  scenario: Scenario;
  mapPath: string;
  settings: SessionSettings;
  /** Whether a facilitator secret was set (its hash never leaves the store). */
  hasFacilitator: boolean;
}

export interface NewSession {
  id: string;
  seed: number | string;
  scenario: Scenario;
  mapPath: string;
  settings: SessionSettings;
  status: SessionStatus;
  round: number;
}

export interface StoredMessage {
  seq: number;
  seat: number;
  text: string;
  at: number;
}

/** Who sits where (people by name, bots by personality): what a resumed room seats again. */
export interface StoredSeat {
  seat: number;
  /** The player's name, or the bot's ("Bot") for a seat a bot filled. */
  player: string;
  /** The personality of the bot playing the seat; "" when a person plays it. */
  bot: string;
}

/** sha256 (hex) of a seat's rejoin secret; kept apart from the seat list, which the record shows. */
export interface SeatSecret {
  seat: number;
  secretHash: string;
}

/** The hash (shared/engine/hash.ts) of the game state right after command `seq`: a resume checks its replay against it. */
export interface Checkpoint {
  seq: number;
  stateHash: string;
}

/** What an accepted command changed besides the log. */
export interface AfterCommand {
  status: SessionStatus;
  round: number;
  newRounds: RoundRecord[];
  /** hashState of the new state, given when a round was resolved or the game ended. */
  stateHash?: string;
}

/**
 * A finished "what if?" branch (shared/engine/branch.ts; server/branches/): what it was made from
 * (the session's record up to `fromSeq`, its seed, the bots' personalities, the changed
 * settings), enough to play it again exactly, and what it led to.
 */
export interface StoredBranch {
  id: string;
  createdAt: number;
  round: number;
  /** Commands of the session's record up to and including the one that opened `round`. */
  fromSeq: number;
  seed: number | string;
  personalities: string[];
  /** The personality a person's seat was given, by role (the room's bots). */
  mix?: Partial<Record<string, string>>;
  settings: BranchSettings;
  /** The branch's debrief at its end, the hash of its final state, the commands it added, and how long it took (ms). */
  debrief: DebriefData;
  stateHash: string;
  commands: number;
  ms: number;
}

export interface RecordStore {
  /** Where the records are (a file path, ":memory:", or a PostgreSQL URL without its password). */
  readonly path: string;
  /**
   * Set when several processes share the records: seconds after which a stopped process's open
   * rooms may be taken over (see openRooms); absent when one process owns them.
   */
  readonly leaseSeconds?: number;
  hasSession(id: string): boolean;
  createSession(session: NewSession): void;
  getSession(id: string): SessionRow | undefined;
  /** Stores sha256(secret) as hex; the plain secret is never written. */
  setFacilitatorSecret(id: string, secret: string): void;
  checkFacilitatorSecret(id: string, secret: unknown): boolean;
  /**
   * One accepted command, and with it any rounds it resolved and the session's status, in one
   * transaction: either all of it is stored when this returns, or none of it and it throws.
   */
  recordCommand(id: string, seq: number, entry: LoggedCommand, after: AfterCommand): void;
  checkpoints(id: string): Checkpoint[];
  commands(id: string): LoggedCommand[];
  rounds(id: string): RoundRecord[];
  /** Replace the session's seat list (written when it changes, not per command). */
  saveSeats(id: string, seats: StoredSeat[]): void;
  seats(id: string): StoredSeat[];
  /** Replace the seats' rejoin secret hashes (server/room/seats.ts), so a resumed room knows each seat's owner. */
  saveSeatSecrets(id: string, secrets: SeatSecret[]): void;
  seatSecrets(id: string): SeatSecret[];
  /** Chat and broadcasts. */
  appendMessage(id: string, seat: number, text: string): number;
  messages(id: string): StoredMessage[];
  /**
   * Whether the session's room is open on this server. A room that closes because everyone left
   * is marked closed; one that stops with its process (a crash, a kill, a shutdown) stays open
   * here, and the next server start resumes it (server/http/resume.ts).
   */
  setRoomOpen(id: string, open: boolean): void;
  /**
   * Sessions whose room was open on a server that has stopped, oldest first. A store that several
   * processes share hands each such session to one caller only (PostgreSQL: a lease per open
   * room, server/records/postgres.ts); the embedded one has one process and answers them all.
   */
  openRooms(): string[];
  /** Keep a finished what-if branch of the session. */
  saveBranch(id: string, branch: StoredBranch): void;
  /** The session's branches, oldest first. */
  branches(id: string): StoredBranch[];
  close(): void;
}

/** What a store keeps of a facilitator secret: sha256, hex. */
export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

/**
 * Whether `secret` hashes to the stored hash (`stored` reads it: null or undefined when none was
 * set), compared in constant time; anything but a string of 1 to 200 characters never matches.
 */
export function secretMatches(secret: unknown, stored: () => string | null | undefined): boolean {
  if (typeof secret !== "string" || secret.length === 0 || secret.length > 200) return false;
  const hash = stored();
  if (!hash) return false;
  return timingSafeEqual(Buffer.from(hash, "hex"), Buffer.from(hashSecret(secret), "hex"));
}

// Map paths inside the project are stored relative to its root, so a moved checkout still finds them.
const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const storedMapPath = (path: string): string => {
  const rel = relative(ROOT, resolve(path));
  return rel.startsWith("..") || isAbsolute(rel) ? resolve(path) : rel;
};
export const loadedMapPath = (stored: string): string => resolve(ROOT, stored);
