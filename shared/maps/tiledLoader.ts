// Reads a map saved by the Tiled editor (JSON, .tmj) into the engine's GameMap, or refuses it
// with a MapFormatError (maps/tiledProperties.ts) naming the layer, tile, gid or property at
// fault and what was expected.
// Pure: no file or network access, so the browser and the server load maps the same way.
//
// A "conforming map" (full contract in docs/map.md): orthogonal, finite; tile layers "terrain",
// "tenure" and "use" the size of the map; every tile used in them carries string properties
// kind ("terrain" | "tenure" | "use" | "ui") and value (a TERRAINS / TENURES / USES name), so
// meaning comes from the tileset, never from gid numbers; an object layer "villages" of
// rectangles (name, nameZh) holding every villageCollective tile's centre in exactly one of
// them; a point object "core" in an object layer "landmarks"; a map property "name"; optionally
// an object layer "places" of named districts, rivers and ridges (maps/tiledPlaces.ts).

import { TENURES, TERRAINS, USES, type GameMap, type Village } from "../model/map";
import { mapPlaces } from "./tiledPlaces";
import { GID_MASK, KIND_VALUES, Tilesets, describe, fail, finite, isObject, positiveInt, properties, stringProperty, type Json } from "./tiledProperties";

// ---------------------------------------------------------------------------------------------
// Layers.

/** All layers, group layers opened up, by name; a name used twice is refused. */
function layersByName(map: Json): Map<string, Json> {
  const out = new Map<string, Json>();
  const visit = (list: unknown, where: string) => {
    if (!Array.isArray(list)) return fail(`${where}: "layers" must be an array, got ${describe(list)}`);
    for (const layer of list) {
      if (!isObject(layer) || typeof layer.name !== "string") return fail(`${where}: every layer needs a string "name"`);
      if (out.has(layer.name)) fail(`two layers are named "${layer.name}"; layer names must be unique`);
      out.set(layer.name, layer);
      if (layer.type === "group") visit(layer.layers, `group layer "${layer.name}"`);
    }
  };
  visit(map.layers, "map");
  return out;
}

function layerOfType(layers: Map<string, Json>, name: string, type: "tilelayer" | "objectgroup"): Json {
  const layer = layers.get(name);
  const kind = type === "tilelayer" ? "tile layer" : "object layer";
  if (!layer) return fail(`missing ${kind} "${name}"`);
  if (layer.type !== type) fail(`layer "${name}" has type ${describe(layer.type)}; expected a ${kind} ("${type}")`);
  return layer;
}

/** Raw gids of a tile layer stored as a JSON array, CSV text, or uncompressed base64. */
function layerGids(layer: Json, width: number, height: number): number[] {
  const where = `layer "${layer.name}"`;
  if (layer.chunks !== undefined) fail(`${where} is stored in chunks (an infinite map); expected a finite map`);
  const lw = positiveInt(layer, "width", where);
  const lh = positiveInt(layer, "height", where);
  if (lw !== width || lh !== height) fail(`${where} is ${lw}x${lh} tiles; expected the map's ${width}x${height}`);
  const { data, encoding, compression } = layer;
  let cells: unknown[];
  if (encoding === "base64") {
    if (compression !== undefined && compression !== "") {
      fail(`${where}: compression "${String(compression)}" is not supported; save tile layers as "CSV" or "Base64 (uncompressed)"`);
    }
    if (typeof data !== "string") return fail(`${where}: base64 "data" must be a string`);
    let bytes: string;
    try {
      bytes = atob(data.trim());
    } catch {
      return fail(`${where}: "data" is not valid base64`);
    }
    if (bytes.length !== width * height * 4) fail(`${where}: base64 data holds ${bytes.length} bytes; expected ${width * height * 4} (4 per tile)`);
    cells = [];
    for (let i = 0; i < bytes.length; i += 4) {
      cells.push((bytes.charCodeAt(i) | (bytes.charCodeAt(i + 1) << 8) | (bytes.charCodeAt(i + 2) << 16) | (bytes.charCodeAt(i + 3) << 24)) >>> 0);
    }
  } else if (encoding === undefined || encoding === "csv") {
    if (typeof data === "string") cells = data.split(",").map((s) => (s.trim() === "" ? NaN : Number(s)));
    else if (Array.isArray(data)) cells = data;
    else return fail(`${where}: "data" must be an array of gids or CSV text, got ${describe(data)}`);
  } else {
    return fail(`${where}: encoding ${describe(encoding)} is not supported; expected "csv" or "base64"`);
  }
  if (cells.length !== width * height) fail(`${where} has ${cells.length} tiles of data; expected ${width * height} (${width}x${height})`);
  return cells.map((g, i) => {
    if (typeof g !== "number" || !Number.isInteger(g) || g < 0 || g > 0xffffffff) {
      return fail(`${where}, tile (${i % width},${Math.floor(i / width)}): ${describe(g)} is not a gid (an integer 0..4294967295)`);
    }
    return g;
  });
}

