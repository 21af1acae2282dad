// The default map, assets/maps/chongqing.tmj: it loads, and it has the geography the design
// brief and the source chapter ask for (a third unbuildable, two rivers meeting round a
// peninsula, river-split nodes, villages with farms and house plots, no bridges yet). Also:
// its tileset agrees with client/tileFrames.ts and the PNG, and a copy re-saved by Tiled 1.8
// loads to the same GameMap.
import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { loadTiledMap } from "../../shared/maps/tiledLoader";
import { TENURES, TERRAINS, USES, neighbours, tileX, tileY, type GameMap } from "../../shared/model/map";
import { FRAMES, HOVER_FRAME, TILESET_COLUMNS, TILE_SIZE, legend, tenureFrame, terrainFrame, useFrame } from "../../client/tileFrames";

const root = new URL("../../", import.meta.url);
const readJson = (path: string): unknown => JSON.parse(readFileSync(new URL(path, root), "utf8"));
const raw = readJson("assets/maps/chongqing.tmj") as { tilesets: { image: string; imagewidth: number; imageheight: number; tiles: { id: number; properties: { name: string; value: string }[] }[] }[] };
const map = loadTiledMap(raw);

const count = (codes: number[], code: number) => codes.filter((c) => c === code).length;
const isWater = (m: GameMap, t: number) => TERRAINS[m.terrain[t]] === "water";

/** 4-connected components of the tiles that pass `keep`; -1 for the others. */
function components(m: GameMap, keep: (t: number) => boolean): number[] {
  const label = new Array<number>(m.width * m.height).fill(-1);
  let next = 0;
  for (let s = 0; s < label.length; s++) {
    if (!keep(s) || label[s] >= 0) continue;
    const stack = [s];
    label[s] = next;
    while (stack.length) {
      for (const n of neighbours(m, stack.pop()!)) {
        if (!keep(n) || label[n] >= 0) continue;
        label[n] = next;
        stack.push(n);
      }
    }
    next++;
  }
  return label;
}

describe("default map", () => {
  it("loads as a 64 x 48 map with a name", () => {
    expect(map.width).toBe(64);
    expect(map.height).toBe(48);
    expect(map.name).toBe("Chongqing, 1997");
  });

  it("has about a third of its land unbuildable (water + mountain), as the source says", () => {
    const unbuildable = count(map.terrain, TERRAINS.indexOf("water")) + count(map.terrain, TERRAINS.indexOf("mountain"));
    const share = unbuildable / (map.width * map.height);
    expect(share).toBeGreaterThanOrEqual(0.28);
    expect(share).toBeLessThanOrEqual(0.4);
  });

  it("has two rivers that meet: one water network that crosses the map edge in three places (two in, one out)", () => {
    const water = components(map, (t) => isWater(map, t));
    const networks = new Set(water.filter((c) => c >= 0));
    expect(networks.size).toBe(1);
    // Walk the border clockwise and count separate stretches of water.
    const w = map.width, h = map.height;
    const border: number[] = [];
    for (let x = 0; x < w; x++) border.push(x);
    for (let y = 1; y < h; y++) border.push(y * w + w - 1);
    for (let x = w - 2; x >= 0; x--) border.push((h - 1) * w + x);
    for (let y = h - 2; y > 0; y--) border.push(y * w);
    const runs = border.filter((t, i) => isWater(map, t) && !isWater(map, border[(i + border.length - 1) % border.length])).length;
    expect(runs).toBeGreaterThanOrEqual(3);
  });

  it("puts the core on a peninsula: land, with water within 6 tiles north, south and east, and none west", () => {
    expect(isWater(map, map.core)).toBe(false);
    const x0 = tileX(map, map.core), y0 = tileY(map, map.core);
    const waterWithin = (dx: number, dy: number) => [1, 2, 3, 4, 5, 6].some((k) => isWater(map, (y0 + dy * k) * map.width + x0 + dx * k));
    expect({ north: waterWithin(0, -1), south: waterWithin(0, 1), east: waterWithin(1, 0), west: waterWithin(-1, 0) })
      .toEqual({ north: true, south: true, east: true, west: false });
  });

  it("is multi-nodal: rivers split the city into at least three land regions, each with state urban land", () => {
    const land = components(map, (t) => !isWater(map, t));
    const urbanUses = [USES.indexOf("oldUrban"), USES.indexOf("stateIndustry")];
    const withCity = new Set(land.filter((_, t) => urbanUses.includes(map.use[t]) && map.tenure[t] === TENURES.indexOf("stateUrban")));
    expect(withCity.size).toBeGreaterThanOrEqual(3);
    // The core's own region has state industry on prime land (the peninsula's SOE sites).
    const coreRegion = land[map.core];
    expect(map.use.filter((u, t) => u === USES.indexOf("stateIndustry") && land[t] === coreRegion).length).toBeGreaterThanOrEqual(2);
  });

  it("has no bridges and no PRH at the start (1997)", () => {
    expect(count(map.use, USES.indexOf("bridge"))).toBe(0);
    expect(count(map.use, USES.indexOf("prhEstate"))).toBe(0);
  });

  it("has 4-6 villages, each with farmland, forest and house plots on its collective land", () => {
    expect(map.villages.length).toBeGreaterThanOrEqual(4);
    expect(map.villages.length).toBeLessThanOrEqual(6);
    map.villages.forEach((v, k) => {
      const uses = new Set(map.use.filter((_, t) => map.village[t] === k).map((u) => USES[u]));
      expect({ village: v.name, farmland: uses.has("farmland"), forest: uses.has("forest"), houses: uses.has("villageHousing") })
        .toEqual({ village: v.name, farmland: true, forest: true, houses: true });
      expect(v.nameZh).toMatch(/村$/);
    });
    // Village index is set exactly on village collective land.
    map.tenure.forEach((code, t) => expect(map.village[t] >= 0).toBe(code === TENURES.indexOf("villageCollective")));
  });

  it("builds nothing on water or mountains", () => {
    map.terrain.forEach((code, t) => {
      if (TERRAINS[code] === "water" || TERRAINS[code] === "mountain") expect(USES[map.use[t]]).toBe("none");
    });
  });
});

