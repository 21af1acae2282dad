// Two players in two Chromiums against the real server and the built page: the map renders,
// the government offers a village compensation for a farm, the village accepts, both press
// Ready, and the farm is state land reserve on the map, in the inspector and in the log.
import { mkdirSync } from "node:fs";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { startServer, type RunningServer } from "../../server/app";
import { openBrowser, type Browser } from "./chromium";
import { canvasPixels, clickTile, createRoom, gameUrl, joinRoom, rendererOf, screenPixels, showTile, takeSeat, villageFarmNearCore } from "./page";

const farm = villageFarmNearCore();
let server: RunningServer;
let gov: Browser;
let village: Browser;

beforeAll(async () => {
  server = await startServer({ port: 0, staticDir: inject("pageDir") });
  [gov, village] = await Promise.all([openBrowser(), openBrowser()]);
});

// A failed test leaves both players' screens in test-results/ to look at.
afterEach(async ({ task }) => {
  if (task.result?.state !== "fail") return;
  mkdirSync("test-results", { recursive: true });
  const name = task.name.replace(/\W+/g, "-").slice(0, 60);
  await Promise.all([gov?.page.screenshot({ path: `test-results/${name}-government.png` }), village?.page.screenshot({ path: `test-results/${name}-village.png` })]);
});

afterAll(async () => {
  await Promise.all([gov?.close(), village?.close()]);
  await server?.close();
});

const near = (c: number[], target: number[], tolerance = 24) => c.every((v, i) => Math.abs(v - target[i]) <= tolerance);
// Colours of assets/tiles/shancheng.png (scripts/make-tileset.ts) and of the page behind the map.
const WATER = [0x5b, 0x8f, 0xbf];
const BACKGROUND = [0x1d, 0x2a, 0x33];
const VERMILLION = [0xd5, 0x5e, 0x00]; // the land reserve's site fence

/** Zoom in with the keyboard, as a player would, until a tile is at least `size` page pixels. */
async function zoomIn(b: Browser, size: number): Promise<void> {
  await b.page.locator(".map").focus();
  for (let i = 0; i < 20 && (await showTile(b.page, farm.x, farm.y, farm.width)).size < size; i++) {
    await b.page.keyboard.press("+");
    await b.page.waitForTimeout(50);
  }
}

/** Vermillion pixels of the farm tile, with the pointer moved off it so the hover frame does not hide its border. */
async function fencePixels(b: Browser): Promise<number> {
  await b.page.mouse.move(5, 5);
  await showTile(b.page, farm.x, farm.y, farm.width);
  await b.page.waitForTimeout(150);
  const at = await showTile(b.page, farm.x, farm.y, farm.width);
  const half = at.size / 2;
  const pixels = await canvasPixels(b.page, { left: at.x - half, top: at.y - half, width: at.size, height: at.size }, 1);
  return pixels.filter((c) => near(c, VERMILLION, 20)).length;
}

describe("playing in the browser", () => {
  let code = "";

  it("draws the map from the synced state once a seat is taken", async () => {
    code = await createRoom(gov.page, server.port, "Ana");
    expect(code).toMatch(/^[A-Z2-9]{4}$/);
    await takeSeat(gov.page, "Municipal government");
    await gov.page.waitForTimeout(300);

    const samples = await canvasPixels(gov.page);
    const colours = new Set(samples.map((c) => c.map((v) => v >> 4).join(",")));
    expect(colours.size, "distinct colours on the map").toBeGreaterThanOrEqual(8);
    expect(samples.filter((c) => near(c, WATER)).length, "river pixels").toBeGreaterThan(5);
    expect(samples.filter((c) => near(c, BACKGROUND, 6)).length / samples.length, "share of empty background").toBeLessThan(0.5);
  });

  it("tells a player who mistypes the room code that there is no such game", async () => {
    await village.page.goto(gameUrl(server.port));
    await village.page.getByLabel("Your display name").fill("Bo");
    await village.page.getByLabel("Room code").fill(code === "ZZZZ" ? "YYYY" : "ZZZZ");
    await village.page.getByRole("button", { name: "Join with a code" }).click();
    await expect.poll(() => village.page.getByRole("status").innerText()).toMatch(/not found|no game|could not/i);
  });

  it("lets the government buy a village farm into the land reserve, with the village's consent", async () => {
    await joinRoom(village.page, server.port, code, "Bo");
    await takeSeat(village.page, farm.village);
    await gov.page.getByRole("button", { name: "Start game" }).click();
    await gov.page.getByRole("button", { name: /^Ready/ }).waitFor();

    await zoomIn(gov, 40);
    expect((await showTile(gov.page, farm.x, farm.y, farm.width)).size, "tile size after zooming in with +").toBeGreaterThanOrEqual(40);
    expect(await fencePixels(gov), "site-fence pixels on the farm before").toBe(0);
    await clickTile(gov.page, farm.x, farm.y, farm.width);
    const inspector = gov.page.locator(".inspector");
    await inspector.getByRole("heading", { name: `Tile (${farm.x},${farm.y})` }).waitFor();
    await expect.poll(() => inspector.getByLabel("Tenure").innerText()).toBe("Village collective land");

    // Below the legal minimum the server refuses, and the refusal is shown, not swallowed.
    const amount = gov.page.getByLabel(/^Compensation/);
    await amount.fill("1");
    await gov.page.getByRole("button", { name: "Offer compensation" }).click();
    await expect.poll(() => gov.page.getByRole("alert").innerText()).toMatch(/compensation|minimum/i);

    await amount.fill("2000");
    await gov.page.getByRole("button", { name: "Offer compensation" }).click();
    await village.page.getByRole("button", { name: "Accept" }).click();
    await village.page.getByRole("button", { name: /^Ready/ }).click();
    await gov.page.getByRole("button", { name: /^Ready/ }).click();

    await expect.poll(() => inspector.getByLabel("Tenure").innerText(), { timeout: 15_000 }).toBe("State land reserve");
    await expect.poll(() => gov.page.locator(".log").innerText()).toContain("enters the land reserve; compensation ¥20 m");
    await expect.poll(() => village.page.locator(".log").innerText()).toContain("enters the land reserve");
    // The selection frame covers the tile's border: select another tile to see the fence.
    await clickTile(gov.page, farm.x - 3, farm.y, farm.width);
    expect(await fencePixels(gov), "site-fence pixels on the farm after").toBeGreaterThan(10);
    expect([...gov.pageErrors, ...village.pageErrors]).toEqual([]);
  });

  it("draws the map with the players' default renderer (WebGL) too", async () => {
    const page = await gov.context.newPage();
    try {
      await page.goto(`http://127.0.0.1:${server.port}/`);
      await page.getByLabel("Your display name").fill("Cy");
      await page.getByLabel("Room code").fill(code);
      await page.getByRole("button", { name: "Join with a code" }).click();
      await takeSeat(page, "Developer 1");
      await page.waitForTimeout(1500);
      expect(await rendererOf(page)).toBe("webgl");
      const samples = await screenPixels(page);
      expect(new Set(samples.map((c) => c.map((v) => v >> 4).join(","))).size, "distinct colours on the map").toBeGreaterThanOrEqual(8);
      expect(samples.filter((c) => near(c, WATER)).length, "river pixels").toBeGreaterThan(5);
    } finally {
      await page.close();
    }
  });
});
