// How the synced state carries what is big or grows, so that a joining client receives a few
// kilobytes and a round's patch a few hundred bytes; the server packs (server/room/sync.ts), the
// client unpacks, both with these functions.
//
// - The map's six integer layers (terrain, tenure, use, holder, plan, light rail) travel as one
//   string, one character per tile and layer (`packLayers`), plus the edits made since it was
//   packed, one integer each (`packEdit`), appended as tiles change. A schema array of 3,072 small
//   integers costs ~6 bytes an entry at join; a character costs one. When a round opens a marker
//   goes among the edits (`roundMarker`), so the edits are also the map's history: a page that
//   joins late finds every earlier round's layers since the packing (`layersByRound`), for the
//   change lens and the ticket arcs.
// - Land value is not sent: it follows from terrain, use, the plan and light rail by the same
//   rules the server runs at every resolution (`derivedLandValues`, rules/accessibility.ts).
//   The plan (every planned use, amendments included as they pass) is a layer like the others:
//   a change is one edit, and the plan lens draws it.
// - Each round's record (RoundRecord) travels as its numbers alone, in the order of one list of
//   dotted names sent once, each as its change since the last round in base 36 (`packRecord`):
//   ~100 bytes a round instead of ~700 with the names.
// - The log is a ring of LOG_LINES lines with a count of lines ever written (`logLines` puts it
//   in order): writing a slot is the one array change a client that joins between two patches
//   cannot see twice (a trimming splice was, test/integration/freshJoiner.test.ts). Each line is
//   a code and its parameters packed in one string (shared/views/logEntries.ts); earlier lines
//   come on request, LOG_PAGE at a time (`logPage`, answered to that client only).

import { planValue, travelCosts } from "../rules/accessibility";
import type { MapState, RoundRecord } from "../model/state";
import type { Scenario } from "../scenarios/schema";

export const WIRE_LAYERS = ["terrain", "tenure", "use", "holder", "plan", "rail"] as const;
export type WireLayer = (typeof WIRE_LAYERS)[number];

/** One character per code 0-63. */
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const CODES = ALPHABET.length;
const DIGIT = new Map([...ALPHABET].map((c, i) => [c, i]));
/** Holder is a seat id or -1 (none): stored one up, so seats 0-62 fit. */
const shift = (layer: WireLayer): number => (layer === "holder" ? 1 : 0);

export type MapLayers = Record<WireLayer, number[]> & { width: number; height: number; core: number };

function code(layer: WireLayer, value: number): number {
  const c = value + shift(layer);
  if (!Number.isInteger(c) || c < 0 || c >= CODES) throw new Error(`A ${layer} of ${value} does not fit the synced map (codes 0-${CODES - 1 - shift(layer)}).`);
  return c;
}

/** The layers as one string: all of terrain, then tenure, use, holder, plan and rail. */
export function packLayers(map: Pick<MapState, WireLayer>): string {
  return WIRE_LAYERS.map((layer) => map[layer].map((v) => ALPHABET[code(layer, v)]).join("")).join("");
}

/** One changed tile as one integer: which layer and tile, and the new value. */
export const packEdit = (tiles: number, layer: WireLayer, tile: number, value: number): number => (WIRE_LAYERS.indexOf(layer) * tiles + tile) * CODES + code(layer, value);

/** The marker put among the edits when round `round` opens: past every edit's range, so no edit reads as one. */
export const roundMarker = (tiles: number, round: number): number => WIRE_LAYERS.length * tiles * CODES + round;

/** The round a marker stands for, or -1 for an edit. */
const markedRound = (tiles: number, edit: number): number => (edit >= WIRE_LAYERS.length * tiles * CODES ? edit - WIRE_LAYERS.length * tiles * CODES : -1);

function packedLayers(width: number, height: number, core: number, packed: string): MapLayers {
  const tiles = width * height;
  const out = { width, height, core } as MapLayers;
  WIRE_LAYERS.forEach((layer, l) => {
    const values: number[] = new Array(tiles);
    for (let t = 0; t < tiles; t++) values[t] = (DIGIT.get(packed[l * tiles + t]) ?? 0) - shift(layer);
    out[layer] = values;
  });
  return out;
}

function applyEdit(out: MapLayers, tiles: number, edit: number): void {
  const at = Math.floor(edit / CODES);
  const layer = WIRE_LAYERS[Math.floor(at / tiles)];
  out[layer][at % tiles] = (edit % CODES) - shift(layer);
}

