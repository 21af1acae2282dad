// npx tsx test/bench/branch.ts — how long a 12-round what-if branch takes (a branch from round 1
// of a bot game on the Chongqing map, PRH rent held at 80%): played in this process
// (shared/engine/branch.ts playBranch), and through the server's queue (server/branches/), from
// the request to the stored branch, its worker thread's own start included. Interleaved runs,
// medians; it asserts nothing.
import { BranchQueue } from "../../server/branches/queue";
import { loadMapFile, DEFAULT_MAP_PATH } from "../../server/mapFile";
import { openRecords } from "../../server/records";
import { playBotGame } from "../../shared/bots/play";
import { createGame } from "../../shared/engine/apply";
import { playBranch, type BranchInput } from "../../shared/engine/branch";
import type { GameRecord } from "../../shared/engine/replay";
import { RULES_VERSION } from "../../shared/model/state";
import { chongqingScenario } from "../../shared/scenarios/chongqing";

const RUNS = 5;
const map = loadMapFile();
const record: GameRecord = { rulesVersion: RULES_VERSION, seed: 7, scenario: chongqingScenario, map, log: [] };
playBotGame(createGame(chongqingScenario, map, 7), { onCommand: (seat, command) => record.log.push({ seat, command }) });
const input: BranchInput = { record, round: 1, personalities: [], settings: { prhRentPct: 80 } };

const records = openRecords(":memory:");
records.createSession({ id: "BNCH", seed: 7, scenario: chongqingScenario, mapPath: DEFAULT_MAP_PATH, settings: { roundSeconds: 180, rulesVersion: RULES_VERSION, mapHash: "" }, status: "ended", round: 12 });
const queue = new BranchQueue(records);

async function throughQueue(): Promise<{ wall: number; worker: number }> {
  const t0 = performance.now();
  const view = queue.submit("BNCH", input);
  if (typeof view === "string") throw new Error(`queue refused: ${view}`);
  for (;;) {
    await new Promise((r) => setTimeout(r, 10));
    const b = queue.get("BNCH", view.id)!;
    if (b.status === "done") return { wall: performance.now() - t0, worker: b.ms! };
    if (b.status !== "queued" && b.status !== "running") throw new Error(`branch ${b.status}: ${b.error ?? JSON.stringify(b.refusal)}`);
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pure: number[] = [];
const wall: number[] = [];
const worker: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const t0 = performance.now();
  playBranch(input);
  pure.push(performance.now() - t0);
  const q = await throughQueue();
  wall.push(q.wall);
  worker.push(q.worker);
}
const round = (xs: number[]) => xs.map((x) => Math.round(x));
console.log(`12-round branch (${record.log.length} commands in the bots' game), ${RUNS} interleaved runs, ms:`);
console.log(`  in this process (playBranch):             median ${Math.round(median(pure))}   runs ${round(pure).join(" ")}`);
console.log(`  worker thread, from its start to its end: median ${Math.round(median(worker))}   runs ${round(worker).join(" ")}`);
console.log(`  request to stored branch (queue, worker): median ${Math.round(median(wall))}   runs ${round(wall).join(" ")}`);
records.close();
