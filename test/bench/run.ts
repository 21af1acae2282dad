// npm run bench — speed and size figures for the engine, reported as medians over repeated
// runs (these machines are noisy). Not a test: it asserts nothing, it measures.
import { readFileSync } from "node:fs";
import { createGame } from "../../shared/engine/apply";
import { tileActions } from "../../shared/views/hints";
import { chongqingScenario } from "../../shared/scenarios/chongqing";
import type { GameState } from "../../shared/model/state";
import { loadTiledMap } from "../../shared/maps/tiledLoader";
import { dice, playRandomGame } from "../helpers/randomPlay";

const map = loadTiledMap(JSON.parse(readFileSync(new URL("../../assets/maps/chongqing.tmj", import.meta.url), "utf8")));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;

/** One full game of random legal play, timing each resolution, and hints in the middle of play. */
function playGame(seed: number): { state: GameState; resolveMs: number[]; hintMs: number[] } {
  const resolveMs: number[] = [];
  const hintMs: number[] = [];
  let resolveStart = 0n;
  const state = playRandomGame(createGame(chongqingScenario, map, seed), {
    roll: dice(seed),
    tries: 20,
    beforeResolution: (s) => {
      // The legal actions of every seat on every 7th tile, in this round's state.
      for (const seat of s.seats)
        for (let tile = 0; tile < map.width * map.height; tile += 7) {
          const t0 = process.hrtime.bigint();
          tileActions(s, seat.id, tile);
          hintMs.push(ms(t0));
        }
      resolveStart = process.hrtime.bigint();
    },
    onCommand: (_seat, command) => {
      if (command.type === "endActionPhase") resolveMs.push(ms(resolveStart));
    },
  });
  return { state, resolveMs, hintMs };
}

const games: number[] = [];
const resolve: number[] = [];
const hints: number[] = [];
let last: GameState | null = null;
for (let run = 0; run < 7; run++) {
  const t0 = process.hrtime.bigint();
  const g = playGame(run + 1);
  // The hint sweeps are measurement, not play: leave their time out of the game's.
  games.push(ms(t0) - g.hintMs.reduce((a, b) => a + b, 0));
  resolve.push(median(g.resolveMs));
  hints.push(median(g.hintMs));
  last = g.state;
}
const initial = createGame(chongqingScenario, map, 1);
console.log(`map ${map.width}x${map.height}, ${initial.seats.length} seats, 7 random games of ${chongqingScenario.rounds} rounds`);
console.log(`full game (random legal play):   median ${median(games).toFixed(1)} ms  (${(1000 / median(games)).toFixed(1)} games/s)`);
console.log(`one round's resolution:          median ${median(resolve).toFixed(2)} ms`);
console.log(`tile hints for one seat and tile: median ${(median(hints) * 1000).toFixed(1)} µs`);
console.log(`engine state as JSON: start ${JSON.stringify(initial).length} B, end of a game ${JSON.stringify(last).length} B (ledger ${last!.ledger.length} transfers)`);
