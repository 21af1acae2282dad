// A keyboard-only round, against the real server: the government's player (headless Chromium,
// never a mouse click) creates a game, takes a seat and starts it with Tab and Enter; moves the
// map's focus tile with the arrow keys to a village farm and selects it with Enter (a screen
// reader hears each tile); Escape leaves the map for the tile's panel, where an offer is typed and
// sent (a sum with an extra zero first shows its cost and is cancelled; the offer sent is taken
// back from the queue and sent again); the village (a scripted client) asks for more, the new offer is announced and accepted
// from the keyboard; Ready ends the round; the debrief opens from the keyboard. The focus is never
// on <body>.
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { startServer, type RunningServer } from "../../server/app";
import { joinRoom, until, type Player } from "../helpers/clients";
import { openBrowser, screenshotOnFailure, type Browser } from "./chromium";
import { gameUrl, placeOf, villageFarmNearCore } from "./page";

const farm = villageFarmNearCore();
let server: RunningServer;
let gov: Browser;
let village: Player | undefined;

beforeAll(async () => {
  server = await startServer({ port: 0, staticDir: inject("pageDir"), roomDefaults: { roundSeconds: 600 } });
  gov = await openBrowser({ width: 1366, height: 768 });
});
afterEach(({ task }) => screenshotOnFailure(task, { government: gov }));
afterAll(async () => {
  await village?.room.leave();
  await gov?.close();
  await server?.close();
});

/** The focused element: its tag, accessible name as far as the page gives it, and id. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return "none";
    const label = el.getAttribute("aria-label") ?? (el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null) ?? el.textContent ?? "";
    return `${el.tagName} ${label.trim().slice(0, 80)}`;
  });

/**
 * Press Tab (Shift+Tab when `back`) until the focus is on an element whose description matches.
 * Where it starts, the focus is on a control (what the last key did left it there), except on a
 * page just opened (`fresh`).
 */
async function tabTo(page: Page, target: RegExp, back = false, fresh = false): Promise<void> {
  for (let i = 0; i < 120; i++) {
    const now = await focused(page);
    if (target.test(now)) return;
    if (i === 0 && !fresh) expect(now, "the focus is on a control, never on <body>").not.toMatch(/^BODY/);
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
  }
  throw new Error(`Tab never reached ${target}; the focus is on ${await focused(page)}`);
}

/** What the polite live region says, once it has said something matching `pattern`. */
async function heard(page: Page, pattern: RegExp): Promise<string> {
  const region = page.locator("[data-live=polite]");
  await expect.poll(() => region.innerText(), { message: `a screen reader hears ${pattern}` }).toMatch(pattern);
  return region.innerText();
}

