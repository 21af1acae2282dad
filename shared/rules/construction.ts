// Building: developers build housing, factories and offices on land they lease (infrastructure
// is in rules/infrastructure.ts). Flats are sold on completion, and the city taxes the sale
// (construction.saleTaxPct); factories earn rent once a
// manufacturer moves in (rules/firms.ts), and in a zone the city pays half their cost (the
// construction fees it waives); offices are let to service firms every round for a share of
// the plot's land value, so they pay where the city is accessible.
// Orders are queued in the action phase and carried out at resolution step 4, in the order
// they were placed. Costs are paid at completion (they are reserved from the moment of order).

import type { GameEvent } from "../model/events";
import { available, buildingCost } from "./commitments";
import { transfer } from "./ledger";
import { useCode } from "../model/map";
import { nextRandom } from "../engine/rng";
import type { BuildingKind } from "../model/offers";
import { governmentSeat, seatAccount, type GameState } from "../model/state";
import { refuse, type Refusal } from "../engine/refusal";
import { planFor, planOf } from "./plans";
import { settleFlatResidents } from "./population";
import { countFarmland, farmlandQuota, freeTickets, quotaAboveRedLine } from "./tickets";
import { describeTile, offMap, terrainOf, tenureOf, useOf } from "./tiles";

/** Uses that a developer may clear and build over. */
const CLEARABLE = new Set(["none", "farmland", "forest", "villageHousing"]);

/** What an office block lets for a round: a share of its plot's land value (rules/round.ts pays it). */
export const officeRent = (s: GameState, tile: number): number => Math.round((s.map.value[tile] * s.scenario.construction.officeRentPct) / 100);

export function build(s: GameState, seat: number, tile: number, building: BuildingKind): GameEvent[] | Refusal {
  const bad = offMap(s, tile);
  if (bad) return bad;
  if (tenureOf(s, tile) !== "stateUrban" || s.map.holder[tile] !== seat) return refuse(`You can only build on land you lease; ${describeTile(s, tile)} is not yours.`, "notYours", { tile });
  const terrain = terrainOf(s, tile);
  if (terrain !== "flat" && terrain !== "slope") return refuse(`Nothing can be built on ${terrain}.`, "wrongTerrain", { tile, terrain });
  if (!CLEARABLE.has(useOf(s, tile))) return refuse(`${describeTile(s, tile)} is already built up.`, "builtUp", { tile });
  if (s.orders.some((o) => o.kind === "build" && o.tile === tile)) return refuse("Construction is already ordered on this tile.", "alreadyOrdered", { tile });
  const plan = planOf(s, tile);
  if (plan !== planFor(building))
    return refuse(`The plan zones this plot ${plan === "none" ? "as rural" : `for ${plan} use`}; ${building === "factory" ? "a factory needs industrial" : building === "office" ? "offices need residential (urban mixed-use)" : "flats need residential"} land. Ask for an amendment.`, "wrongPlan", { tile, plan, building });
  if (useOf(s, tile) === "farmland" && farmlandQuota(s) < 1 && freeTickets(s, seat) < 1)
    return refuse("Building on farmland needs a land ticket once farmland is down to the red line (the quota above it is used up); buy one from a village first.", "needsTicket", { tile });
  const cost = buildingCost(s, building);
  if (available(s, seat) < cost) return refuse(`Construction costs ${cost} wan; you have ${available(s, seat)} uncommitted.`, "notEnoughMoney", { needed: cost, available: available(s, seat) });
  s.orders.push({ kind: "build", seat, tile, building });
  return [{ type: "orderQueued", seat, order: { what: "build", building, tile } }];
}

/**
 * Demand for flats in percent: the event card's multiplier, raised by housingDemandPct% for
 * every cohort holding urban hukou (registered residents buy homes).
 */
export const housingDemandPct = (s: GameState): number =>
  Math.round((s.modifiers.housingDemand * (100 + s.scenario.hukou.housingDemandPct * s.cohorts.filter((c) => c.hukou).length)) / 100);

/**
 * Tiles of flats the market buys a round at full price before the backlog: flatsPerRound x
 * housing demand% x the city's residents (as recorded at the end of last round; the start's in
 * round 1) and the newcomers registered through the hukou quota (who buy homes), over the
 * residents at the start: a bigger, more settled city buys more.
 */
function baseFlatsDemand(s: GameState): number {
  const start = s.scenario.population.start;
  const residents = s.history.length > 0 ? s.history[s.history.length - 1].urbanResidents : start;
  return Math.round((s.scenario.construction.flatsPerRound * housingDemandPct(s) * (residents + s.registeredResidents)) / (100 * Math.max(1, start)));
}

