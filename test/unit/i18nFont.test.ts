// The shipped Chinese font covers every character of the Chinese catalogue: the subset's code
// points (written by scripts/make-font.ts from the font's own cmap) against the catalogue's text.
// A failure here means: run `npm run make:font` after changing zhCN.ts.
import { readFileSync, statSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { zhCN } from "../../client/i18n/zhCN";

const texts = (value: unknown): string[] => (typeof value === "string" ? [value] : value && typeof value === "object" ? Object.values(value).flatMap(texts) : []);

describe("the Chinese font subset", () => {
  it("has a glyph for every character of the zh-CN catalogue", () => {
    const covered = new Set(readFileSync("assets/fonts/noto-sans-sc-subset.codepoints.txt", "utf8").trim().split("\n").map((hex) => parseInt(hex, 16)));
    const used = new Set([...texts(zhCN).join("")].map((c) => c.codePointAt(0)!));
    const missing = [...used].filter((cp) => !covered.has(cp)).map((cp) => String.fromCodePoint(cp));
    expect(missing).toEqual([]);
    expect(covered.has("¥".codePointAt(0)!) && covered.has("万".codePointAt(0)!) && covered.has("亿".codePointAt(0)!)).toBe(true);
    // A subset, not the whole font (Noto Sans CJK SC is ~16 MB).
    expect(statSync("assets/fonts/noto-sans-sc-subset.woff2").size).toBeLessThan(400_000);
  });
});
