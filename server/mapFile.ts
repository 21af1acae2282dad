// Loads a Tiled map from disk for the server. Parsing and checking live in shared/tiledLoader.ts.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { GameMap } from "../shared/model/map";
import { loadTiledMap } from "../shared/maps/tiledLoader";

export const DEFAULT_MAP_PATH = fileURLToPath(new URL("../assets/maps/chongqing.tmj", import.meta.url));

const cache = new Map<string, GameMap>();

/** The map at `path`, read and checked once per process. Throws MapFormatError on a bad map. */
export function loadMapFile(path: string = DEFAULT_MAP_PATH): GameMap {
  let map = cache.get(path);
  if (!map) {
    map = loadTiledMap(JSON.parse(readFileSync(path, "utf8")));
    cache.set(path, map);
  }
  return map;
}
