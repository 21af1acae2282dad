// Accessibility and land value, recomputed once per resolution (never per frame).
//
// Travel cost: the cheapest path from a tile to the core over the grid, where entering a tile
// costs by what it is (scenario.travelCost): urban streets and bridges are cheap, ridges dear,
// and open water needs a ferry. Land value then falls with travel cost:
//
//   value = flatAtCore x halfCost / (halfCost + travelCost)      (x slopePct% on slopes)
//           x industrialPct% where the plan says industrial (cheap land for firms)
//
// so a bridge that cuts the travel cost of the far bank raises its land value. Light rail is
// cheapest of all, then bridges, tunnels and urban streets (roads count as streets).

import { TERRAINS, USES, planCode, terrainCode, useCode } from "../model/map";
import type { Scenario } from "../scenarios/schema";
import type { MapState } from "../model/state";
import { nearestNetwork, rememberCosts, type Grid, type Network } from "./travelCache";

const WATER = terrainCode("water");
const SLOPE = terrainCode("slope");
const MOUNTAIN = terrainCode("mountain");
const FLAT = terrainCode("flat");
const BRIDGE = useCode("bridge");
const ROAD = useCode("road");
const URBAN_USES = new Set(["oldUrban", "stateIndustry", "commercialHousing", "factory", "prhEstate", "road", "office"].map((u) => useCode(u as never)));

/** Cost of entering one tile off rail, by terrain and use. */
function offRailCost(t: Scenario["travelCost"], terrain: number, use: number): number {
  if (terrain === WATER) return use === BRIDGE ? t.bridge : t.ferry;
  if (terrain === MOUNTAIN) return use === ROAD ? t.tunnel : t.mountain; // a road through a ridge is a tunnel
  if (URBAN_USES.has(use)) return t.urban;
  if (terrain === SLOPE) return t.slope;
  return t.flat;
}

/** Cost of entering one tile. */
export function entryCost(map: MapState, scenario: Scenario, tile: number): number {
  return map.rail[tile] === 1 ? scenario.travelCost.rail : offRailCost(scenario.travelCost, map.terrain[tile], map.use[tile]);
}

// Entry cost by terrain x use, worked out once per scenario's cost table.
const costTables = new WeakMap<Scenario["travelCost"], Int32Array>();
function costTable(t: Scenario["travelCost"]): Int32Array {
  let table = costTables.get(t);
  if (!table) {
    table = new Int32Array(TERRAINS.length * USES.length);
    for (let terrain = 0; terrain < TERRAINS.length; terrain++) for (let use = 0; use < USES.length; use++) table[terrain * USES.length + use] = offRailCost(t, terrain, use);
    costTables.set(t, table);
  }
  return table;
}

/** The entry cost of every tile: everything travel costs depend on, besides the grid and the core. */
export function entryCosts(map: MapState, scenario: Scenario): Int32Array {
  const n = map.width * map.height;
  const table = costTable(scenario.travelCost);
  const railCost = scenario.travelCost.rail;
  const stride = USES.length;
  const { rail, terrain, use } = map;
  const enter = new Int32Array(n);
  for (let t = 0; t < n; t++) enter[t] = rail[t] === 1 ? railCost : table[terrain[t] * stride + use[t]];
  return enter;
}

/**
 * Travel cost from every tile to the core: Dijkstra's shortest paths by Dial's algorithm. Entry
 * costs are whole numbers (the scenario schema insists), so a ring of buckets indexed by cost
 * replaces a heap and each tile is settled in constant time. Moving from a tile to a neighbour
 * costs the neighbour's entry cost: "the sum of the tiles you cross". A network seen recently
 * (the same entry costs) is not worked out again, and one where a few tiles changed is worked
 * out from the recent one nearest to it (rules/travelCache.ts).
 */
export function travelCosts(map: MapState, scenario: Scenario): number[] {
  const grid = { width: map.width, height: map.height, core: map.core };
  const enter = entryCosts(map, scenario);
  const near = nearestNetwork(grid, enter);
  // From a network where many tiles changed (another game's), a fresh start is quicker.
  const base = near && near.changed <= enter.length / REWORK_SHARE ? near.network : null;
  const dist = near?.changed === 0 ? near.network.dist : rememberCosts(grid, enter, shortestPaths(grid, enter, base));
  const out: number[] = new Array(dist.length);
  for (let t = 0; t < dist.length; t++) out[t] = dist[t] === Number.POSITIVE_INFINITY ? 0 : dist[t];
  return out;
}

