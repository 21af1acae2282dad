// npm run calibrate -- [--games 50] [--seed 1]
// The calibration harness: seeded all-bot games (shared/bots/play.ts) compared with the source's
// figures. Prints three tables:
//   1. bands    each metric of docs/calibration.md under the default ("historical") mix: the
//               source's figure, the game's median and p10-p90, and whether the median is in
//               the band;
//   2. usage    every player command and every rule-driven event: the share of games in which
//               it happened under the default mix, and under any of the personality mixes;
//   3. policy   the same seeds under growth, balanced and welfare governments and a
//               counterfactual event order: medians of what the city became, and whether the
//               policy moved it by more than seed noise.
// Same arguments, same output, byte for byte: nothing depends on the clock or the machine.

import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { DEFAULT_MIX, type PersonalityMix } from "../shared/bots/index";
import { playBotGame } from "../shared/bots/play";
import { createGame } from "../shared/engine/apply";
import { COMMANDS } from "../shared/engine/commandTable";
import type { GameMap } from "../shared/model/map";
import type { GameEvent } from "../shared/model/events";
import { loadTiledMap } from "../shared/maps/tiledLoader";
import { chongqingScenario } from "../shared/scenarios/chongqing";
import { parseScenario, type Scenario } from "../shared/scenarios/schema";
import { plannedCards } from "../shared/rules/unlocks";
import { BANDS, last, plotShares, type Band, type PlayedGame } from "./calibrationBands";
import { quantile } from "./simulate";

/** Rule-driven events the usage table lists, with the test that counts an event as one. */
const RULE_EVENTS: { id: string; happened: (e: GameEvent) => boolean }[] = [
  { id: "expropriation", happened: (e) => e.type === "expropriated" },
  { id: "protest", happened: (e) => e.type === "protest" },
  { id: "auction won", happened: (e) => e.type === "auctionWon" },
  { id: "building completed", happened: (e) => e.type === "built" },
  { id: "infrastructure built", happened: (e) => e.type === "infrastructureBuilt" },
  { id: "light rail built", happened: (e) => e.type === "infrastructureBuilt" && e.infra === "rail" },
  { id: "zone designated", happened: (e) => e.type === "zoneDesignated" },
  { id: "firm arrival", happened: (e) => e.type === "firmArrived" },
  { id: "PRH estate opened", happened: (e) => e.type === "prhOpened" },
  { id: "PRH allocation", happened: (e) => e.type === "prhAllocated" && e.won },
  { id: "ticket issued", happened: (e) => e.type === "ticketIssued" },
  { id: "direct ticket sale", happened: (e) => e.type === "ticketsSold" },
  { id: "exchange clearing", happened: (e) => e.type === "exchangeCleared" && e.volume > 0 },
  { id: "hukou granted", happened: (e) => e.type === "hukouDecided" && e.granted },
  { id: "informal housing built", happened: (e) => e.type === "informalBuilt" },
  { id: "demolition", happened: (e) => e.type === "demolished" },
  { id: "SOE relocation", happened: (e) => e.type === "soeRelocated" },
  { id: "plan amendment", happened: (e) => e.type === "planChanged" && e.amendment },
  { id: "loan drawn", happened: (e) => e.type === "loan" && e.amount > 0 },
  { id: "old city renewed", happened: (e) => e.type === "oldCityRenewed" },
];
/** `withdraw` takes back a queued action: a person's undo, not a mechanic of the economy, so
 * no bot needs it and the usage table leaves it out. */
const NOT_MECHANICS = new Set(["withdraw"]);
const COMMAND_TYPES = Object.keys(COMMANDS).filter((c) => !NOT_MECHANICS.has(c));
/** Employer blocks are a command (leasePrhBlock) and a standing state: counted from the state too. */
const USAGE_ROWS = [...COMMAND_TYPES.map((c) => `command ${c}`), ...RULE_EVENTS.map((e) => `event ${e.id}`), "state employer block held"];

/** Play one seeded game and note what happened in it. */
export function playGame(scenario: Scenario, map: GameMap, seed: number, mix: PersonalityMix): PlayedGame {
  const used = new Set<string>();
  let protests = 0;
  let blocks = false;
  const end = playBotGame(createGame(scenario, map, seed), {
    mix,
    onCommand: (_seat, command, state, events) => {
      if (command.type in COMMANDS) used.add(`command ${command.type}`);
      for (const e of events) {
        if (e.type === "protest") protests++;
        for (const r of RULE_EVENTS) if (r.happened(e)) used.add(`event ${r.id}`);
      }
      if (state.prhBlocks.length > 0) blocks = true;
    },
  });
  if (blocks) used.add("state employer block held");
  return { end, used, protests };
}

