// The debrief's "What if?" panel in Chromium against the real server: a facilitator's session
// played three rounds (one person, bots in the other seats); the facilitator opens its debrief
// from the past-sessions page, runs a branch from round 2 with a welfare government and PRH rent
// at 80%, sees its progress bar, then both timelines on the charts; after a reload the branch is
// listed again from the records and can be drawn again. A solo game's player, from the game's
// "Debrief so far", branches their own game with their seat's secret.
import type { Locator } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { startServer, type RunningServer } from "../../server/app";
import { createSession } from "../helpers/api";
import { joinRoom, startAsFacilitator, until, type Player } from "../helpers/clients";
import { readyThroughRounds } from "../helpers/scriptedPlayers";
import { openBrowser, screenshotOnFailure, type Browser } from "./chromium";
import { startSoloGame } from "./page";

let server: RunningServer;
let browser: Browser;
let player: Player | undefined;

beforeAll(async () => {
  server = await startServer({ port: 0, staticDir: inject("pageDir") });
  browser = await openBrowser();
});
afterEach(({ task }) => screenshotOnFailure(task, { facilitator: browser }, { fullPage: true }));
afterAll(async () => {
  if (player?.room.connection.isOpen) await player.room.leave();
  await browser?.close();
  await server?.close();
});

describe("what if? in the debrief", () => {
  it("the facilitator runs a branch from round 2, sees its progress and both timelines, and finds it again after a reload", async () => {
    const { code, secret } = await createSession(server.port, { seed: 11, roundSeconds: 600 });
    player = await joinRoom(server.port, code, "Ana");
    await until(() => (player!.room.state.seats?.length ?? 0) > 0, "seats synced");
    player.room.send("takeSeat", { seat: player.room.state.seats.findIndex((s) => s.role === "migrant") });
    await until(() => player!.privateView !== null, "seated");
    await startAsFacilitator(server.port, code, secret, { bots: true });
    await readyThroughRounds([player], 3);

    const { page } = browser;
    await page.addInitScript((kept) => localStorage.setItem("shancheng.facilitatorSessions", JSON.stringify(kept)), [{ code, secret, kept: 1 }]);
    await page.goto(`http://127.0.0.1:${server.port}/?sessions&debrief=${code}`);
    const debrief = page.locator(".debrief");
    await debrief.getByRole("heading", { name: /^Debrief so far, 1997–2001$/, level: 1 }).waitFor();
    const panel = debrief.locator("#debrief-whatif");
    await panel.getByRole("heading", { name: "What if?", level: 2 }).waitFor();
    await expect.poll(() => panel.locator(".whatif-list, .hint").last().innerText()).toMatch(/No branch yet/);

    // Round 4 is under way: rounds 1-4 can be branched from.
    const round = panel.getByLabel("From round");
    expect(await round.locator("option").allInnerTexts()).toEqual(["Round 1 (1997)", "Round 2 (1999)", "Round 3 (2001)", "Round 4 (2003)"]);
    await round.selectOption("2");
    await panel.getByLabel(/^PRH rent/).fill("80");
    await panel.getByLabel("A seat's bot").selectOption({ label: "Municipal government" });
    await panel.getByLabel("plays").selectOption({ label: "Welfare first" });
    // Remember whether a progress bar ever shows (the branch takes about a second).
    await page.evaluate(() => {
      const w = window as unknown as { sawProgress: boolean };
      w.sawProgress = false;
      new MutationObserver(() => (w.sawProgress ||= document.querySelector("#debrief-whatif progress") !== null)).observe(document.body, { subtree: true, childList: true });
    });
    await panel.getByRole("button", { name: "Run this branch" }).click();

    const branch = panel.locator(".whatif-branch").first();
    await expect.poll(() => branch.innerText(), { timeout: 30_000 }).toMatch(/Played 11 rounds in \d+\.\d s/);
    expect(await page.evaluate(() => (window as unknown as { sawProgress: boolean }).sawProgress)).toBe(true);
    expect(await branch.innerText()).toMatch(/^What if A From 1999 \(round 2\): PRH rent 80%, Municipal government plays “Welfare first”/);
    expect(await branch.getByRole("checkbox", { name: "Show on the charts" }).isChecked()).toBe(true);

    // Both timelines on the same charts: the game's GDP to 2003, the branch's to 2019.
    const gdp = debrief.locator("#chart-gdp");
    await expect.poll(() => gdp.locator(".u-legend").innerText()).toMatch(/GDP[\s\S]*What if A: GDP/);
    const branchSeries = (chart: Locator) => chart.locator(".u-legend .u-series", { hasText: "What if A" });
    expect(await branchSeries(gdp).count()).toBe(1);
    expect(await debrief.locator("#chart-money .u-legend").innerText()).toMatch(/What if A: Government/);
    // And in the "your city vs Chongqing" table: a column for the branch beside the game's.
    expect(await debrief.locator("#debrief-history thead th").allInnerTexts()).toContain("What if A");
    // WHATIF_SCREENSHOT=docs/whatif.png: the panel and the first charts.
    const shot = process.env.WHATIF_SCREENSHOT;
    if (shot) {
      await panel.scrollIntoViewIfNeeded();
      await page.evaluate(() => document.querySelector("#debrief-whatif")!.scrollIntoView({ block: "start" }));
      await page.screenshot({ path: shot, fullPage: false });
      await gdp.scrollIntoViewIfNeeded();
      await page.evaluate(() => document.querySelector("#chart-gdp")!.scrollIntoView({ block: "start" }));
      await page.screenshot({ path: shot.replace(/\.png$/, "-charts.png") });
    }

    // Reopened: the branch is in the session's records; drawn again when asked for.
    await page.reload();
    await debrief.getByRole("heading", { name: /^Debrief so far/, level: 1 }).waitFor();
    const again = panel.locator(".whatif-branch").first();
    await expect.poll(() => again.innerText()).toMatch(/What if A[\s\S]*Played 11 rounds/);
    expect(await branchSeries(gdp).count()).toBe(0);
    await again.getByRole("checkbox", { name: "Show on the charts" }).check();
    await expect.poll(() => branchSeries(gdp).count()).toBe(1);
    expect(browser.pageErrors).toEqual([]);
  });

  it("a solo player opens the debrief so far and runs a branch of their own game", async () => {
    const page = await browser.context.newPage();
    await startSoloGame(page, server.port, "Developer 1");
    for (let round = 1; round <= 2; round++) {
      await page.getByRole("button", { name: "Ready — end my turn" }).click();
      await expect.poll(() => page.locator(".round").innerText(), { timeout: 15_000 }).toContain(`Round ${round + 1} of 12`);
    }
    await page.getByRole("button", { name: "Debrief so far" }).click();
    const panel = page.locator(".debrief #debrief-whatif");
    await panel.getByRole("heading", { name: "What if?", level: 2 }).waitFor();
    await panel.getByLabel("From round").selectOption("2");
    await panel.getByLabel("Hukou quota (cohorts a round)").fill("0");
    await panel.getByRole("button", { name: "Run this branch" }).click();
    const branch = panel.locator(".whatif-branch").first();
    await expect.poll(() => branch.innerText(), { timeout: 30_000 }).toMatch(/What if A From 1999 \(round 2\): hukou for 0 cohorts a round[\s\S]*Played 11 rounds/);
    await expect.poll(() => page.locator(".debrief #chart-gdp .u-legend .u-series", { hasText: "What if A: GDP" }).count()).toBe(1);
    expect(browser.pageErrors).toEqual([]);
    await page.close();
  });
});
