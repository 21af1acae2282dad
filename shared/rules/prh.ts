// Public rented housing (gongzufang). Source: from 2010 a state-owned development corporation
// built estates around the city, financed by borrowing (which generated significant public
// debt), let at 60% of market rents; many estates were let in blocks to nearby employers.
//
//   build      the government orders an estate on a vacant or farmed tile of state land it
//              holds; the whole cost is borrowed (added to its debt when ordered work starts,
//              i.e. at resolution) and the estate opens `buildRounds` rounds later
//   rent       rentPct% of a commercial flat's market rent, per cohort per round, paid to the
//              government; the government sets the share (min..max) and who may apply
//   eligible   "cityWorkers": any cohort with a city job; "hukouHolders": urban hukou only
//   apply      a cohort asks for a home on an estate tile; at step 5, if more apply than units
//              are free, the units go by seeded lottery; the others stay where they were
//   blocks     a developer rents a unit for its workers (an employer block) at the same rent;
//              blocks count as worker housing when manufacturers choose a factory

import type { GameEvent } from "../model/events";
import { available } from "./commitments";
import { useCode } from "../model/map";
import { nextRandom } from "../engine/rng";
import type { GameState, PrhEligibility } from "../model/state";
import { borrowingRoom } from "./finance";
import { refuse, type Refusal } from "../engine/refusal";
import { describeTile, offMap, tenureOf, terrainOf, useOf } from "./tiles";
import { lockedRefusal } from "./unlocks";

/** Rent of one PRH unit (one cohort) per round, wan. */
export const prhRent = (s: GameState): number => Math.round((s.scenario.migrants.rent.commercialFlat * s.prh.rentPct) / 100);

export const blocksOn = (s: GameState, tile: number): number => s.prhBlocks.filter((b) => b.tile === tile).length;

/** Cohorts living on an estate now (moves at this resolution not counted). */
export const prhResidents = (s: GameState, tile: number): number => s.cohorts.filter((c) => c.home.kind === "tile" && c.home.tile === tile).length;

/** Units free for households: capacity less employer blocks less residents who stay. */
export function freeUnits(s: GameState, tile: number): number {
  const staying = s.cohorts.filter((c) => c.home.kind === "tile" && c.home.tile === tile && (!c.next || (c.next.home.kind === "tile" && c.next.home.tile === tile))).length;
  return s.scenario.prh.capacity - blocksOn(s, tile) - staying;
}

export function buildPrh(s: GameState, seat: number, tile: number): GameEvent[] | Refusal {
  const bad = offMap(s, tile) ?? lockedRefusal(s, "prh");
  if (bad) return bad;
  if (tenureOf(s, tile) === "villageCollective" || s.map.holder[tile] !== seat)
    return refuse(`An estate needs state land the government holds; ${describeTile(s, tile)} is not.`, "wrongTenure", { tile, tenure: tenureOf(s, tile) });
  const terrain = terrainOf(s, tile);
  if (terrain !== "flat" && terrain !== "slope") return refuse(`Nothing can be built on ${terrain}.`, "wrongTerrain", { tile, terrain });
  const use = useOf(s, tile);
  if (use !== "none" && use !== "farmland" && use !== "forest") return refuse(`${describeTile(s, tile)} is already built up.`, "builtUp", { tile });
  if (s.orders.some((o) => "tile" in o && o.tile === tile) || s.projects.some((p) => p.tile === tile)) return refuse("Something is already being built here.", "tileBusy", { tile });
  if (s.auctions.some((a) => a.tile === tile)) return refuse("This plot is up for auction this round.", "alreadyAuctioned", { tile });
  const cost = s.scenario.prh.costPerTile;
  if (borrowingRoom(s, seat) < cost) return refuse(`An estate is borrowed in full (${cost} wan); the government can borrow only ${Math.max(0, borrowingRoom(s, seat))} more.`, "estateOverDebtLimit", { cost, room: Math.max(0, borrowingRoom(s, seat)) });
  s.orders.push({ kind: "prh", seat, tile });
  return [{ type: "orderQueued", seat, order: { what: "prhEstate", tile, cost, rounds: s.scenario.prh.buildRounds } }];
}

