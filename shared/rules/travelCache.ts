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

function equal(a: Int32Array, b: Int32Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The costs for this network, if it was seen recently. */
export function cachedCosts(grid: Grid, enter: Int32Array): Float64Array | null {
  const hit = recent.find((r) => sameGrid(r, grid) && equal(r.enter, enter));
  return hit ? hit.dist : null;
}

/** The recent network on the same grid with the fewest tiles entered at another cost than in `enter`. */
export function nearestNetwork(grid: Grid, enter: Int32Array): Network | null {
  let best: Network | null = null;
  let fewest = Number.POSITIVE_INFINITY;
  for (const r of recent) {
    if (!sameGrid(r, grid) || r.enter.length !== enter.length) continue;
    const changed = differing(r.enter, enter);
    if (changed < fewest) [best, fewest] = [r, changed];
  }
  return best;
}

function differing(a: Int32Array, b: Int32Array): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) n++;
  return n;
}

export function rememberCosts(grid: Grid, enter: Int32Array, dist: Float64Array): Float64Array {
  recent.unshift({ ...grid, enter, dist });
  if (recent.length > KEEP) recent.pop();
  return dist;
}
