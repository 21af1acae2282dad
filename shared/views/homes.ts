// Homes on the map as the rules count them (rules/labour.ts housingCapacity and residents,
// rules/prh.ts blocks): how many cohorts each housing tile can house, how many live there (a
// PRH unit let to an employer counts as taken), and so how many homes stand free. Dormitories
// have no tile in the rules (a dorm is at the workplace), and old urban fabric houses no cohort:
// neither has a capacity to count.

import { USES } from "../model/map";

/** The capacities the rules give a tile by its use, in cohorts (scenario migrants.capacity, prh.capacity). */
export interface HomeCapacity {
  villageHousing: number;
  informalHousing: number;
  commercialHousing: number;
  prhEstate: number;
}

const HOME_USES = ["villageHousing", "informalHousing", "commercialHousing", "prhEstate"] as const;
const CAPACITY_OF = new Map<number, (typeof HOME_USES)[number]>(HOME_USES.map((u) => [USES.indexOf(u), u]));

export interface TileHomes {
  capacity: number;
  /** Cohorts living there plus PRH units let to employers. */
  taken: number;
}

/** Capacity and homes taken of every housing tile (tiles the rules house no cohort on are left out). */
export function homesOf(use: number[], capacity: HomeCapacity, homes: number[], prhBlocks: number[]): Map<number, TileHomes> {
  const out = new Map<number, TileHomes>();
  use.forEach((u, t) => {
    const kind = CAPACITY_OF.get(u);
    if (kind) out.set(t, { capacity: capacity[kind], taken: 0 });
  });
  for (const t of [...homes, ...prhBlocks]) {
    const h = out.get(t);
    if (h) h.taken++;
  }
  return out;
}

/** Homes free on a tile (never below 0: a tile built over keeps its tenants until they move). */
export const freeHomes = (h: TileHomes): number => Math.max(0, h.capacity - h.taken);
