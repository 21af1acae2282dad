// Small questions about tiles that several rules ask.
import { TENURES, TERRAINS, USES, type Tenure, type Terrain, type Use } from "../map";
import type { GameState } from "../state";
import { tileName } from "../events";
import { refuse, type Refusal } from "./refusal";

export const terrainOf = (s: GameState, tile: number): Terrain => TERRAINS[s.map.terrain[tile]];
export const tenureOf = (s: GameState, tile: number): Tenure => TENURES[s.map.tenure[tile]];
export const useOf = (s: GameState, tile: number): Use => USES[s.map.use[tile]];

/** Refuse a tile id that is not on the map. */
export function offMap(s: GameState, tile: number): Refusal | null {
  return tile >= s.map.width * s.map.height ? refuse(`Tile ${tile} is not on the ${s.map.width}x${s.map.height} map.`) : null;
}

export const describeTile = (s: GameState, tile: number): string => `${tileName(s, tile)} (${useOf(s, tile)}, ${tenureOf(s, tile)})`;
