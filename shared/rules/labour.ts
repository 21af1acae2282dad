// The city's labour market, one place for both sides of it: the jobs firms offer and who holds
// them, the homes a tile offers and who lives there, and what a job pays and a home costs. Firms
// (rules/firms.ts) read the housing to choose a factory; migrants (rules/migration.ts) read the
// jobs and homes to move; the round (rules/round.ts) pays the wages and rents; the migrant bot
// weighs the same figures.

import type { GameState, Home, Job } from "../model/state";
import { prhRent } from "./prh";
import { useOf } from "./tiles";

/** City jobs firms offer, in cohorts: jobsPerFactory for every factory a manufacturer moved into. */
export const firmJobs = (s: GameState): number => s.firms.length * s.scenario.migrants.jobsPerFactory;

/** Cohorts in factory jobs, or taking one at this round's moves; `except` (a seat) is left out. */
export function factoryWorkers(s: GameState, except: number): number {
  return s.cohorts.filter((c) => c.seat !== except && (c.next?.job ?? c.job) === "factory").length;
}

/** How many cohorts a tile can house, by its use. */
export function housingCapacity(s: GameState, tile: number): number {
  const c = s.scenario.migrants.capacity;
  const use = useOf(s, tile);
  if (use === "villageHousing") return c.villageHousing;
  if (use === "informalHousing") return c.informalHousing;
  if (use === "commercialHousing") return c.commercialHousing;
  if (use === "prhEstate") return s.scenario.prh.capacity;
  return 0;
}

/** Cohorts that live, or will live after this round's moves, on a tile; `except` (a seat) is left out. */
export function residents(s: GameState, tile: number, except: number): number {
  return s.cohorts.filter((c) => {
    if (c.seat === except) return false;
    const home = c.next?.home ?? c.home;
    return home.kind === "tile" && home.tile === tile;
  }).length;
}

/** A cohort's wage per round, wan: the scenario's, the coast's scaled by the event card's coastWage%. */
export const wageOf = (s: GameState, job: Job): number =>
  job === "coast" ? Math.round((s.scenario.migrants.wage.coast * s.modifiers.coastWage) / 100) : s.scenario.migrants.wage[job];

/** A home's rent per cohort per round, wan: coast, dormitory, PRH unit, commercial flat or a room (village house plot, informal housing). */
export function homeRent(s: GameState, home: Home): number {
  const rent = s.scenario.migrants.rent;
  if (home.kind === "coast") return rent.coast;
  if (home.kind === "dorm") return rent.dorm;
  const use = useOf(s, home.tile);
  return use === "prhEstate" ? prhRent(s) : use === "commercialHousing" ? rent.commercialFlat : rent.villageRoom;
}
