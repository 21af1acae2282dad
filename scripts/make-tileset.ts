// Draws the game's tileset, assets/tiles/shancheng.png, as pixel art from code:
//   npx tsx scripts/make-tileset.ts
// Frame order and meaning come from client/tileFrames.ts (FRAMES). Terrain frames are opaque
// ground; use, tenure and UI frames are transparent overlays drawn on top of the ground.
// Colours: the Okabe-Ito colour-blind-safe palette for everything a player must tell apart
// (tenure markers, building colours), muted earth tones for the ground; every overlay also
// differs in shape (tenure: top-left triangle / fenced border / bottom-right triangle).
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";
import { FRAMES, TILESET_COLUMNS, TILE_SIZE, type FrameInfo } from "../client/tileFrames";

type RGBA = readonly [number, number, number, number];

const rgb = (hex: string, alpha = 255): RGBA => [
  parseInt(hex.slice(1, 3), 16),
  parseInt(hex.slice(3, 5), 16),
  parseInt(hex.slice(5, 7), 16),
  alpha,
];

/** Okabe & Ito (2008) colour-universal-design palette. */
const OI = {
  black: rgb("#000000"),
  orange: rgb("#E69F00"),
  skyBlue: rgb("#56B4E9"),
  bluishGreen: rgb("#009E73"),
  yellow: rgb("#F0E442"),
  blue: rgb("#0072B2"),
  vermillion: rgb("#D55E00"),
  white: rgb("#FFFFFF"),
};

// ---------------------------------------------------------------------------------------------
// One 32 x 32 RGBA frame with the few drawing primitives pixel art needs.