/** Travel costs are worked out from a recent network when at most 1/REWORK_SHARE of the tiles changed. */
const REWORK_SHARE = 16;

/** Shortest paths from the core, from scratch (`base` null) or from a network worked out before. */
export function shortestPaths(grid: Grid, enter: Int32Array, base: Network | null): Float64Array {
  if (base) return fromNetwork(grid, base, enter);
  const dist = new Float64Array(enter.length).fill(Number.POSITIVE_INFINITY);
  dist[grid.core] = 0;
  return settle(grid.width, enter, dist, [grid.core]);
}

/**
 * Shortest paths from a network worked out before, where some tiles' entry costs changed. A
 * tile that got dearer loses its cost, and so does a tile all of whose old shortest paths ran
 * through tiles that lost theirs: every neighbour it was reached from (a neighbour's old cost
 * plus the tile's old entry cost equals its old cost) lost its cost. Those neighbours all had
 * the same old cost, lower than the tile's (entry costs are positive), so sweeping the old costs
 * upwards decides each tile after all of them. Every other tile keeps an old path through no
 * dearer tile, so its old cost is an upper bound. Each tile that lost its cost or got cheaper
 * then starts from its best neighbour, and Dial's sweep settles every tile that can now be
 * reached more cheaply: exactly what a full run gives, for the work of the tiles that changed.
 */
function fromNetwork(grid: Grid, base: Network, enter: Int32Array): Float64Array {
  const { width: w, core } = grid;
  const n = enter.length;
  const was = base.enter;
  const old = base.dist;
  const lost = new Uint8Array(n);
  // One pass: the largest old and new entry costs, the tiles whose entry cost changed, and the
  // dearer ones in order of their old costs (each enters the buckets when the sweep reaches it).
  let ring = 1;
  let newRing = 1;
  const changed: number[] = [];
  const dearer: number[] = [];
  for (let t = 0; t < n; t++) {
    if (was[t] + 1 > ring) ring = was[t] + 1;
    if (enter[t] + 1 > newRing) newRing = enter[t] + 1;
    if (enter[t] === was[t] || t === core) continue;
    changed.push(t);
    if (enter[t] > was[t]) {
      lost[t] = 1;
      if (old[t] !== Number.POSITIVE_INFINITY) dearer.push(t);
    }
  }
  dearer.sort((p, q) => old[p] - old[q] || p - q);
  const buckets: number[][] = Array.from({ length: ring }, () => []);
  const swept: number[] = [];
  let waiting = 0;
  // Did `v` keep a way in from a neighbour that kept its old cost `c`?
  const keptWayIn = (v: number, c: number): boolean => {
    const x = v % w;
    return (
      (v >= w && old[v - w] === c && lost[v - w] === 0) ||
      (x < w - 1 && old[v + 1] === c && lost[v + 1] === 0) ||
      (v + w < n && old[v + w] === c && lost[v + w] === 0) ||
      (x > 0 && old[v - 1] === c && lost[v - 1] === 0)
    );
  };
  const follow = (v: number, c: number) => {
    if (lost[v] === 0 && v !== core && old[v] === c + was[v] && !keptWayIn(v, c)) {
      lost[v] = 1;
      swept.push(v);
      buckets[old[v] % ring].push(v);
      waiting++;
    }
  };
  for (let c = old[dearer[0]] ?? 0, next = 0; waiting > 0 || next < dearer.length; c++) {
    const bucket = buckets[c % ring];
    for (; next < dearer.length && old[dearer[next]] === c; next++, waiting++) bucket.push(dearer[next]);
    while (bucket.length > 0) {
      const u = bucket.pop()!;
      waiting--;
      const x = u % w;
      if (u >= w) follow(u - w, c);
      if (x < w - 1) follow(u + 1, c);
      if (u + w < n) follow(u + w, c);
      if (x > 0) follow(u - 1, c);
    }
  }
  const dist = old.slice();
  for (const t of dearer) dist[t] = Number.POSITIVE_INFINITY;
  for (const t of swept) dist[t] = Number.POSITIVE_INFINITY;
  // Seeds: the changed tiles and those that lost their cost (a tile may be both: seen once).
  const seeds: number[] = [];
  const seen = new Uint8Array(n);
  const seed = (t: number) => {
    if (seen[t] === 1) return;
    seen[t] = 1;
    const x = t % w;
    let best = Number.POSITIVE_INFINITY;
    if (t >= w) best = Math.min(best, dist[t - w]);
    if (x < w - 1) best = Math.min(best, dist[t + 1]);
    if (t + w < n) best = Math.min(best, dist[t + w]);
    if (x > 0) best = Math.min(best, dist[t - 1]);
    if (best + enter[t] < dist[t]) {
      dist[t] = best + enter[t];
      seeds.push(t);
    }
  };
  for (const t of changed) seed(t);
  for (const t of swept) seed(t);
  return settle(w, enter, dist, seeds.sort((p, q) => dist[p] - dist[q] || p - q), newRing);
}

