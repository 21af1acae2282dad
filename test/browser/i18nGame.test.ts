// The game screen in Chinese (?lang=zh-CN), in Chromium at 1366×768 against the real server: a
// solo game from the start page through the seat choice to a whole round as the government, with
// no text of the English catalogue on screen at any step (visible text checked against en.ts),
// and no English word in what the page words from the server's codes: the log, the role panel's
// steps, the seat names, the event card, the score parts and the tile's actions. The top bar's switch then turns the
// game into English without a reload.
// I18N_SCREENSHOTS=/tmp/dir: pictures of each step in both languages.
import { describe, expect, it } from "vitest";
import { onePlayer } from "./onePlayer";
import { englishOnScreen, shot } from "./i18nScreen";
import { clickTile, gameUrl, placeOf, villageFarmNearCore } from "./page";

const farm = villageFarmNearCore();
const solo = onePlayer();

const english = (page: Parameters<typeof englishOnScreen>[0]) => englishOnScreen(page, "");
/** Texts worded from the server's codes (log lines, steps, seat names, the card, score parts)
 * that hold an English word. */
const CODED = ".log li, .city-news li, .next-steps li, .seat-label, #role-heading, .chip-role, .event-card, .score-parts dt, .pending, .inspector .actions, .blocked";
const englishWords = async (page: Parameters<typeof englishOnScreen>[0]) => (await page.locator(CODED).allInnerTexts()).filter((text) => /[A-Za-z]{3,}/.test(text));

describe("the game screen in Chinese", () => {
  it("shows no English catalogue text through a whole round, and switches to English at once", async () => {
    const page = solo.player.page;
    await page.goto(`${gameUrl(solo.server.port)}&lang=zh-CN`);
    await page.getByRole("heading", { name: /山城/ }).waitFor();
    await page.getByText("游戏设置（可选）").click();
    await page.getByLabel("每轮时间").waitFor();
    expect(await english(page)).toEqual([]);
    await shot(page, "start-zh");

    await page.getByLabel("你的显示名").fill("小明");
    await page.getByRole("button", { name: "单人对战机器人" }).click();
    await page.getByRole("heading", { name: "选择你的席位" }).waitFor();
    expect(await english(page)).toEqual([]);
    expect(await englishWords(page)).toEqual([]);
    await page.getByText("回龙村").first().waitFor();
    await shot(page, "seats-zh");

    await page.getByRole("button", { name: "入座：市政府" }).click();
    await page.locator("canvas").waitFor();
    await page.waitForFunction(() => "__shancheng" in window);
    await page.getByRole("button", { name: "开始游戏（其余席位由机器人担任）" }).click();
    await page.getByRole("button", { name: "准备好了——结束我的回合" }).waitFor();
    await clickTile(page, farm.x, farm.y, farm.width);
    const inspector = page.locator(".inspector");
    await inspector.getByRole("heading", { name: placeOf(farm.tile, "zh-CN") }).waitFor();
    await inspector.locator(".actions").waitFor();
    expect(await inspector.getByLabel("权属").innerText()).toBe("村集体土地");
    await page.getByText(/^政策/).click();
    await page.getByText("图例与词汇表").click();
    expect(await english(page)).toEqual([]);
    expect(await page.locator(".next-steps li").count()).toBeGreaterThan(0);
    expect(await page.locator(".log li").count()).toBeGreaterThan(0);
    await inspector.getByRole("button", { name: "提出补偿" }).waitFor();
    expect(await englishWords(page)).toEqual([]);
    await shot(page, "game-zh");

    // The round ends when the government is ready (bots always are); the city's indicators follow.
    await page.getByRole("button", { name: "准备好了——结束我的回合" }).click();
    await expect.poll(() => page.locator(".round").innerText(), { timeout: 15_000 }).toContain("第 2 轮，共 12 轮");
    await page.locator(".indicators").getByRole("heading", { name: /^1997–1998年之后的城市$/ }).waitFor();
    // The city's people in people, as a headline reads them (the people group is folded: its text, not what shows).
    expect(await page.locator(".indicators").textContent()).toMatch(/城市常住人口\s*4\d\d(\.\d)?万/);
    expect(await english(page)).toEqual([]);
    // The first round's outcome in the log: the bots' auctions, moves and offers, worded in Chinese.
    expect(await page.locator(".log li").count()).toBeGreaterThan(5);
    // The city news of round 1: its headlines worded in Chinese too.
    await page.locator(".city-news").getByRole("heading", { name: "城市新闻 · 第 1 轮" }).waitFor();
    expect(await page.locator(".city-news li").count()).toBeGreaterThan(0);
    expect(await englishWords(page)).toEqual([]);
    await shot(page, "game-round2-zh");
    // Money is typed in the page's unit: 万 here, ¥ m in English (the same sum: 100 万 = ¥1 m).
    const zhField = inspector.getByLabel("补偿（万元）");
    await zhField.waitFor();
    const inWan = Number(await zhField.inputValue());
    expect(inWan).toBeGreaterThan(0);
    expect(await inspector.locator(".money-unit").first().innerText()).toBe("万元");
    // The shipped font draws the Chinese, not a system font's boxes.
    await page.evaluate(() => document.fonts.ready);
    expect(await page.evaluate(() => [...document.fonts].some((f) => f.family.includes("Noto Sans SC Subset") && f.status === "loaded"))).toBe(true);

    // The top bar's switch: English at once, the map and what was open kept.
    await page.locator(".round-bar").getByLabel(/语言/).selectOption("en");
    await expect.poll(() => page.locator(".round").innerText()).toContain("Round 2 of 12");
    await page.getByRole("heading", { name: "Map key and glossary" }).or(page.getByText("Map key and glossary")).first().waitFor();
    expect(await page.locator(".inspector dd[aria-label='Tenure']").innerText()).toBe("Village collective land");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    expect(Number(await inspector.getByLabel(/^Compensation, in ¥ m/).inputValue()) * 100).toBeCloseTo(inWan, 6);
    // The log follows the language: the same lines, now in English.
    await expect.poll(() => page.locator(".log li").first().innerText()).toBe("The game has started.");
    await shot(page, "game-round2-en");
    expect(solo.player.pageErrors).toEqual([]);
  });
});
