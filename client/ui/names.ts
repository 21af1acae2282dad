// How the game screen names things in the reader's language: a tile by its place on the map
// (shared/views/placeNames.ts; by its column and row on a map without named places), a seat by
// its role (a village by its name, developers and cohorts by number), a village, an event card
// and a hub by the catalogue's entry for its id — the server sends ids.
import type { RoomState } from "../../server/room/schema";
import type { NamedPlace } from "../../shared/model/map";
import type { PublicRules } from "../../shared/views/publicView";
import { placeName, placeTable, tileNames, type PlaceName, type TileNames, type TilePlace } from "../../shared/views/placeNames";
import type { Names } from "../i18n/refusals";
import { hasText, lang, t } from "../i18n";
import type { Key } from "../i18n/catalogue";
import { mapOf, rulesOf } from "../synced";
import { h } from "./dom";

/** Each game's place table, worked out once from its fixed rules and the (fixed) terrain. */
const tables = new WeakMap<PublicRules, TilePlace[] | null>();
function tableOf(state: RoomState): TilePlace[] | null {
  const rules = rulesOf(state);
  if (tables.has(rules)) return tables.get(rules)!;
  const map = mapOf(state);
  if (!rules.places || map.terrain.length !== map.width * map.height || map.terrain.length === 0) return null; // not synced yet
  const table = placeTable(map, rules.places);
  tables.set(rules, table);
  return table;
}

/** A named place in the reader's language (the Chinese name where the map gives one). */
export const placeLabel = (p: NamedPlace): string => (lang() === "zh-CN" && p.nameZh ? p.nameZh : p.name);

/** A tile's place name worded: "Huilong farmland (2 km north-west, by the Jialing)". */
export function placeText(name: PlaceName, list: NamedPlace[]): string {
  const label = (k: number) => placeLabel(list[k]);
  const where = t(`place.where.${name.dir}`, { km: name.km });
  if (name.code === "water") {
    const form = name.kind === "bridge" ? "bridge" : "water";
    const params = { river: label(name.area), a: label(name.a), where };
    return name.b === null ? t(`place.${form}`, params) : t(`place.${form}Between`, { ...params, b: label(name.b) });
  }
  const params = { area: label(name.area), kind: t(`place.kind.${name.kind}`), where };
  return name.feature ? t("place.landBy", { ...params, feature: t(`place.feature.${name.feature.rel}`, { place: label(name.feature.place) }) }) : t("place.land", params);
}

/** The debrief's plot names from this page's table (left out on a map without places). */
export function plotNamesIn(state: RoomState, tiles: number[]): { plotNames?: TileNames } {
  const table = tableOf(state);
  const places = rulesOf(state).places;
  const names = table && places ? tileNames({ ...mapOf(state), places }, tiles, table) : undefined;
  return names ? { plotNames: names } : {};
}

/** A tile's column and row, where a player needs its exact position. */
const tileGrid = (state: RoomState, tile: number): string => t("place.grid", { x: tile % state.map.width, y: Math.floor(tile / state.map.width) });

/** A tile's name to head a panel or a sentence with ("The Yangtze between…"), and its column and
 * row beside it where the name is a place's (null where the name is the column and row). */
export function tileHeading(state: RoomState, tile: number): { name: string; grid: string | null } {
  const name = tileName(state, tile);
  const grid = tileGrid(state, tile);
  return { name: name.charAt(0).toUpperCase() + name.slice(1), grid: name === grid ? null : grid };
}

/** A tile by its place, or by its column and row on a map without named places. */
export function tileName(state: RoomState, tile: number): string {
  const table = tableOf(state);
  const places = rulesOf(state).places;
  if (!table || !places || !table[tile]) return tileGrid(state, tile);
  const map = mapOf(state);
  return placeText(placeName(table, map.use[tile], map.terrain[tile], tile), places.list);
}

/** A village by index: "Huilong village" / "回龙村" (the map's names in both languages). */
export function villageName(state: RoomState, village: number): string {
  const v = rulesOf(state).villages[village];
  if (!v) return t("terms.seat", { seat: village });
  // The map's Chinese names end in 村 ("回龙村"); the catalogue adds it to the bare name.
  return t("seatName.village", { village: lang() === "zh-CN" && v.nameZh ? v.nameZh.replace(/村$/, "") : v.name });
}

/** A seat by its role: the government, a village by name, "Developer 2", "Migrant cohort 3". */
export function seatName(state: RoomState, seat: number): string {
  const s = state.seats[seat];
  if (!s) return t("terms.seat", { seat });
  if (s.role === "village") return villageName(state, s.village);
  if (s.role === "developer" || s.role === "migrant") return t(`seatName.${s.role}`, { n: [...state.seats].filter((o) => o.role === s.role && o.id <= s.id).length });
  return s.role === "government" ? t("seatName.government") : s.label;
}

/** An event card's title by id (the scenario's English title for a card the catalogue lacks). */
export const cardTitle = (id: string, fallback = id): string => (hasText(`cardText.${id}.title`) ? t(`cardText.${id}.title` as Key) : fallback);
/** An event card's text by id. */
export const cardText = (id: string, fallback = ""): string => (hasText(`cardText.${id}.text`) ? t(`cardText.${id}.text` as Key) : fallback);
/** A hub by id (airport, river port, rail link). */
export const hubName = (id: string, fallback = id): string => (hasText(`hubName.${id}`) ? t(`hubName.${id}` as Key) : fallback);

export const namesIn = (state: RoomState | null): Names | undefined => (state ? { tile: (tile) => tileName(state, tile), seat: (seat) => seatName(state, seat) } : undefined);

/** The game's name: 山城 on a Chinese page, "Shancheng 山城" on an English one. */
export const brand = (): (Node | string)[] => (lang() === "zh-CN" ? [t("console.brand")] : [`${t("console.brand")} `, h("span", { lang: "zh-CN" }, "山城")]);
