// Tiles named by place (shared/views/placeNames.ts, worded by client/ui/names.ts placeText): a
// hand-made 6 x 5 valley with worked names — village land, a river tile between two banks, a
// ridge tile and the slope below it, a district's centre by the river — in English and Chinese;
// the default map's names are varied enough to tell tiles apart; both catalogues word every
// kind, direction and relation.
import { readFileSync } from "node:fs";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { loadChinese, setLanguage } from "../../client/i18n";
import { en } from "../../client/i18n/en";
import { zhCN } from "../../client/i18n/zhCN";
import { placeText } from "../../client/ui/names";
import { TERRAINS, USES } from "../../shared/model/map";
import { loadTiledMap } from "../../shared/maps/tiledLoader";
import { COMPASS, placeName, placeTable } from "../../shared/views/placeNames";

const str = (name: string, value: string) => ({ name, type: "string", value });

// Columns: 0-1 Lijia's farmland, 2 the Jialing, 3 state land (Jiangbei's centre at (3,2), old
// town), 4 flat but a slope at (4,2), 5 the ridge Tongluo Shan. Gids: 1 flat, 2 water, 3 slope,
// 4 mountain, 5 state, 6 village, 7 farmland, 8 old urban.
function valley() {
  const tile = (id: number, kind: string, value: string) => ({ id, properties: [str("kind", kind), str("value", value)] });
  const row = (...gids: number[]) => gids;
  return {
    type: "map", orientation: "orthogonal", infinite: false, width: 6, height: 5, tilewidth: 32, tileheight: 32,
    properties: [str("name", "Valley")],
    tilesets: [{
      firstgid: 1, name: "t", tilecount: 8, columns: 4, tilewidth: 32, tileheight: 32, image: "t.png",
      tiles: [tile(0, "terrain", "flat"), tile(1, "terrain", "water"), tile(2, "terrain", "slope"), tile(3, "terrain", "mountain"),
        tile(4, "tenure", "stateUrban"), tile(5, "tenure", "villageCollective"), tile(6, "use", "farmland"), tile(7, "use", "oldUrban")],
    }],
    layers: [
      { type: "tilelayer", name: "terrain", width: 6, height: 5, data: [...row(1, 1, 2, 1, 1, 4), ...row(1, 1, 2, 1, 1, 4), ...row(1, 1, 2, 1, 3, 4), ...row(1, 1, 2, 1, 1, 4), ...row(1, 1, 2, 1, 1, 4)] },
      { type: "tilelayer", name: "tenure", width: 6, height: 5, data: Array.from({ length: 30 }, (_, t) => (t % 6 < 2 ? 6 : 5)) },
      { type: "tilelayer", name: "use", width: 6, height: 5, data: Array.from({ length: 30 }, (_, t) => (t % 6 < 2 ? 7 : t === 15 ? 8 : 0)) },
      { type: "objectgroup", name: "villages", objects: [{ id: 1, name: "Lijia", x: 0, y: 0, width: 64, height: 160, properties: [str("nameZh", "李家村")] }] },
      { type: "objectgroup", name: "landmarks", objects: [{ id: 2, name: "core", point: true, x: 112, y: 80 }] },
      {
        type: "objectgroup", name: "places", objects: [
          { id: 3, name: "Jialing", x: 80, y: 0, polyline: [{ x: 0, y: 0 }, { x: 0, y: 160 }], properties: [str("kind", "river"), str("nameZh", "嘉陵江")] },
          { id: 4, name: "Jiangbei", point: true, x: 112, y: 80, properties: [str("kind", "district"), str("nameZh", "江北")] },
          { id: 5, name: "Tongluo Shan", x: 176, y: 0, polyline: [{ x: 0, y: 0 }, { x: 0, y: 160 }], properties: [str("kind", "ridge"), str("nameZh", "铜锣山")] },
        ],
      },
    ],
  };
}

const map = loadTiledMap(valley());
const table = placeTable(map, map.places)!;
const nameOf = (x: number, y: number) => placeText(placeName(table, map.use[y * 6 + x], map.terrain[y * 6 + x], y * 6 + x), map.places!.list);

