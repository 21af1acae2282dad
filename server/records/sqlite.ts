// Session records in an embedded SQLite database (better-sqlite3, no separate server): the
// default store, zero configuration. The interface and its types are in ./store.ts.
//
// better-sqlite3 is pinned to major 12: version 13 needs Node 22 and crashes on Node 20.

import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import type { Command } from "../../shared/engine/commands";
import type { RoundRecord } from "../../shared/model/state";
import type { Scenario } from "../../shared/scenarios/schema";
import { hashSecret, loadedMapPath, secretMatches, storedMapPath, type AfterCommand, type Checkpoint, type RecordStore, type SeatSecret, type SessionSettings, type SessionStatus, type StoredBranch, type StoredMessage, type StoredSeat } from "./store";
import type { LoggedCommand } from "../../shared/engine/replay";

/** `data/shancheng.sqlite` at the repository's root (the folder is git-ignored). */
export const DEFAULT_DATA_FILE = fileURLToPath(new URL("../../data/shancheng.sqlite", import.meta.url));

const SCHEMA = `
CREATE TABLE IF NOT EXISTS sessions (
  id TEXT PRIMARY KEY,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('lobby', 'running', 'ended')),
  round INTEGER NOT NULL,
  seed TEXT NOT NULL,
  scenario TEXT NOT NULL,
  map_path TEXT NOT NULL, -- relative to the project's root when inside it
  settings TEXT NOT NULL,
  facilitator_secret_hash TEXT
);
CREATE TABLE IF NOT EXISTS commands (
  session_id TEXT NOT NULL REFERENCES sessions(id),
  seq INTEGER NOT NULL,
  seat INTEGER NOT NULL,
  command TEXT NOT NULL,
  at INTEGER NOT NULL,
  PRIMARY KEY (session_id, seq)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS messages (
  session_id TEXT NOT NULL REFERENCES sessions(id),
  seq INTEGER NOT NULL,
  seat INTEGER NOT NULL,
  text TEXT NOT NULL,
  at INTEGER NOT NULL,
  PRIMARY KEY (session_id, seq)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS seats (
  session_id TEXT NOT NULL REFERENCES sessions(id),
  seat INTEGER NOT NULL,
  player TEXT NOT NULL,
  bot TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (session_id, seat)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS seat_secrets (
  session_id TEXT NOT NULL REFERENCES sessions(id),
  seat INTEGER NOT NULL,
  secret_hash TEXT NOT NULL,
  PRIMARY KEY (session_id, seat)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS checkpoints (
  session_id TEXT NOT NULL REFERENCES sessions(id),
  seq INTEGER NOT NULL, -- the command after which the state had this hash
  state_hash TEXT NOT NULL,
  PRIMARY KEY (session_id, seq)
) WITHOUT ROWID;
-- Sessions whose room is open on this server (see RecordStore.setRoomOpen): what a restart resumes.
CREATE TABLE IF NOT EXISTS open_rooms (
  session_id TEXT PRIMARY KEY REFERENCES sessions(id),
  since INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS rounds (
  session_id TEXT NOT NULL REFERENCES sessions(id),
  round INTEGER NOT NULL,
  record TEXT NOT NULL,
  PRIMARY KEY (session_id, round)
) WITHOUT ROWID;
-- Finished what-if branches (store.ts StoredBranch), the whole object as JSON.
CREATE TABLE IF NOT EXISTS branches (
  session_id TEXT NOT NULL REFERENCES sessions(id),
  id TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  branch TEXT NOT NULL,
  PRIMARY KEY (session_id, id)
) WITHOUT ROWID;
`;

interface RawSession {
  id: string;
  created_at: number;
  updated_at: number;
  status: SessionStatus;
  round: number;
  seed: string;
  scenario: string;
  map_path: string;
  settings: string;
  facilitator_secret_hash: string | null;
}

