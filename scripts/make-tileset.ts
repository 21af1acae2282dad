// Draws the game's tileset, assets/tiles/shancheng.png, as pixel art from code:
//   npx tsx scripts/make-tileset.ts
// Frame order and meaning come from client/tileFrames.ts (FRAMES). Terrain frames are opaque
// ground; use, tenure and UI frames are transparent overlays drawn on top of the ground.
// Colours: the Okabe-Ito colour-blind-safe palette for everything a player must tell apart
// (tenure markers, building colours), muted earth tones for the ground; every overlay also
// differs in shape (tenure: top-left triangle / fenced border / bottom-right triangle).
// The painters: scripts/tileset/ (frame.ts the drawing primitives and palette, ground.ts terrain,
// uses.ts buildings and land cover, marks.ts tenure and UI frames, png.ts the encoder).
import { writeFileSync } from "node:fs";
import { FRAMES, TILESET_COLUMNS, TILE_SIZE, type FrameInfo } from "../client/tileFrames";
import { Frame } from "./tileset/frame";
import { flat, mountain, slope, water } from "./tileset/ground";
import { hover, landReserve, selected, stateUrban, villageCollective } from "./tileset/marks";
import { encodePng } from "./tileset/png";
import { bridge, commercialHousing, factory, farmland, forest, informalHousing, office, oldUrban, prhEstate, road, stateIndustry, villageHousing } from "./tileset/uses";

const PAINTERS: Record<FrameInfo["value"], (f: Frame) => void> = {
  water, flat, slope, mountain,
  farmland, forest, villageHousing, informalHousing, oldUrban, stateIndustry,
  commercialHousing, factory, prhEstate, road, bridge, office,
  stateUrban, landReserve, villageCollective,
  hover, selected,
};

function main(): void {
  const rows = Math.ceil(FRAMES.length / TILESET_COLUMNS);
  const width = TILESET_COLUMNS * TILE_SIZE;
  const height = rows * TILE_SIZE;
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
  const out = new URL("../assets/tiles/shancheng.png", import.meta.url);
  writeFileSync(out, encodePng(width, height, sheet));
  console.log(`wrote ${out.pathname}: ${FRAMES.length} frames, ${width}x${height} px`);
}

main();
