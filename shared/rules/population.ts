// People: who lives in the city and who holds its hukou, counted in people (docs/scale.md).
// The player cohorts are a small, visible part of the city; the rest are non-player households
// that the rules move by housing, jobs and hukou policy:
//   residents    the central city at the start, plus those housed by every tile of flats, PRH
//                (each tile of flats built in the game as its land value allowed: flatResidentsAt)
//                and informal rooms and every block of resettlement flats (less the old blocks'
//                residents on each old-city tile renewed as flats: rules/renewal.ts), plus each
//                manufacturer's workforce and families (dormitories and rooms around the
//                factory, population.perFirm), plus the player cohorts with a city job
//   registration each round the government's hukou quota (in cohorts) also registers
//                hukou.residentsPerQuota of the newcomers who hold no urban hukou yet (at most
//                as many as there are); each 1,000 registered costs hukou.serviceCostPerThousand
//                a round in schools, health care and pensions (rules/round.ts pays it)
//   holders      urban-hukou holders: cohorts x 1,000 + converted village tiles x
//                workersPerTile + residents registered through the quota
//   pledge       the +10 million of the pledge (hukou.target, millions, the whole municipality)
//                x the map's share of the municipality's urban growth (population.mapSharePct)

import { USES, useCode } from "../model/map";
import type { GameState } from "../model/state";
import { convertedVillageTiles, hukouCohorts } from "./hukou";

/** People one cohort stands for (docs/scale.md). */
export const PEOPLE_PER_COHORT = 1_000;

const FLATS = useCode("commercialHousing");
const PRH = useCode("prhEstate");
const INFORMAL = useCode("informalHousing");

const cityCohorts = (s: GameState): number => s.cohorts.filter((c) => c.job !== "coast").length;

/** Tiles of each use, by use code (recordRound counts them once for all its indicators). */
export function useCounts(use: ArrayLike<number>): Int32Array {
  const counts = new Int32Array(USES.length);
  for (let i = 0; i < use.length; i++) counts[use[i]]++;
  return counts;
}

/**
 * People a tile of flats completed now houses: perFlatTile x the tile's land value over
 * flatDensity.referenceValue, kept between minPct% and maxPct% of perFlatTile (dearer land is
 * built higher: the core and the rail stations house more on a tile than the edge).
 */
export function flatResidentsAt(s: GameState, tile: number): number {
  const p = s.scenario.population;
  const d = p.flatDensity;
  const pct = Math.min(d.maxPct, Math.max(d.minPct, (100 * s.map.value[tile]) / Math.max(1, d.referenceValue)));
  return Math.round((p.perFlatTile * pct) / 100);
}

/** Fix the people a tile of flats houses at its completion (rules/construction.ts, rules/renewal.ts). */
export function settleFlatResidents(s: GameState, tile: number): number {
  const people = flatResidentsAt(s, tile);
  s.flatResidents[tile] = people;
  return people;
}

/** People in the city's flats: those fixed at completion, and perFlatTile on each tile of flats there from the start. */
function peopleInFlats(s: GameState, flatTiles: number): number {
  let people = 0;
  let counted = 0;
  for (const key in s.flatResidents) {
    people += s.flatResidents[key];
    counted++;
  }
  return people + (flatTiles - counted) * s.scenario.population.perFlatTile;
}

/** Urban residents in people: housing built and firms come are how the city grows. `uses`: the
 * map's tiles of each use (useCounts), when the caller has them. */
export function urbanResidents(s: GameState, uses: ArrayLike<number> = useCounts(s.map.use)): number {
  const p = s.scenario.population;
  let people = p.start + peopleInFlats(s, uses[FLATS]) + uses[PRH] * p.perPrhTile + uses[INFORMAL] * p.perInformalTile;
  // A renewed old-city tile counts as flats; the old blocks' residents it replaced were in the start.
  people -= s.renewedTiles * p.perOldUrbanTile;
  people += s.resettlementFlats.reduce((a, b) => a + b, 0) * p.perResettlementBlock;
  people += s.firms.length * p.perFirm;
  return people + cityCohorts(s) * PEOPLE_PER_COHORT;
}

/** Newcomers (residents gained since the start, the player cohorts aside) who hold no urban hukou yet. */
export const unregisteredNewcomers = (s: GameState): number =>
  Math.max(0, urbanResidents(s) - s.scenario.population.start - cityCohorts(s) * PEOPLE_PER_COHORT - s.registeredResidents);

/** Urban-hukou holders in people. */
export const hukouPeople = (s: GameState): number =>
  hukouCohorts(s) * PEOPLE_PER_COHORT + convertedVillageTiles(s) * s.scenario.village.workersPerTile + s.registeredResidents;

/** The pledge on the map's scale, in people. */
export const pledgePeople = (s: GameState): number => (s.scenario.hukou.target * 1_000_000 * s.scenario.population.mapSharePct) / 100;

/** Step 6, after the cohorts' applications: the quota registers newcomers; returns the people registered. */
export function registerNewcomers(s: GameState): number {
  const people = Math.min(s.hukouQuota * s.scenario.hukou.residentsPerQuota, unregisteredNewcomers(s));
  s.registeredResidents += people;
  return people;
}

/** What the registered newcomers cost the city this round, wan. */
export const registeredServiceCost = (s: GameState): number => Math.round((s.registeredResidents * s.scenario.hukou.serviceCostPerThousand) / 1_000);
