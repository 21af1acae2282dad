// The optional object layer "places" of a Tiled map: districts (points), rivers and ridges
// (polylines), each with a name, a Chinese name and a "kind" property, checked like the rest of
// the map; and the area every tile belongs to, worked out once here from the map as loaded
// (docs/map.md, "Named places"). A map without the layer loads without places.

import { PLACE_DIGITS, TERRAINS, type MapPlaces, type NamedPlace } from "../model/map";
import { describe, fail, finite, isObject, properties, stringProperty, type Json } from "./tiledProperties";

const KINDS = ["district", "river", "ridge"] as const;
/** Hundredths of a tile (5 m) are precision enough for a name, and keep the record short. */
const round2 = (v: number) => Math.round(v * 100) / 100;

/** The layer's objects as named places, in tile units; districts first, then rivers, then ridges. */
function readPlaces(layer: Json, taken: Set<string>, tw: number, th: number): NamedPlace[] {
  const objects = layer.objects;
  if (!Array.isArray(objects)) return fail(`object layer "places": "objects" must be an array`);
  const places = objects.map((o: unknown, i: number): NamedPlace => {
    if (!isObject(o)) return fail(`object layer "places": object #${i} is not an object`);
    const where = `object layer "places", object ${typeof o.name === "string" && o.name ? `"${o.name}"` : `#${i}`} (id ${String(o.id)})`;
    const name = o.name;
    if (typeof name !== "string" || name.trim() === "") return fail(`${where} has no name; expected the place's English name`);
    if (taken.has(name)) fail(`${where}: the name "${name}" is already a village's or another place's; expected unique names`);
    taken.add(name);
    const props = properties(o, where);
    const kind = stringProperty(props, "kind", where, true);
    if (!(KINDS as readonly string[]).includes(kind)) fail(`${where}: property "kind" is "${kind}"; expected one of ${KINDS.join(", ")}`);
    const nameZh = stringProperty(props, "nameZh", where, false);
    const x = finite(o, "x", where);
    const y = finite(o, "y", where);
    if (kind === "district") {
      if (o.point !== true) fail(`${where} is a district but not a point object; expected a point at its centre`);
      return { kind: "district", name, nameZh, at: [round2(x / tw), round2(y / th)], line: [] };
    }
    const points = o.polyline;
    if (!Array.isArray(points) || points.length < 2) fail(`${where} is a ${kind} but not a polyline of at least 2 points; expected its centre line`);
    const line = points.map((p: unknown, k: number): [number, number] => {
      if (!isObject(p)) return fail(`${where}: polyline point #${k} is ${describe(p)}; expected {x, y}`);
      return [round2((x + finite(p, "x", `${where}, polyline point #${k}`)) / tw), round2((y + finite(p, "y", `${where}, polyline point #${k}`)) / th)];
    });
    return { kind: kind as "river" | "ridge", name, nameZh, at: null, line };
  });
  const order = (p: NamedPlace) => KINDS.indexOf(p.kind as (typeof KINDS)[number]);
  return places.map((p, i) => ({ p, i })).sort((a, b) => order(a.p) - order(b.p) || a.i - b.i).map(({ p }) => p);
}

/** Distance in tiles from a point to a polyline. */
export function distanceToLine(px: number, py: number, line: [number, number][]): number {
  let best = Infinity;
  for (let i = 0; i + 1 < line.length; i++) {
    const [ax, ay] = line[i];
    const [bx, by] = line[i + 1];
    const len = (bx - ax) ** 2 + (by - ay) ** 2;
    const s = len === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / len));
    best = Math.min(best, Math.hypot(px - ax - s * (bx - ax), py - ay - s * (by - ay)));
  }
  return best;
}

interface Grid {
  width: number;
  height: number;
  terrain: number[];
  /** Village index per tile, -1 off village land (the loader's assignment). */
  village: number[];
}

/** The area of every tile: a village's land is the village's; water is the nearest river's; other
 * land is the nearest village or district centre's, counting steps between neighbouring land
 * tiles (so a river keeps its banks apart), or by straight distance where no centre shares the bank. */