describe("tileset and frames", () => {
  const tileset = raw.tilesets[0];

  it("tags every frame of the embedded tileset with the kind/value client/tileFrames.ts gives it", () => {
    expect(tileset.tiles.map((t) => Object.fromEntries(t.properties.map((p) => [p.name, p.value])))).toEqual(FRAMES.map((f) => ({ ...f })));
    expect(tileset.image).toBe("../tiles/shancheng.png");
  });

  it("maps every engine code to the frame whose properties name it", () => {
    const frameOf = (kind: string, value: string) => FRAMES.findIndex((f) => f.kind === kind && f.value === value);
    TERRAINS.forEach((t, code) => expect(terrainFrame(code)).toBe(frameOf("terrain", t)));
    TENURES.forEach((t, code) => expect(tenureFrame(code)).toBe(frameOf("tenure", t)));
    USES.forEach((u, code) => expect(useFrame(code)).toBe(u === "none" ? -1 : frameOf("use", u)));
    expect(FRAMES[HOVER_FRAME]).toEqual({ kind: "ui", value: "hover" });
    expect(() => terrainFrame(TERRAINS.length)).toThrow(RangeError);
    expect(legend.map((l) => l.frame)).toEqual(FRAMES.flatMap((f, i) => (f.kind === "ui" ? [] : [i])));
  });

  it("matches the PNG on disk: a 32 px grid holding every frame", () => {
    const png = readFileSync(new URL("assets/tiles/shancheng.png", root));
    expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
    const width = png.readUInt32BE(16), height = png.readUInt32BE(20); // IHDR
    expect([width, height]).toEqual([tileset.imagewidth, tileset.imageheight]);
    expect(width).toBe(TILESET_COLUMNS * TILE_SIZE);
    expect((width / TILE_SIZE) * (height / TILE_SIZE)).toBeGreaterThanOrEqual(FRAMES.length);
  });
});

describe("Tiled round trip", () => {
  it("a copy re-saved by Tiled 1.8.2 loads to the same GameMap", () => {
    const resaved = readJson("test/fixtures/chongqing.resaved-by-tiled-1.8.tmj") as { tiledversion: string };
    expect(resaved.tiledversion).toBe("1.8.2");
    expect(loadTiledMap(resaved)).toEqual(map);
  });
});