/** Open (creating if needed) the records database at `path`; ":memory:" for a throwaway one. */
export function openSqliteRecords(path: string = DEFAULT_DATA_FILE): RecordStore {
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path, { timeout: 5000 });
  // WAL: appends do not rewrite pages and readers never block the writer. synchronous=NORMAL
  // in WAL mode survives a killed process (the OS still has the write); only a power cut can
  // lose the last transactions.
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma("foreign_keys = ON");
  db.exec(SCHEMA);

  const q = {
    has: db.prepare<[string], { one: number }>("SELECT 1 AS one FROM sessions WHERE id = ?"),
    insertSession: db.prepare(
      `INSERT INTO sessions (id, created_at, updated_at, status, round, seed, scenario, map_path, settings)
       VALUES (@id, @now, @now, @status, @round, @seed, @scenario, @mapPath, @settings)`,
    ),
    getSession: db.prepare<[string], RawSession>("SELECT * FROM sessions WHERE id = ?"),
    setSecret: db.prepare("UPDATE sessions SET facilitator_secret_hash = ?, updated_at = ? WHERE id = ?"),
    getSecret: db.prepare<[string], { h: string | null }>("SELECT facilitator_secret_hash AS h FROM sessions WHERE id = ?"),
    insertCommand: db.prepare("INSERT INTO commands (session_id, seq, seat, command, at) VALUES (?, ?, ?, ?, ?)"),
    updateStatus: db.prepare("UPDATE sessions SET status = ?, round = ?, updated_at = ? WHERE id = ?"),
    insertRound: db.prepare("INSERT OR REPLACE INTO rounds (session_id, round, record) VALUES (?, ?, ?)"),
    commands: db.prepare<[string], { seat: number; command: string }>("SELECT seat, command FROM commands WHERE session_id = ? ORDER BY seq"),
    rounds: db.prepare<[string], { record: string }>("SELECT record FROM rounds WHERE session_id = ? ORDER BY round"),
    nextMessage: db.prepare<[string], { n: number }>("SELECT COALESCE(MAX(seq) + 1, 0) AS n FROM messages WHERE session_id = ?"),
    insertMessage: db.prepare("INSERT INTO messages (session_id, seq, seat, text, at) VALUES (?, ?, ?, ?, ?)"),
    insertCheckpoint: db.prepare("INSERT OR REPLACE INTO checkpoints (session_id, seq, state_hash) VALUES (?, ?, ?)"),
    checkpoints: db.prepare<[string], Checkpoint>("SELECT seq, state_hash AS stateHash FROM checkpoints WHERE session_id = ? ORDER BY seq"),
    clearSeats: db.prepare("DELETE FROM seats WHERE session_id = ?"),
    insertSeat: db.prepare("INSERT INTO seats (session_id, seat, player, bot) VALUES (?, ?, ?, ?)"),
    seats: db.prepare<[string], StoredSeat>("SELECT seat, player, bot FROM seats WHERE session_id = ? ORDER BY seat"),
    clearSeatSecrets: db.prepare("DELETE FROM seat_secrets WHERE session_id = ?"),
    insertSeatSecret: db.prepare("INSERT INTO seat_secrets (session_id, seat, secret_hash) VALUES (?, ?, ?)"),
    seatSecrets: db.prepare<[string], SeatSecret>("SELECT seat, secret_hash AS secretHash FROM seat_secrets WHERE session_id = ? ORDER BY seat"),
    messages: db.prepare<[string], StoredMessage>("SELECT seq, seat, text, at FROM messages WHERE session_id = ? ORDER BY seq"),
    openRoom: db.prepare("INSERT OR IGNORE INTO open_rooms (session_id, since) VALUES (?, ?)"),
    closeRoom: db.prepare("DELETE FROM open_rooms WHERE session_id = ?"),
    openRooms: db.prepare<[], { id: string }>("SELECT session_id AS id FROM open_rooms ORDER BY since, session_id"),
    insertBranch: db.prepare("INSERT INTO branches (session_id, id, created_at, branch) VALUES (?, ?, ?, ?)"),
    branches: db.prepare<[string], { branch: string }>("SELECT branch FROM branches WHERE session_id = ? ORDER BY created_at, id"),
  };

  const recordCommand = db.transaction((id: string, seq: number, entry: LoggedCommand, after: AfterCommand) => {
    const now = Date.now();
    q.insertCommand.run(id, seq, entry.seat, JSON.stringify(entry.command), now);
    for (const r of after.newRounds) q.insertRound.run(id, r.round, JSON.stringify(r));
    if (after.stateHash) q.insertCheckpoint.run(id, seq, after.stateHash);
    q.updateStatus.run(after.status, after.round, now, id);
  });
  const saveSeats = db.transaction((id: string, seats: StoredSeat[]) => {
    q.clearSeats.run(id);
    for (const s of seats) q.insertSeat.run(id, s.seat, s.player, s.bot);
  });
  const saveSeatSecrets = db.transaction((id: string, secrets: SeatSecret[]) => {
    q.clearSeatSecrets.run(id);
    for (const s of secrets) q.insertSeatSecret.run(id, s.seat, s.secretHash);
  });
  const appendMessage = db.transaction((id: string, seat: number, text: string): number => {
    const seq = q.nextMessage.get(id)!.n;
    q.insertMessage.run(id, seq, seat, text, Date.now());
    return seq;
  });

  return {
    path,
    hasSession: (id) => q.has.get(id) !== undefined,
    createSession(s) {
      q.insertSession.run({
        id: s.id,
        now: Date.now(),
        status: s.status,
        round: s.round,
        seed: JSON.stringify(s.seed),
        scenario: JSON.stringify(s.scenario),
        mapPath: storedMapPath(s.mapPath),
        settings: JSON.stringify(s.settings),
      });
    },
    getSession(id) {
      const r = q.getSession.get(id);
      if (!r) return undefined;
      return {
        id: r.id,
        createdAt: r.created_at,
        updatedAt: r.updated_at,
        status: r.status,
        round: r.round,
        seed: JSON.parse(r.seed) as number | string,
        scenario: JSON.parse(r.scenario) as Scenario,
        mapPath: loadedMapPath(r.map_path),
        settings: JSON.parse(r.settings) as SessionSettings,
        hasFacilitator: r.facilitator_secret_hash !== null,
      };
    },
    setFacilitatorSecret(id, secret) {
      q.setSecret.run(hashSecret(secret), Date.now(), id);
    },
    checkFacilitatorSecret(id, secret) {
      return secretMatches(secret, () => q.getSecret.get(id)?.h);
    },
    recordCommand: (id, seq, entry, after) => recordCommand(id, seq, entry, after),
    checkpoints: (id) => q.checkpoints.all(id),
    commands: (id) => q.commands.all(id).map((r) => ({ seat: r.seat, command: JSON.parse(r.command) as Command })),
    rounds: (id) => q.rounds.all(id).map((r) => JSON.parse(r.record) as RoundRecord),
    saveSeats: (id, seats) => saveSeats(id, seats),
    seats: (id) => q.seats.all(id),
    saveSeatSecrets: (id, secrets) => saveSeatSecrets(id, secrets),
    seatSecrets: (id) => q.seatSecrets.all(id),
    appendMessage: (id, seat, text) => appendMessage(id, seat, text),
    messages: (id) => q.messages.all(id),
    setRoomOpen(id, open) {
      if (open) q.openRoom.run(id, Date.now());
      else q.closeRoom.run(id);
    },
    openRooms: () => q.openRooms.all().map((r) => r.id),
    saveBranch(id, branch) {
      q.insertBranch.run(id, branch.id, branch.createdAt, JSON.stringify(branch));
    },
    branches: (id) => q.branches.all(id).map((r) => JSON.parse(r.branch) as StoredBranch),
    close: () => {
      if (db.open) db.close();
    },
  };
}

