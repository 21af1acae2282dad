// Generates the default map, assets/maps/chongqing.tmj (Tiled 1.8 JSON), deterministically:
//   npx tsx scripts/make-map.ts
// A stylised central Chongqing in 1997 at 500 m per tile (64 x 48 tiles = 32 x 24 km). The
// layout follows the source chapter (seed/chongqing-planning-chapter.txt): the rocky Yuzhong
// peninsula where the Jialing (from the north-west) joins the Yangtze (from the south-west,
// flowing on east), water on three sides of it; north-south bands of steep ridges with wooded
// valleys between them; a multi-nodal city (Jiangbei north of the Jialing, Nan'an south of the
// Yangtze, Shapingba to the west); state-owned works and 1940s housing on prime inner land;
// villages with farmland and house plots on the periphery. No bridges: building them is play.
// The layer/property contract this file writes is documented in docs/map.md.
// The parts: scripts/map/ (geography.ts the places, terrain.ts, layers.ts tenure and use,
// tiled.ts the file format).
import { writeFileSync } from "node:fs";
import { buildMap, serialise } from "./map/tiled";

const out = new URL("../assets/maps/chongqing.tmj", import.meta.url);
writeFileSync(out, serialise(buildMap()));
console.log(`wrote ${out.pathname}`);
