// npm run margins -- [--games 50] [--seed 1]
// For each role: the role's first seat is played by its default bot in one game and by the
// random legal player (test/helpers/randomSeat.ts, the same hints behind a player's buttons) in
// a second game from the same seed, every other seat by its default bot. The margin is the
// difference of that seat's own score (shared/scores.ts). Prints mean, median and p10-p90 of the
// margins, and how many games the bot won; same arguments, same output.
import { readFileSync } from "node:fs";
import { DEFAULT_MIX } from "../shared/bots/index";
import { playBotGame } from "../shared/bots/play";
import { createGame } from "../shared/engine/apply";
import { chongqingScenario } from "../shared/scenarios/chongqing";
import { scoreSeat } from "../shared/rules/scores";
import { ROLES } from "../shared/model/state";
import { loadTiledMap } from "../shared/maps/tiledLoader";
import { randomSeat } from "../test/helpers/randomSeat";
import { quantile } from "./simulate";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const games = arg("games", 50);
const first = arg("seed", 1);
const map = loadTiledMap(JSON.parse(readFileSync(new URL("../assets/maps/chongqing.tmj", import.meta.url), "utf8")));
const f1 = (x: number) => x.toFixed(1);

console.log(`default bots (${Object.values(DEFAULT_MIX).join("/")}) vs the random legal player, ${games} games per role from seed ${first}, own score in points (¥ m)`);
console.log(`${"role".padEnd(10)}  ${"bot mean".padStart(9)}  ${"random mean".padStart(11)}  ${"margin mean".padStart(11)}  ${"median".padStart(8)}  ${"p10".padStart(8)}  ${"p90".padStart(8)}  bot wins`);
for (const role of ROLES) {
  const bot: number[] = [];
  const random: number[] = [];
  for (let seed = first; seed < first + games; seed++) {
    const g = createGame(chongqingScenario, map, seed);
    const seat = g.seats.find((s) => s.role === role)!.id;
    bot.push(scoreSeat(playBotGame(g), seat).score);
    random.push(scoreSeat(playBotGame(g, { policies: { [seat]: randomSeat(seed) } }), seat).score);
    process.stderr.write(`\r${role} ${seed - first + 1}/${games}   `);
  }
  process.stderr.write("\n");
  const margins = bot.map((b, i) => b - random[i]);
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  console.log(
    `${role.padEnd(10)}  ${f1(mean(bot)).padStart(9)}  ${f1(mean(random)).padStart(11)}  ${f1(mean(margins)).padStart(11)}  ${f1(quantile(margins, 0.5)).padStart(8)}  ${f1(quantile(margins, 0.1)).padStart(8)}  ${f1(quantile(margins, 0.9)).padStart(8)}  ${margins.filter((m) => m > 0).length}/${games}`,
  );
}
