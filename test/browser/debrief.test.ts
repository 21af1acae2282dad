// The debrief, in Chromium against the real server: the government (in the page) buys a village
// farm (the village is a scripted player) and plays three rounds; "Debrief so far" draws the
// charts (with history's lines), "your city vs Chongqing", the four questions with their numbers
// and charts, the value-capture table and the discussion prompts; "Download CSV" saves one row per
// resolved round whose numbers are the synced history's; "Download JSON" holds the plot's deal.
// Then the game is played to its end and the debrief opens by itself.
import { readFileSync } from "node:fs";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import type { Download, Page } from "playwright-core";
import { startServer, type RunningServer } from "../../server/app";
import type { RoundRecord } from "../../shared/model/state";
import { joinRoom as joinRoomByCode, until, type Player } from "../helpers/clients";
import { openBrowser, screenshotOnFailure, type Browser } from "./chromium";
import { clickTile, createRoom, showTile, takeSeat, placeOf, villageFarmNearCore } from "./page";
import { historyOf } from "../../client/synced";

const farm = villageFarmNearCore();
let server: RunningServer;
let gov: Browser;
let village: Player;
let villageSeat = -1;

beforeAll(async () => {
  server = await startServer({ port: 0, staticDir: inject("pageDir") });
  gov = await openBrowser();
});

afterEach(({ task }) => screenshotOnFailure(task, { debrief: gov }));

afterAll(async () => {
  await village?.room.leave();
  await gov?.close();
  await server?.close();
});

/** The synced history, as a client other than the page receives it. */
const history = (): RoundRecord[] => historyOf(village.room.state);

/** Flatten a record into dotted column names, independently of the page's code. */
function columns(r: RoundRecord): Record<string, number> {
  const out: Record<string, number> = {};
  const walk = (v: unknown, name: string) => {
    if (typeof v === "number") out[name] = v;
    else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) walk(x, name ? `${name}.${k}` : k);
  };
  walk(r, "");
  return out;
}

/** End the round: the village (scripted) and the government (in the page) say they are ready. */
async function endRound(): Promise<void> {
  const before = history().length;
  village.room.send("ready", { ready: true });
  await gov.page.getByRole("button", { name: /^Ready — end my turn/ }).click();
  await until(() => history().length === before + 1, `round ${before + 1} resolved`, 20_000);
}

async function downloadOf(page: Page, button: string): Promise<{ download: Download; text: string }> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.locator(".debrief").getByRole("button", { name: button }).click()]);
  const path = await download.path();
  return { download, text: readFileSync(path, "utf8") };
}

/** Canvas pixels of the debrief's charts that are drawn (not transparent, not white), per canvas. */
const inkedPixels = (page: Page): Promise<number[]> =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLCanvasElement>(".debrief .chart-plot canvas")].map((canvas) => {
      const data = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height).data;
      let n = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i + 3] > 0 && data[i] + data[i + 1] + data[i + 2] < 600) n++;
      return n;
    }),
  );

