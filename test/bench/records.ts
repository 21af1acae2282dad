// npx tsx test/bench/records.ts — what recording costs per command (server/records/sqlite.ts).
// Random legal games (test/helpers/randomPlay) give a real mix of commands, round resolutions
// included; each accepted command is then appended exactly as the room does it
// (recordCommand: the command row, any round it resolved, the session's status/round, in one
// transaction), timing only the append. Medians and tails over all commands of several runs;
// a WAL file database in a temp folder and ":memory:" for comparison, and with DATABASE_URL set
// the PostgreSQL store on that database (server/records/postgres.ts). Not a test: it measures.
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Command } from "../../shared/engine/commands";
import { createGame } from "../../shared/engine/apply";
import { hashState } from "../../shared/engine/hash";
import { chongqingScenario } from "../../shared/scenarios/chongqing";
import { RULES_VERSION, type GameState, type RoundRecord } from "../../shared/model/state";
import { loadMapFile } from "../../server/mapFile";
import { openPostgresRecords, openRecords, type SessionStatus } from "../../server/records";
import { dice, playRandomGame } from "../helpers/randomPlay";

const map = loadMapFile(new URL("../../assets/maps/chongqing.tmj", import.meta.url).pathname);
const GAMES = 10; // about 1,000 appends

interface Step {
  seat: number;
  command: Command;
  status: SessionStatus;
  round: number;
  newRounds: RoundRecord[];
}

/** One random game as the room would record it. */
function playGame(seed: number): Step[] {
  const steps: Step[] = [];
  let stored = 0;
  playRandomGame(createGame(chongqingScenario, map, seed), {
    roll: dice(seed),
    tries: 20,
    onCommand: (seat, command, _events, state: GameState) => {
      const status: SessionStatus = state.phase === "lobby" ? "lobby" : state.phase === "action" ? "running" : "ended";
      steps.push({ seat, command, status, round: state.round, newRounds: state.history.slice(stored) });
      stored = state.history.length;
    },
  });
  return steps;
}

const q = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];
const us = (x: number) => `${x.toFixed(1)} µs`;

const games = Array.from({ length: GAMES }, (_, i) => playGame(i + 1));
const dir = mkdtempSync(join(tmpdir(), "shancheng-bench-"));
try {
  const POSTGRES = "PostgreSQL (DATABASE_URL, synchronous_commit=off)";
  for (const kind of ["file (WAL, synchronous=NORMAL)", ":memory:", ...(process.env.DATABASE_URL ? [POSTGRES] : [])]) {
    const file = kind === ":memory:" || kind === POSTGRES ? ":memory:" : join(dir, "bench.sqlite");
    const store = kind === POSTGRES ? openPostgresRecords(process.env.DATABASE_URL!) : openRecords(file);
    const run = Date.now().toString(36); // a database outlives the run: fresh session ids
    const plain: number[] = [];
    const resolving: number[] = [];
    games.forEach((steps, g) => {
      const id = `G${g}-${run}`;
      store.createSession({ id, seed: g + 1, scenario: chongqingScenario, mapPath: "assets/maps/chongqing.tmj", settings: { roundSeconds: 180, rulesVersion: RULES_VERSION, mapHash: hashState(map) }, status: "lobby", round: 0 });
      steps.forEach((s, seq) => {
        const t0 = process.hrtime.bigint();
        store.recordCommand(id, seq, { seat: s.seat, command: s.command }, { status: s.status, round: s.round, newRounds: s.newRounds });
        const t = Number(process.hrtime.bigint() - t0) / 1e3;
        (s.newRounds.length > 0 ? resolving : plain).push(t);
      });
    });
    const all = [...plain, ...resolving];
    console.log(`${kind}: ${all.length} appends over ${GAMES} games`);
    console.log(`  any command        median ${us(q(all, 0.5))}  p90 ${us(q(all, 0.9))}  p99 ${us(q(all, 0.99))}  max ${us(Math.max(...all))}`);
    console.log(`  endActionPhase     median ${us(q(resolving, 0.5))}  p90 ${us(q(resolving, 0.9))}  (with its RoundRecord, n=${resolving.length})`);
    if (file !== ":memory:") {
      store.close();
      const size = statSync(file).size + (() => { try { return statSync(`${file}-wal`).size; } catch { return 0; } })();
      console.log(`  database file ${(size / 1024).toFixed(0)} KB (with -wal), ${(size / all.length).toFixed(0)} B a command`);
    } else store.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
