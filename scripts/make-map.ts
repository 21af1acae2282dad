// Generates the default map, assets/maps/chongqing.tmj (Tiled 1.8 JSON), deterministically:
//   npx tsx scripts/make-map.ts
// A stylised central Chongqing in 1997 at 500 m per tile (64 x 48 tiles = 32 x 24 km). The
// layout follows the source chapter (seed/chongqing-planning-chapter.txt): the rocky Yuzhong
// peninsula where the Jialing (from the north-west) joins the Yangtze (from the south-west,
// flowing on east), water on three sides of it; north-south bands of steep ridges with wooded
// valleys between them; a multi-nodal city (Jiangbei north of the Jialing, Nan'an south of the
// Yangtze, Shapingba to the west); state-owned works and 1940s housing on prime inner land;
// villages with farmland and house plots on the periphery. No bridges: building them is play.
// The layer/property contract this file writes is documented in docs/map.md.
import { writeFileSync } from "node:fs";
import { FRAMES, TILESET_COLUMNS, TILESET_KEY, TILE_SIZE, type DrawnUse } from "../client/tileFrames";
import type { Tenure, Terrain } from "../shared/model/map";
import { nextRandom, seedState } from "../shared/engine/rng";

const W = 64;
const H = 48;
const SEED = "shancheng-1997";

type Point = readonly [number, number];
type Use = DrawnUse | "none";
type Rect = { x0: number; y0: number; x1: number; y1: number };

// ---------------------------------------------------------------------------------------------
// Deterministic noise: a hash per lattice point, smoothly interpolated.

const hash01 = (x: number, y: number, salt: string): number => nextRandom(seedState(`${SEED}:${salt}:${x}:${y}`)).value;

function valueNoise(x: number, y: number, cell: number, salt: string): number {
  const gx = Math.floor(x / cell);
  const gy = Math.floor(y / cell);
  const fx = x / cell - gx;
  const fy = y / cell - gy;
  const s = (t: number) => t * t * (3 - 2 * t);
  const top = hash01(gx, gy, salt) * (1 - s(fx)) + hash01(gx + 1, gy, salt) * s(fx);
  const bottom = hash01(gx, gy + 1, salt) * (1 - s(fx)) + hash01(gx + 1, gy + 1, salt) * s(fx);
  return top * (1 - s(fy)) + bottom * s(fy);
}

// ---------------------------------------------------------------------------------------------
// Geography, in tile units (x east, y south; a tile's centre is at x + 0.5, y + 0.5).

/** River centre lines. Widths: the Yangtze about 1 km (2+ tiles), the Jialing about 0.8 km. */
const YANGTZE: Point[] = [
  [-1, 38.5], [5, 37], [11, 35.5], [17, 34], [22, 32], [27, 30.3], [31, 29.2], [34.5, 27.8], [37, 26],
  [41, 24.2], [45, 21], [49, 17], [53, 13.5], [57, 11], [61, 9.5], [65, 9],
];
const JIALING: Point[] = [
  [-1, 7], [4, 9.5], [8, 13], [11, 16.5], [15, 18], [19, 17.5], [22, 19], [25, 21], [29, 21.6],
  [33, 22.6], [36, 24.5], [37.5, 26],
];
const RIVERS = [
  { line: YANGTZE, halfWidth: 1.2 },
  { line: JIALING, halfWidth: 0.9 },
];

/** North-south ridges (cf. Zhongliang, Tongluo and Mingyue shan): centre x, wobble, half width. */
const RIDGES = [
  { x: 9, amp: 1.2, phase: 0.3, halfWidth: 3.1 },
  { x: 46, amp: 1.5, phase: 2.1, halfWidth: 3.3 },
  { x: 59.5, amp: 1.0, phase: 4.0, halfWidth: 2.8 },
];

/** The historic core: Yuzhong peninsula's centre, between the two rivers. */
const CORE: Point = [30, 25];

/** Urban nodes of 1997 as ellipses (centre, radii), clipped to the land on the node's bank;
 *  `label` is where the node's name point goes in the landmarks layer. */
