// How the game screen names a tile and a seat in a sentence (a tile by its column and row on the
// map, a seat by the label the scenario gives it), and the game itself.
import type { RoomState } from "../../server/room/schema";
import type { Names } from "../i18n/refusals";
import { lang, t } from "../i18n";
import { h } from "./dom";

export const tileName = (state: RoomState, tile: number): string => t("terms.tile", { x: tile % state.map.width, y: Math.floor(tile / state.map.width) });

export const seatName = (state: RoomState, seat: number): string => state.seats[seat]?.label ?? t("terms.seat", { seat });

export const namesIn = (state: RoomState | null): Names | undefined => (state ? { tile: (tile) => tileName(state, tile), seat: (seat) => seatName(state, seat) } : undefined);

/** The game's name: 山城 on a Chinese page, "Shancheng 山城" on an English one. */
export const brand = (): (Node | string)[] => (lang() === "zh-CN" ? [t("console.brand")] : [`${t("console.brand")} `, h("span", { lang: "zh-CN" }, "山城")]);
