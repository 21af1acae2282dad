// History beside the game: the scenario's reference figures (scenario `references`: the source's,
// or a cited public statistic's) set against what the class's city did, metric by metric, and
// the same figures as lines or bands on the debrief's charts. Pure and light (no rules), so the
// page's debrief chunk can import it.

import type { RoundRecord } from "../model/state";
import type { Reference, ReferenceId } from "../scenarios/references";
import type { Scenario } from "../scenarios/schema";
import type { PlotRow } from "./valueCapture";

/** The figures, and the scenario numbers that put them on the map's scale. */
export interface ReferenceSet {
  figures: Reference[];
  /** The map's share of a municipality-wide pledge, percent (scenario population.mapSharePct). */
  mapSharePct: number;
  /** A manufacturer's profit before tax per round, wan (scenario firms.profit): the tax rate's base. */
  firmProfit: number;
}

export const referenceSet = (s: Scenario): ReferenceSet => ({ figures: s.references, mapSharePct: s.population.mapSharePct, firmProfit: s.firms.profit });

/** What the debrief compares: the records and plot deals of one game, and its figures. */
export interface HistoryInput {
  history: RoundRecord[];
  deals: PlotRow[];
  references: ReferenceSet;
}

/** The unit the game's side is shown in. */
export type GameUnit = "pctPerYear" | "people" | "estates" | "pct";

export interface Comparison {
  id: ReferenceId;
  reference: Reference;
  unit: GameUnit;
  /** The figure on the game's scale: a value, or a band's ends. */
  target: { value?: number; lo?: number; hi?: number };
  /** The class's number, one decimal; null when the game has no round in the figure's years. */
  game: number | null;
  verdict: "above" | "below" | "within" | "none";
}

const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
const round1 = (v: number): number => Math.round(v * 10) / 10;
const pctOf = (part: number, whole: number): number | null => (whole > 0 ? (100 * part) / whole : null);
const inYears = (h: RoundRecord[], r: Reference): RoundRecord[] => h.filter((x) => x.year >= r.from && x.year <= r.to);
const revenueTotal = (r: RoundRecord): number => r.revenue.leases + r.revenue.taxes + r.revenue.transfers + r.revenue.rents;
/** A point figure counts as met within a tenth of itself either way. */
const TOLERANCE = 0.1;

/** A municipality-wide pledge on the map's scale. */
const onMap = (r: Reference, set: ReferenceSet, v: number): number => (r.pledge ? (v * set.mapSharePct) / 100 : v);

/** The figure on the game's scale (PRH floor area in estates, pledges on the map's share). */
function target(r: Reference, set: ReferenceSet): Comparison["target"] {
  const scale = (v: number | undefined) => (v === undefined ? undefined : round1(r.perTile ? onMap(r, set, v) / r.perTile : onMap(r, set, v)));
  const t: Comparison["target"] = {};
  const value = scale(r.value);
  const lo = scale(r.lo);
  const hi = scale(r.hi);
  if (value !== undefined) t.value = value;
  if (lo !== undefined) t.lo = lo;
  if (hi !== undefined) t.hi = hi;
  return t;
}

/** Yearly growth of GDP between the first and last round in the figure's years, percent. */
function gdpGrowth(rs: RoundRecord[]): number | null {
  const a = rs[0];
  const b = rs.at(-1);
  if (!a || !b || b.year === a.year || a.gdp <= 0) return null;
  return 100 * (Math.pow(b.gdp / a.gdp, 1 / (b.year - a.year)) - 1);
}

/** The class's number for figure `r`. */
function measure(r: Reference, data: HistoryInput): number | null {
  const rs = inYears(data.history, r);
  const last = rs.at(-1);
  switch (r.id) {
    case "gdpGrowth":
      return gdpGrowth(rs);
    case "urbanResidents":
      return last && data.history[0] ? last.urbanResidents - data.history[0].urbanResidents : null;
    case "prhFloorArea":
      return last ? last.prhBuilt : null;
    case "leaseShare":
      return pctOf(sum(rs.map((x) => x.revenue.leases)), sum(rs.map(revenueTotal)));
    case "taxRate":
      return pctOf(sum(rs.map((x) => x.revenue.taxes)), sum(rs.map((x) => x.firms * data.references.firmProfit)));
    case "compensationOfLease": {
      const leased = data.deals.filter((d) => d.compensation > 0 && d.lease > 0);
      return pctOf(sum(leased.map((d) => d.compensation)), sum(leased.map((d) => d.lease)));
    }
  }
}