const NODES = [
  { name: "Yuzhong", nameZh: "渝中", cx: 30, cy: 25.5, rx: 7.5, ry: 4.5, bank: CORE, label: [26, 27] as Point },
  { name: "Shapingba", nameZh: "沙坪坝", cx: 17.5, cy: 22.5, rx: 4.5, ry: 3.5, bank: CORE, label: [17, 22] as Point },
  { name: "Jiangbei", nameZh: "江北", cx: 34.5, cy: 18, rx: 7, ry: 3.5, bank: [34, 17] as Point, label: [34, 17] as Point },
  { name: "Nan'an", nameZh: "南岸", cx: 36, cy: 31.5, rx: 6, ry: 2.8, bank: [36, 32] as Point, label: [33, 32] as Point },
];

/** Inner-city state-owned works on prime land (the source: large industrial SOEs in the centre;
 *  wartime armaments and motor-vehicle plants in Shapingba, Jiangbei and Nan'an). */
const STATE_INDUSTRY: Rect[] = [
  { x0: 25, y0: 24, x1: 26, y1: 26 },
  { x0: 32, y0: 26, x1: 34, y1: 27 },
  { x0: 15, y0: 21, x1: 17, y1: 23 },
  { x0: 37, y0: 17, x1: 39, y1: 18 },
  { x0: 33, y0: 31, x1: 35, y1: 32 },
];

/** The first commodity housing (shangpinfang) of the 1990s, on the peninsula. */
const COMMERCIAL_HOUSING: Point[] = [[29, 23], [31, 23]];

/** Roads of 1997, each node's own network; none crosses a river. */
const ROADS: Point[][] = [
  [[14, 25], [29, 25]],
  [[34, 12], [34, 20]],
  [[36, 30], [36, 37]],
];

/** Villages: English name, Chinese name, rectangle in tiles, the bank (land region) they farm. */
const VILLAGES = [
  { name: "Huilong", nameZh: "回龙村", rect: { x0: 0, y0: 16, x1: 23, y1: 35 }, bank: [3, 25] as Point },
  { name: "Lijia", nameZh: "李家村", rect: { x0: 12, y0: 0, x1: 28, y1: 16 }, bank: [20, 8] as Point },
  { name: "Qinggang", nameZh: "青杠村", rect: { x0: 28, y0: 0, x1: 44, y1: 15 }, bank: [36, 6] as Point },
  { name: "Zhangjia", nameZh: "张家村", rect: { x0: 0, y0: 35, x1: 30, y1: 48 }, bank: [22, 42] as Point },
  { name: "Tianxing", nameZh: "天星村", rect: { x0: 30, y0: 30, x1: 45, y1: 48 }, bank: [37, 42] as Point },
  { name: "Baishi", nameZh: "白石村", rect: { x0: 48, y0: 15, x1: 58, y1: 46 }, bank: [53, 30] as Point },
];

// ---------------------------------------------------------------------------------------------

const id = (x: number, y: number) => y * W + x;
const onMap = (x: number, y: number) => x >= 0 && y >= 0 && x < W && y < H;

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