export function setPrhPolicy(s: GameState, rentPct: number, eligibility: PrhEligibility): GameEvent[] | Refusal {
  const locked = lockedRefusal(s, "prh");
  if (locked) return locked;
  const { minRentPct, maxRentPct } = s.scenario.prh;
  if (rentPct < minRentPct || rentPct > maxRentPct) return refuse(`PRH rent must be between ${minRentPct}% and ${maxRentPct}% of market rent.`, "rentOutOfRange", { rentPct, min: minRentPct, max: maxRentPct });
  s.prh = { rentPct, eligibility };
  return [{ type: "policySet", policy: { what: "prh", rentPct, eligibility } }];
}

export function leasePrhBlock(s: GameState, seat: number, tile: number): GameEvent[] | Refusal {
  const bad = offMap(s, tile);
  if (bad) return bad;
  if (useOf(s, tile) !== "prhEstate") return refuse(`${describeTile(s, tile)} is not a public rented housing estate.`, "notAnEstate", { tile });
  if (freeUnits(s, tile) < 1) return refuse("Every unit of this estate is let.", "estateFull", { tile });
  if (available(s, seat) < prhRent(s)) return refuse(`A block costs ${prhRent(s)} wan a round; you have ${available(s, seat)} uncommitted.`, "notEnoughMoney", { needed: prhRent(s), available: available(s, seat) });
  s.prhBlocks = [...s.prhBlocks, { tile, seat }];
  return [{ type: "orderQueued", seat, order: { what: "prhBlock", tile } }];
}

/** Can this cohort apply for a unit on this estate? Null if it can. */
export function prhApplicationRefusal(s: GameState, seat: number, tile: number, cityJob: boolean): Refusal | null {
  if (!cityJob) return refuse("PRH is for people working in the city.", "notCityWorker");
  const cohort = s.cohorts.find((c) => c.seat === seat)!;
  if (s.prh.eligibility === "hukouHolders" && !cohort.hukou) return refuse("The government has opened PRH to urban-hukou holders only.", "hukouHoldersOnly");
  if (s.scenario.prh.capacity - blocksOn(s, tile) < 1) return refuse("Every unit of this estate is let to employers.", "estateFull", { tile });
  return null;
}

/** Step 4: estates whose time has come open. */
export function completeProjects(s: GameState): GameEvent[] {
  const events: GameEvent[] = [];
  s.projects = s.projects.filter((p) => {
    if (p.readyAtRound > s.round) return true;
    s.map.use[p.tile] = useCode("prhEstate");
    events.push({ type: "prhOpened", tile: p.tile });
    return false;
  });
  return events;
}

/**
 * Step 5, before moves: applicants for estates with too few free units are chosen by lottery;
 * the others keep their old job and home.
 */
export function allocatePrh(s: GameState): GameEvent[] {
  const events: GameEvent[] = [];
  const byTile = new Map<number, number[]>();
  s.cohorts.forEach((c, i) => {
    const home = c.next?.home;
    if (home?.kind !== "tile" || useOf(s, home.tile) !== "prhEstate") return;
    if (c.home.kind === "tile" && c.home.tile === home.tile) return; // already lives there
    byTile.set(home.tile, [...(byTile.get(home.tile) ?? []), i]);
  });
  for (const [tile, applicants] of [...byTile].sort((a, b) => a[0] - b[0])) {
    let free = freeUnits(s, tile);
    const queue = [...applicants];
    while (queue.length > 0) {
      const draw = nextRandom(s.rng);
      s.rng = draw.state;
      const [i] = queue.splice(Math.floor(draw.value * queue.length), 1);
      const cohort = s.cohorts[i];
      if (free > 0) {
        free--;
        events.push({ type: "prhAllocated", seat: cohort.seat, tile, won: true });
      } else {
        cohort.next = null;
        events.push({ type: "prhAllocated", seat: cohort.seat, tile, won: false });
      }
    }
  }
  return events;
}