describe("the debrief", () => {
  it("shows charts, value capture and prompts after three rounds, and exports the history as CSV and JSON", async () => {
    const code = await createRoom(gov.page, server.port, "Ana");
    await takeSeat(gov.page, "Municipal government");
    village = await joinRoomByCode(server.port, code, "Village player");
    await until(() => (village.room.state.seats?.length ?? 0) > 0, "the room state");
    villageSeat = [...village.room.state.seats].findIndex((s) => s.label === farm.village);
    village.room.send("takeSeat", { seat: villageSeat });
    await until(() => village.room.state.seats[villageSeat].player === "Village player", "the village seat taken");

    // No debrief button before the game starts.
    expect(await gov.page.getByRole("button", { name: "Debrief so far" }).count()).toBe(0);
    await gov.page.getByRole("button", { name: "Start game" }).click();
    await gov.page.getByRole("button", { name: /^Ready/ }).waitFor();

    // Round 1: the government offers compensation for a farm; the village accepts.
    await gov.page.locator(".map").focus();
    for (let i = 0; i < 20 && (await showTile(gov.page, farm.x, farm.y, farm.width)).size < 40; i++) await gov.page.keyboard.press("+");
    await clickTile(gov.page, farm.x, farm.y, farm.width);
    await gov.page.locator(".inspector").getByRole("heading", { name: placeOf(farm.tile) }).waitFor();
    await gov.page.getByLabel(/^Compensation/).fill("20");
    await gov.page.getByRole("button", { name: "Offer compensation" }).click();
    await until(() => [...village.room.state.offers].some((o) => o.to === villageSeat && o.status === "open"), "the offer reaches the village");
    const offer = [...village.room.state.offers].find((o) => o.to === villageSeat && o.status === "open")!;
    village.room.send("command", { command: { type: "respondOffer", offerId: offer.id, accept: true } });
    await until(() => [...village.room.state.offers].some((o) => o.id === offer.id && o.status === "accepted"), "the offer accepted");
    await endRound();
    await endRound();
    await endRound();

    await gov.page.getByRole("button", { name: "Debrief so far" }).click();
    const debrief = gov.page.locator(".debrief");
    await debrief.getByRole("heading", { name: /^Debrief so far, \d{4}–\d{4}$/, level: 1 }).waitFor();

    // Every chart is drawn: a canvas per chart with lines on it, and a legend naming the series.
    const charts = await debrief.locator("figure.chart").count();
    expect(charts, "charts").toBeGreaterThanOrEqual(12);
    await expect.poll(() => debrief.locator(".chart-plot canvas").count()).toBe(charts);
    const inked = await inkedPixels(gov.page);
    expect(inked.every((n) => n > 500), `drawn pixels per chart: ${inked.join(", ")}`).toBe(true);
    for (const name of ["Municipal revenue by source", "Farmland and the red line", "Public rented housing (gongzufang 公租房)", "Manufacturers and factory jobs", "Social stability"]) {
      await expect.poll(() => debrief.locator("figure.chart figcaption strong").allInnerTexts()).toContain(name);
    }
    await expect.poll(() => debrief.locator("#chart-revenue .u-legend").innerText()).toMatch(/Land leases[\s\S]*Taxes[\s\S]*Central transfers[\s\S]*PRH rents/);
    // uPlot draws the axes and their labels on the canvas; the chart's description names the unit.
    expect(await debrief.locator("#chart-revenue .chart-plot").getAttribute("aria-label")).toMatch(/^Municipal revenue by source \(¥ million per round\): Land leases \d/);

    // Value capture: the farm's compensation, in the totals and in the per-plot table.
    const capture = debrief.locator("#debrief-capture");
    await capture.getByRole("heading", { name: /Value capture/ }).waitFor();
    expect(await capture.locator(".capture-totals").innerText()).toMatch(/Compensation paid to villages\s+¥20\sm/);
    expect(await capture.getByRole("row", { name: placeOf(farm.tile) }).innerText()).toMatch(/¥20\sm/);

    // Outcomes by role, and the discussion prompts, each pointing at a chart or section that exists.
    await expect.poll(() => debrief.locator("#debrief-outcomes h3").allInnerTexts()).toEqual(expect.arrayContaining(["Municipal government", "Village collective"]));
    const prompts = debrief.locator(".prompts > li");
    expect(await prompts.count()).toBe(2);
    // The four questions, each with its numbers and its chart: the farm's ¥20 m is the cash paid.
    expect(await debrief.locator("#debrief-questions .question").count()).toBe(4);
    for (const q of ["thirdWay", "valueCapture", "prh", "tickets"]) expect(await debrief.locator(`#question-${q} .chart-plot canvas`).count(), q).toBe(1);
    expect(await debrief.locator('#question-thirdWay [data-number="leases"]').innerText()).toMatch(/^¥/);
    // Your city vs Chongqing: a row per figure of the scenario, history's side cited; the live page
    // has no ledger, so it says where the contributors are.
    const table = debrief.locator("#debrief-history table");
    expect(await table.locator("tbody tr").count()).toBe(6);
    expect(await table.locator('tr[data-metric="gdpGrowth"]').innerText()).toMatch(/GDP growth, 2007–2012\s+14% a year[\s\S]*Source: the chapter/);
    expect(await table.innerText()).toMatch(/open this session from the past-sessions page/);
    // History's lines on the charts: the 14% path on GDP, the band's ends on the lease share.
    await expect.poll(() => debrief.locator("#chart-gdp .u-legend").innerText()).toMatch(/14% a year from your 2007 GDP/);
    await expect.poll(() => debrief.locator("#chart-lease-share .u-legend").innerText()).toMatch(/History: low end[\s\S]*History: high end/);
    const targets = await debrief.locator(".prompts .look a").evaluateAll((links) => links.map((a) => (a.getAttribute("href") ?? "").slice(1)));
    for (const id of targets) expect(await gov.page.locator(`[id="${id}"]`).count(), `target of “look at” #${id}`).toBe(1);

    // The CSV: a header naming the indicators, then one row per resolved round, equal to the synced history.
    const csv = await downloadOf(gov.page, "Download CSV");
    expect(csv.download.suggestedFilename()).toMatch(/\.csv$/);
    const [headings, ...rows] = csv.text.trim().split("\n").map((line) => line.split(","));
    // Each heading is the column's name, then what it is and its unit: "balances.0 — balance of … (wan, …)".
    const header = headings.map((cell) => cell.split(" — ")[0]);
    expect(headings).toContain("gdp — GDP in the round (wan; 1 wan = ¥10 thousand)");
    expect(headings).toContain(`balances.0 — balance of ${village.room.state.seats[0].label} (wan; 1 wan = ¥10 thousand)`);
    const synced = history();
    expect(synced.length).toBe(3);
    expect(rows.length, "rows: one per resolved round").toBe(synced.length);
    expect(header).toEqual(expect.arrayContaining(["round", "year", "gdp", "revenue.leases", "revenue.taxes", "revenue.transfers", "revenue.rents", "governmentDebt", "farmlandTiles", "redLineTiles", "hukouHolders", "prhLeasedByEmployers", "stability", "balances.0"]));
    synced.forEach((record, i) => {
      const expected = columns(record);
      // Every record field, and last the counterfactual flag (0: history's cards).
      expect(header.at(-1)).toBe("counterfactual");
      expect(header.slice(0, -1).sort()).toEqual(Object.keys(expected).sort());
      const got = Object.fromEntries(header.slice(0, -1).map((name, j) => [name, Number(rows[i][j])]));
      expect(got, `round ${record.round}`).toEqual(expected);
      expect(rows[i].at(-1)).toBe("0");
    });

    // The JSON: history, the plot's deal and every seat's outcome.
    const json = JSON.parse((await downloadOf(gov.page, "Download JSON")).text) as { counterfactual: boolean; history: RoundRecord[]; deals: { tile: number; compensation: number }[]; seats: { label: string }[] };
    expect(json.history).toEqual(synced);
    expect(json.deals).toContainEqual(expect.objectContaining({ tile: farm.tile, compensation: 2000 }));
    expect(json.seats.map((s) => s.label)).toContain(farm.village);
    expect(json.counterfactual).toBe(false);

    // DEBRIEF_SCREENSHOT=/tmp/debrief.png: pictures of each section, and of the printed page.
    const shot = process.env.DEBRIEF_SCREENSHOT;
    if (shot) {
      await gov.page.screenshot({ path: shot });
      for (const section of ["land", "people", "capture", "outcomes", "prompts"]) {
        await gov.page.evaluate((id) => document.getElementById(id)?.scrollIntoView(), section === "land" || section === "people" ? `chart-${section === "land" ? "farmland" : "cohorts"}` : `debrief-${section}`);
        await gov.page.screenshot({ path: shot.replace(/\.png$/, `-${section}.png`) });
      }
      await gov.page.emulateMedia({ media: "print" });
      await gov.page.screenshot({ path: shot.replace(/\.png$/, "-print.png"), fullPage: true });
      await gov.page.emulateMedia({ media: "screen" });
    }

    // Back to the game: the debrief closes and the map is there again.
    await debrief.getByRole("button", { name: "Back to the game" }).click();
    await expect.poll(() => gov.page.locator(".debrief").count()).toBe(0);
    await expect.poll(() => gov.page.locator(".map canvas").isVisible()).toBe(true);
    expect(gov.pageErrors).toEqual([]);
  });

  it("opens by itself when the game ends, with every round in the CSV", async () => {
    if (await gov.page.locator(".debrief").count()) await gov.page.keyboard.press("Escape");
    const rounds = village.room.state.rounds;
    while (history().length < rounds) {
      await endRound();
      // A round's resolution may have redrawn the page: wait for its next Ready button.
      if (history().length < rounds) await gov.page.getByRole("button", { name: /^Ready — end my turn/ }).waitFor();
    }
    await until(() => village.room.state.phase === "ended", "the game over");
    const debrief = gov.page.locator(".debrief");
    await debrief.getByRole("heading", { name: /^Debrief, \d{4}–\d{4}$/, level: 1 }).waitFor({ timeout: 15_000 });
    await expect.poll(() => debrief.locator(".chart-plot canvas").count()).toBeGreaterThanOrEqual(12);
    const csv = await downloadOf(gov.page, "Download CSV");
    expect(csv.text.trim().split("\n").length - 1).toBe(rounds);
    // The player's own seat comes first among the private objectives revealed, marked as theirs.
    const govSeat = [...village.room.state.seats].findIndex((s) => s.role === "government");
    const mine = debrief.locator("#debrief-objectives li").first();
    expect(await mine.getAttribute("data-seat")).toBe(String(govSeat));
    expect(await mine.getAttribute("class")).toBe("mine");
    expect(await mine.innerText()).toContain("(your seat)");
    expect(await debrief.locator("#debrief-objectives li.mine").count()).toBe(1);
    expect(gov.pageErrors).toEqual([]);
  });
});