function makeTerrain(): Terrain[] {
  const terrain: Terrain[] = [];
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const cx = x + 0.5;
      const cy = y + 0.5;
      let t: Terrain = valueNoise(x, y, 5, "hills") > 0.6 ? "slope" : "flat";
      for (const r of RIDGES) {
        const centre = r.x + r.amp * Math.sin(cy / 8 + r.phase);
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
function landRegions(terrain: Terrain[]): number[] {
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

interface Layers {
  terrain: Terrain[];
  tenure: Tenure[];
  use: Use[];
}

function makeLayers(): Layers {
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

// ---------------------------------------------------------------------------------------------
// Tiled JSON (format version 1.8).

const gidOf = (kind: string, value: string): number => {
  const frame = FRAMES.findIndex((f) => f.kind === kind && f.value === value);
  if (frame < 0) throw new Error(`no ${kind} frame for ${value}`);
  return frame + 1; // firstgid is 1
};

const str = (name: string, value: string) => ({ name, type: "string", value });

function tileLayer(layerId: number, name: string, data: number[]) {
  return { data, height: H, id: layerId, name, opacity: 1, type: "tilelayer", visible: true, width: W, x: 0, y: 0 };
}

function buildMap() {
  const { terrain, tenure, use } = makeLayers();
  let objectId = 1;
  const villages = VILLAGES.map((v) => ({
    height: (v.rect.y1 - v.rect.y0) * TILE_SIZE,
    id: objectId++,
    name: v.name,
    properties: [str("nameZh", v.nameZh)],
    rotation: 0,
    type: "",
    visible: true,
    width: (v.rect.x1 - v.rect.x0) * TILE_SIZE,
    x: v.rect.x0 * TILE_SIZE,
    y: v.rect.y0 * TILE_SIZE,
  }));
  const point = (name: string, [x, y]: Point, props: { name: string; type: string; value: string }[]) => ({
    height: 0, id: objectId++, name, point: true, properties: props, rotation: 0, type: "", visible: true, width: 0,
    x: (x + 0.5) * TILE_SIZE, y: (y + 0.5) * TILE_SIZE,
  });
  const landmarks = [
    point("core", CORE, [str("nameZh", "解放碑")]),
    ...NODES.map((n) => point(n.name, n.label, [str("nameZh", n.nameZh)])),
  ];
  return {
    compressionlevel: -1,
    height: H,
    infinite: false,
    layers: [
      tileLayer(1, "terrain", terrain.map((t) => gidOf("terrain", t))),
      tileLayer(2, "use", use.map((u) => (u === "none" ? 0 : gidOf("use", u)))),
      tileLayer(3, "tenure", tenure.map((t) => gidOf("tenure", t))),
      { draworder: "topdown", id: 4, name: "villages", objects: villages, opacity: 1, type: "objectgroup", visible: true, x: 0, y: 0 },
      { draworder: "topdown", id: 5, name: "landmarks", objects: landmarks, opacity: 1, type: "objectgroup", visible: true, x: 0, y: 0 },
    ],
    nextlayerid: 6,
    nextobjectid: objectId,
    orientation: "orthogonal",
    properties: [str("name", "Chongqing, 1997")],
    renderorder: "right-down",
    tiledversion: "1.8.2",
    tileheight: TILE_SIZE,
    tilesets: [
      {
        columns: TILESET_COLUMNS,
        firstgid: 1,
        image: "../tiles/shancheng.png",
        imageheight: Math.ceil(FRAMES.length / TILESET_COLUMNS) * TILE_SIZE,
        imagewidth: TILESET_COLUMNS * TILE_SIZE,
        margin: 0,
        name: TILESET_KEY,
        spacing: 0,
        tilecount: FRAMES.length,
        tileheight: TILE_SIZE,
        tiles: FRAMES.map((f, frame) => ({ id: frame, properties: [str("kind", f.kind), str("value", f.value)] })),
        tilewidth: TILE_SIZE,
      },
    ],
    tilewidth: TILE_SIZE,
    type: "map",
    version: "1.8",
    width: W,
  };
}

/** Pretty JSON with each layer's data written one map row per line, so diffs show where. */
function serialise(map: ReturnType<typeof buildMap>): string {
  const grids: number[][] = [];
  const text = JSON.stringify(
    map,
    (key, value) => {
      if (key !== "data") return value;
      grids.push(value as number[]);
      return `@grid${grids.length - 1}@`;
    },
    1,
  );
  return text.replace(/( *)"data": "@grid(\d+)@"/g, (_, indent: string, n: string) => {
    const rows: string[] = [];
    const grid = grids[Number(n)];
    for (let y = 0; y < H; y++) rows.push(`${indent} ${grid.slice(y * W, (y + 1) * W).join(",")}`);
    return `${indent}"data": [\n${rows.join(",\n")}\n${indent}]`;
  }) + "\n";
}

const out = new URL("../assets/maps/chongqing.tmj", import.meta.url);
writeFileSync(out, serialise(buildMap()));
console.log(`wrote ${out.pathname}`);
