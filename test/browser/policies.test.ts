// The model's panels through the page: the government sets a hukou quota in its Policies and
// offers a compensation package with tick boxes; a migrant cohort moves to the city and applies
// for urban hukou; at the end of the round the cohort holds it and the indicators say so.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startServer, type RunningServer } from "../../server/app";
import { openBrowser, type Browser } from "./chromium";
import { clickTile, createRoom, joinRoom, placeOf, startSoloGame, takeSeat, villageFarmNearCore } from "./page";

const farm = villageFarmNearCore();
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer({ port: 0, staticDir: inject("pageDir") });
  browser = await openBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("policies, packages and hukou in the browser", () => {
  it("a quota set in the government's panel lets the migrant who applies gain urban hukou", async () => {
    const gov = browser.page;
    const code = await createRoom(gov, server.port, "Ana");
    await takeSeat(gov, "Municipal government");
    const migrant = await browser.context.newPage();
    await joinRoom(migrant, server.port, code, "Cy");
    await takeSeat(migrant, "Migrant cohort 1");
    await gov.getByRole("button", { name: "Start game" }).click();

    // Round 1: the cohort takes a city job; the government opens its policies and sets a quota.
    await migrant.getByRole("button", { name: "Construction job, employer dormitory" }).click();
    await gov.getByText(/^Policies/).click();
    await gov.getByLabel("Hukou conversions per round (cohorts)").fill("1");
    await gov.getByRole("button", { name: "Set hukou quota" }).click();
    await expect.poll(() => gov.getByText(/^Policies \(hukou quota 1/).count()).toBe(1);

    // A package for a village farm: cash, urban hukou and resettlement flats.
    await clickTile(gov, farm.x, farm.y, farm.width);
    await gov.getByLabel(/^Urban hukou for its households/).check();
    await gov.getByLabel(/^Resettlement flats/).check();
    await gov.getByRole("button", { name: "Offer compensation" }).click();
    await expect.poll(() => gov.locator(".offers").innerText()).toContain(`compensation for ${placeOf(farm.tile)}`);
    await migrant.getByRole("button", { name: /^Ready/ }).click();
    await gov.getByRole("button", { name: /^Ready/ }).click();

    // Round 2: the cohort works in the city and applies.
    await migrant.getByRole("button", { name: "Apply for urban hukou (quota this round: 1)" }).click();
    await expect.poll(() => migrant.getByText(/Hukou application in/).count()).toBe(1);
    await migrant.getByRole("button", { name: /^Ready/ }).click();
    await gov.getByRole("button", { name: /^Ready/ }).click();

    await expect.poll(() => migrant.getByText(/Your cohort holds urban hukou/).count(), { timeout: 15_000 }).toBe(1);
    await gov.getByText("People", { exact: true }).click();
    await expect.poll(() => gov.locator(".indicators").innerText()).toMatch(/Urban hukou holders\s*1/);
    await migrant.close();
  });

  it("plays a solo game against bots from the lobby to the final standings", async () => {
    const page = await browser.context.newPage();
    await startSoloGame(page, server.port, "Developer 1");
    for (let round = 1; round <= 12; round++) {
      await page.getByRole("button", { name: "Ready — end my turn" }).click();
      if (round < 12) await expect.poll(() => page.locator(".round").innerText(), { timeout: 15_000 }).toContain(`Round ${round + 1} of 12`);
    }
    await page.getByRole("heading", { name: "Final standings" }).waitFor({ timeout: 15_000 });
    await expect.poll(() => page.locator(".results").innerText()).toMatch(/Developer 1 \(Solo\): [\d,.-]+ points/);
    // The map replay: the end of the game, then the start; the two pictures differ.
    await page.getByRole("heading", { name: "The map, round by round" }).waitFor();
    await page.getByText("Showing the end of round 12").waitFor();
    const end = await page.locator("canvas.replay-map").evaluate((c: HTMLCanvasElement) => c.toDataURL());
    await page.getByLabel(/^Showing/).fill("0");
    await page.getByText("Showing the start (1997)").waitFor();
    const start = await page.locator("canvas.replay-map").evaluate((c: HTMLCanvasElement) => c.toDataURL());
    expect(start).not.toBe(end);
    // The districts' names are drawn over it in near-black, a colour no use or terrain has.
    const nearBlack = await page.locator("canvas.replay-map").evaluate((c: HTMLCanvasElement) => {
      const px = c.getContext("2d")!.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 0; i < px.length; i += 4) if (px[i] < 40 && px[i + 1] < 40 && px[i + 2] < 40) n++;
      return n;
    });
    expect(nearBlack, "pixels of the place names on the replay map").toBeGreaterThan(50);
    await page.close();
  });
});
