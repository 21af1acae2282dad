// The engine's map: a flat grid of tiles indexed by id = y * width + x.
// Each tile has a terrain (fixed), a tenure and a use (both change in play),
// and a holder (the seat that holds it, set when a game starts).
//
// Scale (see docs/scale.md): one tile is 500 m x 500 m = 25 ha. The default 64 x 48 map
// covers 768 km2, close to the "over 800 km2 of rural and urban land" whose planning the
// source says Chongqing standardised after 2006.

/** Terrain never changes. Water and mountain cannot be built on (except bridges on water). */
export const TERRAINS = ["water", "flat", "slope", "mountain"] as const;
export type Terrain = (typeof TERRAINS)[number];

/** Who owns the land: the state (urban land, possibly leased), the state land reserve, or a village collective. */
export const TENURES = ["stateUrban", "landReserve", "villageCollective"] as const;
export type Tenure = (typeof TENURES)[number];

/** What the land is used for. "bridge" and "road" are the infrastructure uses. */
export const USES = [
  "none",
  "farmland",
  "forest",
  "villageHousing",
  "informalHousing",
  "oldUrban",
  "stateIndustry",
  "commercialHousing",
  "factory",
  "prhEstate",
  "road",
  "bridge",
  // Appended, so the codes of the uses above (and maps saved with them) stay as they were.
  "office",
] as const;
export type Use = (typeof USES)[number];

export interface Village {
  /** Display name in English, e.g. "Lijia". */
  name: string;
  /** Name in Chinese characters, e.g. "李家村"; may be empty. */
  nameZh: string;
}

/** A named place of the map's optional "places" layer, or a village (docs/map.md, "Named places").
 * Coordinates are in tiles (a tile's centre is at x + 0.5, y + 0.5). */
export interface NamedPlace {
  kind: "village" | "district" | "river" | "ridge";
  name: string;
  nameZh: string;
  /** A village's or district's centre (a village's: the mean of its land's tile centres); null for a line. */
  at: [number, number] | null;
  /** A river's or ridge's centre line; empty for a village or district. */
  line: [number, number][];
}

/** What tiles are named from (shared/views/placeNames.ts); no rule reads it. */
export interface MapPlaces {
  /** Villages in village order, then the layer's districts, rivers and ridges. */
  list: NamedPlace[];
  /** The area each tile belongs to, one character a tile (PLACE_DIGITS): an index into `list`
   * of a village, district or river. Worked out once from the map as loaded, so a tile keeps its
   * name when its tenure changes in play. */
  area: string;
}

/** The digits of MapPlaces.area: at most 62 areas. */
export const PLACE_DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/** A map as the engine sees it. Plain data: arrays of codes (indexes into the lists above). */
export interface GameMap {
  name: string;
  width: number;
  height: number;
  /** TERRAINS index per tile. */
  terrain: number[];
  /** TENURES index per tile. */
  tenure: number[];
  /** USES index per tile. */
  use: number[];
  /** Index into `villages` for village-collective tiles, -1 for every other tile. */
  village: number[];
  villages: Village[];
  /** Tile id of the historic core (the peninsula's centre); accessibility is measured to it. */
  core: number;
  /** Named places, present when the map has a "places" layer. */
  places?: MapPlaces;
}

/** The planned uses of the urban plan (rules/plans.ts): green is parks and public facilities,
 * none is rural land outside the plan. Stored per tile as an index into this list. */
export const PLANS = ["none", "residential", "industrial", "green"] as const;
export type Plan = (typeof PLANS)[number];
export const planCode = (p: Plan): number => PLANS.indexOf(p);

export const terrainCode = (t: Terrain): number => TERRAINS.indexOf(t);
export const tenureCode = (t: Tenure): number => TENURES.indexOf(t);
export const useCode = (u: Use): number => USES.indexOf(u);

export const tileX = (map: { width: number }, tile: number): number => tile % map.width;
export const tileY = (map: { width: number }, tile: number): number => Math.floor(tile / map.width);

/** Does a point's reach (steps along the grid, like a transport hub's) cover a tile? */
export const withinReach = (map: { width: number }, at: { x: number; y: number; radius: number }, tile: number): boolean =>
  Math.abs(at.x - tileX(map, tile)) + Math.abs(at.y - tileY(map, tile)) <= at.radius;

/** The four orthogonal neighbours of a tile that lie on the map. */
export function neighbours(map: { width: number; height: number }, tile: number): number[] {
  const x = tile % map.width;
  const y = Math.floor(tile / map.width);
  const out: number[] = [];
  if (y > 0) out.push(tile - map.width);
  if (x < map.width - 1) out.push(tile + 1);
  if (y < map.height - 1) out.push(tile + map.width);
  if (x > 0) out.push(tile - 1);
  return out;
}
