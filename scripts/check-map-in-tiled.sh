#!/bin/sh
# Checks that the default map opens in the real Tiled editor and survives a save by it:
#  1. Tiled re-saves assets/maps/chongqing.tmj as JSON; our loader must read the copy back to
#     exactly the same GameMap as the original.
#  2. Tiled's own renderer (tmxrasterizer) draws the map to docs/map-in-tiled.png.
# With --update-fixture it also refreshes test/fixtures/chongqing.resaved-by-tiled-1.8.tmj
# (only with Tiled 1.8.x, the version that fixture records).
# Needs: tiled and tmxrasterizer (Debian/Ubuntu: apt-get install tiled). Runs headless.
set -eu
cd "$(dirname "$0")/.."
ROOT="$(pwd)"
export QT_QPA_PLATFORM=offscreen

VERSION="$(tiled --version 2>/dev/null)"
echo "using $VERSION"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

# Tiled writes the tileset image path relative to the output file only when given absolute paths.
tiled --export-map json "$ROOT/assets/maps/chongqing.tmj" "$TMP/resaved.tmj" 2>/dev/null
npx tsx -e '
  import { readFileSync } from "node:fs";
  import { isDeepStrictEqual } from "node:util";
  import { loadTiledMap } from "./shared/maps/tiledLoader.ts";
  const load = (path: string) => loadTiledMap(JSON.parse(readFileSync(path, "utf8")));
  const [original, resaved] = process.argv.slice(1);
  if (!isDeepStrictEqual(load(original), load(resaved))) throw new Error("Tiled re-save changed the map");
  console.log("Tiled re-save loads to the same GameMap");
' "$ROOT/assets/maps/chongqing.tmj" "$TMP/resaved.tmj"

if [ "${1:-}" = "--update-fixture" ]; then
  case "$VERSION" in
    "Tiled 1.8."*) cp "$TMP/resaved.tmj" "$ROOT/test/fixtures/chongqing.resaved-by-tiled-1.8.tmj"; echo "fixture updated" ;;
    *) echo "fixture not updated: it records Tiled 1.8, this is $VERSION" >&2; exit 1 ;;
  esac
fi

# 14 px per tile (896 x 672) keeps the picture well under 300 KB.
tmxrasterizer --tilesize 14 "$ROOT/assets/maps/chongqing.tmj" "$ROOT/docs/map-in-tiled.png" 2>/dev/null
echo "rendered docs/map-in-tiled.png ($(wc -c < "$ROOT/docs/map-in-tiled.png") bytes)"