function areasOf(grid: Grid, list: NamedPlace[]): number[] {
  const { width, height, terrain, village } = grid;
  const water = TERRAINS.indexOf("water");
  const tiles = width * height;
  const area = new Array<number>(tiles).fill(-1);
  const centres = list.flatMap((p, k) => (p.at ? [k] : []));
  const rivers = list.flatMap((p, k) => (p.kind === "river" ? [k] : []));
  const centreTile = (k: number) => {
    const [x, y] = list[k].at!;
    return Math.min(height - 1, Math.max(0, Math.floor(y))) * width + Math.min(width - 1, Math.max(0, Math.floor(x)));
  };
  // Breadth-first from every centre at once; a tile goes to the first centre that reaches it
  // (centres in list order, so ties go to the earlier place).
  const reached = new Array<number>(tiles).fill(-1);
  let front: number[] = [];
  for (const k of centres) {
    const t = centreTile(k);
    if (terrain[t] === water || reached[t] >= 0) continue; // a village's centre may fall in a river
    reached[t] = k;
    front.push(t);
  }
  while (front.length) {
    const next: number[] = [];
    for (const t of front) {
      const x = t % width;
      for (const n of [t - width, x < width - 1 ? t + 1 : -1, t + width, x > 0 ? t - 1 : -1]) {
        if (n < 0 || n >= tiles || terrain[n] === water || reached[n] >= 0) continue;
        reached[n] = reached[t];
        next.push(n);
      }
    }
    front = next;
  }
  for (let t = 0; t < tiles; t++) {
    const cx = (t % width) + 0.5;
    const cy = Math.floor(t / width) + 0.5;
    const nearest = (ks: number[], d: (k: number) => number) => ks.reduce((best, k) => (best < 0 || d(k) < d(best) ? k : best), -1);
    if (village[t] >= 0) area[t] = village[t];
    else if (terrain[t] === water && rivers.length) area[t] = nearest(rivers, (k) => distanceToLine(cx, cy, list[k].line));
    else if (reached[t] >= 0) area[t] = reached[t];
    else area[t] = nearest(centres, (k) => Math.hypot(cx - list[k].at![0], cy - list[k].at![1]));
  }
  return area;
}

/** The map's places from its "places" layer (undefined without one): the villages (centres from
 * their land), then the layer's places, and each tile's area. */
export function mapPlaces(layers: Map<string, Json>, grid: Grid, villages: { name: string; nameZh: string }[], tw: number, th: number): MapPlaces | undefined {
  const layer = layers.get("places");
  if (!layer) return undefined;
  if (layer.type !== "objectgroup") fail(`layer "places" has type ${describe(layer.type)}; expected an object layer ("objectgroup")`);
  const sums = villages.map(() => ({ x: 0, y: 0, n: 0 }));
  grid.village.forEach((v, t) => {
    if (v < 0) return;
    sums[v].x += (t % grid.width) + 0.5;
    sums[v].y += Math.floor(t / grid.width) + 0.5;
    sums[v].n++;
  });
  const list: NamedPlace[] = [
    ...villages.map((v, k): NamedPlace => ({ kind: "village", name: v.name, nameZh: v.nameZh, at: [round2(sums[k].x / sums[k].n), round2(sums[k].y / sums[k].n)], line: [] })),
    ...readPlaces(layer, new Set(villages.map((v) => v.name)), tw, th),
  ];
  const areas = list.filter((p) => p.kind !== "ridge").length;
  if (areas > PLACE_DIGITS.length) fail(`object layer "places": ${areas} villages, districts and rivers; expected at most ${PLACE_DIGITS.length}`);
  for (const p of list) {
    if (p.kind !== "district") continue;
    const [x, y] = p.at!;
    const where = `object layer "places", district "${p.name}"`;
    if (x < 0 || y < 0 || x >= grid.width || y >= grid.height) fail(`${where} is at tile (${Math.floor(x)},${Math.floor(y)}), off the ${grid.width}x${grid.height} map`);
    if (grid.terrain[Math.floor(y) * grid.width + Math.floor(x)] === TERRAINS.indexOf("water")) fail(`${where} is on tile (${Math.floor(x)},${Math.floor(y)}), which is water; expected land`);
  }
  return { list, area: areasOf(grid, list).map((k) => PLACE_DIGITS[k]).join("") };
}
