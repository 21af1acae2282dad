// Terrain frames: opaque, calm ground colours. Patterns continue across frame edges so a band of
// equal tiles reads as one surface rather than a grid.
import { TILE_SIZE } from "../../client/tileFrames";
import { rgb, type Frame } from "./frame";

export function water(f: Frame): void {
  f.rect(0, 0, TILE_SIZE, TILE_SIZE, rgb("#5B8FBF"));
  const ripple = rgb("#8CB6DC");
  for (const [x, y] of [[3, 5], [18, 3], [10, 13], [24, 15], [3, 23], [17, 25]]) {
    f.dot(x, y + 1, ripple);
    f.rect(x + 1, y, 2, 1, ripple);
    f.rect(x + 3, y + 1, 2, 1, ripple);
    f.dot(x + 5, y, ripple);
  }
}

export function flat(f: Frame): void {
  f.rect(0, 0, TILE_SIZE, TILE_SIZE, rgb("#DCD6AE"));
  const speck = rgb("#C8C196");
  for (const [x, y] of [[4, 4], [13, 9], [25, 6], [7, 19], [20, 17], [28, 26], [14, 27], [2, 29]]) f.rect(x, y, 2, 1, speck);
}

/** Contour lines, as on a topographic map: they meet their neighbours at the frame edge. */
export function slope(f: Frame): void {
  f.rect(0, 0, TILE_SIZE, TILE_SIZE, rgb("#CBB583"));
  const contour = rgb("#A58E5C");
  for (const base of [5, 15, 25]) {
    for (let x = 0; x < TILE_SIZE; x++) f.dot(x, base + Math.round(3 * Math.sin((x / TILE_SIZE) * Math.PI)), contour);
  }
}

/** Hatched, as the source's city map hatches mountainous areas (Figure 3.2), plus a peak glyph. */
export function mountain(f: Frame): void {
  f.rect(0, 0, TILE_SIZE, TILE_SIZE, rgb("#9A8F82"));
  const hatch = rgb("#80766A");
  for (let k = -TILE_SIZE; k < TILE_SIZE; k += 6) f.line(k, 0, k + TILE_SIZE - 1, TILE_SIZE - 1, hatch);
  f.polygon([[16, 5], [3, 27], [29, 27]], rgb("#6A6054"));
  f.polygon([[16, 5], [3, 27], [16, 27]], rgb("#BDB3A5"));
  f.polygon([[16, 5], [13, 11], [16, 13], [19, 11]], rgb("#E9E4DA"));
  f.line(16, 5, 3, 27, rgb("#4A4238"));
  f.line(16, 5, 29, 27, rgb("#4A4238"));
  f.line(3, 27, 29, 27, rgb("#4A4238"));
}
