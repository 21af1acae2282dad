// How the game screen names things in the reader's language: a tile by its column and row on
// the map, a seat by its role (a village by its name, developers and cohorts by number), a
// village, an event card and a hub by the catalogue's entry for its id — the server sends ids.
import type { RoomState } from "../../server/room/schema";
import type { Names } from "../i18n/refusals";
import { hasText, lang, t } from "../i18n";
import type { Key } from "../i18n/catalogue";
import { rulesOf } from "../synced";
import { h } from "./dom";

export const tileName = (state: RoomState, tile: number): string => t("terms.tile", { x: tile % state.map.width, y: Math.floor(tile / state.map.width) });

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
