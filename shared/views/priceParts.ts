// "Why this price?": a tile's land value taken apart into the rule's own factors
// (rules/accessibility.ts): the value at the core, the fall with travel cost, the slope and the
// industrial plan, plus the cheapest route to the core that sets the travel cost, tile kind by
// tile kind. Every number comes from the rules' functions; the client only words them.

import { TERRAINS, USES, neighbours, planCode } from "../model/map";
import type { MapState } from "../model/state";
import { entryCosts, planValue, travelCosts } from "../rules/accessibility";
import type { Scenario } from "../scenarios/schema";
import { asMapState, type MapLayers, type ValueRules } from "./wire";

/** Kinds of tile a route crosses, each with its own entry cost (scenario.travelCost). */
export const ROUTE_KINDS = ["rail", "bridge", "tunnel", "ferry", "street", "open"] as const;
export type RouteKind = (typeof ROUTE_KINDS)[number];

export interface PriceParts {
  /** The land value, wan (the rules' planValue). */
  value: number;
  /** Value of a flat tile at the core, wan, and the travel cost at which it halves. */
  flatAtCore: number;
  halfCost: number;
  /** Travel cost to the core (sum of the entry costs of the tiles crossed). */
  travelCost: number;
  /** halfCost / (halfCost + travelCost), percent to one decimal. */
  distancePct: number;
  /** Percent kept for a slope (100 on flat land), and for land planned industrial (100 otherwise). */
  slopePct: number;
  industrialPct: number;
  /** Water and ridges are worth nothing whatever their travel cost. */
  unbuildable: boolean;
  /** The cheapest route to the core, from the tile (excluded) to the core (included). */
  route: number[];
  /** Tiles of the route by kind, and the travel cost they add. */
  legs: { kind: RouteKind; tiles: number; cost: number }[];
}

const WATER = TERRAINS.indexOf("water");
const SLOPE = TERRAINS.indexOf("slope");
const FLAT = TERRAINS.indexOf("flat");
const MOUNTAIN = TERRAINS.indexOf("mountain");
const BRIDGE = USES.indexOf("bridge");
const ROAD = USES.indexOf("road");

function kindOf(map: MapState, enter: Int32Array, rules: ValueRules, t: number): RouteKind {
  if (map.rail[t] === 1) return "rail";
  if (map.terrain[t] === WATER) return map.use[t] === BRIDGE ? "bridge" : "ferry";
  if (map.terrain[t] === MOUNTAIN && map.use[t] === ROAD) return "tunnel";
  return enter[t] === rules.travelCost.urban ? "street" : "open";
}

export function priceParts(layers: MapLayers, rules: ValueRules, tile: number): PriceParts {
  const n = layers.width * layers.height;
  const map = asMapState(layers);
  const scenario = rules as Scenario;
  const dist = travelCosts(map, scenario);
  const enter = entryCosts(map, scenario);
  const route: number[] = [];
  for (let t = tile; t !== layers.core && route.length < n; ) {
    const next = neighbours(layers, t).find((nb) => dist[nb] + enter[t] === dist[t] && (nb === layers.core || dist[nb] > 0));
    if (next === undefined) break;
    route.push(next);
    t = next;
  }
  const legs = ROUTE_KINDS.map((kind) => ({ kind, tiles: 0, cost: 0 }));
  // The travel cost is paid on entering each tile: the tile itself and every tile after it but the core.
  for (const t of [tile, ...route.slice(0, -1)]) {
    if (t === layers.core) continue;
    const leg = legs[ROUTE_KINDS.indexOf(kindOf(map, enter, rules, t))];
    leg.tiles++;
    leg.cost += enter[t];
  }
  const v = rules.landValue;
  const travelCost = dist[tile];
  return {
    value: planValue(map, scenario, tile, travelCost),
    flatAtCore: v.flatAtCore,
    halfCost: v.halfCost,
    travelCost,
    distancePct: Math.round((1000 * v.halfCost) / (v.halfCost + travelCost)) / 10,
    slopePct: layers.terrain[tile] === SLOPE ? v.slopePct : 100,
    // Only the industrial plan changes a value (planValue).
    industrialPct: layers.plan[tile] === planCode("industrial") ? v.industrialPct : 100,
    unbuildable: layers.terrain[tile] !== FLAT && layers.terrain[tile] !== SLOPE,
    route,
    legs: legs.filter((l) => l.tiles > 0),
  };
}
