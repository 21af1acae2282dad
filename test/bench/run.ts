// npm run bench — speed and size figures for the engine, reported as medians over repeated
// runs (these machines are noisy). Not a test: it asserts nothing, it measures.
import { readFileSync } from "node:fs";
import { SYSTEM_SEAT } from "../../shared/commands";
import { applyCommand, createGame } from "../../shared/engine";
import { tileActions } from "../../shared/hints";
import { nextRandom } from "../../shared/rng";
import { chongqingScenario } from "../../shared/scenarios/chongqing";
import type { GameState } from "../../shared/state";
import { loadTiledMap } from "../../shared/tiledLoader";

const map = loadTiledMap(JSON.parse(readFileSync(new URL("../../assets/maps/chongqing.tmj", import.meta.url), "utf8")));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;

/** One full game: each round, every seat tries random tiles and takes a random legal action. */
function playGame(seed: number): { state: GameState; resolveMs: number[]; hintMs: number[] } {
  let state = createGame(chongqingScenario, map, seed);
  let rng = seed;
  const draw = (n: number) => {
    const d = nextRandom(rng);
    rng = d.state;
    return Math.floor(d.value * n);
  };
  const apply = (seat: number, command: Parameters<typeof applyCommand>[2]) => {
    const r = applyCommand(state, seat, command);
    if (r.ok) state = r.state;
  };
  const resolveMs: number[] = [];
  const hintMs: number[] = [];
  apply(SYSTEM_SEAT, { type: "startGame" });
  while (state.phase === "action") {
    for (const seat of state.seats) {
      for (let i = 0; i < 20; i++) {
        const t0 = process.hrtime.bigint();
        const actions = tileActions(state, seat.id, draw(map.width * map.height));
        hintMs.push(ms(t0));
        if (actions.length > 0) {
          apply(seat.id, actions[draw(actions.length)].command);
          break;
        }
      }
    }
    for (const o of state.offers) if (o.status === "open") apply(o.to, { type: "respondOffer", offerId: o.id, accept: draw(2) === 1 });
    const t0 = process.hrtime.bigint();
    apply(SYSTEM_SEAT, { type: "endActionPhase" });
    resolveMs.push(ms(t0));
  }
  return { state, resolveMs, hintMs };
}

const games: number[] = [];
const resolve: number[] = [];
const hints: number[] = [];
let last: GameState | null = null;
for (let run = 0; run < 7; run++) {
  const t0 = process.hrtime.bigint();
  const g = playGame(run + 1);
  games.push(ms(t0));
  resolve.push(median(g.resolveMs));
  hints.push(median(g.hintMs));
  last = g.state;
}
const initial = createGame(chongqingScenario, map, 1);
console.log(`map ${map.width}x${map.height}, ${initial.seats.length} seats, 7 random games of ${chongqingScenario.rounds} rounds`);
console.log(`full game (random legal play):   median ${median(games).toFixed(1)} ms  (${(1000 / median(games)).toFixed(1)} games/s)`);
console.log(`one round's resolution:          median ${median(resolve).toFixed(2)} ms`);
console.log(`tile hints for one tile:         median ${median(hints).toFixed(3)} ms`);
console.log(`engine state as JSON: start ${JSON.stringify(initial).length} B, end of a game ${JSON.stringify(last).length} B (ledger ${last!.ledger.length} transfers)`);
