// The PostgreSQL client's own thread (server/records/postgres.ts starts it). The records'
// interface is synchronous, so the main thread posts a request and blocks in Atomics.wait; this
// thread runs it on a pool of one connection (which reconnects after a lost one) and answers on
// the port, then flips the shared state word and notifies. Requests run one at a time, in order.
//
// The state word (an Int32 in a SharedArrayBuffer) is `id * 4 + phase` (./pgCall.ts). A write
// runs in a transaction that commits only if this thread moves the word from PENDING to
// COMMITTING before the main thread gives up (PENDING to ABANDONED): whichever move wins decides,
// so a request the main thread reported as failed is never stored.
import { workerData, type MessagePort } from "node:worker_threads";
import pg from "pg";
import { Phase, tag, type PgAnswer, type PgRequest } from "./pgCall";

interface Setup {
  url: string;
  port: MessagePort;
  state: SharedArrayBuffer;
  /** The owner name this process writes in open_rooms, and how often its leases are renewed (ms). */
  instance: string;
  heartbeatMs: number;
}

const { url, port, state, instance, heartbeatMs } = workerData as Setup;
const word = new Int32Array(state);

// BIGINT (oid 20) holds milliseconds since 1970 here: safe as a JavaScript number.
pg.types.setTypeParser(20, Number);
const pool = new pg.Pool({ connectionString: url, max: 1 });
// synchronous_commit off, as the SQLite store's synchronous=NORMAL: a commit is in the database
// server's memory when it returns, so a killed game server loses nothing it recorded; a crash of
// the database server itself can lose its last fraction of a second. It saves a disk flush per append.
pool.on("connect", (client) => void client.query("SET synchronous_commit = off").catch(() => undefined));
// A connection lost while idle is replaced on the next query; the error is only logged.
pool.on("error", (error) => console.error("records: PostgreSQL connection lost:", error.message));

/** Answer, and mark it done if the state word still says `from` (else the main thread gave up and drops it by id). */
function answer(reply: PgAnswer, from: number): void {
  port.postMessage(reply);
  if (Atomics.compareExchange(word, 0, from, tag(reply.id, Phase.Done)) === from) Atomics.notify(word, 0);
}

async function run(request: PgRequest): Promise<void> {
  const { id, statements, transaction } = request;
  const pending = tag(id, Phase.Pending);
  const committing = tag(id, Phase.Committing);
  if (!transaction) {
    try {
      const rows: unknown[][] = [];
      for (const s of statements) rows.push((await pool.query(s.text, s.values)).rows);
      answer({ id, ok: true, rows }, pending);
    } catch (error) {
      answer({ id, ok: false, error: (error as Error).message }, pending);
    }
    return;
  }
  const client = await pool.connect().catch((error: Error) => error);
  if (client instanceof Error) return answer({ id, ok: false, error: client.message }, pending);
  try {
    await client.query("BEGIN");
    const rows: unknown[][] = [];
    for (const s of statements) rows.push((await client.query(s.text, s.values)).rows);
    if (Atomics.compareExchange(word, 0, pending, committing) !== pending) {
      await client.query("ROLLBACK");
      return;
    }
    await client.query("COMMIT");
    answer({ id, ok: true, rows }, committing);
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    // Failed before the commit (still pending) or in it (committing): the call throws. A COMMIT
    // that fails has rolled back, unless the connection was lost during it (then no one knows).
    const now = Atomics.load(word, 0);
    answer({ id, ok: false, error: (error as Error).message }, now === committing ? committing : pending);
  } finally {
    client.release();
  }
}

let queue: Promise<void> = Promise.resolve();
port.on("message", (request: PgRequest) => {
  queue = queue.then(() => run(request));
});

// The lease on this process's open rooms: renewed while the process lives, so another process
// resumes them only once it has stopped (server/records/postgres.ts, openRooms).
if (heartbeatMs > 0) {
  setInterval(() => {
    queue = queue.then(() =>
      pool.query("UPDATE open_rooms SET updated_at = now() WHERE owner = $1", [instance]).then(
        () => undefined,
        (error: Error) => console.error("records: could not renew the open rooms' lease:", error.message),
      ),
    );
  }, heartbeatMs);
}
