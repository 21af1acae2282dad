// One 32 x 32 RGBA tileset frame with the few drawing primitives pixel art needs, and the
// colours every painter shares.
import { TILE_SIZE } from "../../client/tileFrames";

export type RGBA = readonly [number, number, number, number];

export const rgb = (hex: string, alpha = 255): RGBA => [
  parseInt(hex.slice(1, 3), 16),
  parseInt(hex.slice(3, 5), 16),
  parseInt(hex.slice(5, 7), 16),
  alpha,
];

/** Okabe & Ito (2008) colour-universal-design palette. */
export const OI = {
  black: rgb("#000000"),
  orange: rgb("#E69F00"),
  skyBlue: rgb("#56B4E9"),
  bluishGreen: rgb("#009E73"),
  yellow: rgb("#F0E442"),
  blue: rgb("#0072B2"),
  vermillion: rgb("#D55E00"),
  white: rgb("#FFFFFF"),
};

export class Frame {
  readonly px = new Uint8Array(TILE_SIZE * TILE_SIZE * 4);

  /** Paint one pixel, alpha-blending over what is there; off-frame pixels are clipped. */
  dot(x: number, y: number, c: RGBA): void {
    if (x < 0 || y < 0 || x >= TILE_SIZE || y >= TILE_SIZE) return;
    const i = (y * TILE_SIZE + x) * 4;
    const a = c[3] / 255;
    const under = this.px[i + 3] / 255;
    const out = a + under * (1 - a);
    for (let k = 0; k < 3; k++) {
      this.px[i + k] = out === 0 ? 0 : Math.round((c[k] * a + this.px[i + k] * under * (1 - a)) / out);
    }
    this.px[i + 3] = Math.round(out * 255);
  }

  rect(x: number, y: number, w: number, h: number, c: RGBA): void {
    for (let j = y; j < y + h; j++) for (let i = x; i < x + w; i++) this.dot(i, j, c);
  }

  line(x0: number, y0: number, x1: number, y1: number, c: RGBA): void {
    const steps = Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0), 1);
    for (let s = 0; s <= steps; s++) {
      this.dot(Math.round(x0 + ((x1 - x0) * s) / steps), Math.round(y0 + ((y1 - y0) * s) / steps), c);
    }
  }

  disc(cx: number, cy: number, r: number, c: RGBA): void {
    for (let y = Math.floor(cy - r); y <= cy + r; y++) {
      for (let x = Math.floor(cx - r); x <= cx + r; x++) {
        if ((x - cx) ** 2 + (y - cy) ** 2 <= r * r) this.dot(x, y, c);
      }
    }
  }

  /** Fill a convex or concave polygon by testing pixel centres (even-odd rule). */
  polygon(points: readonly (readonly [number, number])[], c: RGBA): void {
    for (let y = 0; y < TILE_SIZE; y++) {
      for (let x = 0; x < TILE_SIZE; x++) {
        const px = x + 0.5;
        const py = y + 0.5;
        let inside = false;
        for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
          const [xi, yi] = points[i];
          const [xj, yj] = points[j];
          if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) inside = !inside;
        }
        if (inside) this.dot(x, y, c);
      }
    }
  }

  alpha(x: number, y: number): number {
    return x < 0 || y < 0 || x >= TILE_SIZE || y >= TILE_SIZE ? 0 : this.px[(y * TILE_SIZE + x) * 4 + 3];
  }

  /** Ring every drawn shape with a 1 px outline so icons stay legible on any ground. */
  outline(c: RGBA): void {
    const edge: [number, number][] = [];
    for (let y = 0; y < TILE_SIZE; y++) {
      for (let x = 0; x < TILE_SIZE; x++) {
        const solid = (dx: number, dy: number) => this.alpha(x + dx, y + dy) >= 128;
        if (this.alpha(x, y) < 128 && (solid(1, 0) || solid(-1, 0) || solid(0, 1) || solid(0, -1))) edge.push([x, y]);
      }
    }
    for (const [x, y] of edge) this.dot(x, y, c);
  }
}