describe("a round without a mouse", () => {
  it("creates a game, takes a seat and starts it with Tab and Enter", async () => {
    const page = gov.page;
    await page.goto(gameUrl(server.port));
    await tabTo(page, /^INPUT Your display name/, false, true);
    await page.keyboard.type("Ana");
    await tabTo(page, /^BUTTON Create a new game/);
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Choose your seat" }).waitFor();
    const code = (await page.locator(".room-code").first().innerText()).trim();
    await tabTo(page, /^BUTTON Take this seat: Municipal government/);
    await page.keyboard.press("Enter");
    await page.locator("canvas").waitFor();

    village = await joinRoom(server.port, code, "Bo");
    await until(() => (village!.room.state.seats?.length ?? 0) > 0, "the room state");
    village.room.send("takeSeat", { seat: [...village.room.state.seats].findIndex((s) => s.label === farm.village) });
    await until(() => [...village!.room.state.seats].some((s) => s.player === "Bo"), "the village seated");

    await tabTo(page, /^BUTTON Start game/, true);
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: /^Ready/ }).waitFor();
  });

  it("moves the focus tile with the arrows, hears each tile, and selects one with Enter", async () => {
    const page = gov.page;
    await tabTo(page, /^DIV Map/);
    // "<place name>; column x, row y: …": the place first, the exact position after it.
    const start = await heard(page, /; column \d+, row \d+: /);
    let [x, y] = start.match(/column (\d+), row (\d+)/)!.slice(1).map(Number);
    // Five tiles a step with Shift, then one at a time.
    const walk = async (key: string, steps: number) => {
      for (let i = 0; i < steps; i++) await page.keyboard.press(key);
    };
    const dx = farm.x - x;
    const dy = farm.y - y;
    await walk(dx > 0 ? "Shift+ArrowRight" : "Shift+ArrowLeft", Math.floor(Math.abs(dx) / 5));
    await walk(dx > 0 ? "ArrowRight" : "ArrowLeft", Math.abs(dx) % 5);
    await walk(dy > 0 ? "Shift+ArrowDown" : "Shift+ArrowUp", Math.floor(Math.abs(dy) / 5));
    await walk(dy > 0 ? "ArrowDown" : "ArrowUp", Math.abs(dy) % 5);
    [x, y] = [farm.x, farm.y];
    const name = placeOf(farm.tile);
    const place = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); // as a pattern: the name has brackets
    await heard(page, new RegExp(`^${place}; column ${x}, row ${y}: .*Village collective land, Farmland, held by ${farm.village}`));
    await page.keyboard.press("Enter");
    await page.locator(".inspector").getByRole("heading", { name }).waitFor();
    await heard(page, new RegExp(`^Selected\\. ${place}; column ${x}, row ${y}`));
  });

  it("leaves the map with Escape, sends an offer, and accepts the village's answer from the keyboard", async () => {
    const page = gov.page;
    await page.getByRole("button", { name: "Offer compensation" }).waitFor();
    await page.keyboard.press("Escape");
    expect(await focused(page)).toMatch(/^INPUT Compensation/);
    // An extra zero or two: ¥2.5 bn, most of the budget's free money, asks first, with Cancel focused.
    await page.keyboard.press("Control+A");
    await page.keyboard.type("2500");
    await tabTo(page, /^BUTTON Offer compensation/);
    await page.keyboard.press("Enter");
    const preview = page.getByRole("dialog", { name: "A large commitment" });
    await preview.waitFor();
    expect(await preview.innerText()).toMatch(/This promises ¥2\.5\sbn of your ¥[\d.]+\sbn free to spend \(\d+%\)/);
    expect(await focused(page)).toBe("BUTTON Cancel");
    await page.keyboard.press("Enter");
    await expect.poll(() => preview.count()).toBe(0);
    expect(await focused(page)).toMatch(/^BUTTON Offer compensation/);
    expect([...village!.room.state.offers].length, "nothing was sent").toBe(0);
    // Sent, it is queued, and can be taken back from the keyboard: the village sees it go.
    const sendOffer = async () => {
      await tabTo(page, /^INPUT Compensation/, true);
      await page.keyboard.press("Control+A");
      await page.keyboard.type("20");
      await tabTo(page, /^BUTTON Offer compensation/);
      await page.keyboard.press("Enter");
      await until(() => village!.room.state.offers.length === 1, "the offer reaches the village");
    };
    await sendOffer();
    const queued = page.locator(".queued");
    await expect.poll(() => queued.innerText()).toMatch(/Queued this round \(1\)[\s\S]*Municipal government offers .*¥20\sm[\s\S]*Take back/);
    await tabTo(page, /^BUTTON Take back/, true);
    await page.keyboard.press("Enter");
    await until(() => village!.room.state.offers.length === 0, "the offer taken back");
    await expect.poll(() => queued.count()).toBe(0);
    expect(await focused(page)).not.toMatch(/^BODY/);
    await page.locator(".map").focus();
    await page.keyboard.press("Escape");
    await sendOffer();

    const offer = [...village!.room.state.offers].find((o) => o.status === "open")!;
    village!.room.send("command", { command: { type: "counterOffer", offerId: offer.id, amount: 2600 } });
    await heard(page, /^New offer: .*asks .*¥26\sm/);
    await tabTo(page, /^BUTTON Accept/);
    await page.keyboard.press("Enter");
    await page.locator(".offers").getByText(/^You accepted this offer/).waitFor();
  });

  it("ends the round with Ready and opens the debrief, all from the keyboard", async () => {
    const page = gov.page;
    village!.room.send("ready", { ready: true });
    await tabTo(page, /^BUTTON Ready/, true);
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator(".log").innerText(), { timeout: 15_000 }).toMatch(/enters the land reserve; compensation ¥26\sm/);
    await tabTo(page, /^BUTTON Debrief so far/, true);
    await page.keyboard.press("Enter");
    await page.locator(".debrief").waitFor();
    expect(await focused(page)).not.toMatch(/^BODY/);
    expect(gov.pageErrors).toEqual([]);
  });
});
