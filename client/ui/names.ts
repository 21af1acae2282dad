// How the game screen names a tile and a seat in a sentence: a tile by its column and row on the
// map, a seat by the label the scenario gives it.
import type { RoomState } from "../../server/room/schema";
import type { Names } from "../i18n/refusals";
import { t } from "../i18n";

export const tileName = (state: RoomState, tile: number): string => t("terms.tile", { x: tile % state.map.width, y: Math.floor(tile / state.map.width) });

export const seatName = (state: RoomState, seat: number): string => state.seats[seat]?.label ?? t("terms.seat", { seat });

export const namesIn = (state: RoomState | null): Names | undefined => (state ? { tile: (tile) => tileName(state, tile), seat: (seat) => seatName(state, seat) } : undefined);