class Frame {
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

// ---------------------------------------------------------------------------------------------
// Terrain: opaque, calm ground colours. Patterns continue across frame edges so a band of
// equal tiles reads as one surface rather than a grid.

function water(f: Frame): void {
  f.rect(0, 0, TILE_SIZE, TILE_SIZE, rgb("#5B8FBF"));
  const ripple = rgb("#8CB6DC");
  for (const [x, y] of [[3, 5], [18, 3], [10, 13], [24, 15], [3, 23], [17, 25]]) {
    f.dot(x, y + 1, ripple);
    f.rect(x + 1, y, 2, 1, ripple);
    f.rect(x + 3, y + 1, 2, 1, ripple);
    f.dot(x + 5, y, ripple);
  }
}

function flat(f: Frame): void {
  f.rect(0, 0, TILE_SIZE, TILE_SIZE, rgb("#DCD6AE"));
  const speck = rgb("#C8C196");
  for (const [x, y] of [[4, 4], [13, 9], [25, 6], [7, 19], [20, 17], [28, 26], [14, 27], [2, 29]]) f.rect(x, y, 2, 1, speck);
}

/** Contour lines, as on a topographic map: they meet their neighbours at the frame edge. */
function slope(f: Frame): void {
  f.rect(0, 0, TILE_SIZE, TILE_SIZE, rgb("#CBB583"));
  const contour = rgb("#A58E5C");
  for (const base of [5, 15, 25]) {
    for (let x = 0; x < TILE_SIZE; x++) f.dot(x, base + Math.round(3 * Math.sin((x / TILE_SIZE) * Math.PI)), contour);
  }
}

/** Hatched, as the source's city map hatches mountainous areas (Figure 3.2), plus a peak glyph. */
function mountain(f: Frame): void {
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

// ---------------------------------------------------------------------------------------------
// Uses: transparent overlays. Buildings are outlined icons; farmland and forest let the ground
// show through so flat/slope stays visible underneath.

/** A patchwork of four fields, furrows turned alternately, paths of bare ground between them. */
function farmland(f: Frame): void {
  const fields: [number, number, boolean, string, string][] = [
    [2, 2, true, "#8DB255", "#6A8E38"], [17, 2, false, "#D2C45A", "#A99B35"],
    [2, 17, false, "#D2C45A", "#A99B35"], [17, 17, true, "#8DB255", "#6A8E38"],
  ];
  for (const [x, y, rows, crop, furrow] of fields) {
    f.rect(x, y, 13, 13, rgb(crop));
    for (let k = 1; k < 13; k += 3) {
      if (rows) f.rect(x, y + k, 13, 1, rgb(furrow));
      else f.rect(x + k, y, 1, 13, rgb(furrow));
    }
  }
  f.outline(rgb("#4E6B2E"));
}

function forest(f: Frame): void {
  const trunk = rgb("#6B4A2B");
  for (const [x, y, r] of [[9, 10, 6], [23, 9, 6], [16, 20, 7], [6, 24, 4], [27, 23, 4]]) {
    f.rect(x - 1, y + r - 2, 2, 4, trunk);
    f.disc(x, y, r, rgb("#1F7A4D"));
    f.disc(x - r / 3, y - r / 3, r / 2, rgb("#3FA56B"));
  }
  f.outline(rgb("#143D27"));
}

function house(f: Frame, x: number, y: number, w: number, roofH: number, wallH: number): void {
  f.rect(x, y + roofH, w, wallH, rgb("#F1E8D2"));
  f.polygon([[x - 2, y + roofH], [x + w / 2, y], [x + w + 2, y + roofH]], rgb("#C0582F"));
  f.line(x - 1, y + roofH - 1, x + w / 2, y, rgb("#E0835A"));
  f.rect(x + Math.floor(w / 2) - 1, y + roofH + wallH - 5, 3, 5, rgb("#5A3A22"));
  f.rect(x + 2, y + roofH + 2, 2, 2, rgb("#5A3A22"));
}

/** Farmhouses with pitched tile roofs on the village house plots (zhaijidi). */
function villageHousing(f: Frame): void {
  house(f, 3, 5, 12, 8, 10);
  house(f, 17, 12, 11, 7, 10);
  f.outline(rgb("#3A2A1E"));
}

/** A tight cluster of self-built rooms: flat corrugated roofs, some on stilts (diaojiaolou). */
function informalHousing(f: Frame): void {
  const walls = [rgb("#C9A97E"), rgb("#A7B59F"), rgb("#D7C49C"), rgb("#B99B86")];
  const shacks: [number, number, number, number, boolean][] = [
    [2, 4, 9, 7, true], [12, 2, 8, 8, false], [21, 5, 9, 7, true],
    [3, 15, 8, 7, false], [13, 13, 10, 8, true], [24, 16, 6, 7, false],
    [6, 24, 9, 5, true], [18, 24, 10, 5, false],
  ];
  shacks.forEach(([x, y, w, h, stilts], i) => {
    if (stilts) for (let sx = x + 1; sx < x + w; sx += 3) f.rect(sx, y + h, 1, 3, rgb("#5A4632"));
    f.rect(x, y, w, h, walls[i % walls.length]);
    f.rect(x, y, w, 2, i % 3 === 0 ? rgb("#B8683A") : rgb("#A3AEB6"));
    for (let rx = x + 1; rx < x + w; rx += 2) f.dot(rx, y, rgb("#7E8A93"));
    f.rect(x + 2, y + 3, 2, 2, rgb("#3E342C"));
  });
  f.outline(rgb("#2E2824"));
}

/** Dense three- and four-storey brick blocks of the old city (pre-1949 housing). */
function oldUrban(f: Frame): void {
  const blocks: [number, number, number, number, string][] = [
    [1, 3, 9, 13, "#A8765A"], [11, 1, 10, 15, "#BD9573"], [22, 5, 9, 11, "#977059"],
    [2, 18, 13, 12, "#B58B6A"], [17, 17, 13, 13, "#A07055"],
  ];
  for (const [x, y, w, h, c] of blocks) {
    f.rect(x, y, w, h, rgb(c));
    f.rect(x, y, w, 2, rgb("#5E5048"));
    for (let wy = y + 3; wy < y + h - 1; wy += 3) for (let wx = x + 1; wx < x + w - 1; wx += 3) f.rect(wx, wy, 1, 2, rgb("#3B302A"));
  }
  f.outline(rgb("#2F2620"));
}

/** A small five-pointed star, the cue for state ownership on the SOE works. */
function star(f: Frame, cx: number, cy: number, r: number, c: RGBA): void {
  const pts: [number, number][] = [];
  for (let k = 0; k < 10; k++) {
    const rad = k % 2 === 0 ? r : r * 0.45;
    const ang = -Math.PI / 2 + (k * Math.PI) / 5;
    pts.push([cx + rad * Math.cos(ang), cy + rad * Math.sin(ang)]);
  }
  f.polygon(pts, c);
}

/** Old state-owned works: dark sawtooth-roof sheds, a brick smokestack, a red star. */
function stateIndustry(f: Frame): void {
  for (let i = 0; i < 4; i++) {
    const x = 1 + i * 6;
    f.polygon([[x, 15], [x + 6, 9], [x + 6, 15]], rgb("#4D5866"));
    f.rect(x + 5, 10, 1, 5, rgb("#9FC3DA"));
  }
  f.rect(1, 15, 24, 14, rgb("#7D8896"));
  f.rect(9, 22, 6, 7, rgb("#4D5866"));
  star(f, 5.5, 20.5, 4, OI.vermillion);
  f.rect(25, 8, 5, 21, rgb("#8E3B2E"));
  f.rect(25, 10, 5, 2, rgb("#E8E0D8"));
  f.disc(25, 4, 2.5, rgb("#B8B8B8"));
  f.disc(21, 3, 2, rgb("#C8C8C8"));
  f.outline(rgb("#262B31"));
}

/** A new private factory: light flat-roofed shed, loading door, slim steel chimney. */
function factory(f: Frame): void {
  f.rect(26, 5, 3, 22, rgb("#A5ADB5"));
  f.rect(25, 5, 5, 2, rgb("#6E7780"));
  f.rect(2, 12, 22, 17, rgb("#D9DEE3"));
  f.rect(2, 12, 22, 3, OI.skyBlue);
  f.rect(13, 19, 8, 10, rgb("#7F8A94"));
  for (let y = 21; y < 29; y += 2) f.rect(13, y, 8, 1, rgb("#69737C"));
  f.rect(4, 18, 3, 3, rgb("#4E5A66"));
  f.rect(8, 18, 3, 3, rgb("#4E5A66"));
  f.rect(5, 9, 5, 3, rgb("#B3BBC3"));
  f.outline(rgb("#2F3A44"));
}

/** Glass towers of different heights: the market builds as high as the plot allows. */
function commercialHousing(f: Frame): void {
  for (const [x, top] of [[2, 9], [12, 2], [22, 13]]) {
    f.rect(x, top, 8, 30 - top, OI.skyBlue);
    f.rect(x + 6, top, 2, 30 - top, rgb("#3A8CC0"));
    for (let y = top + 2; y < 30; y += 3) f.rect(x + 1, y, 5, 1, rgb("#C4E6F8"));
    f.rect(x + 2, top - 1, 4, 1, rgb("#3A8CC0"));
  }
  f.outline(rgb("#173650"));
}

/** Identical high-rise slabs with a regular window grid: built by the programme, not the market. */
function prhEstate(f: Frame): void {
  for (const x of [2, 12, 22]) {
    f.rect(x, 5, 8, 25, OI.orange);
    f.rect(x, 5, 8, 2, rgb("#A86F00"));
    for (let y = 8; y < 29; y += 3) for (let wx = x + 1; wx < x + 7; wx += 2) f.dot(wx, y, rgb("#FFF1CC"));
  }
  f.outline(rgb("#4A3300"));
}

/** Office blocks: one broad slate tower with window bands and a lit crown, beside a low annex. */
function office(f: Frame): void {
  f.rect(6, 3, 16, 27, rgb("#4F5D6E"));
  for (let y = 6; y < 29; y += 3) f.rect(7, y, 14, 1, rgb("#D6E4F0"));
  f.rect(6, 3, 16, 2, OI.vermillion);
  f.rect(22, 17, 7, 13, rgb("#7A8796"));
  for (let y = 19; y < 29; y += 3) f.rect(23, y, 5, 1, rgb("#D6E4F0"));
  f.outline(rgb("#1E2630"));
}

/** A crossroads: every arm meets the frame edge, so road tiles join up in any direction. */
function crossArms(f: Frame, deck: RGBA, edge: RGBA): void {
  f.rect(0, 11, TILE_SIZE, 10, deck);
  f.rect(11, 0, 10, TILE_SIZE, deck);
  for (let k = 0; k < TILE_SIZE; k++) {
    if (k < 11 || k > 20) {
      f.dot(k, 11, edge);
      f.dot(k, 20, edge);
      f.dot(11, k, edge);
      f.dot(20, k, edge);
    }
  }
}

function road(f: Frame): void {
  crossArms(f, rgb("#6E6E6E"), rgb("#484848"));
  for (let k = 1; k < TILE_SIZE; k += 6) {
    if (k + 3 < 11 || k > 20) {
      f.rect(k, 15, 3, 2, rgb("#F2F2F2"));
      f.rect(15, k, 2, 3, rgb("#F2F2F2"));
    }
  }
}

/** A light concrete deck with railings and posts: reads as "bridge", not "road", on water. */
function bridge(f: Frame): void {
  const shadow = rgb("#000000", 70);
  f.rect(0, 21, TILE_SIZE, 2, shadow);
  f.rect(21, 0, 2, TILE_SIZE, shadow);
  crossArms(f, rgb("#DDD4C4"), rgb("#2E2A26"));
  const post = rgb("#2E2A26");
  for (let k = 1; k < TILE_SIZE; k += 4) {
    if (k < 10 || k > 21) {
      f.dot(k, 12, post);
      f.dot(k, 19, post);
      f.dot(12, k, post);
      f.dot(19, k, post);
    }
  }
  f.rect(14, 14, 4, 4, rgb("#B8AE9C"));
}

// ---------------------------------------------------------------------------------------------
// Tenure markers: transparent interior; told apart by place and shape as well as colour.

/** Leg of the corner triangles in px: big enough to spot at 1x, small enough to leave the icon. */
const MARK = 9;

/** State-owned land: a blue triangle in the top-left corner. */
function stateUrban(f: Frame): void {
  f.polygon([[0, 0], [MARK, 0], [0, MARK]], OI.blue);
  f.line(MARK, 0, 0, MARK, OI.white);
  f.line(MARK + 1, 0, 0, MARK + 1, rgb("#000000", 140));
}

/** State land reserve: a vermillion-and-white "site fence" dashed round the whole tile. */
function landReserve(f: Frame): void {
  for (let k = 0; k < TILE_SIZE; k++) {
    const c = Math.floor(k / 4) % 2 === 0 ? OI.vermillion : OI.white;
    f.rect(k, 0, 1, 3, c);
    f.rect(k, TILE_SIZE - 3, 1, 3, c);
    f.rect(0, k, 3, 1, c);
    f.rect(TILE_SIZE - 3, k, 3, 1, c);
  }
  const inner = rgb("#000000", 150);
  f.rect(3, 3, TILE_SIZE - 6, 1, inner);
  f.rect(3, TILE_SIZE - 4, TILE_SIZE - 6, 1, inner);
  f.rect(3, 4, 1, TILE_SIZE - 8, inner);
  f.rect(TILE_SIZE - 4, 4, 1, TILE_SIZE - 8, inner);
}

/** Village collective land: a yellow triangle in the bottom-right corner. */
function villageCollective(f: Frame): void {
  const e = TILE_SIZE - 1;
  f.polygon([[TILE_SIZE, TILE_SIZE], [TILE_SIZE - MARK - 1, TILE_SIZE], [TILE_SIZE, TILE_SIZE - MARK - 1]], OI.yellow);
  f.line(e - MARK, e, e, e - MARK, OI.black);
}

// ---------------------------------------------------------------------------------------------
// UI frames.

function hover(f: Frame): void {
  f.rect(0, 0, TILE_SIZE, TILE_SIZE, OI.black);
  f.rect(1, 1, TILE_SIZE - 2, TILE_SIZE - 2, OI.white);
  f.rect(3, 3, TILE_SIZE - 6, TILE_SIZE - 6, OI.black);
  // Clear the interior back to transparent.
  for (let y = 4; y < TILE_SIZE - 4; y++) f.px.fill(0, (y * TILE_SIZE + 4) * 4, (y * TILE_SIZE + TILE_SIZE - 4) * 4);
}

/** Thick yellow corner brackets: distinct from the hover frame even at a glance. */
function selected(f: Frame): void {
  const arm = 11;
  for (const [cx, cy] of [[0, 0], [1, 0], [0, 1], [1, 1]]) {
    const x = cx === 0 ? 1 : TILE_SIZE - 1 - 4;
    const y = cy === 0 ? 1 : TILE_SIZE - 1 - 4;
    f.rect(cx === 0 ? 1 : TILE_SIZE - 1 - arm, y, arm, 4, OI.yellow);
    f.rect(x, cy === 0 ? 1 : TILE_SIZE - 1 - arm, 4, arm, OI.yellow);
  }
  f.outline(OI.black);
}

const PAINTERS: Record<FrameInfo["value"], (f: Frame) => void> = {
  water, flat, slope, mountain,
  farmland, forest, villageHousing, informalHousing, oldUrban, stateIndustry,
  commercialHousing, factory, prhEstate, road, bridge, office,
  stateUrban, landReserve, villageCollective,
  hover, selected,
};

// ---------------------------------------------------------------------------------------------
// PNG encoding (RGBA, 8 bits per channel, no interlace): signature, IHDR, one IDAT, IEND.

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, body: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + body.length);
  out.writeUInt32BE(body.length, 0);
  out.write(type, 4, "ascii");
  Buffer.from(body).copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + body.length)), 8 + body.length);
  return out;
}

function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // bit depth 8, colour type 6 (RGBA), deflate, adaptive filter, no interlace
  const raw = Buffer.alloc(height * (1 + width * 4));
  for (let y = 0; y < height; y++) {
    raw[y * (1 + width * 4)] = 0; // filter type None
    Buffer.from(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4).copy(raw, y * (1 + width * 4) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", new Uint8Array(0)),
  ]);
}

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
