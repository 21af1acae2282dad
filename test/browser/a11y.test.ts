// axe-core scans (WCAG 2.1 A and AA rules) of every page a class meets, against the real server:
// the start page, a seat in a running game (English and Chinese, with its briefing open, and the
// cost preview's dialog), the debrief (with the round's summary beside it), the facilitator's
// console and the sessions page. None may have a serious or critical violation; the debrief's
// charts each carry their numbers as a table.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { startServer, type RunningServer } from "../../server/app";
import { createSession } from "../helpers/api";
import { openBrowser, screenshotOnFailure, type Browser } from "./chromium";
import { clickTile, createRoom, gameUrl, takeSeat, villageFarmNearCore } from "./page";

const farm = villageFarmNearCore();

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer({ port: 0, staticDir: inject("pageDir"), roomDefaults: { roundSeconds: 600 } });
  browser = await openBrowser({ width: 1366, height: 768 });
});
afterEach(({ task }) => screenshotOnFailure(task, { page: browser }));
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The serious and critical violations on the page, one line each: rule, impact, where. */
async function seriousViolations(page: Page): Promise<string[]> {
  // playwright-core's Page is the Page @axe-core/playwright drives (the same library).
  const result = await new AxeBuilder({ page: page as never }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}${v.nodes.length > 3 ? ` and ${v.nodes.length - 3} more` : ""}`);
}

describe("accessibility scans", () => {
  it("the start page (and the scan finds a fault planted in it)", async () => {
    await browser.page.goto(gameUrl(server.port));
    await browser.page.getByRole("button", { name: "Create a new game" }).waitFor();
    await browser.page.getByText("Game settings (optional)").click();
    expect(await seriousViolations(browser.page)).toEqual([]);
    // A button without a name is a critical fault: the scan must see it.
    await browser.page.evaluate(() => document.body.append(Object.assign(document.createElement("button"), { id: "planted" })));
    expect(await seriousViolations(browser.page)).toEqual(["button-name (critical): #planted"]);
  });

  it("a seat in a running game, in English and in Chinese", async () => {
    const page = browser.page;
    await createRoom(page, server.port, "Ana");
    expect(await seriousViolations(page), "the seat choice").toEqual([]);
    await takeSeat(page, "Municipal government");
    await page.getByRole("button", { name: "Start game" }).click();
    await page.getByRole("button", { name: /^Ready/ }).waitFor();
    await page.locator(".legend summary").click();
    // The seat's briefing is open (a new seat), beside the map key.
    await page.locator(".briefing").waitFor();
    expect(await seriousViolations(page), "the game in English").toEqual([]);
    // The cost preview's dialog, over a compensation offer of most of the budget.
    await clickTile(page, farm.x, farm.y, farm.width);
    await page.getByLabel(/^Compensation/).fill("2500");
    await page.getByRole("button", { name: "Offer compensation" }).click();
    await page.getByRole("dialog", { name: "A large commitment" }).waitFor();
    expect(await seriousViolations(page), "the cost preview").toEqual([]);
    await page.getByRole("button", { name: "Cancel" }).click();
    await page.locator(".round-bar .language-select").selectOption("zh-CN");
    await page.getByRole("button", { name: /^准备/ }).waitFor();
    expect(await seriousViolations(page), "the game in Chinese").toEqual([]);
    await page.locator(".round-bar .language-select").selectOption("en");
  });

  it("the debrief, whose every chart has its numbers as a table", async () => {
    const page = browser.page;
    await page.getByRole("button", { name: /^Ready/ }).click();
    await expect.poll(() => page.locator(".round-bar .round").innerText(), { timeout: 20_000 }).toMatch(/^Round 2/);
    await page.locator(".round-summary").waitFor();
    await page.getByRole("button", { name: "Debrief so far" }).click();
    await page.locator(".debrief .chart-plot canvas").first().waitFor();
    const charts = await page.locator(".debrief figure.chart").count();
    expect(charts).toBeGreaterThan(5);
    expect(await page.locator(".debrief figure.chart details.chart-table").count()).toBe(charts);
    const first = page.locator(".debrief details.chart-table").first();
    await first.locator("summary").click();
    // One resolved round: a header row and one row, dated 1997.
    expect(await first.locator("tbody tr").count()).toBe(1);
    expect(await first.locator("tbody th").innerText()).toBe("1997");
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("the facilitator's console", async () => {
    const session = await createSession(server.port);
    const page = browser.page;
    page.once("dialog", (d) => void d.accept());
    await page.goto(`http://127.0.0.1:${server.port}/?room=${session.code}&facilitator=${session.secret}&renderer=canvas`);
    await page.getByRole("heading", { name: "Seats" }).waitFor();
    expect(await seriousViolations(page), "the console").toEqual([]);
  });

  it("the sessions page", async () => {
    const page = browser.page;
    await page.goto(`http://127.0.0.1:${server.port}/?sessions`);
    await page.getByRole("heading").first().waitFor();
    await page.waitForLoadState("networkidle");
    expect(await seriousViolations(page)).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });
});
