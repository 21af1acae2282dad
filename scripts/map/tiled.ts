// Tiled JSON (format version 1.8): the three tile layers, the villages, landmarks and named
// places as objects, the tileset's frames with their kind and value (the contract is docs/map.md).
import { FRAMES, TILESET_COLUMNS, TILESET_KEY, TILE_SIZE } from "../../client/tileFrames";
import { CORE, DISTRICTS, H, NODES, RIDGES, RIVERS, VILLAGES, W, ridgeCentre, type Point } from "./geography";
import { makeLayers } from "./layers";

const gidOf = (kind: string, value: string): number => {
  const frame = FRAMES.findIndex((f) => f.kind === kind && f.value === value);
  if (frame < 0) throw new Error(`no ${kind} frame for ${value}`);
  return frame + 1; // firstgid is 1
};

const str = (name: string, value: string) => ({ name, type: "string", value });

function tileLayer(layerId: number, name: string, data: number[]) {
  return { data, height: H, id: layerId, name, opacity: 1, type: "tilelayer", visible: true, width: W, x: 0, y: 0 };
}

export function buildMap() {
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
  const landmarks = [point("core", CORE, [str("nameZh", "解放碑")])];
  // A polyline's points are relative to the object's position (its first point), in pixels.
  const polyline = (name: string, nameZh: string, kind: string, line: readonly Point[]) => {
    const [x0, y0] = line[0];
    return {
      height: 0, id: objectId++, name, polyline: line.map(([x, y]) => ({ x: (x - x0) * TILE_SIZE, y: (y - y0) * TILE_SIZE })),
      properties: [str("kind", kind), str("nameZh", nameZh)], rotation: 0, type: "", visible: true, width: 0, x: x0 * TILE_SIZE, y: y0 * TILE_SIZE,
    };
  };
  // Ridge centre lines sampled every 4 rows (2 km), top edge to bottom edge.
  const ridgeLine = (r: (typeof RIDGES)[number]): Point[] => Array.from({ length: H / 4 + 1 }, (_, k) => [Math.round(ridgeCentre(r, k * 4) * 100) / 100, k * 4]);
  const places = [
    ...NODES.map((n) => point(n.name, n.label, [str("kind", "district"), str("nameZh", n.nameZh)])),
    ...DISTRICTS.map((d) => point(d.name, d.at, [str("kind", "district"), str("nameZh", d.nameZh)])),
    ...RIVERS.map((r) => polyline(r.name, r.nameZh, "river", r.line)),
    ...RIDGES.map((r) => polyline(r.name, r.nameZh, "ridge", ridgeLine(r))),
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
      { draworder: "topdown", id: 6, name: "places", objects: places, opacity: 1, type: "objectgroup", visible: true, x: 0, y: 0 },
    ],
    nextlayerid: 7,
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
export function serialise(map: ReturnType<typeof buildMap>): string {
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
