// Where each migrant cohort works, as far as the rules place it, and what its commute costs. The
// rules hold jobs as kinds, not tiles (rules/labour.ts): a factory job is one of the jobs the
// firms bring, construction pays whatever is being built, services are the city's. So the
// workplace drawn is the nearest place of that kind, by the rules' own travel costs
// (rules/accessibility.ts entry costs, cheapest path from the home): a factory job at the nearest
// firm's factory, construction at the nearest site being built (the core when nothing is), services
// at the core. The score charges a different figure, the home's travel cost to the core
// (rules/scores.ts commute), given beside it. A dormitory is at the workplace and the coast off the
// map: neither has a line.

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
  /** Travel-cost points from the home to the workplace (the cheapest path, entry costs summed). */
  cost: number;
  /** The home's travel cost to the core: what the score's commute counts (÷ 50 a round). */
  coreCost: number;
}

/** Each cohort with a city job and a home tile, its workplace and the costs. */
export function commutesOf(src: CommuteSource): Commute[] {
  const m = src.map;
  const grid = asMapState(m);
  const enter = entryCosts(grid, src.rules as Scenario);
  const core = m.core;
  const fromCore = shortestPaths({ width: m.width, height: m.height, core }, enter, null);
  return src.cohorts.flatMap((c) => {
    if (c.job === "coast") return [];
    const dist = shortestPaths({ width: m.width, height: m.height, core: c.home }, enter, null);
    const places = c.job === "factory" ? src.firmTiles : c.job === "construction" ? src.sites : [];
    // The nearest by travel cost; equal costs: the first on the map. No place of the kind: the core.
    let best = -1;
    for (const t of [...places].sort((a, b) => a - b)) if (best < 0 || dist[t] < dist[best]) best = t;
    const work = best < 0 ? core : best;
    const cost = dist[work] === Number.POSITIVE_INFINITY ? 0 : dist[work];
    return [{ seat: c.seat, job: c.job, home: c.home, work, cost, coreCost: fromCore[c.home] === Number.POSITIVE_INFINITY ? 0 : fromCore[c.home] }];
  });
}
