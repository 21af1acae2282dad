// The four questions the source leaves a class with, each with the numbers from this game that
// bear on it and the chart that shows them: a "third way" or land financing by another name? who
// captured the value of converted land? PRH: welfare, or labour supply for the zones? land
// tickets: rural income, or quota accounting? The client words each number from its code.

import type { GameState, RoundRecord } from "../model/state";
import { USES } from "../model/map";
import { valueCapture, type PlotRow } from "./valueCapture";

/** One map tile is 500 m on a side (docs/scale.md). */
const KM_PER_TILE = 0.5;

/** What only the whole game state knows (the server builds it; a live page's debrief has none). */
export interface Evidence {
  /** What the villages were given for their land, by kind: cash and resettlement flats in wan;
   * hukou in village tiles' households, and what the city pays a round for their services, wan. */
  packages: { cash: number; flats: number; hukouTiles: number; hukouPerRound: number };
  /** Public rented housing estates on the map, and their mean distance (km, along the grid) to
   * the nearest factory with a firm and to the nearest zone tile; null where there is none. */
  prh: { estates: number; kmToFactory: number | null; kmToZone: number | null };
}

const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);

/** Mean grid distance in km from each of `from` to its nearest tile of `to`; null if either is empty. */
function meanNearestKm(from: number[], to: number[], width: number): number | null {
  if (from.length === 0 || to.length === 0) return null;
  const dist = (a: number, b: number) => Math.abs((a % width) - (b % width)) + Math.abs(Math.floor(a / width) - Math.floor(b / width));
  const mean = sum(from.map((a) => Math.min(...to.map((b) => dist(a, b))))) / from.length;
  return Math.round(mean * KM_PER_TILE * 10) / 10;
}

export function gatherEvidence(game: GameState): Evidence {
  const m = game.map;
  const prhUse = USES.indexOf("prhEstate");
  const estates = m.use.flatMap((u, i) => (u === prhUse ? [i] : []));
  const zones = m.zone.flatMap((z, i) => (z === 1 ? [i] : []));
  const paid = (reason: string) => sum(game.ledger.filter((t) => t.reason === reason).map((t) => t.amount));
  const hukouTiles = sum(game.villageHukou);
  return {
    packages: { cash: paid("compensation"), flats: paid("resettlement"), hukouTiles, hukouPerRound: hukouTiles * game.scenario.hukou.serviceCostPerVillageTile },
    prh: { estates: estates.length, kmToFactory: meanNearestKm(estates, game.firms.map((f) => f.tile), m.width), kmToZone: meanNearestKm(estates, zones, m.width) },
  };
}

export type QuestionId = "thirdWay" | "valueCapture" | "prh" | "tickets";
/** How a number reads: money in wan, a percent, a count, a distance in km. */
export type NumberUnit = "wan" | "pct" | "count" | "km";

export interface QuestionNumber {
  /** The catalogue key of its words (questions.numbers.<code>). */
  code: string;
  value: number;
  unit: NumberUnit;
}

export interface Question {
  id: QuestionId;
  numbers: QuestionNumber[];
  /** The debrief chart that shows the evidence (debriefData.ts chartGroups). */
  chart: string;
}

const pct = (part: number, whole: number): number => (whole > 0 ? Math.round((100 * part) / whole) : 0);

/** Each question's numbers from one game's records, deals and (when known) evidence. */
export function questionNumbers(data: { history: RoundRecord[]; deals: PlotRow[]; evidence?: Evidence }): Question[] {
  const h = data.history;
  const total = (f: (r: RoundRecord) => number) => sum(h.map(f));
  const leases = total((r) => r.revenue.leases);
  const revenue = leases + total((r) => r.revenue.taxes + r.revenue.transfers + r.revenue.rents);
  const last = h.at(-1);
  const capture = valueCapture(data);
  const traded = total((r) => r.ticketVolume);
  const tradedRounds = h.filter((r) => r.ticketVolume > 0);
  const meanPrice = traded > 0 ? Math.round(sum(tradedRounds.map((r) => r.ticketPrice * r.ticketVolume)) / traded) : 0;
  const meanValue = tradedRounds.length > 0 ? Math.round(sum(tradedRounds.map((r) => r.meanLandValue)) / tradedRounds.length) : 0;
  const ticketRounds = h.filter((r) => r.ticketIncomePct > 0);
  const ev = data.evidence;
  const n = (code: string, value: number, unit: NumberUnit): QuestionNumber => ({ code, value, unit });
  return [
    {
      id: "thirdWay",
      chart: "chart-budget",
      numbers: [n("leases", leases, "wan"), n("leaseShare", pct(leases, revenue), "pct"), n("taxes", total((r) => r.revenue.taxes), "wan"), n("welfare", total((r) => r.welfareSpending), "wan")],
    },
    {
      id: "valueCapture",
      chart: "chart-capture",
      numbers: [
        n("villageShare", pct(capture.sold.village, capture.sold.sale), "pct"),
        n("cityShare", pct(capture.sold.city, capture.sold.sale), "pct"),
        n("developerShare", pct(capture.sold.developer, capture.sold.sale), "pct"),
        ...(ev ? [n("cash", ev.packages.cash, "wan"), n("flats", ev.packages.flats, "wan"), n("hukouTiles", ev.packages.hukouTiles, "count"), n("hukouPerRound", ev.packages.hukouPerRound, "wan")] : []),
      ],
    },
    {
      id: "prh",
      chart: "chart-prh",
      numbers: [
        n("migrantHouseholds", last?.prhOccupiedByMigrants ?? 0, "count"),
        n("employerBlocks", last?.prhLeasedByEmployers ?? 0, "count"),
        ...(ev ? [n("estates", ev.prh.estates, "count")] : []),
        ...(ev?.prh.kmToFactory != null ? [n("kmToFactory", ev.prh.kmToFactory, "km")] : []),
        ...(ev?.prh.kmToZone != null ? [n("kmToZone", ev.prh.kmToZone, "km")] : []),
      ],
    },
    {
      id: "tickets",
      chart: "chart-tickets",
      numbers: [
        n("ticketsTraded", traded, "count"),
        n("ticketIncome", ticketRounds.length > 0 ? Math.round(sum(ticketRounds.map((r) => r.ticketIncomePct)) / ticketRounds.length) : 0, "pct"),
        n("ticketPrice", meanPrice, "wan"),
        n("landValue", meanValue, "wan"),
      ],
    },
  ];
}
