// The facilitator's past-sessions page (?sessions) in Chromium against the real server: two
// sessions created over HTTP, a round or two played in each by scripted players; the page (with
// both sessions' secrets in this browser's localStorage) lists them as running now with a link to
// each console, opens one session's debrief from the server's records (charts drawn, the ledger's
// contributors in "your city vs Chongqing"), compares both on the same charts (one line per
// session, history's lines, a table and a CSV), and resumes a session whose room has closed.
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { startServer, type RunningServer } from "../../server/app";
import { createSession } from "../helpers/api";
import type { Player } from "../helpers/clients";
import { readyThroughRounds, seatGovernmentAndVillage, startAndBuyFarm } from "../helpers/scriptedPlayers";
import { openBrowser, screenshotOnFailure, type Browser } from "./chromium";

let server: RunningServer;
let browser: Browser;
const players: Player[] = [];
const sessions: { code: string; secret: string; players: Player[] }[] = [];

beforeAll(async () => {
  // No hold for empty sessions (holdForPlayers, server/room/): the last test needs a room that closes when its players leave.
  server = await startServer({ port: 0, staticDir: inject("pageDir"), roomDefaults: { emptySessionSeconds: 0 } });
  browser = await openBrowser();
});

afterEach(({ task }) => screenshotOnFailure(task, { sessions: browser }, { fullPage: true }));

afterAll(async () => {
  for (const p of players) if (p.room.connection.isOpen) await p.room.leave();
  await browser?.close();
  await server?.close();
});

const base = () => `http://127.0.0.1:${server.port}`;

/** A session made through the API, with a government and a village played by scripts for `rounds` rounds. */
async function playedSession(rounds: number, compensation: number): Promise<{ code: string; secret: string; players: Player[] }> {
  const { code, secret } = await createSession(server.port, { roundSeconds: 600 });
  const table = await seatGovernmentAndVillage(server.port, code);
  players.push(...table.all);
  await startAndBuyFarm(table, compensation, { port: server.port, code, secret });
  await readyThroughRounds(table.all, rounds);
  return { code, secret, players: table.all };
}

/** Canvas pixels that are drawn (not transparent, not white), per chart canvas under `scope`. */
const inkedPixels = (page: Page, scope: string): Promise<number[]> =>
  page.evaluate(
    (scope) =>
      [...document.querySelectorAll<HTMLCanvasElement>(`${scope} .chart-plot canvas`)].map((canvas) => {
        const data = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height).data;
        let n = 0;
        for (let i = 0; i < data.length; i += 4) if (data[i + 3] > 0 && data[i] + data[i + 1] + data[i + 2] < 600) n++;
        return n;
      }),
    scope,
  );

