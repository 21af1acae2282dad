// Accessibility and land value, recomputed once per resolution (never per frame).
//
// Travel cost: the cheapest path from a tile to the core over the grid, where entering a tile
// costs by what it is (scenario.travelCost): urban streets and bridges are cheap, ridges dear,
// and open water needs a ferry. Land value then falls with travel cost:
//
//   value = flatAtCore x halfCost / (halfCost + travelCost)      (x slopePct% on slopes)
//
// so a bridge that cuts the travel cost of the far bank raises its land value.

import { neighbours, terrainCode, useCode } from "../map";
import type { Scenario } from "../scenario";
import type { MapState } from "../state";

const WATER = terrainCode("water");
const SLOPE = terrainCode("slope");
const MOUNTAIN = terrainCode("mountain");
const FLAT = terrainCode("flat");
const BRIDGE = useCode("bridge");
const URBAN_USES = new Set(["oldUrban", "stateIndustry", "commercialHousing", "factory", "prhEstate", "road"].map((u) => useCode(u as never)));

/** Cost of entering one tile. */
export function entryCost(map: MapState, scenario: Scenario, tile: number): number {
  const t = scenario.travelCost;
  const terrain = map.terrain[tile];
  if (terrain === WATER) return map.use[tile] === BRIDGE ? t.bridge : t.ferry;
  if (URBAN_USES.has(map.use[tile])) return t.urban;
  if (terrain === MOUNTAIN) return t.mountain;
  if (terrain === SLOPE) return t.slope;
  return t.flat;
}

/** Travel cost from every tile to the core (Dijkstra with a binary heap). */
export function travelCosts(map: MapState, scenario: Scenario): number[] {
  const n = map.width * map.height;
  const enter: number[] = new Array(n);
  for (let t = 0; t < n; t++) enter[t] = entryCost(map, scenario, t);
  let whole = true;
  for (let t = 0; t < n; t++) if (!Number.isInteger(enter[t]) || enter[t] < 0) whole = false;
  if (whole) return bucketCosts(map, enter);
  const dist = new Array<number>(n).fill(Number.POSITIVE_INFINITY);
  const heap: number[] = []; // pairs packed as cost * n + tile, so the heap holds plain numbers
  const push = (v: number) => {
    heap.push(v);
    let i = heap.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (heap[p] <= heap[i]) break;
      [heap[p], heap[i]] = [heap[i], heap[p]];
      i = p;
    }
  };
  const pop = (): number => {
    const top = heap[0];
    const last = heap.pop()!;
    if (heap.length > 0) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && heap[l] < heap[m]) m = l;
        if (r < heap.length && heap[r] < heap[m]) m = r;
        if (m === i) break;
        [heap[m], heap[i]] = [heap[i], heap[m]];
        i = m;
      }
    }
    return top;
  };
  dist[map.core] = 0;
  push(map.core);
  while (heap.length > 0) {
    const packed = pop();
    const tile = packed % n;
    const cost = (packed - tile) / n;
    if (cost > dist[tile]) continue;
    // Moving from `tile` to a neighbour costs the neighbour's entry cost, so travel cost is
    // symmetric enough for a board game and cheap to explain: "sum of the tiles you cross".
    for (const nb of neighbours(map, tile)) {
      const next = cost + enter[nb];
      if (next < dist[nb]) {
        dist[nb] = next;
        push(next * n + nb);
      }
    }
  }
  return dist.map((d) => (Number.isFinite(d) ? d : 0));
}

/**
 * The same travel costs by Dial's algorithm, for whole-number entry costs (the usual case): a
 * ring of buckets indexed by cost replaces the heap, so each tile is settled in constant time.
 * Shortest-path costs are unique, so both algorithms give identical results.
 */
function bucketCosts(map: MapState, enter: number[]): number[] {
  const n = enter.length;
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