/** Engine codes for one of the three meaning layers. Empty cells are refused, except in "use". */
function decodeLayer(layers: Map<string, Json>, kind: "terrain" | "tenure" | "use", tilesets: Tilesets, width: number, height: number): number[] {
  const gids = layerGids(layerOfType(layers, kind, "tilelayer"), width, height);
  const names = KIND_VALUES[kind];
  return gids.map((raw, i) => {
    const where = `layer "${kind}", tile (${i % width},${Math.floor(i / width)})`;
    const gid = raw & GID_MASK;
    if (gid === 0) {
      return kind === "use" ? USES.indexOf("none") : fail(`${where} is empty; every tile needs a ${kind} tile`);
    }
    const m = tilesets.meaning(gid);
    if (typeof m === "string") return fail(`${where}: ${m}`);
    if (m.kind !== kind) fail(`${where}: gid ${gid} is a ${m.kind} tile ("${m.value}", ${m.source}); expected a ${kind} tile`);
    return names.indexOf(m.value);
  });
}

// ---------------------------------------------------------------------------------------------
// Objects.

interface VillageRect extends Village {
  x: number;
  y: number;
  w: number;
  h: number;
}

function objectsOf(layer: Json): Json[] {
  const objects = layer.objects;
  if (!Array.isArray(objects)) return fail(`object layer "${layer.name}": "objects" must be an array`);
  return objects.map((o, i) => (isObject(o) ? o : fail(`object layer "${layer.name}": object #${i} is not an object`)));
}

function villageRects(layers: Map<string, Json>): VillageRect[] {
  const seen = new Set<string>();
  return objectsOf(layerOfType(layers, "villages", "objectgroup")).map((o, i) => {
    const where = `object layer "villages", object ${typeof o.name === "string" && o.name ? `"${o.name}"` : `#${i}`} (id ${String(o.id)})`;
    const shape = o.point ? "a point" : o.ellipse ? "an ellipse" : o.polygon ? "a polygon" : o.polyline ? "a polyline" : o.text ? "a text" : o.gid ? "a tile object" : null;
    if (shape) fail(`${where} is ${shape}; expected a rectangle`);
    const name = o.name;
    if (typeof name !== "string" || name.trim() === "") return fail(`${where} has no name; expected the village's English name`);
    if (o.rotation !== undefined && o.rotation !== 0) fail(`${where} is rotated (${String(o.rotation)} degrees); expected an unrotated rectangle`);
    const [x, y, w, h] = ["x", "y", "width", "height"].map((key) => finite(o, key, where));
    if (w <= 0 || h <= 0) fail(`${where} has zero size; expected a rectangle with width and height`);
    if (seen.has(name)) fail(`${where}: two villages are named "${name}"; village names must be unique`);
    seen.add(name);
    const nameZh = stringProperty(properties(o, where), "nameZh", where, false);
    return { name, nameZh, x, y, w, h };
  });
}

