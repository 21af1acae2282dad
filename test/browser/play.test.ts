// One game, played through the page by the government and a village in two Chromiums (plus a
// developer and a migrant cohort in extra tabs), against the real server. The tests run in order
// and share the game: the map renders; a mistyped code is explained; the government buys a
// village farm into the land reserve with the village's consent (map, inspector, log); a
// developer bids for its lease in secret and wins it; a reload brings a player back to their
// seat; the default WebGL renderer draws the map too, for a migrant cohort choosing a job; a
// click lands on the tile under the pointer even as players join and the page reflows; and a
// full classroom game still leaves the map most of the screen.
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { startServer, type RunningServer } from "../../server/app";
import { joinRoom as joinRoomByCode, until, type Player } from "../helpers/clients";
import { openBrowser, screenshotOnFailure, type Browser } from "./chromium";
import { canvasPixels, clickTile, createRoom, gameUrl, joinRoom, rendererOf, screenPixels, showTile, takeSeat, placeOf, villageFarmNearCore } from "./page";

const farm = villageFarmNearCore();
let server: RunningServer;
let gov: Browser;
let village: Browser;

beforeAll(async () => {
  server = await startServer({ port: 0, staticDir: inject("pageDir") });
  [gov, village] = await Promise.all([openBrowser(), openBrowser()]);
});

// A failed test leaves both players' screens in test-results/ to look at.
afterEach(({ task }) => screenshotOnFailure(task, { government: gov, village }));

afterAll(async () => {
  await Promise.all([gov?.close(), village?.close()]);
  await server?.close();
});

const near = (c: number[], target: number[], tolerance = 24) => c.every((v, i) => Math.abs(v - target[i]) <= tolerance);
// Colours of assets/tiles/shancheng.png (scripts/make-tileset.ts) and of the canvas behind the map.
const WATER = [0x5b, 0x8f, 0xbf];
const BACKGROUND = [0x1d, 0x2a, 0x33];
const VERMILLION = [0xd5, 0x5e, 0x00]; // the land reserve's site fence

/** The seats as a scripted player sees them, once the first state has arrived. */
async function seatsOf(p: Player) {
  await until(() => (p.room.state.seats?.length ?? 0) > 0, "the room state");
  return [...p.room.state.seats];
}

/** Colours among the samples, in steps of 16 per channel (so anti-aliasing does not count). */
const distinctColours = (samples: number[][]) => new Set(samples.map((c) => c.map((v) => v >> 4).join(","))).size;

/** Zoom in with the keyboard, as a player would, until a tile is at least `size` page pixels. */
async function zoomIn(b: Browser, size: number): Promise<void> {
  await b.page.locator(".map").focus();
  for (let i = 0; i < 20 && (await showTile(b.page, farm.x, farm.y, farm.width)).size < size; i++) {
    await b.page.keyboard.press("+");
  }
}