export interface BandRow {
  band: Band;
  median: number;
  p10: number;
  p90: number;
  met: boolean;
}

export function bandRows(games: PlayedGame[], bands: Band[] = BANDS): BandRow[] {
  return bands.map((band) => {
    const xs = games.map(band.measure);
    const median = quantile(xs, 0.5);
    return { band, median, p10: quantile(xs, 0.1), p90: quantile(xs, 0.9), met: median >= band.lo && median <= band.hi };
  });
}

/** The mixes the usage table plays: the default, and each role's other personalities one at a time. */
export const USAGE_MIXES: { name: string; mix: PersonalityMix }[] = [
  { name: "default", mix: DEFAULT_MIX },
  { name: "gov growth", mix: { ...DEFAULT_MIX, government: "growth" } },
  { name: "gov welfare", mix: { ...DEFAULT_MIX, government: "welfare" } },
  { name: "village sellEarly", mix: { ...DEFAULT_MIX, village: "sellEarly" } },
  { name: "village reclaim", mix: { ...DEFAULT_MIX, village: "reclaim" } },
  { name: "dev speculative", mix: { ...DEFAULT_MIX, developer: "speculative" } },
  { name: "dev cautious", mix: { ...DEFAULT_MIX, developer: "cautious" } },
  { name: "migrant wageChaser", mix: { ...DEFAULT_MIX, migrant: "wageChaser" } },
  { name: "migrant family", mix: { ...DEFAULT_MIX, migrant: "family" } },
];

/** What the policy table compares, per game. */
const OUTCOMES: { label: string; measure: (g: PlayedGame) => number }[] = [
  { label: "urban residents 2020, thousands", measure: (g) => last(g.end).urbanResidents / 1_000 },
  { label: "hukou holders 2020, thousands", measure: (g) => last(g.end).hukouPeople / 1_000 },
  { label: "old-city tiles renewed", measure: (g) => g.end.renewedTiles },
  { label: "light-rail tiles", measure: (g) => g.end.map.rail.reduce((n, r) => n + r, 0) },
  { label: "firms", measure: (g) => last(g.end).firms },
  { label: "PRH units lived in", measure: (g) => last(g.end).prhOccupiedByMigrants + last(g.end).prhLeasedByEmployers },
  { label: "farmland - red line, tiles", measure: (g) => last(g.end).farmlandTiles - last(g.end).redLineTiles },
  { label: "village share of final value, %", measure: (g) => plotShares(g.end).villageOfFinal },
  { label: "GDP in the last round, ¥ m", measure: (g) => last(g.end).gdp / 100 },
];

/** The counterfactual order: history without the Liangjiang card (no zones, no PRH). */
export function withoutLiangjiang(scenario: Scenario): Scenario {
  return parseScenario({ ...scenario, eventPlan: plannedCards({ scenario }).map((id) => (id === "liangjiang" ? "" : id)) });
}

const fmt = (x: number): string => (Number.isInteger(x) ? String(x) : Math.abs(x) >= 100 ? x.toFixed(0) : x.toFixed(1));

export function bandTable(rows: BandRow[]): string {
  const w = Math.max(...rows.map((r) => r.band.label.length));
  const sw = Math.max(...rows.map((r) => r.band.source.length));
  const lines = [`${"metric".padEnd(w)}  ${"source".padEnd(sw)}  ${"band".padStart(15)}  ${"median".padStart(8)}  ${"p10-p90".padStart(17)}  met`];
  for (const r of rows)
    lines.push(
      `${r.band.label.padEnd(w)}  ${r.band.source.padEnd(sw)}  ${`${fmt(r.band.lo)}-${fmt(r.band.hi)}`.padStart(15)}  ${fmt(r.median).padStart(8)}  ${`${fmt(r.p10)}-${fmt(r.p90)}`.padStart(17)}  ${r.met ? "met" : "MISSED"}`,
    );
  return lines.join("\n");
}

export interface CalibrationResult {
  text: string;
  bands: BandRow[];
  /** Usage row -> share of default-mix games (percent), and the highest share under any mix. */
  usage: { row: string; defaultPct: number; anyPct: number }[];
}