/** The layers from the packed string and the edits since, in order (round markers skipped). */
export function unpackLayers(width: number, height: number, core: number, packed: string, edits: Iterable<number>): MapLayers {
  const tiles = width * height;
  const out = packedLayers(width, height, core, packed);
  for (const edit of edits) if (markedRound(tiles, edit) < 0) applyEdit(out, tiles, edit);
  return out;
}

/** The layers as each round opened, by round, for every round marked since the packing (terrain never changes: it is shared). */
export function layersByRound(width: number, height: number, core: number, packed: string, edits: Iterable<number>): Map<number, MapLayers> {
  const tiles = width * height;
  const out = packedLayers(width, height, core, packed);
  const rounds = new Map<number, MapLayers>();
  for (const edit of edits) {
    const round = markedRound(tiles, edit);
    if (round < 0) applyEdit(out, tiles, edit);
    else rounds.set(round, { ...out, tenure: out.tenure.slice(), use: out.use.slice(), holder: out.holder.slice(), plan: out.plan.slice(), rail: out.rail.slice() });
  }
  return rounds;
}

/** The parts of the scenario that land value reads. */
export type ValueRules = Pick<Scenario, "travelCost" | "landValue">;

/** The layers as the rules' map, the layers the value rules leave unread empty. */
export const asMapState = (layers: MapLayers): MapState => ({ ...layers, zone: [], value: [], access: [], villages: [], name: "" });

/** Land value of every tile, wan: what the server's `updateLandValues` computes from the same layers. */
export function derivedLandValues(layers: MapLayers, rules: ValueRules): number[] {
  const map = asMapState(layers);
  // travelCosts and planValue read only scenario.travelCost and scenario.landValue.
  const scenario = rules as Scenario;
  return travelCosts(map, scenario).map((cost, t) => planValue(map, scenario, t, cost));
}

export const LOG_LINES = 60;
/** Earlier lines a client receives per `logPage` request. */
export const LOG_PAGE = 100;

/** Write `line` into the ring `log` (an array of at most LOG_LINES), `written` lines so far. */
export function writeLogLine(log: { length: number; push(line: string): unknown; [slot: number]: string }, written: number, line: string): void {
  if (log.length < LOG_LINES) log.push(line);
  else log[written % LOG_LINES] = line;
}

/** The ring's lines, oldest first. */
export function logLines(log: ArrayLike<string>, written: number): string[] {
  const lines = Array.from(log);
  if (lines.length < LOG_LINES) return lines;
  const oldest = written % LOG_LINES;
  return [...lines.slice(oldest), ...lines.slice(0, oldest)];
}

/** A record as flat columns: nested objects and arrays become dotted names (revenue.leases, balances.0). */
export function flatten(value: unknown, prefix = "", out: Record<string, number> = {}): Record<string, number> {
  if (typeof value === "number") out[prefix] = value;
  else if (Array.isArray(value)) value.forEach((v, i) => flatten(v, prefix ? `${prefix}.${i}` : String(i), out));
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  return out;
}

/** A whole number in base 36 ("-" for a negative one); any other number as "~" and its decimals. */
export const packNumber = (n: number): string => (Number.isInteger(n) ? n.toString(36) : `~${n}`);
export const unpackNumber = (s: string): number => (s.startsWith("~") ? Number(s.slice(1)) : parseInt(s, 36));

/** A round's record as its numbers in the order of `names` (flatten's), each the change since
 * the previous record (most fields move little from round to round), in base 36, joined by ",";
 * a missing number is "". */
export function packRecord(record: RoundRecord, names: string[], previous: RoundRecord | null): string {
  const flat = flatten(record);
  const before = previous ? flatten(previous) : {};
  return names
    .map((n) => {
      const v = flat[n];
      if (v === undefined) return "";
      const p = before[n] ?? 0;
      return Number.isInteger(v) && Number.isInteger(p) ? packNumber(v - p) : packNumber(v);
    })
    .join(",");
}

/** The record back from its numbers and the previous record: a numeric name part makes an array, any other an object. */
export function unpackRecord(values: string, names: string[], previous: RoundRecord | null): RoundRecord {
  const parts = values.split(",");
  const before = previous ? flatten(previous) : {};
  const out: Record<string, unknown> = {};
  names.forEach((name, i) => {
    const packed = parts[i] ?? "";
    if (packed === "") return;
    const value = packed.startsWith("~") ? unpackNumber(packed) : unpackNumber(packed) + (before[name] ?? 0);
    const path = name.split(".");
    let at: Record<string, unknown> = out;
    path.slice(0, -1).forEach((part, j) => {
      at[part] ??= /^\d+$/.test(path[j + 1]) ? [] : {};
      at = at[part] as Record<string, unknown>;
    });
    at[path[path.length - 1]] = value;
  });
  return out as unknown as RoundRecord;
}
