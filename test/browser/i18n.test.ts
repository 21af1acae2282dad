// The facilitator's console and the debrief in Chinese (?lang=zh-CN), in Chromium against the real
// server: a class session with bots plays two rounds from the console, and neither page shows a
// text of the English catalogue (visible text checked against en.ts). The language switch turns
// the console into English and back without a reload, and the choice is remembered.
// I18N_SCREENSHOTS=/tmp/dir: pictures of the console and the debrief in both languages.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { startServer, type RunningServer } from "../../server/app";
import { en } from "../../client/i18n/en";
import { zhCN } from "../../client/i18n/zhCN";
import { openBrowser, screenshotOnFailure, type Browser } from "./chromium";

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

function leaves(value: unknown): string[] {
  return typeof value === "string" ? [value] : value && typeof value === "object" ? Object.values(value).flatMap(leaves) : [];
}
/** The English catalogue as what it would put on screen: whole texts without parameters, and the
 * longer literal pieces of texts with parameters ("Students join at ", " with the code"). */
const ENGLISH = leaves(en).flatMap((text) => text.split(/\{\{[^}]*\}\}/).map((piece) => piece.trim()));
/** Texts Chinese writes the same way ("GDP") are not English on a Chinese page. */
const SHARED = new Set(leaves(zhCN));
const WHOLE = new Set(leaves(en).filter((text) => !text.includes("{{") && /[a-z]{2}/i.test(text) && !SHARED.has(text)));
const PIECES = [...new Set(ENGLISH.filter((piece) => piece.length >= 12 && /[a-z]{3,}\s+[a-z]{2,}/i.test(piece)))];

/** Visible text nodes of the page that are texts of the English catalogue. Skipped: what the
 * server and the scenario write (seat labels, the game log, event cards, scenario and player
 * names), and whatever is marked as English (lang="en": the switch's "English"). */
async function englishOnScreen(page: Page): Promise<string[]> {
  const nodes = await page.evaluate(() => {
    const skip = "[lang='en'], .console-log, .console-seat-table tbody th, .outcome-table tbody th, .outcome-table td:nth-child(2), .parts, .console-cards select, .console-cards p, script, style";
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      const text = (n.textContent ?? "").trim();
      if (!el || !text || el.closest(skip) || !el.checkVisibility()) continue;
      out.push(text);
    }
    for (const el of document.querySelectorAll<HTMLElement>("[aria-label], [title], [placeholder]")) {
      if (el.closest(".console-log, [lang='en']")) continue;
      for (const name of ["aria-label", "title", "placeholder"]) if (el.getAttribute(name)) out.push(el.getAttribute(name)!.trim());
    }
    // Seat labels are the scenario's (its names get Chinese in their own change): not catalogue text.
    const labels = [...document.querySelectorAll(".console-seat-table tbody th, .outcome-table tbody th")].map((th) => th.textContent?.trim() ?? "").filter(Boolean);
    return out.map((text) => labels.reduce((rest, label) => rest.replaceAll(label, ""), text));
  });
  return [...new Set(nodes.filter((text) => WHOLE.has(text) || PIECES.some((piece) => text.includes(piece))))];
}

const shots = process.env.I18N_SCREENSHOTS;
async function shot(page: Page, name: string): Promise<void> {
  if (!shots) return;
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: join(shots, `${name}.png`) });
}

describe("the console and the debrief in Chinese", () => {
  it("show no English catalogue text, in a session played for two rounds", async () => {
    const created = await fetch(`http://127.0.0.1:${server.port}/api/sessions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ seed: 5, roundSeconds: 600 }) });
    const { code, facilitatorSecret } = (await created.json()) as { code: string; facilitatorSecret: string };
    const page = teacher.page;
    page.on("dialog", (d) => void d.accept());
    await page.goto(`http://127.0.0.1:${server.port}/?room=${code}&facilitator=${facilitatorSecret}&lang=zh-CN&renderer=canvas`);
    await page.getByRole("heading", { name: "席位" }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("zh-CN");
    expect(await englishOnScreen(page)).toEqual([]);
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
    expect(await englishOnScreen(page)).toEqual([]);
    await shot(page, "console-zh");

    // The debrief of the two rounds: charts, value capture, outcomes, prompts.
    await page.getByRole("button", { name: "目前的复盘" }).click();
    const debrief = page.locator(".debrief");
    await debrief.getByRole("heading", { name: /^目前的复盘，\d{4}–\d{4}年$/, level: 1 }).waitFor();
    await expect.poll(() => debrief.locator(".chart-plot canvas").count()).toBeGreaterThanOrEqual(12);
    await page.evaluate(() => document.fonts.ready);
    expect(await debrief.locator("#chart-revenue .chart-plot").getAttribute("aria-label")).toMatch(/^市财政收入来源（百万元\/轮）：土地出让金在\d{4}年为/);
    expect(await englishOnScreen(page)).toEqual([]);
    await shot(page, "debrief-zh");
    for (const section of ["debrief-capture", "debrief-outcomes", "debrief-prompts"]) {
      await page.evaluate((id) => document.getElementById(id)?.scrollIntoView(), section);
      expect(await englishOnScreen(page)).toEqual([]);
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
