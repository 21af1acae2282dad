// The map's lenses in Chromium (Canvas renderer) against the real server, the government in a
// solo game against bots: each lens switches on by its button and by its key, shows its key,
// and changes the map's pixels; a bridge's preview (on hover over its site, and the inspector's
// "show it on the map") turns the far bank blue (rising) before it is built, and the change lens shows the same tile rising
// once it is; the debrief's map replay shows a past round through a lens.
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { startServer, type RunningServer } from "../../server/app";
import { SYSTEM_SEAT } from "../../shared/engine/commands";
import { applyCommand, createGame } from "../../shared/engine/apply";
import { tileActions } from "../../shared/views/hints";
import { LENSES } from "../../shared/views/lenses";
import { infraTiles, upliftOf } from "../../shared/views/uplift";
import { chongqingScenario } from "../../shared/scenarios/chongqing";
import { loadMapFile } from "../../server/mapFile";
import { openBrowser, screenshotOnFailure, type Browser } from "./chromium";
import { canvasPixels, clickTile, gameUrl, showTile, takeSeat } from "./page";

const map = loadMapFile();
const { width } = map;
const opening = applyCommand(createGame(chongqingScenario, map, 1), SYSTEM_SEAT, { type: "startGame" });
if (!opening.ok) throw new Error(opening.error);
const game = opening.state;
const core = { x: map.core % width, y: Math.floor(map.core / width) };
const distance = (t: number) => Math.abs((t % width) - core.x) + Math.abs(Math.floor(t / width) - core.y);
// The bridge site nearest the core, and the tile it would raise most (worked out by the engine's rules here).
const bridge = [...map.terrain.keys()].filter((t) => tileActions(game, 0, t).some((a) => a.command.type === "buildInfrastructure" && a.command.infra === "bridge" && a.command.axis === "ns")).sort((a, b) => distance(a) - distance(b))[0];
const uplift = upliftOf(game.map, game.map.value, game.scenario, "bridge", infraTiles(game.map, "bridge", bridge, "ns"));
const gainer = uplift.change.reduce((best, d, t) => (d / Math.max(1, game.map.value[t]) > uplift.change[best] / Math.max(1, game.map.value[best]) ? t : best), 0);

let server: RunningServer;
let gov: Browser;

beforeAll(async () => {
  server = await startServer({ port: 0, staticDir: inject("pageDir") });
  gov = await openBrowser();
});
afterEach(({ task }) => screenshotOnFailure(task, { government: gov }));
afterAll(async () => {
  await gov?.close();
  await server?.close();
});

/** The mean colour of a tile's top-left quarter (the lens's shapes sit in its middle), pointer away. */
async function tileColour(x: number, y: number): Promise<number[]> {
  await gov.page.mouse.move(2, 2);
  const at = await showTile(gov.page, x, y, width);
  const samples = await canvasPixels(gov.page, { left: at.x - at.size * 0.45, top: at.y - at.size * 0.45, width: at.size * 0.3, height: at.size * 0.3 }, 2);
  return [0, 1, 2].map((i) => Math.round(samples.reduce((sum, c) => sum + c[i], 0) / samples.length));
}
const rising = (c: number[]) => c[2] > c[0] + 60; // the change lens's blues (#4393c3, #2166ac)
const pressed = () => gov.page.locator(".lens-button[aria-pressed=true]").getAttribute("data-lens");

