// The government bot's bridge search: which river crossing near the core would add the most
// land value for its cost. A bridge only lowers the travel cost of its own tiles (ferry to
// bridge), so travel costs can only fall, and only where a path through the new span is
// cheaper. The estimate therefore starts from the map's current travel costs and re-settles
// just the tiles that get nearer the core (Dijkstra seeded at the span, a decrease-only
// update), instead of a whole travel-cost search per candidate. It gives exactly what
// recomputing the whole map would (test/unit/bots.test.ts checks it against updateLandValues).

import { entryCost, landValue } from "../rules/accessibility";
import { useCode } from "../model/map";
import type { GameState } from "../model/state";

const BRIDGE = useCode("bridge");

/** Land value the bridge over `span` would add, summed over the map, wan. */
export function bridgeGain(s: GameState, span: number[]): number {
  const { map, scenario } = s;
  const w = map.width;
  const n = w * map.height;
  const use = map.use.slice();
  for (const t of span) use[t] = BRIDGE;
  const bridged = { ...map, use };
  // The current travel costs; 0 is the core's own (the other tiles are all reachable by ferry).
  const dist = Float64Array.from(map.access, (c, t) => (c === 0 && t !== map.core ? Number.POSITIVE_INFINITY : c));
  const heap = new MinHeap();
  const neighbours = (t: number): number[] => {
    const x = t % w;
    const out: number[] = [];
    if (t >= w) out.push(t - w);
    if (x < w - 1) out.push(t + 1);
    if (t + w < n) out.push(t + w);
    if (x > 0) out.push(t - 1);
    return out;
  };
  for (const t of span) {
    const enter = entryCost(bridged, scenario, t);
    for (const nb of neighbours(t)) {
      if (dist[nb] + enter < dist[t]) {
        dist[t] = dist[nb] + enter;
        heap.push(dist[t], t);
      }
    }
  }
  const improved = new Set<number>();
  while (heap.size > 0) {
    const [cost, t] = heap.pop();
    if (cost !== dist[t]) continue; // a stale entry: the tile was reached cheaper since
    improved.add(t);
    for (const nb of neighbours(t)) {
      const next = cost + entryCost(bridged, scenario, nb);
      if (next < dist[nb]) {
        dist[nb] = next;
        heap.push(next, nb);
      }
    }
  }
  let gain = 0;
  for (const t of improved) gain += landValue(map.terrain[t], dist[t], scenario) - map.value[t];
  return gain;
}

/** A binary min-heap of (cost, tile) pairs. */
class MinHeap {
  private costs: number[] = [];
  private tiles: number[] = [];
  get size(): number {
    return this.costs.length;
  }
  push(cost: number, tile: number): void {
    let i = this.costs.length;
    this.costs.push(cost);
    this.tiles.push(tile);
    while (i > 0) {
      const up = (i - 1) >> 1;
      if (this.costs[up] <= cost) break;
      this.swap(i, up);
      i = up;
    }
  }
  pop(): [number, number] {
    const top: [number, number] = [this.costs[0], this.tiles[0]];
    const last = this.costs.length - 1;
    this.swap(0, last);
    this.costs.pop();
    this.tiles.pop();
    for (let i = 0; ; ) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < this.costs.length && this.costs[l] < this.costs[m]) m = l;
      if (r < this.costs.length && this.costs[r] < this.costs[m]) m = r;
      if (m === i) break;
      this.swap(i, m);
      i = m;
    }
    return top;
  }
  private swap(a: number, b: number): void {
    [this.costs[a], this.costs[b]] = [this.costs[b], this.costs[a]];
    [this.tiles[a], this.tiles[b]] = [this.tiles[b], this.tiles[a]];
  }
}
