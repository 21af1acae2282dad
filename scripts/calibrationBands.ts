// The calibration bands (docs/calibration.md): what each metric measures in a played game, and
// the range the source's (or a cited public statistic's) figure allows. scripts/calibrate.ts
// prints them; test/unit/calibration.test.ts holds the met ones.

import type { GameState, RoundRecord } from "../shared/model/state";

/** What one game left behind: the final state, and which commands and events happened in it. */
export interface PlayedGame {
  end: GameState;
  used: Set<string>;
  protests: number;
}

export interface Band {
  id: string;
  label: string;
  /** The source's (or a cited public statistic's) figure, as printed. */
  source: string;
  lo: number;
  hi: number;
  measure: (g: PlayedGame) => number;
}

export const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
const rounds = (s: GameState, from: number, to: number): RoundRecord[] => s.history.filter((r) => r.year >= from && r.year <= to);
const revenueTotal = (r: RoundRecord): number => r.revenue.leases + r.revenue.taxes + r.revenue.transfers + r.revenue.rents;
export const pctOf = (part: number, whole: number): number => (whole > 0 ? (100 * part) / whole : 0);
const atYear = (s: GameState, year: number): RoundRecord | undefined => s.history.find((r) => r.year <= year && year < r.year + s.scenario.yearsPerRound);

/** Lease revenue as a share of municipal revenue over the rounds that start in [from, to], percent. */
const leaseShare = (s: GameState, from: number, to: number): number => {
  const rs = rounds(s, from, to);
  return pctOf(sum(rs.map((r) => r.revenue.leases)), sum(rs.map(revenueTotal)));
};

/** Over every plot that was expropriated, leased and built on: compensation / lease / sale, percent of sale. */
export function plotShares(s: GameState): { compensationOfLease: number; villageOfFinal: number } {
  const done = Object.values(s.deals).filter((d) => d.compensation > 0 && d.lease > 0);
  const sold = done.filter((d) => d.sale > 0);
  return {
    compensationOfLease: pctOf(sum(done.map((d) => d.compensation)), sum(done.map((d) => d.lease))),
    villageOfFinal: pctOf(sum(sold.map((d) => d.compensation)), sum(sold.map((d) => d.sale))),
  };
}

/** Yearly GDP growth between the round holding `from` and the round holding `to`, percent. */
function gdpGrowth(s: GameState, from: number, to: number): number {
  const a = atYear(s, from);
  const b = atYear(s, to);
  if (!a || !b || a.gdp <= 0) return 0;
  return 100 * (Math.pow(b.gdp / a.gdp, 1 / (b.year - a.year)) - 1);
}

export const last = (s: GameState): RoundRecord => s.history[s.history.length - 1];
const first = (s: GameState): RoundRecord => s.history[0];

/** The bands of docs/calibration.md, in its order. */
export const BANDS: Band[] = [
  { id: "gdpGrowth", label: "GDP growth 2007-2012, %/yr", source: "14 (source)", lo: 8, hi: 20, measure: (g) => gdpGrowth(g.end, 2007, 2011) },
  {
    id: "urbanGrowth",
    label: "urban residents added by 2020, % of the pledge's map share",
    source: "~70 (census: +7 m 2010-20)",
    lo: 40,
    hi: 120,
    measure: (g) => pctOf(last(g.end).urbanResidents - first(g.end).urbanResidents, (10_000_000 * g.end.scenario.population.mapSharePct) / 100),
  },
  {
    id: "leaseShareRise",
    label: "lease share rise, 1997-2006 to 2007-2012, points",
    source: "rising (source)",
    lo: 5,
    hi: 50,
    measure: (g) => leaseShare(g.end, 2007, 2012) - leaseShare(g.end, 1997, 2006),
  },
  { id: "leaseShareBoom", label: "lease share of revenue 2007-2012, %", source: "rising (source), ~40-60 (MoF)", lo: 35, hi: 70, measure: (g) => leaseShare(g.end, 2007, 2012) },
  {
    id: "taxShare",
    label: "tax share of revenue after 2010, %",
    source: "grows once firms come",
    lo: 15,
    hi: 60,
    measure: (g) => {
      const rs = rounds(g.end, 2011, 9999);
      return pctOf(sum(rs.map((r) => r.revenue.taxes)), sum(rs.map(revenueTotal)));
    },
  },
  { id: "firms2015", label: "manufacturers arrived by 2015", source: "FDI, high-tech (source)", lo: 4, hi: 40, measure: (g) => atYear(g.end, 2015)?.firms ?? 0 },
  {
    id: "firmsInZone",
    label: "firms arrived after 2010 in zones, %",
    source: "LJNA drew them (source)",
    lo: 50,
    hi: 100,
    measure: (g) => {
      const late = g.end.firms.filter((f) => (g.end.history[f.arrivedRound - 1]?.year ?? 0) >= 2011);
      return pctOf(late.filter((f) => g.end.map.zone[f.tile] === 1).length, late.length);
    },
  },
  { id: "prhHouseholds", label: "PRH units lived in by cohorts at the end", source: "estates filled (source)", lo: 1, hi: 99, measure: (g) => last(g.end).prhOccupiedByMigrants },
  { id: "prhBlocks", label: "PRH units rented as employer blocks at the end", source: "many (Wang and Li 2018)", lo: 1, hi: 99, measure: (g) => last(g.end).prhLeasedByEmployers },
  { id: "ticketsTraded", label: "land tickets traded on the exchange", source: "traded from 2008 (source)", lo: 2, hi: 200, measure: (g) => sum(g.end.history.map((r) => r.ticketVolume)) },
  {
    id: "ticketPrice",
    label: "mean exchange ticket price, wan",
    source: "~¥100-200k/mu ≈ 4-8 k wan/tile (public)",
    lo: 1_000,
    hi: 15_000,
    measure: (g) => {
      const rs = g.end.history.filter((r) => r.ticketVolume > 0);
      return rs.length ? sum(rs.map((r) => r.ticketPrice * r.ticketVolume)) / sum(rs.map((r) => r.ticketVolume)) : 0;
    },
  },
  {
    id: "farmlandVsRedLine",
    label: "farmland at the end, % of the red line",
    source: "binds: ~100",
    lo: 98,
    hi: 106,
    measure: (g) => pctOf(last(g.end).farmlandTiles, last(g.end).redLineTiles),
  },
  { id: "compensationOfLease", label: "compensation / lease price, %", source: "far below (source)", lo: 5, hi: 50, measure: (g) => plotShares(g.end).compensationOfLease },
  { id: "villageShare", label: "village share of final value, %", source: "small (source)", lo: 3, hi: 25, measure: (g) => plotShares(g.end).villageOfFinal },
  { id: "ruralUrban", label: "rural / urban income at the end, %", source: "~30 (China's 3:1 gap)", lo: 20, hi: 45, measure: (g) => last(g.end).ruralUrbanIncomePct },
  { id: "protests", label: "protests per game", source: "land grabs resisted (source)", lo: 1, hi: 8, measure: (g) => g.protests },
  { id: "debt", label: "government debt at the end, wan", source: "significant (source)", lo: 60_000, hi: 400_000, measure: (g) => last(g.end).governmentDebt },
];