/** Village index per tile from the rectangle holding the tile's centre; -1 off village land. */
function assignVillages(tenure: number[], rects: VillageRect[], width: number, tw: number, th: number): number[] {
  const collective = TENURES.indexOf("villageCollective");
  const owned = new Array<number>(rects.length).fill(0);
  const village = tenure.map((code, i) => {
    if (code !== collective) return -1;
    const x = i % width;
    const y = Math.floor(i / width);
    const cx = (x + 0.5) * tw;
    const cy = (y + 0.5) * th;
    const holders = rects.flatMap((r, k) => (cx >= r.x && cx < r.x + r.w && cy >= r.y && cy < r.y + r.h ? [k] : []));
    const where = `layer "tenure", tile (${x},${y}): villageCollective tile`;
    if (holders.length === 0) fail(`${where} lies in no rectangle of object layer "villages"; expected its centre inside exactly one village`);
    if (holders.length > 1) fail(`${where} lies in ${holders.length} village rectangles (${holders.map((k) => `"${rects[k].name}"`).join(", ")}); expected exactly one`);
    owned[holders[0]]++;
    return holders[0];
  });
  owned.forEach((n, k) => {
    if (n === 0) fail(`object layer "villages", village "${rects[k].name}" holds no villageCollective tile; expected at least one`);
  });
  return village;
}

function coreTile(layers: Map<string, Json>, terrain: number[], width: number, height: number, tw: number, th: number): number {
  const found = objectsOf(layerOfType(layers, "landmarks", "objectgroup")).filter((o) => o.name === "core");
  const where = `object layer "landmarks", object "core"`;
  if (found.length === 0) fail(`object layer "landmarks" has no object named "core"; expected a point at the historic core`);
  if (found.length > 1) fail(`object layer "landmarks" has ${found.length} objects named "core"; expected one`);
  const core = found[0];
  if (core.point !== true) fail(`${where} is not a point object; expected a point (Tiled's Insert Point tool)`);
  const px = finite(core, "x", where);
  const py = finite(core, "y", where);
  const x = Math.floor(px / tw);
  const y = Math.floor(py / th);
  if (x < 0 || y < 0 || x >= width || y >= height) fail(`${where} at pixel (${px},${py}) is tile (${x},${y}), off the ${width}x${height} map`);
  if (TERRAINS[terrain[y * width + x]] === "water") fail(`${where} is on tile (${x},${y}), which is water; expected land`);
  return y * width + x;
}

// ---------------------------------------------------------------------------------------------

/** Read a Tiled JSON map (already parsed from text) into a GameMap; throws MapFormatError. */
export function loadTiledMap(json: unknown): GameMap {
  if (!isObject(json)) return fail(`expected a Tiled JSON map object, got ${describe(json)}`);
  if (json.type !== undefined && json.type !== "map") fail(`"type" is ${describe(json.type)}; expected "map" (is this a tileset file?)`);
  if (json.orientation !== "orthogonal") fail(`orientation is ${describe(json.orientation)}; expected "orthogonal"`);
  if (json.infinite === true) fail(`the map is infinite; expected a fixed-size map (Tiled: Map > Map Properties > Infinite off)`);
  const width = positiveInt(json, "width", "map");
  const height = positiveInt(json, "height", "map");
  const tw = positiveInt(json, "tilewidth", "map");
  const th = positiveInt(json, "tileheight", "map");
  const name = stringProperty(properties(json, "map"), "name", "map", true);

  const tilesets = new Tilesets(json);
  const layers = layersByName(json);
  const terrain = decodeLayer(layers, "terrain", tilesets, width, height);
  const tenure = decodeLayer(layers, "tenure", tilesets, width, height);
  const use = decodeLayer(layers, "use", tilesets, width, height);
  const rects = villageRects(layers);
  const village = assignVillages(tenure, rects, width, tw, th);
  const core = coreTile(layers, terrain, width, height, tw, th);
  const villages = rects.map(({ name: n, nameZh }) => ({ name: n, nameZh }));
  const places = mapPlaces(layers, { width, height, terrain, village }, villages, tw, th);
  return {
    name,
    width,
    height,
    terrain,
    tenure,
    use,
    village,
    villages,
    core,
    ...(places ? { places } : {}),
  };
}