/** Vermillion pixels of the farm tile, with the pointer moved off it so the hover frame does not hide its border. */
async function fencePixels(b: Browser): Promise<number> {
  await b.page.mouse.move(5, 5);
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

    await expect.poll(async () => distinctColours(await canvasPixels(gov.page)), { message: "distinct colours on the map" }).toBeGreaterThanOrEqual(8);
    const samples = await canvasPixels(gov.page);
    expect(samples.filter((c) => near(c, WATER)).length, "river pixels").toBeGreaterThan(5);
    expect(samples.filter((c) => near(c, BACKGROUND, 6)).length / samples.length, "share of empty background").toBeLessThan(0.5);
  });

  it("tells a player who mistypes the room code that there is no such game", async () => {
    await village.page.goto(gameUrl(server.port));
    await village.page.getByLabel("Your display name").fill("Bo");
    await village.page.getByLabel("Room code").fill(code === "ZZZZ" ? "YYYY" : "ZZZZ");
    await village.page.getByRole("button", { name: "Join with a code" }).click();
    // The join form's status line comes first (the start page has another, for "Run a class").
    await expect.poll(() => village.page.getByRole("status").first().innerText()).toMatch(/not found|no game|could not/i);
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
    await inspector.getByRole("heading", { name: placeOf(farm.tile) }).waitFor();
    await expect.poll(() => inspector.getByLabel("Tenure").innerText()).toBe("Village collective land");

    // Below the legal minimum the server refuses, and the refusal is shown, not swallowed.
    const amount = gov.page.getByLabel(/^Compensation/);
    await amount.fill("0.01");
    await gov.page.getByRole("button", { name: "Offer compensation" }).click();
    await expect.poll(() => gov.page.getByRole("alert").innerText()).toMatch(/compensation|minimum/i);

    await amount.fill("20");
    await gov.page.getByRole("button", { name: "Offer compensation" }).click();
    await village.page.getByRole("button", { name: "Accept" }).click();
    await village.page.getByRole("button", { name: /^Ready/ }).click();
    await gov.page.getByRole("button", { name: /^Ready/ }).click();

    await expect.poll(() => inspector.getByLabel("Tenure").innerText(), { timeout: 15_000 }).toBe("State land reserve");
    await expect.poll(() => gov.page.locator(".log").innerText()).toMatch(/enters the land reserve; compensation ¥20\sm/); // the page's money keeps "20 m" together (a no-break space)
    await expect.poll(() => village.page.locator(".log").innerText()).toContain("enters the land reserve");
    // The selection frame covers the tile's border: select another tile to see the fence.
    await clickTile(gov.page, farm.x - 3, farm.y, farm.width);
    expect(await fencePixels(gov), "site-fence pixels on the farm after").toBeGreaterThan(10);
    expect([...gov.pageErrors, ...village.pageErrors]).toEqual([]);
  });

  it("lets a developer find the auction in the offers panel, bid in secret and win the lease", async () => {
    // A second tab is a second player: the developer.
    const dev = await village.context.newPage();
    try {
      await joinRoom(dev, server.port, code, "Dee");
      await takeSeat(dev, "Developer 1");
      await clickTile(gov.page, farm.x, farm.y, farm.width);
      await gov.page.locator(".inspector").getByRole("heading", { name: placeOf(farm.tile) }).waitFor();
      await gov.page.getByRole("button", { name: "Auction the lease" }).click();

      const auction = dev.locator(".auction");
      await expect.poll(() => auction.innerText()).toContain(`lease of ${placeOf(farm.tile)}`);
      await auction.getByRole("button", { name: `Show ${placeOf(farm.tile)}` }).click();
      await dev.locator(".inspector").getByRole("heading", { name: placeOf(farm.tile) }).waitFor();
      const bid = dev.getByLabel(/^Your bid/);
      const reserve = Number(await bid.getAttribute("min"));
      await bid.fill(String(reserve + 5));
      await dev.getByRole("button", { name: "Place a sealed bid" }).click();
      await expect.poll(() => auction.innerText()).toContain("1 sealed bid");
      // Sealed: the government sees that a bid exists, not its amount.
      await expect.poll(() => gov.page.locator(".auction").innerText()).toContain("1 sealed bid");
      expect(await gov.page.locator(".auction").innerText()).not.toMatch(/your sealed bid/i);

      for (const page of [dev, village.page, gov.page]) await page.getByRole("button", { name: /^Ready/ }).click();
      await expect.poll(() => dev.locator(".log").innerText(), { timeout: 15_000 }).toContain(`Developer 1 wins the lease of ${placeOf(farm.tile)}`);
      await expect.poll(() => dev.locator(".inspector").getByLabel("Held by").innerText()).toBe("Developer 1");
      await expect.poll(() => dev.locator(".inspector").innerText()).toMatch(/Lease price\s+¥/);
    } finally {
      await dev.close();
    }
  });

  it("brings a player who reloads the page back to their seat", async () => {
    await village.page.reload();
    await village.page.getByRole("heading", { name: farm.village, exact: true }).waitFor();
    await village.page.locator("canvas").waitFor();
    expect(await village.page.getByRole("heading", { name: "Choose your seat" }).count()).toBe(0);
  });

  it("gives the seat to a new tab of the same browser that joins with the code and the same name (the seat's secret is in localStorage)", async () => {
    const tab = await village.context.newPage();
    try {
      await tab.goto(gameUrl(server.port));
      await tab.getByLabel("Your display name").fill("Bo");
      await tab.getByLabel("Room code").fill(code);
      await tab.getByRole("button", { name: "Join with a code" }).click();
      await tab.getByRole("heading", { name: farm.village, exact: true }).waitFor();
      expect(await tab.getByRole("heading", { name: "Choose your seat" }).count()).toBe(0);
      await expect.poll(() => village.page.locator("#error-toast").innerText()).toMatch(/another window/);
    } finally {
      await tab.close();
    }
  });

  it("draws the map with the players' default renderer (WebGL), for a migrant cohort choosing work", async () => {
    const page = await gov.context.newPage();
    try {
      await page.goto(`http://127.0.0.1:${server.port}/`);
      await page.getByLabel("Your display name").fill("Cy");
      await page.getByLabel("Room code").fill(code);
      await page.getByRole("button", { name: "Join with a code" }).click();
      await takeSeat(page, "Migrant cohort 1");
      expect(await rendererOf(page)).toBe("webgl");
      await expect.poll(async () => distinctColours(await screenPixels(page)), { message: "distinct colours on the map" }).toBeGreaterThanOrEqual(8);
      const samples = await screenPixels(page);
      expect(samples.filter((c) => near(c, WATER)).length, "river pixels").toBeGreaterThan(5);

      await page.getByRole("button", { name: "Construction job, employer dormitory" }).click();
      await expect.poll(() => page.locator(".log").innerText()).toContain("Migrant cohort 1 will move at the end of the round.");
    } finally {
      await page.close();
    }
  });

  it("selects the tile under the pointer even when players joining reflow the page above the map", async () => {
    const newcomers = await Promise.all(["Eli", "Fay", "Gus"].map((name) => joinRoomByCode(server.port, code, name)));
    const free = (await seatsOf(newcomers[0])).filter((s) => s.player === "").map((s) => s.id);
    newcomers.forEach((p, i) => p.room.send("takeSeat", { seat: free[i] }));
    await gov.page.getByText("Gus", { exact: false }).first().waitFor();
    const target = { x: farm.x + 2, y: farm.y + 1 };
    await clickTile(gov.page, target.x, target.y, farm.width);
    await expect.poll(() => gov.page.locator(".inspector h2").innerText()).toBe(placeOf(target.y * farm.width + target.x));
    await Promise.all(newcomers.map((p) => p.room.leave()));
  });

  it("keeps the map dominant when every seat of a classroom game is taken", async () => {
    const probe = await joinRoomByCode(server.port, code, "Hal");
    const free = (await seatsOf(probe)).filter((s) => s.player === "").map((s) => s.id);
    const others = await Promise.all(free.slice(1).map((_, i) => joinRoomByCode(server.port, code, `Student ${i + 2}`)));
    [probe, ...others].forEach((p, i) => p.room.send("takeSeat", { seat: free[i] }));
    await expect.poll(() => gov.page.getByText(`Student ${free.length}`).count()).toBeGreaterThan(0);
    const viewport = gov.page.viewportSize()!;
    const map = (await gov.page.locator(".map").boundingBox())!;
    expect(map.height / viewport.height, "share of the screen's height given to the map").toBeGreaterThanOrEqual(0.75);
    await Promise.all([probe, ...others].map((p) => p.room.leave()));
  });
});
