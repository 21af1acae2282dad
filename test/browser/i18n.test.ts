// The facilitator's console and the debrief in Chinese (?lang=zh-CN), in Chromium against the real
// server: a class session with bots plays two rounds from the console, and neither page shows a
// text of the English catalogue (visible text checked against en.ts). The language switch turns
// the console into English and back without a reload, and the choice is remembered.
// I18N_SCREENSHOTS=/tmp/dir: pictures of the console and the debrief in both languages.
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { startServer, type RunningServer } from "../../server/app";
import { openBrowser, screenshotOnFailure, type Browser } from "./chromium";
import { englishOnScreen, shot } from "./i18nScreen";

let server: RunningServer;
let teacher: Browser;

beforeAll(async () => {
  server = await startServer({ port: 0, staticDir: inject("pageDir"), roomDefaults: { roundSeconds: 600 } });
  teacher = await openBrowser({ width: 1366, height: 768 });
});
afterEach(({ task }) => screenshotOnFailure(task, { teacher }));
afterAll(async () => {
  await teacher?.close();
  await server?.close();
});

/** Skipped: what the server and the scenario write (the debrief's seat labels, event cards,
 * scenario and player names); seat labels are taken out of the texts around them. The console's
 * seats, log and city news are worded from codes in the page's language, and checked. */
const SKIP = ".outcome-table tbody th, .outcome-table td:nth-child(2), .parts, .console-cards select, .console-cards p";
const LABELS = ".outcome-table tbody th";
const englishOn = (page: Page) => englishOnScreen(page, SKIP, LABELS);
/** The console's texts worded from the server's codes (seat names, log lines, the news) that hold an English word. */
const englishWords = async (page: Page) => (await page.locator(".console-seat-table tbody th, .still-deciding li, .console-log li, .city-news li").allInnerTexts()).filter((text) => /[A-Za-z]{3,}/.test(text));

describe("the console and the debrief in Chinese", () => {
  it("show no English catalogue text, in a session played for two rounds", async () => {
    const created = await fetch(`http://127.0.0.1:${server.port}/api/sessions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ seed: 5, roundSeconds: 600 }) });
    const { code, facilitatorSecret } = (await created.json()) as { code: string; facilitatorSecret: string };
    const page = teacher.page;
    page.on("dialog", (d) => void d.accept());
    await page.goto(`http://127.0.0.1:${server.port}/?room=${code}&facilitator=${facilitatorSecret}&lang=zh-CN&renderer=canvas`);
    await page.getByRole("heading", { name: "席位" }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("zh-CN");
    expect(await englishOn(page)).toEqual([]);
    await shot(page, "console-lobby-zh");

    // Bots take every seat; two rounds are ended from the console.
    await page.getByRole("button", { name: "开始游戏" }).click();
    for (const round of [1, 2]) {
      await page.locator(".console-round", { hasText: `第 ${round} 轮` }).waitFor();
      await page.getByRole("button", { name: "立即结束本轮" }).click();
    }
    await page.locator(".console-round", { hasText: "第 3 轮" }).waitFor();
    await page.locator(".console-dashboard dl").waitFor();
    await page.locator(".console-map canvas").waitFor();
    await page.locator(".city-news").getByRole("heading", { name: "城市新闻 · 第 2 轮" }).waitFor();
    expect(await englishOn(page)).toEqual([]);
    expect(await englishWords(page)).toEqual([]);
    await shot(page, "console-zh");

    // The debrief of the two rounds: charts, value capture, outcomes, prompts.
    await page.getByRole("button", { name: "目前的复盘" }).click();
    const debrief = page.locator(".debrief");
    await debrief.getByRole("heading", { name: /^目前的复盘，\d{4}–\d{4}年$/, level: 1 }).waitFor();
    await expect.poll(() => debrief.locator(".chart-plot canvas").count()).toBeGreaterThanOrEqual(12);
    await page.evaluate(() => document.fonts.ready);
    expect(await debrief.locator("#chart-revenue .chart-plot").getAttribute("aria-label")).toMatch(/^市财政收入来源（百万元\/轮）：土地出让金在\d{4}年为/);
    expect(await englishOn(page)).toEqual([]);
    await shot(page, "debrief-zh");
    for (const section of ["debrief-capture", "debrief-outcomes", "debrief-prompts"]) {
      await page.evaluate((id) => document.getElementById(id)?.scrollIntoView(), section);
      expect(await englishOn(page)).toEqual([]);
      await shot(page, `${section}-zh`);
    }
    // The shipped font draws the Chinese: the subset is loaded, not a system font's boxes.
    expect(await page.evaluate(() => document.fonts.check('17px "Noto Sans SC Subset"', "复盘"))).toBe(true);
    expect(await page.evaluate(() => [...document.fonts].some((f) => f.family.includes("Noto Sans SC Subset") && f.status === "loaded"))).toBe(true);

    // The switch: English at once, everywhere on the page, and remembered by this browser.
    await debrief.getByLabel(/语言/).selectOption("en");
    await debrief.getByRole("heading", { name: /^Debrief so far, \d{4}–\d{4}$/, level: 1 }).waitFor();
    await debrief.locator("#chart-revenue figcaption", { hasText: "Municipal revenue by source" }).waitFor();
    await shot(page, "debrief-en");
    await debrief.getByRole("button", { name: "Back to the game" }).click();
    await page.getByRole("heading", { name: "Seats" }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    expect(await page.evaluate(() => localStorage.getItem("shancheng.lang"))).toBe("en");
    await shot(page, "console-en");
    await page.locator(".console-bar").getByLabel(/Language/).selectOption("zh-CN");
    await page.getByRole("heading", { name: "席位" }).waitFor();

    // Every other page has the switch in its corner slot (index.html), in the page's language.
    await page.goto(`http://127.0.0.1:${server.port}/?renderer=canvas`);
    await page.locator("#language-switch").getByLabel(/语言/).waitFor();
    expect(await page.locator("#language-switch select").inputValue()).toBe("zh-CN");
    await shot(page, "start-zh");
    expect(teacher.pageErrors).toEqual([]);
  });
});
