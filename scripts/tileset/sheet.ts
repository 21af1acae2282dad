// The whole tileset: every frame of client/tileFrames.ts (FRAMES) painted in its cell of the
// sheet, in frame order, TILESET_COLUMNS to a row, encoded as a PNG.
import { FRAMES, TILESET_COLUMNS, TILE_SIZE, type FrameInfo } from "../../client/tileFrames";
import { Frame } from "./frame";
import { flat, mountain, slope, water } from "./ground";
import { hover, landReserve, selected, stateUrban, villageCollective } from "./marks";
import { encodePng } from "./png";
import { bridge, commercialHousing, factory, farmland, forest, informalHousing, office, oldUrban, prhEstate, road, stateIndustry, villageHousing } from "./uses";

const PAINTERS: Record<FrameInfo["value"], (f: Frame) => void> = {
  water, flat, slope, mountain,
  farmland, forest, villageHousing, informalHousing, oldUrban, stateIndustry,
  commercialHousing, factory, prhEstate, road, bridge, office,
  stateUrban, landReserve, villageCollective,
  hover, selected,
};

/** The tileset's size in px. */
export const SHEET = { width: TILESET_COLUMNS * TILE_SIZE, height: Math.ceil(FRAMES.length / TILESET_COLUMNS) * TILE_SIZE };

/** The tileset as the PNG file's bytes. */
export function tilesetPng(): Buffer {
  const { width, height } = SHEET;
  const sheet = new Uint8Array(width * height * 4);
  FRAMES.forEach((info, index) => {
    const frame = new Frame();
    PAINTERS[info.value](frame);
    const ox = (index % TILESET_COLUMNS) * TILE_SIZE;
    const oy = Math.floor(index / TILESET_COLUMNS) * TILE_SIZE;
    for (let y = 0; y < TILE_SIZE; y++) {
      sheet.set(frame.px.subarray(y * TILE_SIZE * 4, (y + 1) * TILE_SIZE * 4), ((oy + y) * width + ox) * 4);
    }
  });
  return encodePng(width, height, sheet);
}
