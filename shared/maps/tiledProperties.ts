// The parts of a Tiled JSON map (.tmj) that carry meaning, read with checks: numbers, custom
// properties, and the tilesets that say what each gid means ("kind" and "value" properties on
// a tile), refusing anything else with a MapFormatError that names the tileset, tile or
// property at fault. maps/tiledLoader.ts builds the GameMap from these.

import { TENURES, TERRAINS, USES } from "../model/map";

export class MapFormatError extends Error {
  constructor(message: string) {
    super(`Map format: ${message}`);
    this.name = "MapFormatError";
  }
}

export type Json = Record<string, unknown>;
type Kind = "terrain" | "tenure" | "use" | "ui";
interface TileMeaning {
  kind: Kind;
  value: string;
  /** `tileset "name" tile 3`, for messages. */
  source: string;
}

export const KIND_VALUES: Record<Kind, readonly string[]> = {
  terrain: TERRAINS,
  tenure: TENURES,
  use: USES,
  ui: ["hover", "selected"],
};

/** Tiled stores flips and rotations in a gid's top four bits (H, V, D, hex-120); meaning ignores them. */
export const GID_MASK = 0x0fffffff;

export function fail(message: string): never {
  throw new MapFormatError(message);
}
export const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
export const describe = (v: unknown): string => (v === null ? "null" : Array.isArray(v) ? "an array" : typeof v === "string" ? `"${v}"` : typeof v === "object" ? "an object" : String(v));

export function finite(owner: Json, key: string, where: string): number {
  const v = owner[key];
  if (typeof v !== "number" || !Number.isFinite(v)) fail(`${where}: "${key}" must be a number, got ${describe(v)}`);
  return v;
}

export function positiveInt(owner: Json, key: string, where: string): number {
  const v = owner[key];
  if (typeof v !== "number" || !Number.isInteger(v) || v <= 0) fail(`${where}: "${key}" must be a positive integer, got ${describe(v)}`);
  return v;
}

/** Custom properties (Tiled >= 1.2 JSON: an array of {name, type, value}) as a name -> value map. */
export function properties(owner: Json, where: string): Map<string, unknown> {
  const list = owner.properties ?? [];
  if (!Array.isArray(list)) return fail(`${where}: "properties" must be an array of {name, type, value}, got ${describe(list)}`);
  const out = new Map<string, unknown>();
  for (const p of list) {
    if (!isObject(p) || typeof p.name !== "string") fail(`${where}: every custom property needs a string "name"`);
    out.set(p.name, p.value);
  }
  return out;
}

export function stringProperty(props: Map<string, unknown>, name: string, where: string, required: boolean): string {
  const v = props.get(name);
  if (v === undefined && !required) return "";
  if (typeof v !== "string") fail(`${where}: ${v === undefined ? "missing" : "non-string"} custom property "${name}"; expected a string`);
  return v;
}

/** The tilesets of a map: what each gid means, from its tile's "kind" and "value" properties. */
export class Tilesets {
  private readonly ranges: { first: number; count: number; name: string; meanings: Map<number, TileMeaning> }[] = [];

  constructor(map: Json) {
    const list = map.tilesets;
    if (!Array.isArray(list) || list.length === 0) fail(`map has no "tilesets"; embed the shancheng tileset`);
    list.forEach((ts: unknown, index: number) => this.add(ts, index));
  }

  private add(ts: unknown, index: number): void {
    if (!isObject(ts)) return fail(`tileset #${index} is not an object`);
    const name = typeof ts.name === "string" ? ts.name : `#${index}`;
    const where = `tileset "${name}"`;
    if (typeof ts.source === "string") {
      fail(`${where} is external (source "${ts.source}"); embed it in the map (Tiled: Map > Embed Tileset, or export with --embed-tilesets)`);
    }
    const first = positiveInt(ts, "firstgid", where);
    const count = positiveInt(ts, "tilecount", where);
    for (const r of this.ranges) {
      if (first < r.first + r.count && r.first < first + count) fail(`${where}: gids ${first}..${first + count - 1} overlap tileset "${r.name}"`);
    }
    const meanings = new Map<number, TileMeaning>();
    const tiles = ts.tiles ?? [];
    if (!Array.isArray(tiles)) return fail(`${where}: "tiles" must be an array, got ${describe(tiles)}`);
    for (const tile of tiles) {
      if (!isObject(tile) || typeof tile.id !== "number" || !Number.isInteger(tile.id) || tile.id < 0 || tile.id >= count) {
        return fail(`${where}: every entry of "tiles" needs an integer "id" from 0 to ${count - 1} (tilecount ${count})`);
      }
      const source = `${where} tile ${tile.id}`;
      const at = `${source} (gid ${first + tile.id})`;
      const props = properties(tile, at);
      if (!props.has("kind") && !props.has("value")) continue; // a tile with no meaning may exist if no layer uses it
      const kind = stringProperty(props, "kind", at, true);
      if (!Object.hasOwn(KIND_VALUES, kind)) fail(`${at}: property "kind" is "${kind}"; expected one of ${Object.keys(KIND_VALUES).join(", ")}`);
      const value = stringProperty(props, "value", at, true);
      const allowed = KIND_VALUES[kind as Kind]; // a Kind: checked against KIND_VALUES' keys above
      if (!allowed.includes(value)) fail(`${at}: property "value" is "${value}", not a ${kind} name; expected one of ${allowed.join(", ")}`);
      meanings.set(tile.id, { kind: kind as Kind, value, source });
    }
    this.ranges.push({ first, count, name, meanings });
  }

  /** Meaning of a (flag-free, non-zero) gid, or a message saying why it has none. */
  meaning(gid: number): TileMeaning | string {
    const r = this.ranges.find((x) => gid >= x.first && gid < x.first + x.count);
    if (!r) {
      const covered = this.ranges.map((x) => `${x.first}..${x.first + x.count - 1}`).join(", ");
      return `gid ${gid} is in no tileset (the map's tilesets cover gids ${covered})`;
    }
    return r.meanings.get(gid - r.first) ?? `gid ${gid} (tileset "${r.name}" tile ${gid - r.first}) has no "kind"/"value" properties; expected kind and value strings`;
  }
}
