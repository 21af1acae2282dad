// Synchronous PostgreSQL from the main thread: the `pg` client runs in a worker thread
// (./pgWorker.ts); a call posts the statements and blocks in Atomics.wait on a shared state word
// until the worker has answered (the technique of the synckit package), or throws after a
// timeout. The records' interface (./store.ts) is synchronous because a room appends each
// accepted command in the same step as it adopts the new state.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { MessageChannel, receiveMessageOnPort, Worker } from "node:worker_threads";

/** The low two bits of the state word; the rest is the request's id. */
export const Phase = { Pending: 0, Committing: 1, Done: 2, Abandoned: 3 } as const;
export const tag = (id: number, phase: (typeof Phase)[keyof typeof Phase]): number => id * 4 + phase;

export interface Statement {
  text: string;
  values?: unknown[];
}
export interface PgRequest {
  id: number;
  statements: Statement[];
  /** Run them in one transaction (every write): all stored when the call returns, or none. */
  transaction: boolean;
}
export type PgAnswer = { id: number; ok: true; rows: unknown[][] } | { id: number; ok: false; error: string };

export interface SyncPg {
  /** The rows of each statement, in order; throws the database's error or a timeout (ms; default SyncPgOptions.timeoutMs). */
  run(statements: Statement[], transaction: boolean, timeoutMs?: number): unknown[][];
  close(): void;
}

export interface SyncPgOptions {
  url: string;
  /** What this process writes as the owner of its open rooms, and how often it renews them (ms; 0: never). */
  instance: string;
  heartbeatMs: number;
  /** How long a call waits for the database before it throws (ms). */
  timeoutMs: number;
}

// The worker is TypeScript: it registers tsx's loader itself, so it starts the same under
// `node --import tsx` and under Vitest (whose own loader a worker thread does not inherit).
const require = createRequire(import.meta.url);
const TSX_API = pathToFileURL(join(dirname(require.resolve("tsx/package.json")), "dist/esm/api/index.mjs")).href;
const WORKER = new URL("./pgWorker.ts", import.meta.url).href;
const BOOT = `import(${JSON.stringify(TSX_API)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER)}); });`;

export function startSyncPg(options: SyncPgOptions): SyncPg {
  const state = new SharedArrayBuffer(4);
  const word = new Int32Array(state);
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(BOOT, {
    eval: true,
    workerData: { url: options.url, port: port2, state, instance: options.instance, heartbeatMs: options.heartbeatMs },
    transferList: [port2],
  });
  worker.unref();
  port1.unref();
  worker.on("error", (error) => console.error("records: the PostgreSQL worker failed:", error));
  let lastId = 0;

  /** Block until request `id` is answered; false when it was abandoned after the timeout. */
  function wait(id: number, timeoutMs: number): boolean {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const now = Atomics.load(word, 0);
      if (now === tag(id, Phase.Done)) return true;
      const left = deadline - performance.now();
      if (now === tag(id, Phase.Pending) && left <= 0) {
        // Give up, unless the worker has just begun to commit: then its outcome decides.
        if (Atomics.compareExchange(word, 0, now, tag(id, Phase.Abandoned)) === now) return false;
        continue;
      }
      // Committing: the transaction is complete and COMMIT is under way; wait for its answer.
      if (left <= -timeoutMs) throw new Error(`records: PostgreSQL did not confirm a commit within ${2 * timeoutMs} ms; its outcome is unknown`);
      Atomics.wait(word, 0, now, now === tag(id, Phase.Pending) ? left : left + timeoutMs);
    }
  }

  return {
    run(statements, transaction, timeoutMs = options.timeoutMs) {
      const id = (lastId = (lastId % 0x1fffffff) + 1);
      Atomics.store(word, 0, tag(id, Phase.Pending));
      port1.postMessage({ id, statements, transaction } satisfies PgRequest);
      if (!wait(id, timeoutMs)) throw new Error(`records: PostgreSQL did not answer within ${timeoutMs} ms`);
      for (let m = receiveMessageOnPort(port1); m; m = receiveMessageOnPort(port1)) {
        const reply = m.message as PgAnswer;
        if (reply.id !== id) continue; // the late answer to a call that timed out
        if (!reply.ok) throw new Error(`records: ${reply.error}`);
        return reply.rows;
      }
      throw new Error("records: the PostgreSQL worker's answer is missing");
    },
    close() {
      port1.close();
      void worker.terminate();
    },
  };
}
