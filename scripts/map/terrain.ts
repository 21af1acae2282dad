// The terrain layer: value noise for hills, the ridges and rivers of geography.ts, and the land
// regions (banks) the rivers cut.
import type { Terrain } from "../../shared/model/map";
import { nextRandom, seedState } from "../../shared/engine/rng";
import { H, RIDGES, RIVERS, SEED, W, id, onMap, ridgeCentre, type Point } from "./geography";

// Deterministic noise: a hash per lattice point, smoothly interpolated.
const hash01 = (x: number, y: number, salt: string): number => nextRandom(seedState(`${SEED}:${salt}:${x}:${y}`)).value;

export function valueNoise(x: number, y: number, cell: number, salt: string): number {
  const gx = Math.floor(x / cell);
  const gy = Math.floor(y / cell);
  const fx = x / cell - gx;
  const fy = y / cell - gy;
  const s = (t: number) => t * t * (3 - 2 * t);
  const top = hash01(gx, gy, salt) * (1 - s(fx)) + hash01(gx + 1, gy, salt) * s(fx);
  const bottom = hash01(gx, gy + 1, salt) * (1 - s(fx)) + hash01(gx + 1, gy + 1, salt) * s(fx);
  return top * (1 - s(fy)) + bottom * s(fy);
}

function distanceToPolyline(px: number, py: number, line: Point[]): number {
  let best = Infinity;
  for (let i = 0; i + 1 < line.length; i++) {
    const [ax, ay] = line[i];
    const [bx, by] = line[i + 1];
    const t = Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
    best = Math.min(best, Math.hypot(px - ax - t * (bx - ax), py - ay - t * (by - ay)));
  }
  return best;
}

export function makeTerrain(): Terrain[] {
  const terrain: Terrain[] = [];
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const cx = x + 0.5;
      const cy = y + 0.5;
      let t: Terrain = valueNoise(x, y, 5, "hills") > 0.6 ? "slope" : "flat";
      for (const r of RIDGES) {
        const centre = ridgeCentre(r, cy);
        const half = r.halfWidth + 0.9 * (valueNoise(x, y, 4, "ridge") - 0.5);
        const d = Math.abs(cx - centre);
        if (d <= half) t = "mountain";
        else if (d <= half + 1.6 && t !== "mountain") t = "slope";
      }
      const river = Math.min(...RIVERS.map((r) => distanceToPolyline(cx, cy, r.line) - r.halfWidth));
      if (river <= 0) t = "water";
      else if (river <= 1 && t === "mountain") t = "slope"; // gorge sides
      terrain.push(t);
    }
  }
  // The rocky peninsula (and the river banks facing it): no flat ground, only slopes.
  for (let y = 21; y < 30; y++) for (let x = 22; x < 36; x++) if (terrain[id(x, y)] === "flat") terrain[id(x, y)] = "slope";
  return terrain;
}

/** Land regions (4-connected, water excluded): rivers cut the land into banks. */
export function landRegions(terrain: Terrain[]): number[] {
  const region = new Array<number>(W * H).fill(-1);
  let next = 0;
  for (let start = 0; start < W * H; start++) {
    if (terrain[start] === "water" || region[start] >= 0) continue;
    const stack = [start];
    region[start] = next;
    while (stack.length) {
      const t = stack.pop()!;
      const x = t % W;
      const y = Math.floor(t / W);
      for (const [nx, ny] of [[x + 1, y], [x - 1, y], [x, y + 1], [x, y - 1]]) {
        const n = id(nx, ny);
        if (!onMap(nx, ny) || terrain[n] === "water" || region[n] >= 0) continue;
        region[n] = next;
        stack.push(n);
      }
    }
    next++;
  }
  return region;
}
