// Informal housing. Source: migrants who could not afford the city rented from rural landlords
// who built informal housing on the periphery. A village builds rooms to let on its own land
// (farmland lost this way counts against the red line); the government may demolish informal
// housing, displacing its tenants back to the coast, at a cost in stability.

import type { GameEvent } from "../model/events";
import { available } from "./commitments";
import { transfer } from "./ledger";
import { useCode } from "../model/map";
import { seatAccount, type GameState } from "../model/state";
import { displaceTenants } from "./migration";
import { refuse, type Refusal } from "../engine/refusal";
import { describeTile, offMap, terrainOf, useOf } from "./tiles";

const busy = (s: GameState, tile: number) => s.orders.some((o) => "tile" in o && o.tile === tile);

export function buildInformal(s: GameState, seat: number, tile: number): GameEvent[] | Refusal {
  const bad = offMap(s, tile);
  if (bad) return bad;
  if (s.map.holder[tile] !== seat || s.seats[seat].role !== "village") return refuse(`You can only build rooms on your own village land; ${describeTile(s, tile)} is not yours.`, "notYours", { tile });
  const terrain = terrainOf(s, tile);
  if (terrain !== "flat" && terrain !== "slope") return refuse(`Nothing can be built on ${terrain}.`, "wrongTerrain", { tile, terrain });
  const use = useOf(s, tile);
  if (use !== "farmland" && use !== "villageHousing" && use !== "none") return refuse(`Rooms to let go on farmland or house plots, not on ${describeTile(s, tile)}.`, "wrongUse", { tile, use });
  if (busy(s, tile)) return refuse("Something is already planned for this tile this round.", "tileBusy", { tile });
  const cost = s.scenario.informal.buildCost;
  if (available(s, seat) < cost) return refuse(`Building rooms costs ${cost} wan; you have ${available(s, seat)} uncommitted.`, "notEnoughMoney", { needed: cost, available: available(s, seat) });
  s.orders.push({ kind: "informal", seat, tile });
  return [{ type: "orderQueued", seat, order: { what: "informal", tile } }];
}

export function demolishInformal(s: GameState, seat: number, tile: number): GameEvent[] | Refusal {
  const bad = offMap(s, tile);
  if (bad) return bad;
  if (useOf(s, tile) !== "informalHousing") return refuse(`Only informal housing can be demolished; ${describeTile(s, tile)} is not.`, "wrongUse", { tile, use: useOf(s, tile) });
  if (busy(s, tile)) return refuse("Something is already planned for this tile this round.", "tileBusy", { tile });
  const cost = s.scenario.informal.demolitionCost;
  if (available(s, seat) < cost) return refuse(`Demolition costs ${cost} wan; the budget has ${available(s, seat)} uncommitted.`, "notEnoughMoney", { needed: cost, available: available(s, seat) });
  s.orders.push({ kind: "demolish", seat, tile });
  return [{ type: "orderQueued", seat, order: { what: "demolish", tile } }];
}

export function completeInformal(s: GameState, order: { seat: number; tile: number }): GameEvent[] {
  const events = displaceTenants(s, order.tile);
  transfer(s, seatAccount(order.seat), "economy", s.scenario.informal.buildCost, "construction", order.tile);
  s.map.use[order.tile] = useCode("informalHousing");
  return [...events, { type: "informalBuilt", tile: order.tile, seat: order.seat }];
}

export function completeDemolition(s: GameState, order: { seat: number; tile: number }): GameEvent[] {
  const events = displaceTenants(s, order.tile);
  const displaced = events.filter((e) => e.type === "cohortMoved").length;
  transfer(s, seatAccount(order.seat), "economy", s.scenario.informal.demolitionCost, "demolition", order.tile);
  s.map.use[order.tile] = useCode("none");
  s.stability = Math.max(0, s.stability - displaced * s.scenario.informal.stabilityPerDisplaced);
  return [...events, { type: "demolished", tile: order.tile, displaced }];
}
