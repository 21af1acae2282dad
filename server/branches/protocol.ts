// What the branch queue (./queue.ts) hands its worker thread (./worker.ts), and what the worker
// posts back: progress after each round, then one outcome.
import type { BranchInput, BranchRefusalCode } from "../../shared/engine/branch";
import type { DebriefData } from "../../shared/views/debrief";

export interface BranchJobData {
  /** The session's code, for the branch's debrief. */
  code: string;
  input: BranchInput;
}

export type WorkerMessage =
  | { kind: "progress"; done: number; total: number }
  | { kind: "done"; fromSeq: number; debrief: DebriefData; stateHash: string; commands: number; ms: number }
  | { kind: "refused"; code: BranchRefusalCode; params: Record<string, string | number> }
  | { kind: "failed"; error: string };