export function calibrate(opts: { games: number; seed: number; scenario: Scenario; map: GameMap; onGame?: () => void }): CalibrationResult {
  const seeds = Array.from({ length: opts.games }, (_, i) => opts.seed + i);
  const play = (scenario: Scenario, mix: PersonalityMix) =>
    seeds.map((seed) => {
      const g = playGame(scenario, opts.map, seed, mix);
      opts.onGame?.();
      return g;
    });
  const byMix = USAGE_MIXES.map((m) => ({ name: m.name, games: play(opts.scenario, m.mix) }));
  const defaults = byMix[0].games;
  const bands = bandRows(defaults);
  const share = (games: PlayedGame[], row: string) => (100 * games.filter((g) => g.used.has(row)).length) / games.length;
  const usage = USAGE_ROWS.map((row) => ({ row, defaultPct: share(defaults, row), anyPct: Math.max(...byMix.map((m) => share(m.games, row))) }));

  const policies = [
    { name: "growth", games: byMix.find((m) => m.name === "gov growth")!.games },
    { name: "balanced", games: defaults },
    { name: "welfare", games: byMix.find((m) => m.name === "gov welfare")!.games },
    { name: "no Liangjiang", games: play(withoutLiangjiang(opts.scenario), DEFAULT_MIX) },
  ];

  const out: string[] = [];
  out.push(`calibration: ${opts.games} games from seed ${opts.seed}, default mix ${Object.values(DEFAULT_MIX).join("/")}`);
  out.push("");
  out.push("1. bands (docs/calibration.md)");
  out.push(bandTable(bands));
  out.push(`${bands.filter((b) => b.met).length} of ${bands.length} bands met`);
  out.push("");
  out.push(`2. mechanic usage: share of games, default mix and the highest under ${USAGE_MIXES.length} mixes (${USAGE_MIXES.map((m) => m.name).join(", ")})`);
  const uw = Math.max(...usage.map((u) => u.row.length));
  out.push(`${"mechanic".padEnd(uw)}  ${"default".padStart(7)}  ${"any mix".padStart(7)}  check`);
  for (const u of usage) out.push(`${u.row.padEnd(uw)}  ${`${fmt(u.defaultPct)}%`.padStart(7)}  ${`${fmt(u.anyPct)}%`.padStart(7)}  ${u.defaultPct >= 30 ? "ok" : u.anyPct > 0 ? "low" : "NEVER"}`);
  out.push(`${usage.filter((u) => u.defaultPct >= 30).length} of ${usage.length} at >= 30% under the default; ${usage.filter((u) => u.anyPct === 0).length} never used under any mix`);
  out.push("");
  out.push("3. policy sensitivity: median (p10-p90) over the same seeds; moved = the medians differ by more than the widest half p10-p90 spread");
  const ow = Math.max(...OUTCOMES.map((o) => o.label.length));
  out.push(`${"outcome".padEnd(ow)}  ${policies.map((p) => p.name.padStart(20)).join("  ")}  moved`);
  for (const o of OUTCOMES) {
    const cells = policies.map((p) => {
      const xs = p.games.map(o.measure);
      return { median: quantile(xs, 0.5), p10: quantile(xs, 0.1), p90: quantile(xs, 0.9) };
    });
    const medians = cells.map((c) => c.median);
    const noise = Math.max(...cells.map((c) => (c.p90 - c.p10) / 2));
    const moved = Math.max(...medians) - Math.min(...medians) > noise;
    out.push(`${o.label.padEnd(ow)}  ${cells.map((c) => `${fmt(c.median)} (${fmt(c.p10)}-${fmt(c.p90)})`.padStart(20)).join("  ")}  ${moved ? "yes" : "no"}`);
  }
  return { text: out.join("\n") + "\n", bands, usage };
}

function main(): void {
  const arg = (name: string, fallback: number): number => {
    const i = process.argv.indexOf(`--${name}`);
    if (i < 0) return fallback;
    const n = Number(process.argv[i + 1]);
    if (!Number.isInteger(n) || n < 1) {
      process.stderr.write(`calibrate: --${name} must be a whole number of at least 1.\n`);
      process.exit(2);
    }
    return n;
  };
  const games = arg("games", 50);
  const map = loadTiledMap(JSON.parse(readFileSync(new URL("../assets/maps/chongqing.tmj", import.meta.url), "utf8")));
  const total = games * (USAGE_MIXES.length + 1);
  let done = 0;
  const result = calibrate({ games, seed: arg("seed", 1), scenario: chongqingScenario, map, onGame: () => process.stderr.write(`\r${++done}/${total} games${done === total ? "\n" : ""}`) });
  process.stdout.write(result.text);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
