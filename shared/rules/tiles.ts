// Small questions about tiles that several rules ask.
import { TENURES, TERRAINS, USES, type Tenure, type Terrain, type Use } from "../model/map";
import type { GameState } from "../model/state";
import { refuse, type Refusal } from "../engine/refusal";

export const terrainOf = (s: GameState, tile: number): Terrain => TERRAINS[s.map.terrain[tile]];
export const tenureOf = (s: GameState, tile: number): Tenure => TENURES[s.map.tenure[tile]];
export const useOf = (s: GameState, tile: number): Use => USES[s.map.use[tile]];

/** Refuse a tile id that is not on the map. */
export function offMap(s: GameState, tile: number): Refusal | null {
  return tile >= s.map.width * s.map.height ? refuse(`Tile ${tile} is not on the ${s.map.width}x${s.map.height} map.`, "offMap", { tile, width: s.map.width, height: s.map.height }) : null;
}

const USE_WORDS: Record<Use, string> = {
  none: "vacant land",
  farmland: "farmland",
  forest: "forest",
  villageHousing: "village house plots",
  informalHousing: "informal housing",
  oldUrban: "old urban fabric",
  stateIndustry: "a state-enterprise site",
  commercialHousing: "commercial housing",
  factory: "a factory",
  prhEstate: "a public rented housing estate",
  road: "a road",
  bridge: "a bridge",
  office: "an office block",
};
const TENURE_WORDS: Record<Tenure, string> = { stateUrban: "state urban land", landReserve: "the state land reserve", villageCollective: "village collective land" };

/** A tile in words for a refusal: "tile (3,4), forest on village collective land". */
/** A tile by its column and row, for the English sentences of refusals (the client names tiles by place). */
const tileName = (s: GameState, tile: number): string => `tile (${tile % s.map.width},${Math.floor(tile / s.map.width)})`;

export const describeTile = (s: GameState, tile: number): string => `${tileName(s, tile)}, ${USE_WORDS[useOf(s, tile)]} on ${TENURE_WORDS[tenureOf(s, tile)]}`;
