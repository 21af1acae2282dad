// Recently worked-out travel-cost networks, so resolution does not redo the shortest paths when
// nothing that sets an entry cost changed (most rounds), and a bot that prices a candidate
// bridge and then the state's own network again finds the latter here. Travel costs are a pure
// function of the grid, the core and the entry costs, so keeping results changes no outcome.
// The arrays handed out are shared: read them, never write.

export interface Grid {
  width: number;
  height: number;
  core: number;
}

interface Network extends Grid {
  enter: Int32Array;
  dist: Float64Array;
}

/** Networks kept, most recent first: the state's own, and a bot's few candidates. */
const KEEP = 4;
const recent: Network[] = [];

function equal(a: Int32Array, b: Int32Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The costs for this network, if it was seen recently. */
export function cachedCosts(grid: Grid, enter: Int32Array): Float64Array | null {
  const hit = recent.find((r) => r.width === grid.width && r.height === grid.height && r.core === grid.core && equal(r.enter, enter));
  return hit ? hit.dist : null;
}

export function rememberCosts(grid: Grid, enter: Int32Array, dist: Float64Array): Float64Array {
  recent.unshift({ ...grid, enter, dist });
  if (recent.length > KEEP) recent.pop();
  return dist;
}