const UNITS: Record<ReferenceId, GameUnit> = { gdpGrowth: "pctPerYear", urbanResidents: "people", prhFloorArea: "estates", leaseShare: "pct", taxRate: "pct", compensationOfLease: "pct" };

function verdict(game: number | null, t: Comparison["target"]): Comparison["verdict"] {
  if (game === null) return "none";
  if (t.value !== undefined) {
    const slack = Math.abs(t.value) * TOLERANCE;
    return game > t.value + slack ? "above" : game < t.value - slack ? "below" : "within";
  }
  if (t.lo !== undefined && game < t.lo) return "below";
  if (t.hi !== undefined && game > t.hi) return "above";
  return "within";
}

/** "Your city vs Chongqing": one row per figure, in the scenario's order. */
export function compareWithHistory(data: HistoryInput): Comparison[] {
  return data.references.figures.map((r) => {
    const t = target(r, data.references);
    const raw = measure(r, data);
    const game = raw === null ? null : round1(raw);
    return { id: r.id, reference: r, unit: UNITS[r.id], target: t, game, verdict: verdict(game, t) };
  });
}

/** A line on a chart: one value per record of the game (null where the figure says nothing). */
export interface ReferenceLine {
  id: ReferenceId;
  /** "value" (a pledge's path or a growth path), "lo" or "hi" (a band's ends). */
  part: "value" | "lo" | "hi";
  values: (number | null)[];
}

/** The figures as lines beside the game's own, aligned on data.history. */
export function referenceLines(data: HistoryInput): ReferenceLine[] {
  const h = data.history;
  const lines: ReferenceLine[] = [];
  for (const r of data.references.figures) {
    const t = target(r, data.references);
    const during = (x: RoundRecord) => x.year >= r.from && x.year <= r.to;
    if (r.id === "gdpGrowth" && t.value !== undefined) {
      // The game's GDP in the figure's first round, grown at the figure's rate.
      const base = h.find(during);
      const rate = 1 + t.value / 100;
      lines.push({ id: r.id, part: "value", values: h.map((x) => (base && during(x) ? Math.round(base.gdp * Math.pow(rate, x.year - base.year)) : null)) });
    } else if ((r.id === "urbanResidents" || r.id === "prhFloorArea") && t.value !== undefined) {
      // The pledge's straight path: from where the game stood when it was made to the target by its end year.
      const start = r.id === "urbanResidents" ? (h[0]?.urbanResidents ?? 0) : 0;
      const from = r.id === "urbanResidents" ? (h[0]?.year ?? r.from) : r.from;
      const goal = r.id === "urbanResidents" ? start + t.value : t.value;
      lines.push({ id: r.id, part: "value", values: h.map((x) => (x.year >= from && x.year <= r.to ? round1(start + ((goal - start) * (x.year - from)) / Math.max(1, r.to - from)) : null)) });
    } else {
      for (const part of ["lo", "hi"] as const) {
        const v = t[part];
        if (v !== undefined) lines.push({ id: r.id, part, values: h.map((x) => (during(x) ? v : null)) });
      }
    }
  }
  return lines;
}

/** Per round, the game's side of the figures that are shares (for their own charts). */
export const roundShares = {
  leaseShare: (r: RoundRecord): number => round1(pctOf(r.revenue.leases, revenueTotal(r)) ?? 0),
  taxRate: (r: RoundRecord, set: ReferenceSet): number => round1(pctOf(r.revenue.taxes, r.firms * set.firmProfit) ?? 0),
};

/** Compensation as a share of lease revenue, summed over the rounds so far, percent (per round). */
export function cumulativeCompensationShare(history: RoundRecord[]): number[] {
  let comp = 0;
  let lease = 0;
  return history.map((r) => {
    comp += r.compensationPaid;
    lease += r.leaseRevenue;
    return round1(pctOf(comp, lease) ?? 0);
  });
}
