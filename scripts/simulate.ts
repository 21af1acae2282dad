// npm run simulate -- --games 200 --seed 1 [--scenario FILE] [--map FILE]
//                     [--gov growth|balanced|welfare] [--village sellEarly|holdOut|reclaim]
//                     [--developer speculative|buildToSell|cautious] [--migrant hukouSaver|wageChaser|family]
//                     [--out DIR]
// Runs whole games with bots in every seat, in this one process, with no server or browser.
// A personality option may list several names (--gov growth,welfare): every combination is a
// "mix", and each mix plays the same seeds (seed, seed+1, ...), so mixes compare game for game.
// Prints a summary table (median and p10-p90 spread of the key indicators and each role's
// score, per mix) and writes per-game and per-round CSV into the out folder (default sim-out/).
// Same arguments, same output, byte for byte: nothing depends on the clock or the machine.
// A progress bar goes to stderr.

import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { DEFAULT_MIX, PERSONALITIES, isPersonality, type PersonalityMix } from "../shared/bots/index";
import { playBotGame } from "../shared/bots/play";
import { createGame } from "../shared/engine/apply";
import type { GameMap } from "../shared/model/map";
import { parseScenario, ScenarioError, type Scenario } from "../shared/scenarios/schema";
import { chongqingScenario } from "../shared/scenarios/chongqing";
import { scoreSeat } from "../shared/rules/scores";
import { seatAccount, type GameState, type Role, type RoundRecord } from "../shared/model/state";
import { loadTiledMap } from "../shared/maps/tiledLoader";

export interface SimulateOptions {
  games: number;
  seed: number;
  scenario: Scenario;
  map: GameMap;
  /** One or more personalities per role; every combination is played. */
  personalities: { [R in Role]: string[] };
  /** Called after each game (for the progress bar). */
  onGame?: (done: number, total: number) => void;
}

export interface SimulateResult {
  summary: string;
  gamesCsv: string;
  roundsCsv: string;
}

const ROLE_FLAG: Record<string, Role> = { gov: "government", government: "government", village: "village", developer: "developer", dev: "developer", migrant: "migrant" };

export class UsageError extends Error {}

export const DEFAULT_MAP_FILE = new URL("../assets/maps/chongqing.tmj", import.meta.url);

/** Parse the command line (without node and the script name). */
export function parseArgs(argv: string[]): { games: number; seed: number; scenarioFile?: string; mapFile?: string; out: string; personalities: { [R in Role]: string[] } } {
  const personalities: { [R in Role]: string[] } = { government: [DEFAULT_MIX.government], village: [DEFAULT_MIX.village], developer: [DEFAULT_MIX.developer], migrant: [DEFAULT_MIX.migrant] };
  const out = { games: 200, seed: 1, scenarioFile: undefined as string | undefined, mapFile: undefined as string | undefined, out: "sim-out", personalities };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (!flag.startsWith("--")) throw new UsageError(`Unexpected argument "${flag}".`);
    if (value === undefined || value.startsWith("--")) throw new UsageError(`${flag} needs a value.`);
    i++;
    const name = flag.slice(2);
    if (name === "games" || name === "seed") {
      const n = Number(value);
      if (!Number.isInteger(n) || (name === "games" && n < 1)) throw new UsageError(`--${name} must be a whole number${name === "games" ? " of at least 1" : ""}; got "${value}".`);
      out[name] = n;
    } else if (name === "scenario") out.scenarioFile = value;
    else if (name === "map") out.mapFile = value;
    else if (name === "out") out.out = value;
    else if (ROLE_FLAG[name]) {
      const role = ROLE_FLAG[name];
      const names = value.split(",").filter(Boolean);
      for (const n of names) if (!isPersonality(role, n)) throw new UsageError(`--${name}: "${n}" is not a ${role} personality; pick from ${PERSONALITIES[role].join(", ")}.`);
      personalities[role] = names;
    } else throw new UsageError(`Unknown option ${flag}. Options: --games --seed --scenario --map --gov --village --developer --migrant --out.`);
  }
  return out;
}

