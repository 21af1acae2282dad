// Reading the synced room state: the map's layers unpacked and its land values derived, the
// game's fixed rules, the log in order, a seat's score parts with their labels. Pure (no DOM),
// so the tests read the state the way the page does. Each result is kept until what it is made
// of changes, so panels and the map may ask on every patch.
import type { RoomState, SeatState } from "../server/room/schema";
import { hasText, t } from "./i18n";
import type { Key } from "./i18n/catalogue";
import type { ObjectiveStatus } from "../shared/rules/objectives";
import type { ScorePart } from "../shared/rules/scores";
import type { PublicRules } from "../shared/views/publicView";
import type { RoundRecord } from "../shared/model/state";
import { derivedLandValues, logLines, unpackLayers, unpackRecord, type MapLayers } from "../shared/views/wire";

/** The map as the client draws it: the synced layers and the land value of each tile, wan. */
export type MapView = MapLayers & { value: number[] };

/** Before the first patch: nothing is open and nothing can be set (the map is empty too, so
 * its land-value numbers are never read). */
const EMPTY_RULES: PublicRules = {
  cards: [],
  unlockCards: { exchange: null, rail: null, prh: null, zones: null, ruralPlanning: null },
  limits: { prhRentPct: { min: 0, max: 100 }, hukouQuota: { min: 0, max: 0 } },
  zoneTaxPct: 0,
  valueRules: { travelCost: { urban: 1, flat: 1, slope: 1, mountain: 1, ferry: 1, bridge: 1, tunnel: 1, rail: 1 }, landValue: { flatAtCore: 0, halfCost: 1, slopePct: 0, industrialPct: 100 } },
  homeCapacity: { villageHousing: 0, informalHousing: 0, commercialHousing: 0, prhEstate: 0 },
  scoreLabels: {},
  villages: [],
};

const rulesCache = new WeakMap<RoomState, { json: string; rules: PublicRules }>();
export function rulesOf(state: RoomState): PublicRules {
  const cached = rulesCache.get(state);
  if (cached?.json === state.rules) return cached.rules;
  const rules = state.rules ? (JSON.parse(state.rules) as PublicRules) : EMPTY_RULES;
  rulesCache.set(state, { json: state.rules, rules });
  return rules;
}

const mapCache = new WeakMap<RoomState, { key: string; layers: string; view: MapView }>();
export function mapOf(state: RoomState): MapView {
  const m = state.map;
  const key = `${m.width}x${m.height}|${m.core}|${m.edits.length}|${state.rules.length}`;
  const cached = mapCache.get(state);
  if (cached && cached.key === key && cached.layers === m.layers) return cached.view;
  const layers = unpackLayers(m.width, m.height, m.core, m.layers, m.edits);
  const view = { ...layers, value: m.layers ? derivedLandValues(layers, rulesOf(state).valueRules) : [] };
  mapCache.set(state, { key, layers: m.layers, view });
  return view;
}

/** Tiles with light rail (the map's rail layer). */
export const railTilesOf = (m: MapView): number[] => m.rail.flatMap((r, t) => (r === 1 ? [t] : []));

const historyCache = new WeakMap<RoomState, RoundRecord[]>();
/** The resolved rounds' records, oldest first (records never change: only new ones are read). */
export function historyOf(state: RoomState): RoundRecord[] {
  const names = state.historyNames ? (JSON.parse(state.historyNames) as string[]) : [];
  let records = historyCache.get(state) ?? [];
  if (records.length > state.history.length) records = [];
  if (records.length < state.history.length) {
    records = [...records];
    for (let r = records.length; r < state.history.length; r++) records.push(unpackRecord(state.history[r], names, records[r - 1] ?? null));
    historyCache.set(state, records);
  }
  return records;
}

/** The log, oldest line first. */
export const logOf = (state: RoomState): string[] => logLines(state.log, state.logWritten);

/** A seat's private objective, once the game is over and the room has revealed it (else null). */
export function objectiveOf(seat: SeatState): ObjectiveStatus | null {
  if (!seat.objective) return null;
  try {
    const o = JSON.parse(seat.objective) as ObjectiveStatus;
    return typeof o?.id === "string" && typeof o.met === "boolean" ? o : null;
  } catch {
    return null;
  }
}

/** A score part's name in the reader's language, by its code. */
const scorePartName = (id: string): string => (hasText(`scorePart.${id}`) ? t(`scorePart.${id}` as Key) : id);

/** A seat's score parts with their names (the role's codes, from the rules). */
export function scorePartsOf(state: RoomState, seat: SeatState): ScorePart[] {
  const labels = rulesOf(state).scoreLabels[seat.role as keyof PublicRules["scoreLabels"]] ?? [];
  // The parts come in tenths of a point (server/room/schema.ts).
  return [...seat.scoreParts].flatMap((tenths, i) => (labels[i] !== undefined ? [{ id: labels[i], label: scorePartName(labels[i]), value: tenths / 10 }] : []));
}
