// Special economic zones and the manufacturers (non-player firms) that move inland.
// Source: Liangjiang New Area (2010) taxed enterprises at 15% instead of 33%, subsidised gas
// and electricity and waived construction fees; after the 2008 crisis export manufacturing
// was expected to shift inland, and firms were courted with cheap land, housed labour (PRH)
// and connections (airport, river port, the 2012 rail link to Europe).
//
// Each round (step "firms locate", after construction) round(arrivalsPerRound x firmInflow%)
// manufacturers look inland. One by one each takes the vacant factory (a factory tile with no
// firm) where it expects the highest profit per round:
//
//   expected = profit x (100 - tax%) / 100 + subsidy - (factoryRent - rent subsidy)
//              - travelCostWeight x travel cost to the core (as the round began: travel
//                costs are recomputed at step 8)
//              + housingWeight x worker housing within housingRadius tiles (cohorts)
//              + the bonus of every open transport hub (airport, river port, rail link)
//                within its radius
//
// where tax%, the energy subsidy and the rent subsidy (subsidised land: the city pays part of
// the rent) are the zone's on a zone tile, and worker housing counts village
// house plots, informal housing, PRH units and commercial housing capacity, plus PRH blocks the
// factory's owner rents. A firm moves in only if expected >= minimumProfit; otherwise it stays
// on the coast. Firms stay for the game; each pays rent to the factory's holder, tax to the
// city (and receives the zone subsidy), and offers jobsPerFactory cohorts of jobs.

import type { GameEvent } from "../model/events";
import { tenureCode, useCode, withinReach } from "../model/map";
import type { GameState } from "../model/state";
import { housingCapacity } from "./labour";
import { refuse, type Refusal } from "../engine/refusal";
import { describeTile, offMap, terrainOf } from "./tiles";
import { cardIndexForRound, lockedRefusal } from "./unlocks";

const FACTORY = useCode("factory");

export const inZone = (s: GameState, tile: number): boolean => s.map.zone[tile] === 1;
export const taxPct = (s: GameState, tile: number): number => (inZone(s, tile) ? s.scenario.firms.zoneTaxPct : s.scenario.firms.taxPct);
export const firmTax = (s: GameState, tile: number): number => Math.round((s.scenario.firms.profit * taxPct(s, tile)) / 100);
/** What the city pays a zone firm a round: energy subsidy, and the part of its rent it covers (subsidised land). */
export const firmSubsidy = (s: GameState, tile: number): number => (inZone(s, tile) ? s.scenario.firms.zoneSubsidy : 0);
export const rentSubsidy = (s: GameState, tile: number): number => (inZone(s, tile) ? Math.min(s.scenario.firms.zoneRentSubsidy, s.scenario.construction.factoryRent) : 0);

/** The square of land tiles a designation at `tile` covers. */
export function zoneSquare(s: GameState, tile: number): number[] {
  const half = (s.scenario.firms.zoneSize - 1) / 2;
  const { width, height } = s.map;
  const x0 = tile % width;
  const y0 = Math.floor(tile / width);
  const out: number[] = [];
  for (let y = Math.max(0, y0 - half); y <= Math.min(height - 1, y0 + half); y++)
    for (let x = Math.max(0, x0 - half); x <= Math.min(width - 1, x0 + half); x++) {
      const t = y * width + x;
      if (terrainOf(s, t) === "flat" || terrainOf(s, t) === "slope") out.push(t);
    }
  return out;
}

export function designateZone(s: GameState, seat: number, tile: number): GameEvent[] | Refusal {
  const bad = offMap(s, tile) ?? lockedRefusal(s, "zones");
  if (bad) return bad;
  const tiles = zoneSquare(s, tile).filter((t) => !inZone(s, t));
  if (tiles.length === 0) return refuse("This area is already a special economic zone.", "alreadyZone", { tile });
  if (s.map.tenure[tile] === tenureCode("villageCollective")) return refuse(`A zone is centred on state land; ${describeTile(s, tile)} is village land.`, "wrongTenure", { tile, tenure: "villageCollective" });
  if (s.orders.some((o) => o.kind === "zone" && o.tiles.includes(tile))) return refuse("A zone is already being designated here.", "alreadyOrdered", { tile });
  s.orders.push({ kind: "zone", seat, tiles });
  return [{ type: "orderQueued", seat, order: { what: "zone", tile, tiles: tiles.length } }];
}

