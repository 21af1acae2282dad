// The tileset generator's primitives (scripts/tileset/): alpha blending of one pixel, clipping,
// and the PNG container, with numbers worked by hand.
import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { Frame, rgb } from "../../scripts/tileset/frame";
import { encodePng } from "../../scripts/tileset/png";

const pixel = (f: Frame, x: number, y: number) => [...f.px.subarray((y * 32 + x) * 4, (y * 32 + x) * 4 + 4)];

describe("Frame", () => {
  it("blends a half-transparent colour over an opaque one (source-over)", () => {
    const f = new Frame();
    f.dot(3, 4, rgb("#FFFFFF"));
    f.dot(3, 4, rgb("#000000", 128));
    // a = 128/255; colour = 255 * (1 - a) = 127.0 -> 127; alpha stays 255.
    expect(pixel(f, 3, 4)).toEqual([127, 127, 127, 255]);
  });

  it("keeps a translucent colour as it is over a transparent pixel", () => {
    const f = new Frame();
    f.dot(0, 0, rgb("#D55E00", 70));
    expect(pixel(f, 0, 0)).toEqual([0xd5, 0x5e, 0x00, 70]);
  });

  it("clips what falls outside the 32 x 32 frame", () => {
    const f = new Frame();
    f.rect(30, 30, 5, 5, rgb("#0072B2"));
    const painted = [...Array(32 * 32).keys()].filter((i) => f.px[i * 4 + 3] > 0);
    expect(painted).toEqual([30 * 32 + 30, 30 * 32 + 31, 31 * 32 + 30, 31 * 32 + 31]);
  });
});

describe("encodePng", () => {
  it("writes signature, IHDR, one IDAT with filter bytes, and IEND", () => {
    const png = encodePng(2, 1, new Uint8Array([255, 0, 0, 255, 0, 0, 255, 128]));
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.subarray(12, 16).toString("ascii")).toBe("IHDR");
    expect([png.readUInt32BE(16), png.readUInt32BE(20), ...png.subarray(24, 29)]).toEqual([2, 1, 8, 6, 0, 0, 0]);
    const idatLength = png.readUInt32BE(33);
    expect(png.subarray(37, 41).toString("ascii")).toBe("IDAT");
    // One row: filter type 0, then the two RGBA pixels.
    expect([...inflateSync(png.subarray(41, 41 + idatLength))]).toEqual([0, 255, 0, 0, 255, 0, 0, 255, 128]);
    // IEND: empty body, and its CRC-32 is the well-known AE 42 60 82.
    expect([...png.subarray(-12)]).toEqual([0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);
  });
});
