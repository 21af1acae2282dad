// Session records in PostgreSQL (the `pg` client), used when DATABASE_URL is set: several server
// processes share one database, so a session whose process died resumes on another. The same
// tables as ./sqlite.ts, created if missing; JSON columns keep the text they were given. Calls
// are synchronous like the SQLite store's (./pgCall.ts: the client runs in a worker thread).
//
// open_rooms across processes: each row names the process that has the room open (`owner`) and
// when that process last renewed its lease (`updated_at`, the database's clock; the worker renews
// every lease/3). openRooms() claims, in one UPDATE, the rows whose lease has expired or that this
// owner already held, so two processes never both resume one session; a room that closes deletes
// its row only while this process still owns it.
import { hostname } from "node:os";
import type { Command } from "../../shared/engine/commands";
import type { LoggedCommand } from "../../shared/engine/replay";
import type { RoundRecord } from "../../shared/model/state";
import type { Scenario } from "../../shared/scenarios/schema";
import { startSyncPg, type Statement } from "./pgCall";
import { hashSecret, loadedMapPath, secretMatches, storedMapPath, type Checkpoint, type RecordStore, type SeatSecret, type SessionSettings, type SessionStatus, type StoredBranch, type StoredMessage, type StoredSeat } from "./store";

export interface PostgresOptions {
  /** This process's name in open_rooms (env SHANCHENG_INSTANCE; default host:pid). A restarted process given the same name takes its rooms back at once. */
  instance?: string;
  /** Seconds without a renewal after which another process may resume a room (env SHANCHENG_LEASE_SECONDS; default 30). */
  leaseSeconds?: number;
  /** How long one call waits for the database before it throws (ms; default 5000). */
  timeoutMs?: number;
}

const OPEN_TIMEOUT_MS = 30_000;
// One transaction-scoped advisory lock, so processes starting together do not race to create tables.
const SCHEMA_LOCK = 7_245_112;
const SCHEMA = `
CREATE TABLE IF NOT EXISTS sessions (
  id TEXT PRIMARY KEY,
  created_at BIGINT NOT NULL, -- ms since 1970, as every *_at but open_rooms.updated_at
  updated_at BIGINT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('lobby', 'running', 'ended')),
  round INTEGER NOT NULL,
  seed JSON NOT NULL,
  scenario JSON NOT NULL,
  map_path TEXT NOT NULL, -- relative to the project's root when inside it
  settings JSON NOT NULL,
  facilitator_secret_hash TEXT
);
CREATE TABLE IF NOT EXISTS commands (
  session_id TEXT NOT NULL REFERENCES sessions(id),
  seq INTEGER NOT NULL,
  seat INTEGER NOT NULL,
  command JSON NOT NULL,
  at BIGINT NOT NULL,
  PRIMARY KEY (session_id, seq)
);
CREATE TABLE IF NOT EXISTS messages (
  session_id TEXT NOT NULL REFERENCES sessions(id),
  seq INTEGER NOT NULL,
  seat INTEGER NOT NULL,
  text TEXT NOT NULL,
  at BIGINT NOT NULL,
  PRIMARY KEY (session_id, seq)
);
CREATE TABLE IF NOT EXISTS seats (
  session_id TEXT NOT NULL REFERENCES sessions(id),
  seat INTEGER NOT NULL,
  player TEXT NOT NULL,
  bot TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (session_id, seat)
);
CREATE TABLE IF NOT EXISTS seat_secrets (
  session_id TEXT NOT NULL REFERENCES sessions(id),
  seat INTEGER NOT NULL,
  secret_hash TEXT NOT NULL,
  PRIMARY KEY (session_id, seat)
);
CREATE TABLE IF NOT EXISTS checkpoints (
  session_id TEXT NOT NULL REFERENCES sessions(id),
  seq INTEGER NOT NULL, -- the command after which the state had this hash
  state_hash TEXT NOT NULL,
  PRIMARY KEY (session_id, seq)
);
CREATE TABLE IF NOT EXISTS open_rooms (
  session_id TEXT PRIMARY KEY REFERENCES sessions(id),
  since BIGINT NOT NULL,
  owner TEXT NOT NULL, -- the process that has the room open (PostgresOptions.instance)
  updated_at TIMESTAMPTZ NOT NULL DEFAULT now() -- the owner's last lease renewal
);
CREATE TABLE IF NOT EXISTS rounds (
  session_id TEXT NOT NULL REFERENCES sessions(id),
  round INTEGER NOT NULL,
  record JSON NOT NULL,
  PRIMARY KEY (session_id, round)
);
CREATE TABLE IF NOT EXISTS branches (
  session_id TEXT NOT NULL REFERENCES sessions(id),
  id TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  branch JSON NOT NULL, -- store.ts StoredBranch
  PRIMARY KEY (session_id, id)
);
`;

