// Draws the game's tileset, assets/tiles/shancheng.png, as pixel art from code:
//   npx tsx scripts/make-tileset.ts
// Frame order and meaning come from client/tileFrames.ts (FRAMES). Terrain frames are opaque
// ground; use, tenure and UI frames are transparent overlays drawn on top of the ground.
// Colours: the Okabe-Ito colour-blind-safe palette for everything a player must tell apart
// (tenure markers, building colours), muted earth tones for the ground; every overlay also
// differs in shape (tenure: top-left triangle / fenced border / bottom-right triangle).
// The painters: scripts/tileset/ (sheet.ts lays the frames out; frame.ts the drawing primitives
// and palette, ground.ts terrain, uses.ts buildings and land cover, marks.ts tenure and UI frames,
// png.ts the encoder).
import { writeFileSync } from "node:fs";
import { FRAMES } from "../client/tileFrames";
import { SHEET, tilesetPng } from "./tileset/sheet";

const out = new URL("../assets/tiles/shancheng.png", import.meta.url);
writeFileSync(out, tilesetPng());
console.log(`wrote ${out.pathname}: ${FRAMES.length} frames, ${SHEET.width}x${SHEET.height} px`);
