// The committed map and tileset are what their generators make: `npm run make:map` would rewrite
// the map byte for byte and `npm run make:tileset` the tileset's header and pixels (compared
// decompressed, so another zlib's bytes do not matter). A change to a generator not followed by
// regenerating, or a hand edit of a generated file, fails here.
import { readFileSync } from "node:fs";
import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { buildMap, serialise } from "../../scripts/map/tiled";
import { tilesetPng } from "../../scripts/tileset/sheet";

const asset = (path: string) => readFileSync(new URL(`../../assets/${path}`, import.meta.url));

/** A PNG's IHDR body and its image data inflated: filter bytes and pixels, row by row. */
function decoded(png: Buffer): { header: Buffer; rows: Buffer } {
  const idat: Buffer[] = [];
  let header: Buffer = Buffer.alloc(0);
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.subarray(at + 4, at + 8).toString("ascii");
    const body = png.subarray(at + 8, at + 8 + length);
    if (type === "IHDR") header = body;
    if (type === "IDAT") idat.push(body);
    at += 12 + length;
  }
  return { header, rows: inflateSync(Buffer.concat(idat)) };
}

describe("generated assets", () => {
  it("the default map is scripts/make-map.ts's output", () => {
    expect(serialise(buildMap())).toBe(asset("maps/chongqing.tmj").toString("utf8"));
  });

  it("the tileset is scripts/make-tileset.ts's output", () => {
    const made = decoded(tilesetPng());
    const committed = decoded(asset("tiles/shancheng.png"));
    expect(made.header.equals(committed.header)).toBe(true);
    expect(made.rows.length).toBe(committed.rows.length);
    expect(made.rows.equals(committed.rows)).toBe(true);
  });
});
