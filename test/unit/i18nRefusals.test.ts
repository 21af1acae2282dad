// Every refusal code of the engine and the room (shared/engine/refusalCodes.ts) has a text in both
// catalogues that uses exactly the code's parameters, and the page renders a refusal with its
// parameters made readable: money in the reader's unit, tiles and seats by name, terms in words.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { loadChinese, setLanguage } from "../../client/i18n";
import { en } from "../../client/i18n/en";
import { refusalText } from "../../client/i18n/refusals";
import { zhCN } from "../../client/i18n/zhCN";
import { REFUSAL_CODES } from "../../shared/engine/refusalCodes";

const used = (text: string) => [...new Set([...text.matchAll(/\{\{\s*([a-zA-Z]+)/g)].map((m) => m[1]))].sort();
const names = { tile: (tile: number) => `<${tile}>`, seat: (seat: number) => `[${seat}]` };

describe("refusal texts", () => {
  // The Chinese catalogue is a chunk of its own: loaded once, then a switch is immediate.
  beforeAll(() => loadChinese());
  afterEach(() => setLanguage("en"));

  it("exist for every code in both languages, with exactly the code's parameters", () => {
    const codes = Object.keys(REFUSAL_CODES) as (keyof typeof REFUSAL_CODES)[];
    expect(codes.length).toBeGreaterThan(80);
    for (const [language, catalogue] of [["en", en.refusal], ["zh-CN", zhCN.refusal]] as const) {
      expect(Object.keys(catalogue).sort(), language).toEqual([...codes].sort());
      for (const code of codes) expect(used((catalogue as Record<string, string>)[code]), `${language} ${code}`).toEqual([...REFUSAL_CODES[code]].sort());
    }
  });

  it("format money, tiles, seats and the game's words for the reader", () => {
    expect(refusalText("notEnoughMoney", { needed: 6620, available: 1500 }, "x", names)).toBe("That needs ¥66.2\u00a0m; you have ¥15\u00a0m free to spend.");
    expect(refusalText("wrongTenure", { tile: 37, tenure: "villageCollective" }, "x", names)).toBe("That cannot be done on village collective land (<37>).");
    expect(refusalText("seatTaken", { seat: 2, player: "Li Wei" }, "x", names)).toBe("[2] is taken by Li Wei.");
    expect(refusalText("wrongRole", { roles: "government,developer", seat: 1 }, "x", names)).toBe("[1] cannot do that: it is for Municipal government, Developer.");
    // tooLarge's limit is bytes, not wan.
    expect(refusalText("tooLarge", { size: 9000, limit: 8192 }, "x")).toBe("Message too large (9000 bytes; the limit is 8192).");
    setLanguage("zh-CN");
    expect(refusalText("notEnoughMoney", { needed: 12_000, available: 3500 }, "x", names)).toBe("这需要¥1.2亿；你可自由支配的只有¥3,500万。");
    expect(refusalText("locked", { what: "prh" }, "x")).toBe("本局游戏中公租房尚未开放。");
    expect(refusalText("offerClosed", { offer: 4, status: "resisted" }, "x")).toBe("第 4 号报价已经上访抗议。");
    expect(refusalText("notYours", { tile: 12 }, "x")).toBe("12 号地块不归你。");
  });
});
