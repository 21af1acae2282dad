// Accessibility and land value, recomputed once per resolution (never per frame).
//
// Travel cost: the cheapest path from a tile to the core over the grid, where entering a tile
// costs by what it is (scenario.travelCost): urban streets and bridges are cheap, ridges dear,
// and open water needs a ferry. Land value then falls with travel cost:
//
//   value = flatAtCore x halfCost / (halfCost + travelCost)      (x slopePct% on slopes)
//
// so a bridge that cuts the travel cost of the far bank raises its land value. Light rail is
// cheapest of all, then bridges, tunnels and urban streets (roads count as streets).

import { terrainCode, useCode } from "../model/map";
import type { Scenario } from "../scenarios/schema";
import type { MapState } from "../model/state";

const WATER = terrainCode("water");
const SLOPE = terrainCode("slope");
const MOUNTAIN = terrainCode("mountain");
const FLAT = terrainCode("flat");
const BRIDGE = useCode("bridge");
const ROAD = useCode("road");
const URBAN_USES = new Set(["oldUrban", "stateIndustry", "commercialHousing", "factory", "prhEstate", "road", "office"].map((u) => useCode(u as never)));

/** Cost of entering one tile. */
export function entryCost(map: MapState, scenario: Scenario, tile: number): number {
  const t = scenario.travelCost;
  if (map.rail[tile] === 1) return t.rail;
  const terrain = map.terrain[tile];
  if (terrain === WATER) return map.use[tile] === BRIDGE ? t.bridge : t.ferry;
  if (terrain === MOUNTAIN) return map.use[tile] === ROAD ? t.tunnel : t.mountain; // a road through a ridge is a tunnel
  if (URBAN_USES.has(map.use[tile])) return t.urban;
  if (terrain === SLOPE) return t.slope;
  return t.flat;
}

/**
 * Travel cost from every tile to the core: Dijkstra's shortest paths by Dial's algorithm. Entry
 * costs are whole numbers (the scenario schema insists), so a ring of buckets indexed by cost
 * replaces a heap and each tile is settled in constant time. Moving from a tile to a neighbour
 * costs the neighbour's entry cost: "the sum of the tiles you cross".
 */
export function travelCosts(map: MapState, scenario: Scenario): number[] {
  const n = map.width * map.height;
  const enter: number[] = new Array(n);
  for (let t = 0; t < n; t++) enter[t] = entryCost(map, scenario, t);
  const w = map.width;
  let ring = 1;
  for (let t = 0; t < n; t++) if (enter[t] + 1 > ring) ring = enter[t] + 1;
  const buckets: number[][] = Array.from({ length: ring }, () => []);
  const dist = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  let waiting = 0;
  const relax = (nb: number, cost: number) => {
    const next = cost + enter[nb];
    if (next < dist[nb]) {
      dist[nb] = next;
      buckets[next % ring].push(nb);
      waiting++;
    }
  };
  dist[map.core] = 0;
  buckets[0].push(map.core);
  waiting = 1;
  for (let cost = 0; waiting > 0; cost++) {
    const bucket = buckets[cost % ring];
    while (bucket.length > 0) {
      const tile = bucket.pop()!;
      waiting--;
      if (dist[tile] !== cost) continue; // a stale entry: the tile was reached cheaper
      const x = tile % w;
      if (tile >= w) relax(tile - w, cost);
      if (x < w - 1) relax(tile + 1, cost);
      if (tile + w < n) relax(tile + w, cost);
      if (x > 0) relax(tile - 1, cost);
    }
  }
  const out: number[] = new Array(n);
  for (let t = 0; t < n; t++) out[t] = dist[t] === Number.POSITIVE_INFINITY ? 0 : dist[t];
  return out;
}

/** Land value of one tile in wan, from its terrain and travel cost. Water and mountain are worth 0. */
export function landValue(terrain: number, travelCost: number, scenario: Scenario): number {
  if (terrain !== FLAT && terrain !== SLOPE) return 0;
  const { flatAtCore, halfCost, slopePct } = scenario.landValue;
  const flat = (flatAtCore * halfCost) / (halfCost + travelCost);
  return Math.round(terrain === SLOPE ? (flat * slopePct) / 100 : flat);
}

/** Recompute travel costs and land values in a draft map. */
export function updateLandValues(map: MapState, scenario: Scenario): void {
  map.access = travelCosts(map, scenario);
  map.value = map.access.map((cost, tile) => landValue(map.terrain[tile], cost, scenario));
}