/** Worker housing, in cohorts, within the housing radius of a tile (plus the owner's PRH blocks). */
export function workerHousingNear(s: GameState, tile: number): number {
  const r = s.scenario.firms.housingRadius;
  const { width, height } = s.map;
  const x0 = tile % width;
  const y0 = Math.floor(tile / width);
  let cohorts = 0;
  for (let y = Math.max(0, y0 - r); y <= Math.min(height - 1, y0 + r); y++)
    for (let x = Math.max(0, x0 - r); x <= Math.min(width - 1, x0 + r); x++) {
      if (Math.abs(x - x0) + Math.abs(y - y0) > r) continue;
      const t = y * width + x;
      cohorts += housingCapacity(s, t);
    }
  const owner = s.map.holder[tile];
  return cohorts + s.prhBlocks.filter((b) => b.seat === owner).length;
}

/** Hubs open now: those without a card, and those whose card has been played. (A hub off the
 * map, e.g. on a small test map, is simply never near a factory.) */
export function openHubs(s: GameState): GameState["scenario"]["firms"]["hubs"] {
  // Remembered per scenario (a new plan is a new scenario object) and round: firms and bots ask often.
  let byRound = hubCache.get(s.scenario);
  if (!byRound) hubCache.set(s.scenario, (byRound = new Map()));
  let hubs = byRound.get(s.round);
  if (!hubs) {
    const played = new Set(playedCards(s));
    hubs = s.scenario.firms.hubs.filter((h) => !h.opensWith || played.has(h.opensWith));
    byRound.set(s.round, hubs);
  }
  return hubs;
}
const hubCache = new WeakMap<GameState["scenario"], Map<number, GameState["scenario"]["firms"]["hubs"]>>();

/** Ids of the event cards played so far (this round's included). */
function playedCards(s: GameState): string[] {
  const ids: string[] = [];
  for (let r = 1; r <= s.round; r++) {
    const i = cardIndexForRound(s, r);
    if (i >= 0) ids.push(s.scenario.events[i].id);
  }
  return ids;
}

/** The bonus a factory on `tile` gets from open hubs within their radius, wan a round. */
export function hubBonus(s: GameState, tile: number): number {
  return openHubs(s).reduce((n, h) => (withinReach(s.map, h, tile) ? n + h.bonus : n), 0);
}

/** What a manufacturer expects to earn per round in the factory on `tile`, wan. */
export function expectedProfit(s: GameState, tile: number): number {
  const f = s.scenario.firms;
  return (
    f.profit -
    firmTax(s, tile) +
    firmSubsidy(s, tile) -
    (s.scenario.construction.factoryRent - rentSubsidy(s, tile)) -
    f.travelCostWeight * s.map.access[tile] +
    f.housingWeight * workerHousingNear(s, tile) +
    hubBonus(s, tile)
  );
}

export const vacantFactories = (s: GameState): number[] => {
  const taken = new Set(s.firms.map((f) => f.tile));
  const out: number[] = [];
  s.map.use.forEach((u, t) => {
    if (u === FACTORY && !taken.has(t)) out.push(t);
  });
  return out;
};

/** Manufacturers that look for a factory this round: the scenario's arrivals × the cards' inflow %. */
export const firmArrivals = (s: GameState): number => Math.round((s.scenario.firms.arrivalsPerRound * s.modifiers.firmInflow) / 100);

/** Step "firms locate". Ties go to the lower tile id, so the result is deterministic. */
export function locateFirms(s: GameState): GameEvent[] {
  const events: GameEvent[] = [];
  const arrivals = firmArrivals(s);
  for (let i = 0; i < arrivals; i++) {
    let best = -1;
    let bestProfit = -Infinity;
    for (const t of vacantFactories(s)) {
      const p = expectedProfit(s, t);
      if (p > bestProfit) [best, bestProfit] = [t, p];
    }
    if (best < 0 || bestProfit < s.scenario.firms.minimumProfit) {
      events.push({ type: "firmStayedOnCoast", bestProfit: best < 0 ? 0 : bestProfit });
      continue;
    }
    s.firms = [...s.firms, { id: s.nextId++, tile: best, arrivedRound: s.round }];
    events.push({ type: "firmArrived", tile: best, profit: bestProfit, zone: inZone(s, best) });
  }
  return events;
}
