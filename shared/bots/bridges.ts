// The government bot's bridge and light-rail search: which river crossing near the core, or
// which tile extending the rail network, would add the most land value for its cost. A bridge
// only lowers the travel cost of its own tiles (ferry to bridge), and a rail tile only its own
// (rail is the cheapest entry of all), so travel costs can only fall, and only where a path
// through the new tiles is cheaper. The estimate therefore starts from the map's current travel costs and re-settles
// just the tiles that get nearer the core (Dijkstra seeded at the span, a decrease-only
// update with Dial's buckets, as rules/accessibility.ts), with the entry costs worked out once
// for every candidate. It gives exactly what recomputing the whole map would
// (test/unit/schedule.test.ts checks it against updateLandValues).

import { entryCost, entryCosts, planValue } from "../rules/accessibility";
import { useCode } from "../model/map";
import type { GameState } from "../model/state";

const BRIDGE = useCode("bridge");

/** A function giving the land value, summed over the map in wan, that a bridge over a span would add. */
export function bridgeGains(s: GameState): (span: number[]) => number {
  // The map as if every tile were bridged: read only for the span's tiles.
  const bridged = { ...s.map, use: new Array<number>(s.map.use.length).fill(BRIDGE) };
  return spanGains(s, (t) => entryCost(bridged, s.scenario, t));
}

/** A function giving the land value, summed over the map in wan, that light rail on a span would add. */
export const railGains = (s: GameState): ((span: number[]) => number) => spanGains(s, () => s.scenario.travelCost.rail);

/** The land value a span adds when its tiles' entry costs become `entryAfter`. */
function spanGains(s: GameState, entryAfter: (tile: number) => number): (span: number[]) => number {
  const { map, scenario } = s;
  const w = map.width;
  const n = w * map.height;
  const enter = entryCosts(map, scenario);
  let ring = 1;
  for (let t = 0; t < n; t++) if (enter[t] + 1 > ring) ring = enter[t] + 1;
  const buckets: number[][] = Array.from({ length: ring }, () => []);
  const before = Int32Array.from(map.access);
  const dist = new Int32Array(n);

  return (span: number[]): number => {
    const saved = span.map((t) => enter[t]);
    for (const t of span) enter[t] = Math.min(enter[t], entryAfter(t));
    dist.set(before);
    let gain = 0;
    let waiting = 0;
    const relax = (nb: number, cost: number) => {
      const d = cost + enter[nb];
      if (d < dist[nb]) {
        dist[nb] = d;
        buckets[d % ring].push(nb);
        waiting++;
      }
    };
    const eachNeighbour = (t: number, visit: (nb: number) => void) => {
      const x = t % w;
      if (t >= w) visit(t - w);
      if (x < w - 1) visit(t + 1);
      if (t + w < n) visit(t + w);
      if (x > 0) visit(t - 1);
    };
    // Seeds: span tiles now cheaper to reach from a neighbour, in order of their new cost.
    const seeds: { tile: number; cost: number }[] = [];
    for (const t of span) {
      let best = dist[t];
      eachNeighbour(t, (nb) => (best = Math.min(best, dist[nb] + enter[t])));
      if (best < dist[t]) {
        dist[t] = best;
        seeds.push({ tile: t, cost: best });
      }
    }
    seeds.sort((a, b) => a.cost - b.cost);
    for (let c = seeds[0]?.cost ?? 0, next = 0; waiting > 0 || next < seeds.length; c++) {
      for (; next < seeds.length && seeds[next].cost === c; next++, waiting++) buckets[c % ring].push(seeds[next].tile);
      const bucket = buckets[c % ring];
      while (bucket.length > 0) {
        const t = bucket.pop()!;
        waiting--;
        if (dist[t] !== c) continue; // a stale entry: the tile was reached cheaper since
        gain += planValue(map, scenario, t, c) - map.value[t];
        const x = t % w;
        if (t >= w) relax(t - w, c);
        if (x < w - 1) relax(t + 1, c);
        if (t + w < n) relax(t + w, c);
        if (x > 0) relax(t - 1, c);
      }
    }
    span.forEach((t, i) => (enter[t] = saved[i]));
    return gain;
  };
}
