// npm run bench:bots — the bots' speed: median time for one seat's whole-round decision
// (botCommands) per role, on states from real bot games on the Chongqing map, and whole
// 12-round games per second with a bot in every seat (the default 11 seats, and 12 seats with a
// third developer), on one core. Medians over repeated runs; it asserts nothing.
import { readFileSync } from "node:fs";
import { botAnswers, botCommands } from "../../shared/bots/index";
import { playBotGame } from "../../shared/bots/play";
import { createGame } from "../../shared/engine/apply";
import { parseScenario } from "../../shared/scenarios/schema";
import { chongqingScenario } from "../../shared/scenarios/chongqing";
import type { Role } from "../../shared/model/state";
import { loadTiledMap } from "../../shared/maps/tiledLoader";

const map = loadTiledMap(JSON.parse(readFileSync(new URL("../../assets/maps/chongqing.tmj", import.meta.url), "utf8")));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p90 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.9)];
const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;

// Warm up the JIT on a few games first.
for (let seed = 1001; seed <= 1003; seed++) playBotGame(createGame(chongqingScenario, map, seed));

// Decisions: every seat's pass-0 decision in every round of 10 games, timed on its own.
const decide: Record<Role, number[]> = { government: [], village: [], developer: [], migrant: [] };
for (let seed = 1; seed <= 10; seed++)
  playBotGame(createGame(chongqingScenario, map, seed), {
    policies: Object.fromEntries(
      createGame(chongqingScenario, map, seed).seats.map((seat) => [
        seat.id,
        (state, id, pass) => {
          if (pass > 0) return botAnswers(state, id);
          const t0 = process.hrtime.bigint();
          const commands = botCommands(state, id);
          decide[seat.role].push(ms(t0));
          return commands;
        },
      ]),
    ),
  });

function gamesPerSecond(scenario = chongqingScenario, runs = 30): { perGame: number; seats: number } {
  const times: number[] = [];
  for (let seed = 1; seed <= runs; seed++) {
    const t0 = process.hrtime.bigint();
    playBotGame(createGame(scenario, map, seed));
    times.push(ms(t0));
  }
  return { perGame: median(times), seats: createGame(scenario, map, 1).seats.length };
}

console.log(`bots on the ${map.width}x${map.height} map, ${chongqingScenario.rounds} rounds`);
for (const role of Object.keys(decide) as Role[])
  console.log(`one round's decision, ${role.padEnd(10)}  median ${median(decide[role]).toFixed(2)} ms, p90 ${p90(decide[role]).toFixed(2)} ms, max ${Math.max(...decide[role]).toFixed(2)} ms (${decide[role].length} decisions)`);
for (const scenario of [chongqingScenario, parseScenario({ ...chongqingScenario, seats: { ...chongqingScenario.seats, developers: 3 } })]) {
  const g = gamesPerSecond(scenario);
  console.log(`full game, bots in all ${g.seats} seats: median ${g.perGame.toFixed(1)} ms (${(1000 / g.perGame).toFixed(1)} games/s)`);
}
