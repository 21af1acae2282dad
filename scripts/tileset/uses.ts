// Use frames: transparent overlays. Buildings are outlined icons; farmland and forest let the
// ground show through so flat/slope stays visible underneath.
import { TILE_SIZE } from "../../client/tileFrames";
import { OI, rgb, type Frame, type RGBA } from "./frame";

/** A patchwork of four fields, furrows turned alternately, paths of bare ground between them. */
export function farmland(f: Frame): void {
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

export function forest(f: Frame): void {
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
export function villageHousing(f: Frame): void {
  house(f, 3, 5, 12, 8, 10);
  house(f, 17, 12, 11, 7, 10);
  f.outline(rgb("#3A2A1E"));
}

/** A tight cluster of self-built rooms: flat corrugated roofs, some on stilts (diaojiaolou). */
export function informalHousing(f: Frame): void {
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
export function oldUrban(f: Frame): void {
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
export function stateIndustry(f: Frame): void {
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
export function factory(f: Frame): void {
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
export function commercialHousing(f: Frame): void {
  for (const [x, top] of [[2, 9], [12, 2], [22, 13]]) {
    f.rect(x, top, 8, 30 - top, OI.skyBlue);
    f.rect(x + 6, top, 2, 30 - top, rgb("#3A8CC0"));
    for (let y = top + 2; y < 30; y += 3) f.rect(x + 1, y, 5, 1, rgb("#C4E6F8"));
    f.rect(x + 2, top - 1, 4, 1, rgb("#3A8CC0"));
  }
  f.outline(rgb("#173650"));
}

/** Identical high-rise slabs with a regular window grid: built by the programme, not the market. */
export function prhEstate(f: Frame): void {
  for (const x of [2, 12, 22]) {
    f.rect(x, 5, 8, 25, OI.orange);
    f.rect(x, 5, 8, 2, rgb("#A86F00"));
    for (let y = 8; y < 29; y += 3) for (let wx = x + 1; wx < x + 7; wx += 2) f.dot(wx, y, rgb("#FFF1CC"));
  }
  f.outline(rgb("#4A3300"));
}

/** Office blocks: one broad slate tower with window bands and a lit crown, beside a low annex. */
export function office(f: Frame): void {
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

export function road(f: Frame): void {
  crossArms(f, rgb("#6E6E6E"), rgb("#484848"));
  for (let k = 1; k < TILE_SIZE; k += 6) {
    if (k + 3 < 11 || k > 20) {
      f.rect(k, 15, 3, 2, rgb("#F2F2F2"));
      f.rect(15, k, 2, 3, rgb("#F2F2F2"));
    }
  }
}

/** A light concrete deck with railings and posts: reads as "bridge", not "road", on water. */
export function bridge(f: Frame): void {
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
