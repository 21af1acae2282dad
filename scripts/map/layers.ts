// The tenure and use layers: urban nodes and their works and roads, woods, the villages' land,
// their hamlets and the informal housing nearest the core.
import type { DrawnUse } from "../../client/tileFrames";
import type { Tenure, Terrain } from "../../shared/model/map";
import { nextRandom, seedState } from "../../shared/engine/rng";
import { COMMERCIAL_HOUSING, CORE, H, NODES, ROADS, SEED, STATE_INDUSTRY, VILLAGES, W, id, onMap, type Point } from "./geography";
import { landRegions, makeTerrain, valueNoise } from "./terrain";

export type Use = DrawnUse | "none";

export interface Layers {
  terrain: Terrain[];
  tenure: Tenure[];
  use: Use[];
}

export function makeLayers(): Layers {
  const terrain = makeTerrain();
  const region = landRegions(terrain);
  const regionAt = ([x, y]: Point) => region[id(x, y)];
  const tenure = new Array<Tenure>(W * H).fill("stateUrban");
  const use = new Array<Use>(W * H).fill("none");
  const buildable = (t: number) => terrain[t] === "flat" || terrain[t] === "slope";

  // Urban nodes: state-owned, old urban fabric.
  const urban = new Array<boolean>(W * H).fill(false);
  for (const n of NODES) {
    for (let y = 0; y < H; y++) {
      for (let x = 0; x < W; x++) {
        const t = id(x, y);
        const inside = ((x + 0.5 - n.cx) / n.rx) ** 2 + ((y + 0.5 - n.cy) / n.ry) ** 2 <= 1;
        if (inside && buildable(t) && region[t] === regionAt(n.bank)) {
          urban[t] = true;
          use[t] = "oldUrban";
        }
      }
    }
  }
  const inNode = (x: number, y: number, u: Use) => {
    if (!urban[id(x, y)]) throw new Error(`${u} at (${x},${y}) is outside every urban node`);
    use[id(x, y)] = u;
  };
  for (const r of STATE_INDUSTRY) for (let y = r.y0; y < r.y1; y++) for (let x = r.x0; x < r.x1; x++) inNode(x, y, "stateIndustry");
  for (const [x, y] of COMMERCIAL_HOUSING) inNode(x, y, "commercialHousing");
  for (const [[x0, y0], [x1, y1]] of ROADS) {
    for (let y = y0; y <= y1; y++) for (let x = x0; x <= x1; x++) if (buildable(id(x, y))) use[id(x, y)] = "road";
  }

  // Unsettled state land is wooded, except vacant plots within 2 tiles (1 km) of a node.
  for (let t = 0; t < W * H; t++) {
    if (use[t] !== "none" || !buildable(t)) continue;
    const x = t % W;
    const y = Math.floor(t / W);
    let nearNode = false;
    for (let dy = -2; dy <= 2; dy++) {
      for (let dx = -2; dx <= 2; dx++) {
        if (Math.abs(dx) + Math.abs(dy) <= 2 && onMap(x + dx, y + dy) && urban[id(x + dx, y + dy)]) nearNode = true;
      }
    }
    if (!nearNode || terrain[t] === "slope") use[t] = "forest";
  }

  const villageTiles = VILLAGES.map((v, index) => {
    const tiles: number[] = [];
    for (let y = v.rect.y0; y < v.rect.y1; y++) {
      for (let x = v.rect.x0; x < v.rect.x1; x++) {
        const t = id(x, y);
        if (buildable(t) && !urban[t] && use[t] !== "road" && region[t] === regionAt(v.bank)) tiles.push(t);
      }
    }
    for (const t of tiles) {
      tenure[t] = "villageCollective";
      // Wooded valley sides next to the ridges, on the steeper patches and in a few groves on
      // the flat; farmland elsewhere.
      const x = t % W;
      const y = Math.floor(t / W);
      const nearRidge = [[1, 0], [-1, 0], [0, 1], [0, -1]].some(([dx, dy]) => onMap(x + dx, y + dy) && terrain[id(x + dx, y + dy)] === "mountain");
      const wood = valueNoise(x, y, 3, "wood");
      const wooded = (terrain[t] === "slope" && (nearRidge || wood > 0.45)) || wood > 0.75;
      use[t] = wooded ? "forest" : "farmland";
    }
    placeHamlets(tiles, index, use);
    return tiles;
  });
  placeInformalHousing(terrain, villageTiles, use);
  return { terrain, tenure, use };
}

/** House plots (zhaijidi) in small hamlets, about one hamlet per 40 tiles (10 km2) of village land. */
function placeHamlets(tiles: number[], village: number, use: Use[]): void {
  let state = seedState(`${SEED}:hamlets:${village}`);
  const draw = () => {
    const r = nextRandom(state);
    state = r.state;
    return r.value;
  };
  const farms = tiles.filter((t) => use[t] === "farmland");
  const hamlets = Math.max(3, Math.round(tiles.length / 40));
  for (let placed = 0, tries = 0; placed < hamlets && tries < 200; tries++) {
    const t = farms[Math.floor(draw() * farms.length)];
    const x = t % W;
    const y = Math.floor(t / W);
    const crowded = tiles.some((o) => use[o] === "villageHousing" && Math.abs((o % W) - x) + Math.abs(Math.floor(o / W) - y) < 4);
    if (crowded) continue;
    use[t] = "villageHousing";
    const side = [t + 1, t - 1, t + W, t - W].filter((n) => farms.includes(n) && Math.abs((n % W) - x) <= 1);
    if (side.length) use[side[Math.floor(draw() * side.length)]] = "villageHousing";
    placed++;
  }
}

/** Villagers' self-built rental rooms on the hillsides nearest the centre (the source: informal
 *  building by villagers on mountainous land close to the central city): two tiles in each of
 *  the three villages closest to the core. */
function placeInformalHousing(terrain: Terrain[], villageTiles: number[][], use: Use[]): void {
  const distance = (t: number) => Math.hypot((t % W) - CORE[0], Math.floor(t / W) - CORE[1]);
  const nearest = villageTiles
    .map((tiles) => tiles.filter((t) => terrain[t] === "slope" && use[t] !== "villageHousing").sort((a, b) => distance(a) - distance(b) || a - b))
    .filter((slopes) => slopes.length > 0)
    .sort((a, b) => distance(a[0]) - distance(b[0]));
  for (const slopes of nearest.slice(0, 3)) for (const t of slopes.slice(0, 2)) use[t] = "informalHousing";
}
