// Recently worked-out travel-cost networks: resolution does not redo the shortest paths when
// nothing that sets an entry cost changed, and a network where a few tiles changed (a new
// building, road, bridge or rail line makes a tile cheaper; a relocated state enterprise leaves
// a dearer empty site) is worked out from the recent one nearest to it. Travel costs are a pure
// function of the grid, the core and the entry costs, so keeping results changes no outcome.
// The arrays handed out are shared: read them, never write.

export interface Grid {
  width: number;
  height: number;
  core: number;
}

export interface Network extends Grid {
  enter: Int32Array;
  dist: Float64Array;
}

/** Networks kept, most recent first (a server's rooms each have their own). */
const KEEP = 4;
const recent: Network[] = [];

const sameGrid = (a: Grid, b: Grid): boolean => a.width === b.width && a.height === b.height && a.core === b.core;

/**
 * The recent network on the same grid with the fewest tiles entered at another cost than in
 * `enter`, and how many (0: the same network, its costs can be used as they are).
 */
export function nearestNetwork(grid: Grid, enter: Int32Array): { network: Network; changed: number } | null {
  let best: { network: Network; changed: number } | null = null;
  for (const network of recent) {
    if (!sameGrid(network, grid) || network.enter.length !== enter.length) continue;
    const changed = differing(network.enter, enter, best ? best.changed : enter.length + 1);
    if (!best || changed < best.changed) best = { network, changed };
    if (changed === 0) break;
  }
  return best;
}

/** Tiles where `a` and `b` differ, counted up to `cap` (a count of `cap` means at least that many). */
function differing(a: Int32Array, b: Int32Array, cap: number): number {
  let n = 0;
  for (let i = 0; i < a.length && n < cap; i++) if (a[i] !== b[i]) n++;
  return n;
}

export function rememberCosts(grid: Grid, enter: Int32Array, dist: Float64Array): Float64Array {
  recent.unshift({ ...grid, enter, dist });
  if (recent.length > KEEP) recent.pop();
  return dist;
}
