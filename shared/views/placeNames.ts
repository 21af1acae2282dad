// A tile's name by place, as a code and parameters the client words in either language
// ("Huilong farmland 2 km north-west by the Jialing" / "回龙村西北2公里处的农田（嘉陵江边）").
// The map's places (model/map.ts MapPlaces, from the Tiled "places" layer) give each tile an
// area: its village, else the nearest district or village over land, or its river. Here each tile
// gets, once per map, a relation that tells neighbours apart:
// - land: the compass direction and the distance from the area's centre, in half kilometres
//   (a tile is 500 m), and the nearest feature: "on" a ridge (a mountain tile within 6 tiles,
//   3 km, of its centre line), "below" one (a slope tile within 5 tiles), or "by" a river (a
//   water tile among its eight neighbours);
// - water: the areas of the nearest land on each bank ("between Yuzhong and Nan'an"), or of
//   the nearest land alone ("off Shapingba"), and the direction and distance from the centre
//   of the first of them.
// The kind of land is read from the tile's use (or its terrain, for unused land) when it is
// named, so a built-on tile is named for what stands on it now.
import { PLACE_DIGITS, TERRAINS, USES, type MapPlaces, type Terrain, type Use } from "../model/map";
import { distanceToLine } from "../maps/tiledPlaces";

export const COMPASS = ["n", "ne", "e", "se", "s", "sw", "w", "nw"] as const;
export type Compass = (typeof COMPASS)[number];

/** What a tile is, for its name: a use, or its terrain where nothing is built or grown. */
export type PlaceKind = Exclude<Use, "none"> | Terrain;

export type Feature = { rel: "on" | "below" | "by"; place: number };

/** One tile's place, fixed for the map: indices are into MapPlaces.list. */
export type TilePlace =
  | { code: "land"; area: number; dir: Compass | "centre"; km: number; feature: Feature | null }
  | { code: "water"; area: number; a: number; b: number | null; dir: Compass | "centre"; km: number };

/** A tile's name: its place and what it is now. */
export type PlaceName = TilePlace & { kind: PlaceKind };

/** Half-kilometre steps: a tile is 500 m. */
const KM_PER_TILE = 0.5;
/** A mountain tile this close (tiles) to a ridge's centre line is "on" it; a slope tile "below" it. */
const ON_RIDGE = 6;
const BELOW_RIDGE = 5;
/** How far (tiles) a water tile looks for land on its two banks. */
const BANK_SEARCH = 6;

interface Grid {
  width: number;
  height: number;
  terrain: number[];
}

const WATER = TERRAINS.indexOf("water");
const MOUNTAIN = TERRAINS.indexOf("mountain");
const SLOPE = TERRAINS.indexOf("slope");

/** Land regions (4-neighbour, water excluded): the banks a river keeps apart. */
function banks(grid: Grid): number[] {
  const { width, height, terrain } = grid;
  const bank = new Array<number>(width * height).fill(-1);
  let next = 0;
  for (let start = 0; start < bank.length; start++) {
    if (terrain[start] === WATER || bank[start] >= 0) continue;
    const stack = [start];
    bank[start] = next;
    while (stack.length) {
      const t = stack.pop()!;
      const x = t % width;
      for (const n of [t - width, x < width - 1 ? t + 1 : -1, t + width, x > 0 ? t - 1 : -1]) {
        if (n < 0 || n >= bank.length || terrain[n] === WATER || bank[n] >= 0) continue;
        bank[n] = next;
        stack.push(n);
      }
    }
    next++;
  }
  return bank;
}

/** Direction and distance of a tile from a place's centre, to the nearest half kilometre. */
function bearing(places: MapPlaces, place: number, width: number, t: number): { dir: Compass | "centre"; km: number } {
  const at = places.list[place].at;
  const dx = at ? (t % width) + 0.5 - at[0] : 0;
  const dy = at ? Math.floor(t / width) + 0.5 - at[1] : 0;
  const km = Math.round((Math.hypot(dx, dy) * KM_PER_TILE) / 0.5) * 0.5;
  // Screen y grows southwards: north is -dy. Sectors of 45 degrees, clockwise from north.
  return { dir: km === 0 ? "centre" : COMPASS[Math.round(((Math.atan2(dx, -dy) * 180) / Math.PI + 360) / 45) % 8], km };
}