/** Tiles of flats the market buys at full price this round: the base, plus what it wanted last round and did not get (the backlog). */
export const flatsDemand = (s: GameState): number => baseFlatsDemand(s) + s.housingBacklog;

/** The k-th tile of flats completed this round (1, 2, ...) sells at this percent of the full price: 100 up to the demand, then demand / k. */
export const marketPct = (s: GameState, k: number): number => (k <= flatsDemand(s) ? 100 : Math.floor((100 * flatsDemand(s)) / k));

/** Where this tile's flats stand in this round's queue of flats (1 = first); the next place if none are ordered on it. */
function placeInQueue(s: GameState, tile: number): number {
  let k = 0;
  for (const o of s.orders)
    if (o.kind === "build" && o.building === "commercialHousing") {
      k++;
      if (o.tile === tile) return k;
    }
  return k + 1;
}

/** What flats on a tile sell for before the sale's spread, wan (unrounded): land value x housingSalePct% x housing demand% x the market's share for its place in the round's queue. */
const saleBeforeSpread = (s: GameState, tile: number): number =>
  ((s.map.value[tile] * s.scenario.construction.housingSalePct) / 100) * (housingDemandPct(s) / 100) * (marketPct(s, placeInQueue(s, tile)) / 100);

/** What flats on a tile would sell for now, wan: the sale on completion without its random spread (the hints and the developer bot use it). */
export const expectedSale = (s: GameState, tile: number): number => Math.round(saleBeforeSpread(s, tile));

/** Taxes on a sale of flats (business, land-appreciation and deed taxes), paid to the city, wan. */
export const saleTax = (s: GameState, sale: number): number => Math.round((sale * s.scenario.construction.saleTaxPct) / 100);

/** What flats on a tile would bring their builder now, after the sale's taxes, wan (the developer bot weighs this). */
export function expectedNetSale(s: GameState, tile: number): number {
  const sale = expectedSale(s, tile);
  return sale - saleTax(s, sale);
}

/** Tiles of flats the market still wants this round after the players' flats ordered for it. */
export function unmetFlats(s: GameState): number {
  const built = s.orders.filter((o) => o.kind === "build" && o.building === "commercialHousing").length;
  return Math.max(0, flatsDemand(s) - built);
}

/** After construction: the demand that the round's flats and the old city's renewal (`renewed` tiles) did not meet carries over, at most one round's worth. */
export function carryHousingDemand(s: GameState, renewed: number): void {
  s.housingBacklog = Math.min(baseFlatsDemand(s), Math.max(0, unmetFlats(s) - renewed));
}

/** Construction fees waived: what the city pays the builder of a factory in a zone on completion, wan. */
export const factoryGrant = (s: GameState, tile: number, building: BuildingKind): number =>
  building === "factory" && s.map.zone[tile] === 1 ? Math.round((s.scenario.construction.factoryCost * s.scenario.firms.zoneFactoryGrantPct) / 100) : 0;

export function completeBuilding(s: GameState, order: { seat: number; tile: number; building: BuildingKind }): GameEvent[] {
  const { seat, tile, building } = order;
  transfer(s, seatAccount(seat), "economy", buildingCost(s, building), "construction", tile);
  // Farmland above the red line is the city's quota; at the line a ticket is surrendered (if
  // other conversions this round used the quota up and the builder holds none, the tile goes
  // below the line, which the government's score pays for).
  if (useOf(s, tile) === "farmland" && quotaAboveRedLine(s, countFarmland(s)) < 1) s.tickets[seat] = Math.max(0, s.tickets[seat] - 1);
  s.map.use[tile] = useCode(building);
  const grant = factoryGrant(s, tile, building);
  transfer(s, seatAccount(governmentSeat(s)), seatAccount(seat), grant, "subsidy", tile);
  let sale = 0;
  if (building === "commercialHousing") {
    settleFlatResidents(s, tile);
    // Flats are sold off-plan to the housing market (the economy account) on completion.
    const c = s.scenario.construction;
    const draw = nextRandom(s.rng);
    s.rng = draw.state;
    const spread = 1 + (c.salePriceSpreadPct / 100) * (2 * draw.value - 1);
    sale = Math.round(saleBeforeSpread(s, tile) * spread);
    transfer(s, "economy", seatAccount(seat), sale, "sale", tile);
    transfer(s, seatAccount(seat), seatAccount(governmentSeat(s)), saleTax(s, sale), "tax", tile);
    const deal = s.deals[tile];
    if (deal) s.deals[tile] = { ...deal, sale };
  }
  return [{ type: "built", tile, seat, building, sale }];
}
