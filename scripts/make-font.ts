// Makes assets/fonts/noto-sans-sc-subset.woff2: Noto Sans CJK SC (Regular) cut down to the
// characters the page shows in Chinese, so Chinese renders on a machine without CJK fonts
// (Debian's chromium has none). The characters: every text of the zh-CN catalogue, every CJK
// character in the client's and the rules' sources (glossary terms, names), ASCII, ¥ 万 亿 and
// the punctuation of both languages. Also writes the subset's code points (one hex a line, what
// test/unit/i18nFont.test.ts checks the catalogue against) and the font's OFL licence.
//   npm run make:font        needs fonts-noto-cjk and python3-fonttools (+ python3-brotli)
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { zhCN } from "../client/i18n/zhCN";

const SOURCE = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";
/** Noto Sans CJK SC's index in the collection (JP, KR, SC, TC, HK, then the Mono faces). */
const SC_INDEX = 2;
const LICENCE_SOURCE = "/usr/share/doc/fonts-noto-cjk/copyright";
const PYTHON = process.env.PYTHON ?? "/usr/bin/python3";
const OUT = "assets/fonts";
export const FONT_FILE = `${OUT}/noto-sans-sc-subset.woff2`;
export const CODEPOINTS_FILE = `${OUT}/noto-sans-sc-subset.codepoints.txt`;

/** Every string in a catalogue. */
function texts(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (value && typeof value === "object") return Object.values(value).flatMap(texts);
  return [];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|css|html|tmj)$/.test(name) ? [path] : [];
  });
}

const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]/gu;
const ASCII = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join("");
const EXTRA = "¥万亿，。、：；！？（）《》【】“”‘’—–…·−▲▼⏸ ";

const chars = new Set<string>([...ASCII, ...EXTRA, ...texts(zhCN).join("")]);
// The maps' Chinese place names (villages, districts, rivers, ridges) are drawn on the map too.
for (const file of [...sourceFiles("client"), ...sourceFiles("shared"), ...sourceFiles("assets/maps")]) for (const c of readFileSync(file, "utf8").match(CJK) ?? []) chars.add(c);

mkdirSync(OUT, { recursive: true });
const listFile = join(OUT, ".chars.txt");
writeFileSync(listFile, [...chars].sort().join(""));
execFileSync(PYTHON, ["-m", "fontTools.subset", SOURCE, `--font-number=${SC_INDEX}`, `--text-file=${listFile}`, `--output-file=${FONT_FILE}`, "--flavor=woff2", "--no-hinting", "--desubroutinize"], { stdio: "inherit" });
execFileSync("rm", [listFile]);

// What the subset really covers, from its own cmap.
const cmap = execFileSync(PYTHON, ["-c", `from fontTools.ttLib import TTFont\nf = TTFont("${FONT_FILE}")\nprint("\\n".join("%04x" % c for c in sorted(f.getBestCmap())))\nprint("#" + f["name"].getDebugName(0))`], { encoding: "utf8" });
const lines = cmap.trim().split("\n");
const copyright = lines.pop()!.slice(1);
writeFileSync(CODEPOINTS_FILE, `${lines.join("\n")}\n`);

// The OFL, as Debian's package of the font carries it, with the font's own copyright line.
const debian = readFileSync(LICENCE_SOURCE, "utf8");
const ofl = debian.slice(debian.indexOf("License: SIL-1.1\n -----")).split("\n").slice(1);
const end = ofl.findIndex((line) => line.startsWith("License: "));
const body = ofl.slice(0, end < 0 ? undefined : end).map((line) => (line === " ." ? "" : line.replace(/^ /, ""))).join("\n").trim();
writeFileSync(`${OUT}/OFL.txt`, `${FONT_FILE.replace(`${OUT}/`, "")} is a subset of Noto Sans CJK SC Regular (https://github.com/googlefonts/noto-cjk),\nmade by scripts/make-font.ts. ${copyright}\n\n${body}\n`);

console.log(`${FONT_FILE}: ${statSync(FONT_FILE).size} bytes, ${lines.length} code points`);
