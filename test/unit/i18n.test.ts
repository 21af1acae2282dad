// The interface's two catalogues and its number formats: the same keys and the same parameters in
// English and Chinese, money in ¥ m / ¥ bn and 万 / 亿 with worked numbers, plural forms, the
// language a page opens in, and refusals rendered by code or by the engine's sentence.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { detectLanguage, lang, loadChinese, setLanguage, t, tNodes } from "../../client/i18n";
import { en } from "../../client/i18n/en";
import { formatMoney } from "../../client/i18n/money";
import { refusalText } from "../../client/i18n/refusals";
import { zhCN } from "../../client/i18n/zhCN";

/** Every text by its dotted key (array items by index). */
function leaves(value: unknown, prefix = "", out = new Map<string, string>()): Map<string, string> {
  if (typeof value === "string") out.set(prefix, value);
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) leaves(v, prefix ? `${prefix}.${k}` : k, out);
  return out;
}
/** A key without its plural suffix; Chinese has one form (_other), English two. */
const singular = (key: string) => key.replace(/_(one|other)$/, "");
const params = (text: string) => [...text.matchAll(/\{\{\s*([a-zA-Z]+)/g)].map((m) => m[1]).sort();

describe("the catalogues", () => {
  const english = leaves(en);
  const chinese = leaves(zhCN);

  it("have the same keys (plural forms aside) and the same parameters per key", () => {
    expect(english.size).toBeGreaterThan(300);
    expect([...new Set([...chinese.keys()].map(singular))].sort()).toEqual([...new Set([...english.keys()].map(singular))].sort());
    for (const [key, text] of english) {
      const zh = chinese.get(key) ?? chinese.get(key.replace(/_one$/, "_other"));
      expect(zh, key).toBeDefined();
      // An English singular may say "1 student" without the count, never a parameter Chinese lacks.
      const expected = params(text).filter((p) => !(key.endsWith("_one") && p === "count"));
      expect(params(zh!).filter((p) => !(key.endsWith("_one") && p === "count")), key).toEqual(expected);
    }
  });

  it("Chinese texts are Chinese: every text with letters in English has a CJK character in Chinese", () => {
    const words = (key: string) => (english.get(key) ?? english.get(key.replace(/_other$/, "_one")) ?? "").replace(/\{\{[^}]*\}\}/g, "");
    const latinOnly = [...chinese].filter(([key, text]) => /[a-z]{3}/i.test(words(key)) && !/[\u3400-\u9fff]/.test(text) && text !== "GDP");
    expect(latinOnly.map(([key]) => key)).toEqual([]);
  });
});

describe("money in the reader's language", () => {
  it("English: ¥ m below ¥1 bn, one decimal; ¥ bn from 100,000 wan, two decimals", () => {
    expect(formatMoney(2000, "en")).toBe("¥20\u00a0m");
    expect(formatMoney(6620, "en")).toBe("¥66.2\u00a0m");
    expect(formatMoney(46_360, "en")).toBe("¥463.6\u00a0m");
    expect(formatMoney(125_000, "en")).toBe("¥1.25\u00a0bn");
    expect(formatMoney(-150, "en")).toBe("−¥1.5\u00a0m");
    expect(formatMoney(0, "en")).toBe("¥0\u00a0m");
  });

  it("Chinese: whole 万 below 1 亿 (10,000 万), up to two decimals of 亿", () => {
    expect(formatMoney(3500, "zh-CN")).toBe("¥3,500万");
    expect(formatMoney(12_000, "zh-CN")).toBe("¥1.2亿");
    expect(formatMoney(46_360, "zh-CN")).toBe("¥4.64亿");
    expect(formatMoney(9_999, "zh-CN")).toBe("¥9,999万");
    expect(formatMoney(-800, "zh-CN")).toBe("−¥800万");
  });
});

describe("texts", () => {
  // The Chinese catalogue is a chunk of its own: loaded once, then a switch is immediate.
  beforeAll(() => loadChinese());
  afterEach(() => setLanguage("en"));

  it("count plurally in English and once in Chinese, and switch language at once", () => {
    expect(lang()).toBe("en");
    expect(t("console.students", { count: 1 })).toBe("1 student");
    expect(t("console.students", { count: 7 })).toBe("7 students");
    expect(t("debrief.over", { count: 1 })).toBe("The game is over: 1 round played.");
    setLanguage("zh-CN");
    expect(lang()).toBe("zh-CN");
    expect(t("console.students", { count: 1 })).toBe("1 名学生");
    expect(t("console.bots", { count: 4 })).toBe("4 个机器人");
    expect(t("controls.start")).toBe("开始游戏");
  });

  it("split around page nodes", () => {
    const host = { tag: "host" } as unknown as Node;
    expect(tNodes("console.joinAt", { host })).toEqual(["Students join at ", host, " with the code"]);
    setLanguage("zh-CN");
    expect(tNodes("console.joinAt", { host })).toEqual(["学生打开 ", host, "，输入加入码"]);
  });

  it("render a refusal by its code when the catalogue has it, else the engine's sentence", () => {
    expect(refusalText("noSuchCode", { tile: 3 }, "That tile is not yours.")).toBe("That tile is not yours.");
    expect(refusalText(undefined, undefined, "Message too large.")).toBe("Message too large.");
  });
});

describe("the language a page opens in", () => {
  it("is the address's, else the remembered one, else the browser's (zh* → zh-CN)", () => {
    expect(detectLanguage("?lang=zh-CN", "en", "en-US")).toBe("zh-CN");
    expect(detectLanguage("?room=K7QX&lang=en", "zh-CN", "zh-CN")).toBe("en");
    expect(detectLanguage("?lang=fr", "zh-CN", "en-US")).toBe("zh-CN");
    expect(detectLanguage("", null, "zh-TW")).toBe("zh-CN");
    expect(detectLanguage("", null, "de-DE")).toBe("en");
    expect(detectLanguage("", null, undefined)).toBe("en");
  });
});