/** Every combination of the listed personalities, in a fixed order. */
export function mixes(p: { [R in Role]: string[] }): PersonalityMix[] {
  const out: PersonalityMix[] = [];
  for (const government of p.government)
    for (const village of p.village)
      for (const developer of p.developer) for (const migrant of p.migrant) out.push({ government, village, developer, migrant } as PersonalityMix);
  return out;
}

const mixName = (m: PersonalityMix): string => `${m.government}/${m.village}/${m.developer}/${m.migrant}`;

/** The per-round indicators written to the CSV, in order (the scalar fields of a RoundRecord). */
const ROUND_FIELDS = [
  "year",
  "farmlandTiles",
  "redLineTiles",
  "reserveTiles",
  "urbanTiles",
  "meanLandValue",
  "meanTravelCost",
  "stability",
  "compensationPaid",
  "leaseRevenue",
  "ticketPrice",
  "ticketVolume",
  "cohortsInCity",
  "gdp",
  "governmentDebt",
  "developerDebt",
  "hukouHolders",
  "ruralUrbanIncomePct",
  "prhBuilt",
  "prhUnderConstruction",
  "prhOccupiedByMigrants",
  "prhLeasedByEmployers",
  "informalHousingTiles",
  "displacedTotal",
  "firms",
  "firmsInZone",
  "firmJobs",
] as const satisfies readonly (keyof RoundRecord)[];
/** Revenue by source, flattened into the rounds CSV after the fields above. */
const REVENUE_FIELDS = ["leases", "taxes", "transfers", "rents"] as const;

/** One game's outcome: key indicators and each role's mean score. */
interface GameRow {
  values: Record<string, number>;
  seatScores: number[];
}

/** The per-game indicators, in column order. */
const GAME_FIELDS = [
  "farmlandTiles",
  "reserveTiles",
  "urbanTiles",
  "meanLandValue",
  "stability",
  "compensationTotal",
  "leaseRevenueTotal",
  "ticketsTraded",
  "cohortsInCity",
  "gdpTotal",
  "taxRevenueTotal",
  "governmentDebt",
  "hukouHolders",
  "ruralUrbanIncomePct",
  "prhBuilt",
  "prhHouseholds",
  "firms",
  "firmsInZone",
  "informalHousingTiles",
  "displacedTotal",
  "governmentBalance",
  "score_government",
  "score_village",
  "score_developer",
  "score_migrant",
] as const;

const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const r1 = (x: number): number => Math.round(x * 10) / 10 + 0;

function gameRow(s: GameState): GameRow {
  const last = s.history[s.history.length - 1];
  const sum = (f: (r: RoundRecord) => number) => s.history.reduce((a, r) => a + f(r), 0);
  const seatScores = s.seats.map((seat) => scoreSeat(s, seat.id).score);
  const roleScore = (role: Role) => r1(mean(s.seats.filter((x) => x.role === role).map((x) => seatScores[x.id])));
  return {
    values: {
      farmlandTiles: last.farmlandTiles,
      reserveTiles: last.reserveTiles,
      urbanTiles: last.urbanTiles,
      meanLandValue: last.meanLandValue,
      stability: last.stability,
      compensationTotal: sum((r) => r.compensationPaid),
      leaseRevenueTotal: sum((r) => r.leaseRevenue),
      ticketsTraded: sum((r) => r.ticketVolume),
      cohortsInCity: last.cohortsInCity,
      gdpTotal: sum((r) => r.gdp),
      taxRevenueTotal: sum((r) => r.revenue.taxes),
      governmentDebt: last.governmentDebt,
      hukouHolders: last.hukouHolders,
      ruralUrbanIncomePct: last.ruralUrbanIncomePct,
      prhBuilt: last.prhBuilt,
      prhHouseholds: last.prhOccupiedByMigrants,
      firms: last.firms,
      firmsInZone: last.firmsInZone,
      informalHousingTiles: last.informalHousingTiles,
      displacedTotal: last.displacedTotal,
      governmentBalance: s.balances[seatAccount(s.seats.find((x) => x.role === "government")!.id)],
      score_government: roleScore("government"),
      score_village: roleScore("village"),
      score_developer: roleScore("developer"),
      score_migrant: roleScore("migrant"),
    },
    seatScores,
  };
}

/** The q-quantile (0..1) of numbers, nearest rank. */
export function quantile(xs: number[], q: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))];
}

