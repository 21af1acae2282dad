// Colour-blind checks, in Chromium against the real server: a solo game (the government against
// bots) is played three rounds; the game screen with the map key open and the debrief's charts are
// photographed through deuteranopia, protanopia and tritanopia simulations (an SVG feColorMatrix
// filter over the whole page: Machado, Oliveira & Fernandes 2009, severity 1) into
// test-results/colour-blind/ to be looked at; and every chart's legend keys differ in their line
// style, not only in colour, so a reader who cannot tell the colours apart can tell the lines.
import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { startServer, type RunningServer } from "../../server/app";
import { openBrowser, screenshotOnFailure, type Browser } from "./chromium";
import { gameUrl, takeSeat } from "./page";

/** Linear-RGB matrices of the three dichromacies (Machado et al. 2009, severity 1.0). */
const SIMULATIONS: Record<string, number[]> = {
  deuteranopia: [0.367322, 0.860646, -0.227968, 0.280085, 0.672501, 0.047413, -0.01182, 0.04294, 0.968881],
  protanopia: [0.152286, 1.052583, -0.204868, 0.114503, 0.786281, 0.099216, -0.003882, -0.048116, 1.051998],
  tritanopia: [1.255528, -0.076749, -0.178779, -0.078411, 0.930809, 0.147602, 0.004733, 0.691367, 0.3039],
};
const OUT = "test-results/colour-blind";

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer({ port: 0, staticDir: inject("pageDir") });
  browser = await openBrowser({ width: 1366, height: 768 });
  mkdirSync(OUT, { recursive: true });
});
afterEach(({ task }) => screenshotOnFailure(task, { page: browser }));
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** See the page as a reader with `kind` would (none: as it is). */
async function simulate(page: Page, kind: string | null): Promise<void> {
  await page.evaluate(
    ({ kind, matrix }) => {
      document.getElementById("cvd-filters")?.remove();
      document.documentElement.style.filter = "";
      if (!kind) return;
      const values = [0, 1, 2].map((row) => `${matrix.slice(row * 3, row * 3 + 3).join(" ")} 0 0`).join(" ") + " 0 0 0 1 0";
      const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
      svg.id = "cvd-filters";
      svg.setAttribute("style", "position:absolute;width:0;height:0");
      svg.innerHTML = `<filter id="cvd" color-interpolation-filters="linearRGB"><feColorMatrix type="matrix" values="${values}"/></filter>`;
      document.body.append(svg);
      document.documentElement.style.filter = "url(#cvd)";
    },
    { kind, matrix: kind ? SIMULATIONS[kind] : [] },
  );
}

/** One photograph of `selector` as it is and one per simulation: test-results/colour-blind/<view>-<kind>.png. */
async function photograph(page: Page, view: string, selector: string): Promise<void> {
  await page.locator(selector).scrollIntoViewIfNeeded();
  for (const kind of [null, ...Object.keys(SIMULATIONS)]) {
    await simulate(page, kind);
    await page.locator(selector).screenshot({ path: `${OUT}/${view}-${kind ?? "normal"}.png` });
  }
  await simulate(page, null);
}

describe("colour-blind readers", () => {
  it("photographs the game with its map key through the three simulations", async () => {
    const page = browser.page;
    await page.goto(gameUrl(server.port));
    await page.getByLabel("Your display name").fill("Ana");
    await page.getByRole("button", { name: "Play alone against bots" }).click();
    await takeSeat(page, "Municipal government");
    await page.getByRole("button", { name: "Start game (bots take the other seats)" }).click();
    for (let round = 1; round <= 3; round++) {
      await page.getByRole("button", { name: "Ready — end my turn" }).click();
      await expect.poll(() => page.locator(".round").innerText(), { timeout: 15_000 }).toContain(`Round ${round + 1} of 12`);
    }
    await photograph(page, "game", ".game");
    await page.locator(".legend summary").click();
    await photograph(page, "map-key-tenure", ".legend .legend-group:nth-of-type(3)");
    await photograph(page, "map-key-marks", ".legend .legend-group:nth-of-type(4)");
  });

  it("gives every line of every debrief chart a legend key of its own line style", async () => {
    const page = browser.page;
    await page.getByRole("button", { name: "Debrief so far" }).click();
    await page.locator(".debrief .chart-plot canvas").first().waitFor();
    const charts = await page.locator(".debrief figure.chart").evaluateAll((figures) =>
      figures.map((f) => ({
        id: f.id,
        // The dash pattern of each legend key (the key is an SVG of the line).
        dashes: [...f.querySelectorAll<HTMLElement>(".u-legend .u-series .u-marker")].slice(1).map((m) => decodeURIComponent(m.style.background).match(/stroke-dasharray="([^"]*)"/)?.[1] ?? "no key"),
      })),
    );
    expect(charts.length).toBeGreaterThan(5);
    for (const c of charts) {
      expect(c.dashes, `${c.id}: a key for each line`).not.toContain("no key");
      expect(new Set(c.dashes).size, `${c.id}: line styles ${c.dashes.join(" / ")}`).toBe(c.dashes.length);
    }
    await photograph(page, "money-chart", "#chart-money");
    await photograph(page, "land-chart", "#chart-capture");
    expect(browser.pageErrors).toEqual([]);
  });
});
