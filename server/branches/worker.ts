// The worker thread that plays one what-if branch (shared/engine/branch.ts) off the game loop:
// it replays the session's record to the branch round, plays the rest with bots, and posts its
// progress after every round, then the branch's debrief (or why it could not be made).
import { parentPort, workerData } from "node:worker_threads";
import { isBranchRefusal, playBranch } from "../../shared/engine/branch";
import { hashState } from "../../shared/engine/hash";
import { buildDebriefData } from "../../shared/views/debriefBuilder";
import type { BranchJobData, WorkerMessage } from "./protocol";

const job = workerData as BranchJobData;
const post = (message: WorkerMessage) => parentPort!.postMessage(message);
const started = performance.now();
try {
  const total = job.input.record.scenario.rounds - job.input.round + 1;
  post({ kind: "progress", done: 0, total });
  const game = playBranch(job.input, (s) => post({ kind: "progress", done: s.history.length - job.input.round + 1, total }));
  if (isBranchRefusal(game)) post({ kind: "refused", code: game.code, params: game.params });
  else {
    const debrief = buildDebriefData(game.state, { code: job.code, status: "ended" });
    post({ kind: "done", fromSeq: game.fromSeq, debrief, stateHash: hashState(game.state), commands: game.log.length, ms: Math.round(performance.now() - started) });
  }
} catch (error) {
  post({ kind: "failed", error: error instanceof Error ? error.message : String(error) });
}