const fmt = (x: number): string => (Number.isInteger(x) ? String(x) : x.toFixed(1));

export function simulate(opts: SimulateOptions): SimulateResult {
  const all = mixes(opts.personalities);
  const total = all.length * opts.games;
  const seats = createGame(opts.scenario, opts.map, opts.seed).seats;
  const seatCols = seats.map((s) => `score_seat${s.id}_${s.role}`);
  const gamesLines = [["gov", "village", "developer", "migrant", "game", "seed", ...GAME_FIELDS, ...seatCols].join(",")];
  const roundsLines = [["gov", "village", "developer", "migrant", "game", "seed", "round", ...ROUND_FIELDS, ...REVENUE_FIELDS.map((f) => `revenue_${f}`), ...seats.map((s) => `balance_seat${s.id}_${s.role}`)].join(",")];
  const summary: string[] = [];
  let done = 0;
  for (const mix of all) {
    const rows: GameRow[] = [];
    for (let g = 0; g < opts.games; g++) {
      const seed = opts.seed + g;
      const end = playBotGame(createGame(opts.scenario, opts.map, seed), { mix });
      const row = gameRow(end);
      rows.push(row);
      const lead = [mix.government, mix.village, mix.developer, mix.migrant, g + 1, seed];
      gamesLines.push([...lead, ...GAME_FIELDS.map((f) => row.values[f]), ...row.seatScores].join(","));
      for (const r of end.history) roundsLines.push([...lead, r.round, ...ROUND_FIELDS.map((f) => r[f]), ...REVENUE_FIELDS.map((f) => r.revenue[f]), ...r.balances].join(","));
      opts.onGame?.(++done, total);
    }
    summary.push(`mix ${mixName(mix)} (gov/village/developer/migrant), ${opts.games} game(s) from seed ${opts.seed}`);
    const width = Math.max(...GAME_FIELDS.map((f) => f.length));
    summary.push(`  ${"indicator".padEnd(width)}  ${"median".padStart(10)}  ${"p10".padStart(10)}  ${"p90".padStart(10)}`);
    for (const f of GAME_FIELDS) {
      const xs = rows.map((r) => r.values[f]);
      summary.push(`  ${f.padEnd(width)}  ${fmt(quantile(xs, 0.5)).padStart(10)}  ${fmt(quantile(xs, 0.1)).padStart(10)}  ${fmt(quantile(xs, 0.9)).padStart(10)}`);
    }
    summary.push("");
  }
  return { summary: summary.join("\n"), gamesCsv: gamesLines.join("\n") + "\n", roundsCsv: roundsLines.join("\n") + "\n" };
}

function progress(done: number, total: number): void {
  const width = 30;
  const filled = Math.round((done / total) * width);
  process.stderr.write(`\r[${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total} games${done === total ? "\n" : ""}`);
}

function main(): void {
  let args: ReturnType<typeof parseArgs>;
  let scenario: Scenario = chongqingScenario;
  try {
    args = parseArgs(process.argv.slice(2));
    if (args.scenarioFile) {
      let raw: unknown;
      try {
        raw = JSON.parse(readFileSync(args.scenarioFile, "utf8"));
      } catch (e) {
        throw new UsageError(`Cannot read the scenario ${args.scenarioFile}: ${(e as Error).message}`);
      }
      scenario = parseScenario(raw);
    }
  } catch (e) {
    if (e instanceof UsageError || e instanceof ScenarioError) {
      process.stderr.write(`simulate: ${e.message}\n`);
      process.exit(2);
    }
    throw e;
  }
  const map = loadTiledMap(JSON.parse(readFileSync(args.mapFile ?? DEFAULT_MAP_FILE, "utf8")));
  const result = simulate({ games: args.games, seed: args.seed, scenario, map, personalities: args.personalities, onGame: progress });
  mkdirSync(args.out, { recursive: true });
  writeFileSync(join(args.out, "games.csv"), result.gamesCsv);
  writeFileSync(join(args.out, "rounds.csv"), result.roundsCsv);
  process.stdout.write(`${result.summary}\nwrote ${join(args.out, "games.csv")} and ${join(args.out, "rounds.csv")}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
