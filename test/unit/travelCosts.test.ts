// Travel costs worked out from an earlier network (rules/accessibility.ts fromNetwork) equal a
// plain relaxation to a fixed point, whether tiles got cheaper, dearer or both, including
// tiles cut off by dear ones and a changed core tile.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { playBotGame } from "../../shared/bots/play";
import { createGame } from "../../shared/engine/apply";
import { loadTiledMap } from "../../shared/maps/tiledLoader";
import { entryCosts, shortestPaths } from "../../shared/rules/accessibility";
import { chongqingScenario } from "../../shared/scenarios/chongqing";
import { nextRandom } from "../../shared/engine/rng";
import { nearestNetwork, rememberCosts, type Grid } from "../../shared/rules/travelCache";

/** Shortest paths by relaxing every tile until nothing changes (slow, obviously right). */
function reference(grid: Grid, enter: Int32Array): Float64Array {
  const { width: w } = grid;
  const n = enter.length;
  const dist = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  dist[grid.core] = 0;
  for (let changed = true; changed; ) {
    changed = false;
    for (let t = 0; t < n; t++) {
      if (t === grid.core) continue;
      const x = t % w;
      const nbs = [t >= w ? t - w : -1, x < w - 1 ? t + 1 : -1, t + w < n ? t + w : -1, x > 0 ? t - 1 : -1].filter((nb) => nb >= 0);
      const best = Math.min(...nbs.map((nb) => dist[nb])) + enter[t];
      if (best < dist[t]) {
        dist[t] = best;
        changed = true;
      }
    }
  }
  return dist;
}

function dice(seed: number): (k: number) => number {
  let state = seed;
  return (k) => {
    const d = nextRandom(state);
    state = d.state;
    return Math.floor(d.value * k);
  };
}

describe("travel costs from an earlier network", () => {
  it("equal a full computation after tiles get cheaper, dearer, or both", () => {
    const grid: Grid = { width: 17, height: 13, core: 6 * 17 + 8 };
    const n = grid.width * grid.height;
    const roll = dice(7);
    // Costs 1-20, with a few walls of 60 (cut-off pockets get dearer to reach).
    let enter = Int32Array.from({ length: n }, () => (roll(10) === 0 ? 60 : 1 + roll(20)));
    rememberCosts(grid, enter, reference(grid, enter));
    for (let step = 0; step < 150; step++) {
      const next = enter.slice();
      const changes = 1 + roll(step % 3 === 0 ? 40 : 5);
      for (let i = 0; i < changes; i++) {
        const t = roll(n);
        const kind = step % 4; // 0 cheaper only, 1 dearer only, 2-3 either way
        const cost = 1 + roll(kind === 1 ? 60 : 20);
        next[t] = kind === 0 ? Math.min(next[t], cost) : kind === 1 ? Math.max(next[t], cost) : cost;
      }
      if (step === 10) next[grid.core] = 60;
      const want = reference(grid, next);
      expect(Array.from(shortestPaths(grid, next, nearestNetwork(grid, next)!.network))).toEqual(Array.from(want));
      rememberCosts(grid, next, want);
      enter = next;
    }
  });

  it("worked example: walling the only way in makes the far side dearer by the wall's cost", () => {
    // 3 x 3, core in the middle of the top row; the bottom row is reached through the middle row.
    const grid: Grid = { width: 3, height: 3, core: 1 };
    const flat = Int32Array.from([1, 1, 1, 1, 1, 1, 1, 1, 1]);
    rememberCosts(grid, flat, shortestPaths(grid, flat, null));
    // Costs: row 0 = 1 0 1; row 1 = 2 1 2; row 2 = 3 2 3. Now the middle tile costs 10.
    const walled = Int32Array.from([1, 1, 1, 1, 10, 1, 1, 1, 1]);
    expect(Array.from(shortestPaths(grid, walled, nearestNetwork(grid, walled)!.network))).toEqual([1, 0, 1, 2, 10, 2, 3, 4, 3]);
  });

  it("in bot games on the Chongqing map, every round's travel costs equal a computation from scratch", () => {
    const map = loadTiledMap(JSON.parse(readFileSync(new URL("../../assets/maps/chongqing.tmj", import.meta.url), "utf8")));
    let rounds = 0;
    let changedRounds = 0;
    let previous: number[] = [];
    for (const seed of [3, 4])
      playBotGame(createGame(chongqingScenario, map, seed), {
        onRound: (s) => {
          const grid = { width: s.map.width, height: s.map.height, core: s.map.core };
          const fresh = Array.from(shortestPaths(grid, entryCosts(s.map, s.scenario), null), (d) => (d === Number.POSITIVE_INFINITY ? 0 : d));
          expect(s.map.access).toEqual(fresh);
          if (previous.some((d, t) => d !== fresh[t])) changedRounds++;
          previous = fresh;
          rounds++;
        },
      });
    expect(rounds).toBe(24);
    // The network changes in most rounds (new buildings, roads, relocated enterprises), so the
    // incremental update is what is being checked.
    expect(changedRounds).toBeGreaterThan(15);
  });
});
