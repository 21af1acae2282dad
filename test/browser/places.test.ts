// Tiles named by place on the game screen, in Chromium at 1366×768 against the real server: in a
// solo game the government selects a village farm — the inspector's heading is its place name
// ("Qinggang farmland (4.5 km south-west)"), its column and row only in the grey line below — and
// offers compensation for it; after the round the log names tiles by place, never by "(x,y)".
// The top bar's switch turns the same names into Chinese ("青杠村西南4.5公里处的农田").
// PLACES_SCREENSHOTS=docs: the pictures of docs/places-en.png and docs/places-zh.png.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { onePlayer } from "./onePlayer";
import { clickTile, gameUrl, placeOf, villageFarmNearCore } from "./page";

const farm = villageFarmNearCore();
const solo = onePlayer();

async function shot(page: Page, name: string): Promise<void> {
  const dir = process.env.PLACES_SCREENSHOTS;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  await page.mouse.move(5, 760); // off the map: no hover frame
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(dir, `${name}.png`) });
}

/** A tile named by its coordinates, as the game screen did before it named places. */
const COORDINATES = /\(\d+,\d+\)|（\d+,\d+）|tile \d+|\d+ 号地块/;

describe("tiles named by place", () => {
  it("the inspector and the log name tiles by place, in English and in Chinese", async () => {
    const page = solo.player.page;
    await page.goto(`${gameUrl(solo.server.port)}&lang=en`);
    await page.getByLabel("Your display name").fill("Ming");
    await page.getByRole("button", { name: "Play alone against bots" }).click();
    await page.getByRole("button", { name: "Take this seat: Municipal government" }).click();
    await page.locator("canvas").waitFor();
    await page.waitForFunction(() => "__shancheng" in window);
    await page.getByRole("button", { name: /^Start game/ }).click();
    await page.getByRole("button", { name: /^Ready/ }).waitFor();

    await clickTile(page, farm.x, farm.y, farm.width);
    const inspector = page.locator(".inspector");
    const place = placeOf(farm.tile);
    expect(place).toBe("Qinggang farmland (4.5 km south-west)");
    await expect.poll(() => inspector.locator("h2").innerText()).toBe(place);
    expect(await inspector.locator(".tile-grid").innerText()).toBe(`column ${farm.x}, row ${farm.y}`);
    await page.getByLabel(/^Compensation/).fill("20");
    await page.getByRole("button", { name: "Offer compensation" }).click();

    // The round ends when the government is ready (bots always are).
    await page.getByRole("button", { name: /^Ready/ }).click();
    await expect.poll(() => page.locator(".round").innerText(), { timeout: 15_000 }).toContain("Round 2 of 12");
    const log = page.locator(".log li");
    await expect.poll(() => log.allInnerTexts()).toContainEqual(expect.stringContaining(place));
    const lines = await log.allInnerTexts();
    expect(lines.filter((line) => /\d km (north|south|east|west)|\(centre/.test(line)).length).toBeGreaterThan(1);
    expect(lines.filter((line) => COORDINATES.test(line))).toEqual([]);
    expect(await inspector.locator("h2").innerText()).not.toMatch(COORDINATES);
    await shot(page, "places-en");

    await page.locator(".round-bar").getByLabel(/Language/).selectOption("zh-CN");
    const placeZh = placeOf(farm.tile, "zh-CN");
    expect(placeZh).toBe("青杠村西南4.5公里处的农田");
    await expect.poll(() => inspector.locator("h2").innerText()).toBe(placeZh);
    expect(await inspector.locator(".tile-grid").innerText()).toBe(`第 ${farm.x} 列、第 ${farm.y} 行`);
    await expect.poll(() => log.allInnerTexts()).toContainEqual(expect.stringContaining(placeZh));
    const linesZh = await log.allInnerTexts();
    expect(linesZh.filter((line) => /公里处|中心/.test(line)).length).toBeGreaterThan(1);
    expect(linesZh.filter((line) => COORDINATES.test(line))).toEqual([]);
    await shot(page, "places-zh");
    expect(solo.player.pageErrors).toEqual([]);
  });
});
