// Where each migrant cohort works, as far as the rules place it, what its commute costs, and how
// far every tile is from work. The rules hold jobs as kinds, not tiles (rules/labour.ts): a factory
// job is one of the jobs the firms bring, construction pays whatever is being built, services are
// the city's. So the workplace drawn is the nearest place of that kind by the rules' own travel
// costs: a factory job at the nearest firm's factory, construction at the nearest site being built
// (the core when nothing is), services at the core. Travel costs are measured as the rules measure
// the cost to the core (rules/accessibility.ts: the cheapest path from the place, each tile entered
// costing its entry cost), so a services commute costs exactly the home's travel cost to the core,
// which is what the score's commute counts (rules/scores.ts, ÷ 50 a round). A dormitory is at the
// workplace and the coast off the map: neither has a line.

import type { Job } from "../model/state";
import { entryCosts, shortestPaths } from "../rules/accessibility";
import type { Scenario } from "../scenarios/schema";
import { asMapState, type MapLayers, type ValueRules } from "./wire";

export interface CommuteSource {
  map: MapLayers;
  rules: ValueRules;
  /** Migrant cohorts with a home tile: the seat, the job, the home. */
  cohorts: { seat: number; job: Job; home: number }[];
  /** Factories with a manufacturer in them. */
  firmTiles: number[];
  /** Tiles being built on: queued buildings and works, PRH estates under construction. */
  sites: number[];
}

export interface Commute {
  seat: number;
  job: Job;
  home: number;
  /** The workplace tile. */
  work: number;
  /** Travel-cost points between the home and the workplace. */
  cost: number;
  /** The home's travel cost to the core: what the score's commute counts. */
  coreCost: number;
}

/** Travel costs from one place to every tile (0 where unreachable, as the rules give them). */
function costsFrom(map: MapLayers, enter: Int32Array, place: number): number[] {
  const dist = shortestPaths({ width: map.width, height: map.height, core: place }, enter, null);
  return Array.from(dist, (d) => (d === Number.POSITIVE_INFINITY ? 0 : d));
}

/** The places of work by kind: each place's travel costs, worked out once for all cohorts. */
function workplaces(src: Pick<CommuteSource, "map" | "rules" | "firmTiles" | "sites">) {
  const enter = entryCosts(asMapState(src.map), src.rules as Scenario);
  const costs = new Map<number, number[]>();
  const from = (place: number): number[] => {
    let c = costs.get(place);
    if (!c) costs.set(place, (c = costsFrom(src.map, enter, place)));
    return c;
  };
  return { from, places: [...new Set([src.map.core, ...src.firmTiles, ...src.sites])] };
}

/** Each cohort with a city job and a home tile: its workplace and the costs. */
export function commutesOf(src: CommuteSource): Commute[] {
  const { from } = workplaces(src);
  const core = src.map.core;
  return src.cohorts.flatMap((c) => {
    if (c.job === "coast") return [];
    const places = c.job === "factory" ? src.firmTiles : c.job === "construction" ? src.sites : [];
    // The nearest by travel cost; equal costs: the first on the map. No place of the kind: the core.
    const sorted = [...places].sort((a, b) => a - b);
    const work = sorted.length === 0 ? core : sorted.reduce((best, t) => (from(t)[c.home] < from(best)[c.home] ? t : best));
    return [{ seat: c.seat, job: c.job, home: c.home, work, cost: from(work)[c.home], coreCost: from(core)[c.home] }];
  });
}

/** Every tile's travel cost to the nearest place of work (a firm's factory, a site being built, the core's services). */
export function travelToJobs(src: Pick<CommuteSource, "map" | "rules" | "firmTiles" | "sites">): number[] {
  const { from, places } = workplaces(src);
  const n = src.map.width * src.map.height;
  const best: number[] = new Array(n).fill(Number.POSITIVE_INFINITY);
  for (const p of places) {
    const c = from(p);
    for (let t = 0; t < n; t++) if ((c[t] > 0 || t === p) && c[t] < best[t]) best[t] = c[t];
  }
  return best.map((c) => (c === Number.POSITIVE_INFINITY ? 0 : c));
}
