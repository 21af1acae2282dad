// Recently worked-out travel-cost networks: resolution does not redo the shortest paths when
// nothing that sets an entry cost changed, and a network that only made some tiles cheaper (a
// new building, road, bridge or rail line; a bot's candidate bridge) is worked out from the one
// it came from. Travel costs are a pure function of the grid, the core and the entry costs, so
// keeping results changes no outcome. The arrays handed out are shared: read them, never write.

export interface Grid {
  width: number;
  height: number;
  core: number;
}

export interface Network extends Grid {
  enter: Int32Array;
  dist: Float64Array;
}

/** Networks kept, most recent first: the state's own, and a bot's few candidates. */
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

/** A recent network on the same grid where no tile was cheaper to enter than in `enter`. */
export function dearerNetwork(grid: Grid, enter: Int32Array): Network | null {
  return recent.find((r) => sameGrid(r, grid) && r.enter.length === enter.length && noneCheaper(r.enter, enter)) ?? null;
}

function noneCheaper(base: Int32Array, enter: Int32Array): boolean {
  for (let i = 0; i < enter.length; i++) if (base[i] < enter[i]) return false;
  return true;
}

export function rememberCosts(grid: Grid, enter: Int32Array, dist: Float64Array): Float64Array {
  recent.unshift({ ...grid, enter, dist });
  if (recent.length > KEEP) recent.pop();
  return dist;
}
