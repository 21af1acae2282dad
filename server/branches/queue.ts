// The what-if branches' queue: one branch plays at a time, in a worker thread of its own
// (./worker.ts), so the rooms' event loop never waits for it and the machine's other core stays
// free. A finished branch is kept in the records (RecordStore.saveBranch); a queued, running,
// refused or failed one lives here until the process stops.
import { randomBytes } from "node:crypto";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { BranchInput, BranchRefusalCode, BranchSettings } from "../../shared/engine/branch";
import type { DebriefData } from "../../shared/views/debrief";
import type { RecordStore, StoredBranch } from "../records";
import type { BranchJobData, WorkerMessage } from "./protocol";

export type BranchStatus = "queued" | "running" | "done" | "refused" | "failed";

/** A branch as the page lists it (its debrief is fetched alone: GET …/branches/:id). */
export interface BranchView {
  id: string;
  createdAt: number;
  round: number;
  settings: BranchSettings;
  status: BranchStatus;
  /** Rounds played of `total` (the branch round to the last). */
  done: number;
  total: number;
  /** How long the worker took, ms (a finished branch). */
  ms?: number;
  refusal?: { code: BranchRefusalCode; params: Record<string, string | number> };
  error?: string;
}

/** At most this many branches queued or running per session, and on the whole server. */
export const MAX_PENDING_PER_SESSION = 3;
export const MAX_PENDING = 8;
/** Branches a session keeps at most, finished or not (the page names them A to Z). */
export const MAX_BRANCHES_PER_SESSION = 26;
/** Refused and failed branches kept per session for the page to show. */
const KEPT_UNFINISHED = 5;

// The worker is TypeScript: as server/records/pgCall.ts does, it registers tsx's loader itself,
// so it starts the same under `node --import tsx` and under Vitest.
const require = createRequire(import.meta.url);
const TSX_API = pathToFileURL(join(dirname(require.resolve("tsx/package.json")), "dist/esm/api/index.mjs")).href;
const WORKER = new URL("./worker.ts", import.meta.url).href;
// A worker that cannot even load says why, as a failed branch.
const BOOT = `import(${JSON.stringify(TSX_API)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER)}); }).catch((e) => import("node:worker_threads").then((w) => w.parentPort.postMessage({ kind: "failed", error: String(e && e.stack || e) })));`;

interface Job {
  session: string;
  view: BranchView;
  data: BranchJobData;
}

const storedView = (b: StoredBranch): BranchView => ({ id: b.id, createdAt: b.createdAt, round: b.round, settings: b.settings, status: "done", done: b.debrief.rounds - b.round + 1, total: b.debrief.rounds - b.round + 1, ms: b.ms });

export class BranchQueue {
  private readonly waiting: Job[] = [];
  private running: { job: Job; worker: Worker } | null = null;
  /** Not yet finished, refused or failed, by session. */
  private readonly unfinished = new Map<string, Job[]>();

  constructor(private readonly records: RecordStore) {}

  /** Queue a branch of session `code`; or why not: too many waiting, or the session has its fill of branches. */
  submit(code: string, input: BranchInput): BranchView | "busy" | "full" {
    const pending = (list: Job[]) => list.filter((j) => j.view.status === "queued" || j.view.status === "running").length;
    const all = [...this.unfinished.values()].flat();
    if (this.list(code).length >= MAX_BRANCHES_PER_SESSION) return "full";
    if (pending(this.unfinished.get(code) ?? []) >= MAX_PENDING_PER_SESSION || pending(all) >= MAX_PENDING) return "busy";
    const total = input.record.scenario.rounds - input.round + 1;
    const view: BranchView = { id: randomBytes(6).toString("base64url"), createdAt: Date.now(), round: input.round, settings: input.settings, status: "queued", done: 0, total };
    const job: Job = { session: code, view, data: { code, input } };
    this.unfinished.set(code, [...(this.unfinished.get(code) ?? []), job]);
    this.waiting.push(job);
    this.next();
    return view;
  }

  /** The session's branches: the finished ones from the records, then those still here. */
  list(code: string): BranchView[] {
    return [...this.records.branches(code).map(storedView), ...(this.unfinished.get(code) ?? []).map((j) => ({ ...j.view }))];
  }

  /** One branch, with its debrief once finished. */
  get(code: string, id: string): (BranchView & { debrief?: DebriefData }) | undefined {
    const stored = this.records.branches(code).find((b) => b.id === id);
    if (stored) return { ...storedView(stored), debrief: stored.debrief };
    const job = this.unfinished.get(code)?.find((j) => j.view.id === id);
    return job ? { ...job.view } : undefined;
  }

  private next(): void {
    if (this.running) return;
    const job = this.waiting.shift();
    if (!job) return;
    job.view.status = "running";
    const worker = new Worker(BOOT, { eval: true, workerData: job.data });
    // A branch never keeps the process alive: a server that stops drops it (the page can ask again).
    worker.unref();
    this.running = { job, worker };
    let ended = false;
    const end = (status: BranchStatus, fields: Partial<BranchView> = {}) => {
      if (ended) return;
      ended = true;
      Object.assign(job.view, { status, ...fields });
      void worker.terminate();
      if (this.running?.worker === worker) this.running = null;
      this.forget(job);
      this.next();
    };
    worker.on("message", (m: WorkerMessage) => {
      if (m.kind === "progress") Object.assign(job.view, { done: m.done, total: m.total });
      else if (m.kind === "refused") end("refused", { refusal: { code: m.code, params: m.params } });
      else if (m.kind === "failed") end("failed", { error: m.error });
      else {
        const { input } = job.data;
        const branch: StoredBranch = { id: job.view.id, createdAt: job.view.createdAt, round: input.round, fromSeq: m.fromSeq, seed: input.record.seed, personalities: input.personalities, ...(input.mix ? { mix: input.mix } : {}), settings: input.settings, debrief: m.debrief, stateHash: m.stateHash, commands: m.commands, ms: m.ms };
        try {
          this.records.saveBranch(job.session, branch);
          end("done", { done: job.view.total, ms: m.ms });
        } catch (error) {
          end("failed", { error: `The branch could not be stored: ${error instanceof Error ? error.message : String(error)}` });
        }
      }
    });
    worker.on("error", (error) => end("failed", { error: error.message }));
    worker.on("exit", (code) => end("failed", { error: `The branch's worker stopped (exit code ${code}).` }));
  }

  /** A finished branch is in the records now; keep only the last few refused or failed ones. */
  private forget(job: Job): void {
    const list = (this.unfinished.get(job.session) ?? []).filter((j) => j !== job || j.view.status !== "done");
    const failed = list.filter((j) => j.view.status === "refused" || j.view.status === "failed");
    const drop = new Set(failed.slice(0, Math.max(0, failed.length - KEPT_UNFINISHED)));
    this.unfinished.set(job.session, list.filter((j) => !drop.has(j)));
  }
}