function largestEntry(enter: Int32Array): number {
  let most = 0;
  for (let t = 0; t < enter.length; t++) if (enter[t] > most) most = enter[t];
  return most;
}

/**
 * Dial's algorithm: settle the tiles reachable more cheaply from `seeds` (their costs already in
 * `dist`, in increasing order), each seed entering the buckets when the sweep reaches its cost;
 * `ring` is more than the largest entry cost.
 */
function settle(w: number, enter: Int32Array, dist: Float64Array, seeds: number[], ring = largestEntry(enter) + 1): Float64Array {
  const n = enter.length;
  if (seeds.length === 0) return dist;
  const buckets: number[][] = Array.from({ length: ring }, () => []);
  let waiting = 0;
  const reach = (nb: number, cost: number) => {
    const next = cost + enter[nb];
    if (next < dist[nb]) {
      dist[nb] = next;
      buckets[next % ring].push(nb);
      waiting++;
    }
  };
  // Each seed's cost as given: one reached more cheaply before its turn is skipped as stale.
  const labels = seeds.map((t) => dist[t]);
  let seed = 0;
  for (let cost = labels[0]; waiting > 0 || seed < seeds.length; cost++) {
    const bucket = buckets[cost % ring];
    for (; seed < seeds.length && labels[seed] === cost; seed++) {
      bucket.push(seeds[seed]);
      waiting++;
    }
    while (bucket.length > 0) {
      const tile = bucket.pop()!;
      waiting--;
      if (dist[tile] !== cost) continue; // a stale entry: the tile was reached cheaper
      const x = tile % w;
      if (tile >= w) reach(tile - w, cost);
      if (x < w - 1) reach(tile + 1, cost);
      if (tile + w < n) reach(tile + w, cost);
      if (x > 0) reach(tile - 1, cost);
    }
  }
  return dist;
}

/** Land value of one tile in wan, from its terrain and travel cost. Water and mountain are worth 0. */
export function landValue(terrain: number, travelCost: number, scenario: Scenario): number {
  if (terrain !== FLAT && terrain !== SLOPE) return 0;
  const v = scenario.landValue;
  const flat = (v.flatAtCore * v.halfCost) / (v.halfCost + travelCost);
  return Math.round(terrain === SLOPE ? (flat * v.slopePct) / 100 : flat);
}

const INDUSTRIAL = planCode("industrial");

/** Land value of a tile of the map at a travel cost: a plot planned for industry is worth industrialPct% (cheap land for firms). */
export function planValue(map: MapState, scenario: Scenario, tile: number, travelCost: number): number {
  return onPlan(map, scenario, tile, landValue(map.terrain[tile], travelCost, scenario));
}

/** A tile's land value `v` as its plan leaves it. */
const onPlan = (map: MapState, scenario: Scenario, tile: number, v: number): number =>
  map.plan[tile] === INDUSTRIAL ? Math.round((v * scenario.landValue.industrialPct) / 100) : v;

/**
 * Recompute travel costs and land values in a draft map. Before the plan, a value depends on
 * the terrain and the travel cost alone, so each pair met is worked out once (travel costs are
 * whole numbers: index 2 x cost, + 1 on a slope).
 */
export function updateLandValues(map: MapState, scenario: Scenario): void {
  const access = travelCosts(map, scenario);
  let most = 0;
  for (let t = 0; t < access.length; t++) if (access[t] > most) most = access[t];
  const byCost = new Float64Array(2 * most + 2).fill(Number.NaN);
  const value: number[] = new Array(access.length);
  for (let t = 0; t < access.length; t++) {
    const terrain = map.terrain[t];
    let v = 0;
    if (terrain === FLAT || terrain === SLOPE) {
      const k = 2 * access[t] + (terrain === SLOPE ? 1 : 0);
      v = byCost[k];
      if (Number.isNaN(v)) v = byCost[k] = landValue(terrain, access[t], scenario);
    }
    value[t] = onPlan(map, scenario, t, v);
  }
  map.access = access;
  map.value = value;
}