interface RawSession {
  id: string;
  created_at: number;
  updated_at: number;
  status: SessionStatus;
  round: number;
  seed: number | string;
  scenario: Scenario;
  map_path: string;
  settings: SessionSettings;
  facilitator_secret_hash: string | null;
}

/** The URL without its password, for logs and RecordStore.path. */
const shown = (url: string) => url.replace(/(\/\/[^:/@]*):[^@/]*@/, "$1:***@");

/** Connect to the database at `url` (postgresql://…), creating the tables if missing; throws when it cannot. */
export function openPostgresRecords(url: string, options: PostgresOptions = {}): RecordStore {
  const instance = options.instance ?? process.env.SHANCHENG_INSTANCE ?? `${hostname()}:${process.pid}`;
  const leaseSeconds = options.leaseSeconds ?? Number(process.env.SHANCHENG_LEASE_SECONDS ?? 30);
  const db = startSyncPg({ url, instance, heartbeatMs: (leaseSeconds * 1000) / 3, timeoutMs: options.timeoutMs ?? 5000 });
  const read = <T>(text: string, ...values: unknown[]): T[] => db.run([{ text, values }], false)[0] as T[];
  const write = (...statements: Statement[]): unknown[][] => db.run(statements, true);
  const s = (text: string, ...values: unknown[]): Statement => ({ text, values });
  try {
    // The first call also waits for the worker thread to start and connect.
    db.run([s(`SELECT pg_advisory_xact_lock(${SCHEMA_LOCK})`), s(SCHEMA)], true, OPEN_TIMEOUT_MS);
  } catch (error) {
    db.close();
    throw error;
  }

  return {
    path: shown(url),
    leaseSeconds,
    hasSession: (id) => read("SELECT 1 FROM sessions WHERE id = $1", id).length > 0,
    createSession(x) {
      const now = Date.now();
      write(s(
        `INSERT INTO sessions (id, created_at, updated_at, status, round, seed, scenario, map_path, settings)
         VALUES ($1, $2, $2, $3, $4, $5, $6, $7, $8)`,
        x.id, now, x.status, x.round, JSON.stringify(x.seed), JSON.stringify(x.scenario), storedMapPath(x.mapPath), JSON.stringify(x.settings),
      ));
    },
    getSession(id) {
      const [r] = read<RawSession>("SELECT * FROM sessions WHERE id = $1", id);
      if (!r) return undefined;
      return {
        id: r.id,
        createdAt: r.created_at,
        updatedAt: r.updated_at,
        status: r.status,
        round: r.round,
        seed: r.seed,
        scenario: r.scenario,
        mapPath: loadedMapPath(r.map_path),
        settings: r.settings,
        hasFacilitator: r.facilitator_secret_hash !== null,
      };
    },
    setFacilitatorSecret(id, secret) {
      write(s("UPDATE sessions SET facilitator_secret_hash = $1, updated_at = $2 WHERE id = $3", hashSecret(secret), Date.now(), id));
    },
    checkFacilitatorSecret(id, secret) {
      return secretMatches(secret, () => read<{ h: string | null }>("SELECT facilitator_secret_hash AS h FROM sessions WHERE id = $1", id)[0]?.h);
    },
    recordCommand(id, seq, entry, after) {
      const now = Date.now();
      write(
        s("INSERT INTO commands (session_id, seq, seat, command, at) VALUES ($1, $2, $3, $4, $5)", id, seq, entry.seat, JSON.stringify(entry.command), now),
        ...after.newRounds.map((r) =>
          s("INSERT INTO rounds (session_id, round, record) VALUES ($1, $2, $3) ON CONFLICT (session_id, round) DO UPDATE SET record = EXCLUDED.record", id, r.round, JSON.stringify(r)),
        ),
        ...(after.stateHash
          ? [s("INSERT INTO checkpoints (session_id, seq, state_hash) VALUES ($1, $2, $3) ON CONFLICT (session_id, seq) DO UPDATE SET state_hash = EXCLUDED.state_hash", id, seq, after.stateHash)]
          : []),
        s("UPDATE sessions SET status = $1, round = $2, updated_at = $3 WHERE id = $4", after.status, after.round, now, id),
      );
    },
    checkpoints: (id) => read<Checkpoint>('SELECT seq, state_hash AS "stateHash" FROM checkpoints WHERE session_id = $1 ORDER BY seq', id),
    commands: (id) => read<{ seat: number; command: Command }>("SELECT seat, command FROM commands WHERE session_id = $1 ORDER BY seq", id).map((r): LoggedCommand => ({ seat: r.seat, command: r.command })),
    rounds: (id) => read<{ record: RoundRecord }>("SELECT record FROM rounds WHERE session_id = $1 ORDER BY round", id).map((r) => r.record),
    saveSeats(id, seats) {
      write(s("DELETE FROM seats WHERE session_id = $1", id), ...seats.map((x) => s("INSERT INTO seats (session_id, seat, player, bot) VALUES ($1, $2, $3, $4)", id, x.seat, x.player, x.bot)));
    },
    seats: (id) => read<StoredSeat>("SELECT seat, player, bot FROM seats WHERE session_id = $1 ORDER BY seat", id),
    saveSeatSecrets(id, secrets) {
      write(s("DELETE FROM seat_secrets WHERE session_id = $1", id), ...secrets.map((x) => s("INSERT INTO seat_secrets (session_id, seat, secret_hash) VALUES ($1, $2, $3)", id, x.seat, x.secretHash)));
    },
    seatSecrets: (id) => read<SeatSecret>('SELECT seat, secret_hash AS "secretHash" FROM seat_secrets WHERE session_id = $1 ORDER BY seat', id),
    appendMessage(id, seat, text) {
      const [rows] = write(s(
        `INSERT INTO messages (session_id, seq, seat, text, at)
         SELECT $1, COALESCE(MAX(seq) + 1, 0), $2, $3, $4 FROM messages WHERE session_id = $1 RETURNING seq`,
        id, seat, text, Date.now(),
      ));
      return (rows as { seq: number }[])[0].seq;
    },
    messages: (id) => read<StoredMessage>("SELECT seq, seat, text, at FROM messages WHERE session_id = $1 ORDER BY seq", id),
    setRoomOpen(id, open) {
      if (open) {
        write(s(
          `INSERT INTO open_rooms (session_id, since, owner) VALUES ($1, $2, $3)
           ON CONFLICT (session_id) DO UPDATE SET owner = EXCLUDED.owner, updated_at = now()`,
          id, Date.now(), instance,
        ));
      } else write(s("DELETE FROM open_rooms WHERE session_id = $1 AND owner = $2", id, instance));
    },
    openRooms() {
      const [rows] = write(s(
        `UPDATE open_rooms SET owner = $1, updated_at = now()
         WHERE owner = $1 OR updated_at < now() - make_interval(secs => $2)
         RETURNING session_id AS id, since`,
        instance, leaseSeconds,
      ));
      return (rows as { id: string; since: number }[]).sort((a, b) => a.since - b.since || (a.id < b.id ? -1 : 1)).map((r) => r.id);
    },
    saveBranch(id, branch) {
      write(s("INSERT INTO branches (session_id, id, created_at, branch) VALUES ($1, $2, $3, $4)", id, branch.id, branch.createdAt, JSON.stringify(branch)));
    },
    branches: (id) => read<{ branch: StoredBranch }>("SELECT branch FROM branches WHERE session_id = $1 ORDER BY created_at, id", id).map((r) => r.branch),
    close: () => db.close(),
  };
}