function landPlace(grid: Grid, places: MapPlaces, areas: number[], t: number): TilePlace {
  const { width, height, terrain } = grid;
  const x = t % width;
  const y = Math.floor(t / width);
  const area = areas[t];
  const { dir, km } = bearing(places, area, width, t);
  let feature: Feature | null = null;
  const ridges = places.list.flatMap((p, k) => (p.kind === "ridge" ? [{ k, d: distanceToLine(x + 0.5, y + 0.5, p.line) }] : []));
  const ridge = ridges.reduce<{ k: number; d: number } | null>((best, r) => (!best || r.d < best.d ? r : best), null);
  if (ridge && terrain[t] === MOUNTAIN && ridge.d <= ON_RIDGE) feature = { rel: "on", place: ridge.k };
  else if (ridge && terrain[t] === SLOPE && ridge.d <= BELOW_RIDGE) feature = { rel: "below", place: ridge.k };
  else {
    for (let ny = y - 1; ny <= y + 1 && !feature; ny++) {
      for (let nx = x - 1; nx <= x + 1 && !feature; nx++) {
        const n = ny * width + nx;
        if (nx < 0 || ny < 0 || nx >= width || ny >= height || terrain[n] !== WATER) continue;
        if (places.list[areas[n]].kind === "river") feature = { rel: "by", place: areas[n] };
      }
    }
  }
  return { code: "land", area, dir, km, feature };
}

function waterPlace(grid: Grid, places: MapPlaces, bank: number[], areas: number[], t: number): TilePlace {
  const { width, height } = grid;
  const x = t % width;
  const y = Math.floor(t / width);
  // Land tiles within reach, nearest first (ties: lower tile id).
  const land: { n: number; d: number }[] = [];
  for (let ny = Math.max(0, y - BANK_SEARCH); ny <= Math.min(height - 1, y + BANK_SEARCH); ny++) {
    for (let nx = Math.max(0, x - BANK_SEARCH); nx <= Math.min(width - 1, x + BANK_SEARCH); nx++) {
      const n = ny * width + nx;
      if (bank[n] >= 0) land.push({ n, d: Math.hypot(nx - x, ny - y) });
    }
  }
  land.sort((p, q) => p.d - q.d || p.n - q.n);
  const first = land[0];
  if (!first) return { code: "water", area: areas[t], a: areas[t], b: null, dir: "centre", km: 0 };
  const other = land.find((p) => bank[p.n] !== bank[first.n] && areas[p.n] !== areas[first.n]);
  return { code: "water", area: areas[t], a: areas[first.n], b: other ? areas[other.n] : null, ...bearing(places, areas[first.n], width, t) };
}

/** Every tile's place, worked out once for a map (null for a map without places). */
export function placeTable(grid: Grid, places: MapPlaces | undefined): TilePlace[] | null {
  if (!places) return null;
  const areas = [...places.area].map((c) => PLACE_DIGITS.indexOf(c));
  const bank = banks(grid);
  return areas.map((area, t) =>
    grid.terrain[t] === WATER && places.list[area].kind === "river" ? waterPlace(grid, places, bank, areas, t) : landPlace(grid, places, areas, t),
  );
}

/** A tile's name from the table and the tile's use and terrain now. */
export function placeName(table: TilePlace[], use: number, terrain: number, tile: number): PlaceName {
  const u: Use | undefined = USES[use];
  return { ...table[tile], kind: u === "none" || u === undefined ? TERRAINS[terrain] : u };
}

/** The places named in a set of tiles, for a page that has no map (the debrief's plots). */
export interface TileNames {
  list: MapPlaces["list"];
  /** By tile. */
  byTile: Record<number, PlaceName>;
}

/** Names of `tiles` on a map with places (undefined without), from its table if worked out already. */
export function tileNames(map: Grid & { use: number[]; places?: MapPlaces }, tiles: Iterable<number>, table = placeTable(map, map.places)): TileNames | undefined {
  if (!table || !map.places) return undefined;
  const byTile: Record<number, PlaceName> = {};
  for (const t of tiles) byTile[t] = placeName(table, map.use[t], map.terrain[t], t);
  return { list: map.places.list, byTile };
}