describe("place names on a hand-made valley", () => {
  beforeAll(() => loadChinese());
  afterEach(() => setLanguage("en"));

  it("lists the villages first, then districts, rivers and ridges, and gives each tile its area", () => {
    // Lijia's centre is the mean of its ten tiles' centres: (1, 2.5).
    expect(map.places!.list.map((p) => [p.kind, p.name, p.at])).toEqual([
      ["village", "Lijia", [1, 2.5]], ["district", "Jiangbei", [3.5, 2.5]], ["river", "Jialing", null], ["ridge", "Tongluo Shan", null],
    ]);
    // Lijia (0) west of the river (2); everything east of it is reached from Jiangbei's centre (1).
    expect(map.places!.area).toBe("002111".repeat(5));
  });

  it("names village land by the village, with direction and distance from its centre", () => {
    // (0,0) is 2.06 tiles = 1.03 km from (1, 2.5), bearing 346 degrees: north, 1 km.
    expect(nameOf(0, 0)).toBe("Lijia farmland (1 km north)");
    // (1,2) is half a tile east of the centre (0.25 km rounds to the next half km) and beside the river.
    expect(nameOf(1, 2)).toBe("Lijia farmland (0.5 km east, by the Jialing)");
    setLanguage("zh-CN");
    expect(nameOf(0, 0)).toBe("李家村北1公里处的农田");
    expect(nameOf(1, 2)).toBe("李家村东0.5公里处的农田（嘉陵江边）");
  });

  it("names a river tile by the banks on either side, measured from the nearer", () => {
    // (2,2): land at distance 1 on both sides; the west bank's tile has the lower id, so Lijia
    // comes first, 1.5 tiles = 0.75 km east of its centre, which rounds to 1 km.
    expect(nameOf(2, 2)).toBe("the Jialing between Lijia and Jiangbei (1 km east of Lijia)");
    setLanguage("zh-CN");
    expect(nameOf(2, 2)).toBe("李家村与江北之间的嘉陵江（李家村东1公里处）");
  });

  it("names ridge tiles on the ridge and the slope below it", () => {
    expect(nameOf(5, 2)).toBe("Jiangbei hills (1 km east, on Tongluo Shan)");
    expect(nameOf(4, 2)).toBe("Jiangbei hillside (0.5 km east, below Tongluo Shan)");
    expect(nameOf(3, 2)).toBe("Jiangbei old town (centre, by the Jialing)");
    setLanguage("zh-CN");
    expect(nameOf(5, 2)).toBe("江北东1公里处的山地（铜锣山上）");
    expect(nameOf(3, 2)).toBe("江北中心的老城区（嘉陵江边）");
  });

  it("names a tile for what stands on it now, and keeps its place when its tenure changes", () => {
    const use = [...map.use];
    use[0] = USES.indexOf("commercialHousing");
    expect(placeText(placeName(table, use[0], map.terrain[0], 0), map.places!.list)).toBe("Lijia flats (1 km north)");
  });

  it("leaves a map without a places layer unnamed", () => {
    const m = valley();
    m.layers = m.layers.filter((l) => l.name !== "places");
    const plain = loadTiledMap(m);
    expect(plain.places).toBeUndefined();
    expect(placeTable(plain, plain.places)).toBeNull();
  });
});

describe("place names on the default map", () => {
  const cq = loadTiledMap(JSON.parse(readFileSync("assets/maps/chongqing.tmj", "utf8")));
  const cqTable = placeTable(cq, cq.places)!;
  const names = cqTable.map((_, t) => placeText(placeName(cqTable, cq.use[t], cq.terrain[t], t), cq.places!.list));

  it("tells most tiles apart: over 1,400 names for 3,072 tiles, at most 12 tiles share one, 3 in 4 neighbours differ", () => {
    const groups = new Map<string, number>();
    for (const n of names) groups.set(n, (groups.get(n) ?? 0) + 1);
    let pairs = 0;
    let differ = 0;
    for (let t = 0; t < names.length; t++) {
      for (const n of [t % cq.width < cq.width - 1 ? t + 1 : -1, t + cq.width]) {
        if (n < 0 || n >= names.length) continue;
        pairs++;
        if (names[n] !== names[t]) differ++;
      }
    }
    expect(groups.size).toBeGreaterThan(1400);
    expect(Math.max(...groups.values())).toBeLessThanOrEqual(12);
    expect(differ / pairs).toBeGreaterThan(0.75);
  });

  it("names the core, the confluence and the villages as a student would find them", () => {
    expect(names[cq.core]).toBe("Yuzhong old town (centre)");
    expect(names.filter((n) => n.startsWith("Huilong farmland")).length).toBeGreaterThan(50);
    expect(names.some((n) => n.includes("on Tongluo Shan"))).toBe(true);
    expect(names.some((n) => /^the Yangtze between Yuzhong and Nan'an/.test(n))).toBe(true);
    expect(names.some((n) => /^the Jialing between .* and Jiangbei/.test(n))).toBe(true);
  });
});

describe("place catalogues", () => {
  it("word every kind of tile, direction and relation in both languages", () => {
    const kinds = [...USES.filter((u) => u !== "none"), ...TERRAINS];
    for (const c of [en.place, zhCN.place]) {
      expect(Object.keys(c.kind).sort()).toEqual([...kinds].sort());
      expect(Object.keys(c.where).sort()).toEqual([...COMPASS, "centre"].sort());
      expect(Object.keys(c.feature).sort()).toEqual(["below", "by", "on"]);
    }
    expect(Object.keys(zhCN.place).sort()).toEqual(Object.keys(en.place).sort());
  });
});