describe("past sessions and the workshop view", () => {
  it("lists the facilitator's running sessions, reopens a debrief and compares two sessions", async () => {
    sessions.push(await playedSession(2, 2_000), await playedSession(1, 3_000));
    const [a, b] = sessions;
    const { page } = browser;
    // This browser opened both facilitator links before (ui/sessionsStore.ts keeps them).
    await page.addInitScript((kept) => {
      if (!localStorage.getItem("shancheng.facilitatorSessions")) localStorage.setItem("shancheng.facilitatorSessions", JSON.stringify(kept));
    }, [
      { code: a.code, secret: a.secret, label: "Group A", kept: 1 },
      { code: b.code, secret: b.secret, kept: 2 },
    ]);
    await page.goto(`${base()}/?sessions`);
    await page.getByRole("heading", { name: /^Your sessions/, level: 1 }).waitFor();

    // Running now: both, with round, phase, players and a link to each console.
    const running = page.locator("#running-now");
    await running.locator(`tr[data-code="${a.code}"]`).waitFor();
    await running.locator(`tr[data-code="${b.code}"]`).waitFor();
    expect(await running.locator(`tr[data-code="${a.code}"]`).innerText()).toMatch(new RegExp(`${a.code} \\(Group A\\)[\\s\\S]*3 of \\d+[\\s\\S]*Action phase[\\s\\S]*2 connected · 2 of \\d+ seats taken`));
    expect(await running.locator(`tr[data-code="${b.code}"]`).innerText()).toMatch(/2 of \d+[\s\S]*Action phase/);
    for (const s of sessions) expect(await running.getByRole("link", { name: `Open the console of ${s.code}` }).getAttribute("href")).toBe(`/?room=${s.code}&facilitator=${s.secret}`);

    // Open A's debrief: from the server's records, charts drawn.
    await page.locator("#past-sessions").locator(`tr[data-code="${a.code}"]`).getByRole("button", { name: "Open debrief" }).click();
    const debrief = page.locator(".debrief");
    await debrief.getByRole("heading", { name: /^Debrief so far, \d{4}–\d{4}$/, level: 1 }).waitFor();
    expect(new URL(page.url()).searchParams.get("debrief")).toBe(a.code);
    const charts = await debrief.locator("figure.chart").count();
    expect(charts).toBeGreaterThanOrEqual(12);
    await expect.poll(() => debrief.locator(".chart-plot canvas").count()).toBe(charts);
    expect((await inkedPixels(page, ".debrief")).every((n) => n > 500)).toBe(true);
    expect(await debrief.locator("#debrief-capture .capture-totals").innerText()).toMatch(/Compensation paid to villages\s+¥20\sm/);
    // Your city vs Chongqing, from the server: the ledger's contributor to the compensation row is
    // the village that sold the farm, for ¥20 m in the first round.
    const compensationRow = debrief.locator('#debrief-history tr[data-metric="compensationOfLease"]');
    expect(await compensationRow.innerText()).toMatch(/far below[\s\S]*: took ¥20\sm for 1 plot in 1997–1998 \(100% of all\)/);
    await debrief.getByRole("button", { name: "Back to the sessions" }).click();
    await expect.poll(() => page.locator(".debrief").count()).toBe(0);
    expect(new URL(page.url()).search).toBe("?sessions");

    // A label of the facilitator's own, kept in this browser, names the session everywhere.
    const past = page.locator("#past-sessions");
    await past.getByRole("textbox", { name: `Label for ${b.code}` }).fill("Group B");
    await past.getByRole("textbox", { name: `Label for ${b.code}` }).press("Tab");
    await expect.poll(() => running.locator(`tr[data-code="${b.code}"] th`).innerText()).toBe(`${b.code} (Group B)`);

    // Compare both: one line per session on the same charts, the legend naming them.
    await past.getByRole("checkbox", { name: `Compare ${a.code}` }).check();
    await past.getByRole("checkbox", { name: `Compare ${b.code}` }).check();
    await past.getByRole("button", { name: "Compare the selected sessions (2)" }).click();
    const compare = page.locator("#compare");
    await compare.getByRole("heading", { name: `Compare sessions: ${a.code}, ${b.code}` }).waitFor();
    await expect.poll(() => compare.locator(".chart-plot canvas").count()).toBeGreaterThanOrEqual(8);
    const gdpLegend = compare.locator("#compare-gdp .u-legend");
    await expect.poll(() => gdpLegend.innerText()).toMatch(new RegExp(`${a.code} \\(Group A\\)[\\s\\S]*${b.code} \\(Group B\\)`));
    // One per session, and history's 14% a year from 2007 (no point in these early rounds).
    expect(await compare.locator("#compare-gdp .u-legend .u-series").count()).toBe(3);
    expect(await gdpLegend.innerText()).toMatch(/14% a year from your 2007 GDP/);
    // These sessions vs Chongqing: a column per session, a row per figure of the scenario.
    const table = compare.locator("#debrief-history table");
    expect(await table.locator("thead th").allInnerTexts()).toEqual(["Figure", "Chongqing", `${a.code} (Group A)`, `${b.code} (Group B)`]);
    expect(await table.locator("tbody tr").count()).toBe(6);
    // The comparison as CSV: one row per session and resolved round, history's lines once, the counterfactual flag last.
    const [download] = await Promise.all([page.waitForEvent("download"), compare.getByRole("button", { name: "Download the comparison (CSV)" }).click()]);
    const csv = (await import("node:fs")).readFileSync((await download.path())!, "utf8").trim().split("\n");
    expect(csv[0]).toMatch(/^session,year the round began,GDP per round: .*counterfactual game/);
    expect(csv.slice(1).map((r) => r.split(",").slice(0, 2).join(","))).toEqual([`${a.code} (Group A),1997`, `${a.code} (Group A),1999`, `${b.code} (Group B),1997`]);
    expect(csv.slice(1).every((r) => r.endsWith(",0"))).toBe(true);
    expect(await compare.locator("#compare-farmland .u-legend").innerText()).toMatch(/Red line/);
    // Sessions told apart without colour: on every chart each key is its own dash and marker, and
    // the two sessions' keys differ in both (the key is an SVG of the line).
    const keys = await compare.locator("figure.chart").evaluateAll((figures) =>
      figures.map((f) =>
        [...f.querySelectorAll<HTMLElement>(".u-legend .u-series .u-marker")].slice(1).map((m) => {
          const svg = decodeURIComponent(m.style.background);
          return { dash: svg.match(/stroke-dasharray="([^"]*)"/)?.[1], mark: svg.match(/class="mark-(\w+)"/)?.[1] ?? "circle", filled: !svg.includes('fill="#fff"') };
        }),
      ),
    );
    expect(keys.length).toBeGreaterThanOrEqual(8);
    for (const chart of keys) expect(new Set(chart.map((k) => JSON.stringify(k))).size).toBe(chart.length);
    // GDP: the two sessions' lines (history's 14% line is the third key).
    const gdp = keys[await compare.locator("figure.chart").evaluateAll((figures) => figures.findIndex((f) => f.id === "compare-gdp"))];
    expect(gdp[0].dash).not.toBe(gdp[1].dash);
    expect(new Set([gdp[0].mark, gdp[1].mark])).toEqual(new Set(["circle", "square"]));
    expect((await inkedPixels(page, "#compare")).every((n) => n > 300)).toBe(true);
    expect(await compare.locator("#compare-capture .chart-plot").getAttribute("aria-label")).toMatch(new RegExp(`${a.code} \\(Group A\\): Compensation to villages 0 in \\d{4}`));
    expect(page.url()).toContain(`?compare=${a.code},${b.code}`);
    // SESSIONS_SCREENSHOT=/tmp/sessions.png: the page, and the comparison.
    const shot = process.env.SESSIONS_SCREENSHOT;
    if (shot) {
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: shot });
      await page.locator("#compare").scrollIntoViewIfNeeded();
      await page.screenshot({ path: shot.replace(/\.png$/, "-compare.png"), fullPage: true });
    }
    expect(browser.pageErrors).toEqual([]);
  });

  it("resumes a session whose room has closed", async () => {
    const [, b] = sessions;
    for (const p of b.players) await p.room.leave();
    const { page } = browser;
    await page.goto(`${base()}/?sessions`);
    const row = page.locator("#past-sessions").locator(`tr[data-code="${b.code}"]`);
    await expect.poll(async () => (await page.locator("#running-now").innerText()).includes(b.code), { timeout: 12_000 }).toBe(false);
    await expect.poll(() => row.getByRole("button", { name: "Resume" }).count(), { timeout: 12_000 }).toBe(1);
    await row.getByRole("button", { name: "Resume" }).click();
    await expect.poll(() => page.getByRole("status").innerText()).toMatch(new RegExp(`${b.code} is running again at round 2`));
    await page.locator("#running-now").locator(`tr[data-code="${b.code}"]`).waitFor();
    // Opening a facilitator link is what makes this browser keep a session.
    await page.evaluate(() => localStorage.setItem("shancheng.facilitatorSessions", "[]"));
    await page.goto(`${base()}/?room=${sessions[0].code}&facilitator=${sessions[0].secret}`);
    await page.goto(`${base()}/?sessions`);
    await page.locator("#past-sessions").locator(`tr[data-code="${sessions[0].code}"]`).waitFor();
    expect(await page.locator("#past-sessions tbody tr").count()).toBe(1);
    // A debrief link with the secret in it works too, and keeps the session in this browser.
    await page.goto(`${base()}/?debrief=${b.code}&facilitator=${b.secret}`);
    await page.locator(".debrief").getByRole("heading", { name: /^Debrief so far, \d{4}$/, level: 1 }).waitFor();
    await page.locator(".debrief").getByRole("button", { name: "Back to the sessions" }).click();
    await expect.poll(() => page.locator("#past-sessions tbody tr").count()).toBe(2);
    expect(browser.pageErrors).toEqual([]);
  });
});