describe("map lenses", () => {
  it("switch on by click and by key, each with its legend, each changing the map's pixels", async () => {
    const page = gov.page;
    await page.goto(gameUrl(server.port));
    await page.getByLabel("Your display name").fill("Ms Zhang");
    await page.getByRole("button", { name: "Play alone against bots" }).click();
    await takeSeat(page, "Municipal government");
    await page.getByRole("button", { name: "Start game (bots take the other seats)" }).click();
    await page.locator(".round").getByText("Round 1 of 12").waitFor();
    await page.mouse.move(2, 2);
    const plain = await canvasPixels(page);
    expect(await pressed()).toBe("off");
    const pictures = new Set<string>();
    for (const [i, lens] of LENSES.entries()) {
      await page.locator(`.lens-button[data-lens=${lens}]`).click();
      expect(await pressed()).toBe(lens);
      await page.locator(".lens-legend h3").waitFor();
      expect(await page.locator(".lens-legend li").count()).toBeGreaterThan(lens === "change" ? 4 : 1);
      await page.keyboard.press("0");
      expect(await pressed()).toBe("off");
      expect(await page.locator(".lens-legend").isHidden()).toBe(true);
      await page.keyboard.press(String(i + 1));
      expect(await pressed()).toBe(lens);
      await page.mouse.move(2, 2);
      const pixels = await canvasPixels(page);
      const differ = pixels.filter((c, j) => c.some((v, k) => Math.abs(v - plain[j][k]) > 24)).length;
      expect(differ, `${lens}: pixels unlike the plain map`).toBeGreaterThan(pixels.length / 4);
      pictures.add(JSON.stringify(pixels));
    }
    expect(pictures.size).toBe(LENSES.length);
  });

  it("a bridge's preview raises the far bank in the change lens; once built, the change lens shows it risen", async () => {
    const page = gov.page;
    const gx = gainer % width;
    const gy = Math.floor(gainer / width);
    await page.keyboard.press("3");
    // Round 1: no earlier round seen, so the change lens has nothing to show there.
    await page.getByText(/Change shows from round 2 on/).waitFor();
    expect(rising(await tileColour(gx, gy))).toBe(false);
    // Hovering the site on the plain map shows its preview at once, with its total in a line over the map.
    await page.keyboard.press("0");
    const site = await showTile(page, bridge % width, Math.floor(bridge / width), width);
    await page.mouse.move(site.x, site.y);
    await page.locator(".lens-hover").getByText(/If a bridge \((north–south|east–west)\) were built here, land would gain ¥/).waitFor();
    expect(await pressed()).toBe("off");
    // The tile the bridge raises most, where the camera now has it (the pointer stays on the site).
    const at = await page.evaluate(([x, y]) => (window as unknown as { __shancheng: { tileToPage(x: number, y: number): { x: number; y: number } } }).__shancheng.tileToPage(x, y), [gx, gy]);
    const box = (await page.locator("canvas").first().boundingBox())!;
    expect(at.x > box.x && at.x < box.x + box.width && at.y > box.y && at.y < box.y + box.height, "the raised tile is on screen beside the site").toBe(true);
    const sample = await canvasPixels(page, { left: at.x - site.size * 0.45, top: at.y - site.size * 0.45, width: site.size * 0.3, height: site.size * 0.3 }, 2);
    const mean = [0, 1, 2].map((i) => Math.round(sample.reduce((sum, c) => sum + c[i], 0) / sample.length));
    expect(rising(mean), `the hover preview at (${gx},${gy})`).toBe(true);
    // Pointer off the map: the line goes.
    await page.mouse.move(2, 2);
    await expect.poll(() => page.locator(".lens-hover").isHidden()).toBe(true);
    await page.keyboard.press("3");
    await clickTile(page, bridge % width, Math.floor(bridge / width), width);
    // Selecting the site leaves the lens as it was; the inspector's button (north–south first) shows the preview.
    await page.keyboard.press("1");
    await page.getByRole("button", { name: /Show it on the map/ }).first().click();
    expect(await pressed()).toBe("change");
    await page.locator(".lens-legend .lens-preview").getByText(/If a bridge \(north–south\) were built here/).waitFor();
    expect(rising(await tileColour(gx, gy)), `the preview at (${gx},${gy})`).toBe(true);
    await clickTile(page, bridge % width, Math.floor(bridge / width), width);
    await page.getByRole("button", { name: "Bridge north-south" }).click();
    await page.getByRole("button", { name: "Ready — end my turn" }).click();
    await page.locator(".round").getByText("Round 2 of 12").waitFor({ timeout: 30_000 });
    await clickTile(page, core.x, core.y, width);
    await expect.poll(async () => rising(await tileColour(gx, gy)), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => page.locator(".lens-legend").innerText()).toMatch(/Percent change since last round/);
    expect(gov.pageErrors).toEqual([]);
  });

  it("the debrief's map replay shows a round through the holders lens, with its key", async () => {
    const page = gov.page;
    await page.getByRole("button", { name: "Debrief so far" }).click();
    await page.getByText("Showing the end of round 1").waitFor({ timeout: 15_000 });
    const replay = page.locator("canvas.replay-map");
    const plain = await replay.evaluate((c: HTMLCanvasElement) => c.toDataURL());
    await page.getByLabel("See this round through a lens").selectOption("holders");
    expect(await replay.evaluate((c: HTMLCanvasElement) => c.toDataURL())).not.toBe(plain);
    await expect.poll(() => page.locator(".replay .lens-key li").count()).toBeGreaterThan(3);
    await expect.poll(() => page.locator(".replay .lens-key").innerText()).toMatch(/Government \(state land\)/);
    expect(gov.pageErrors).toEqual([]);
  });
});
