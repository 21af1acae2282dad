// The game screen and the console at a laptop's 1366×768 and a projector's 1920×1080, with the
// text at 100% and 150%, in English and Chinese, against the real server: the screen's regions
// never overlap; the round bar keeps two rows; every main control is inside the window, or
// scrolls into it, and is not covered there (a click at its centre lands on it) — with the busy
// moment of a class: two counter-offers open, the city news and the round's summary above them,
// the facilitator's message and the pause note in the banner row. On the console, the bar's parts
// do not overlap and no number of the dashboard is clipped, in the projector view too. Last, the
// news is put away from the keyboard and the focus goes on to the next control.
// LAYOUT_SCREENSHOTS=/tmp/dir: a picture of each screen at each size.
import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { startServer, type RunningServer } from "../../server/app";
import { createSession, type CreatedSession } from "../helpers/api";
import { joinRoom as joinScripted, roundTrip, until, type Player } from "../helpers/clients";
import { villageFarms } from "../helpers/scriptedPlayers";
import { mapOf } from "../../client/synced";
import { openBrowser, screenshotOnFailure, type Browser } from "./chromium";
import { clickTile, joinRoom, takeSeat } from "./page";

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;
const SCALES = [1, 1.5] as const;
const LANGS = ["en", "zh-CN"] as const;

let server: RunningServer;
let gov: Browser;
let teacher: Browser;
let village: Player;
let facilitator: Player;
let session: CreatedSession;

beforeAll(async () => {
  server = await startServer({ port: 0, staticDir: inject("pageDir"), roomDefaults: { roundSeconds: 600 } });
  [gov, teacher] = await Promise.all([openBrowser(SIZES[0]), openBrowser(SIZES[0])]);
});
afterEach(({ task }) => screenshotOnFailure(task, { government: gov, teacher }));
afterAll(async () => {
  await Promise.all([village?.room.leave(), facilitator?.room.leave()]);
  await Promise.all([gov?.close(), teacher?.close()]);
  await server?.close();
});

const shots = process.env.LAYOUT_SCREENSHOTS;
async function shot(page: Page, name: string): Promise<void> {
  if (!shots) return;
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: `${shots}/${name}.png` });
}

/** The page at a window size, text size and language, as its reader sets them (the switch and A+/A−). */
async function setView(page: Page, size: (typeof SIZES)[number], scale: number, lang: string): Promise<void> {
  await page.setViewportSize(size);
  // The projector view is left off (a failed test may have left it on).
  if ((await page.locator(".console.projector").count()) > 0) await page.locator(".console-projector-toggle").click();
  const select = page.locator(".language-select:visible").first();
  if ((await select.inputValue()) !== lang) await select.selectOption(lang);
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);
  const now = () => page.evaluate(() => Number(getComputedStyle(document.documentElement).getPropertyValue("--text-scale")));
  while ((await now()) > scale) await page.locator(".text-smaller:visible").first().click();
  while ((await now()) < scale) await page.locator(".text-larger:visible").first().click();
  await expect.poll(() => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--text-scale").trim())).toBe(String(scale));
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** Pairs of the regions (by selector) whose boxes overlap by more than a pixel. */
function overlaps(page: Page, selectors: string[]): Promise<string[]> {
  return page.evaluate((selectors) => {
    const boxes = selectors.flatMap((s) => [...document.querySelectorAll(s)].filter((el) => el.getClientRects().length > 0).map((el, i) => ({ name: `${s}#${i}`, r: el.getBoundingClientRect() })));
    const out: string[] = [];
    boxes.forEach((a, i) =>
      boxes.slice(i + 1).forEach((b) => {
        const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        if (w > 1 && h > 1) out.push(`${a.name} × ${b.name}`);
      }),
    );
    return out;
  }, selectors);
}

/** Controls (by selector) that, scrolled into view, are outside the window or covered by something else. */
function hidden(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      if (el.getClientRects().length === 0) continue;
      el.scrollIntoView({ block: "nearest", inline: "nearest" });
      const r = el.getBoundingClientRect();
      const inside = r.left >= -1 && r.top >= -1 && r.right <= innerWidth + 1 && r.bottom <= innerHeight + 1;
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      if (!inside || !hit || !(hit === el || el.contains(hit) || hit.contains(el))) out.push(`${el.tagName} "${(el.textContent || el.getAttribute("aria-label") || "").trim().slice(0, 30)}" ${inside ? `covered by ${hit?.className || hit?.tagName}` : "outside the window"}`);
    }
    return out;
  }, selector);
}

/** How many lines of text and buttons the round bar's parts take (an item below every earlier one starts a line). */
const barRows = (page: Page) =>
  page.evaluate(() => {
    const boxes = [...document.querySelectorAll(".bar-status > *, .chips li, .bar-actions > *, .bar-people > button, .bar-people .language-switch")]
      .filter((el) => el.getClientRects().length > 0)
      .map((el) => el.getBoundingClientRect())
      .sort((a, b) => a.top - b.top);
    // Lines by the items' middles: a tall button spans a line, it does not join two.
    const middles: number[] = [];
    for (const r of boxes) {
      const middle = (r.top + r.bottom) / 2;
      if (!middles.some((m) => Math.abs(m - middle) < r.height / 2)) middles.push(middle);
    }
    return middles.length;
  });

/** Texts of the console's bar and dashboard that run out of their box (or the window). */
const clipped = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>(".console-number, .console-number .value, .console-number dt, .console-bar > *")]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        const range = document.createRange();
        range.selectNodeContents(el);
        const text = range.getBoundingClientRect();
        return text.right > Math.min(box.right, innerWidth) + 1 || text.bottom > box.bottom + 1;
      })
      .map((el) => (el.textContent ?? "").trim().slice(0, 30)),
  );

/** The page is no wider than the window (nothing only reachable by scrolling sideways). */
const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - innerWidth);

describe("the screens at 1366×768 and 1920×1080, text at 100% and 150%, in English and Chinese", () => {
  it("sets up a busy round: the news, the round's summary, two counter-offers, the pause note and a message", async () => {
    session = await createSession(server.port, { roundSeconds: 600 });
    const page = gov.page;
    await joinRoom(page, server.port, session.code, "Ana");
    await takeSeat(page, "Municipal government");
    village = await joinScripted(server.port, session.code, "Bo");
    await until(() => (village.room.state.seats?.length ?? 0) > 0, "synced");
    // Three farms near the core (clear of the map's edges and the lens bar) of one village.
    const m = mapOf(village.room.state);
    const core = village.room.state.map.core;
    const distance = (t: number) => Math.abs((t % m.width) - (core % m.width)) + Math.abs(Math.floor(t / m.width) - Math.floor(core / m.width));
    const near = villageFarms(village).sort((a, b) => distance(a) - distance(b));
    const holder = m.holder[near[0]];
    const farms = near.filter((t) => m.holder[t] === holder).slice(0, 3);
    village.room.send("takeSeat", { seat: holder });
    await until(() => village.privateView !== null, "village seated");
    facilitator = await joinScripted(server.port, session.code, "Teacher");
    const proved = new Promise<void>((resolve) => facilitator.room.onMessage("facilitator", () => resolve()));
    facilitator.room.send("facilitatorAuth", { secret: session.secret });
    await proved;
    facilitator.room.send("console:start", { bots: true });
    await page.getByRole("button", { name: /^Ready/ }).waitFor();

    // Round 1: the government buys a farm by the page (the tile's panel), the village accepts.
    const offer = async (tile: number) => {
      await clickTile(page, tile % m.width, Math.floor(tile / m.width), m.width);
      await page.locator(".inspector").getByRole("button", { name: "Offer compensation" }).click();
      const mine = () => [...village.room.state.offers].find((o) => o.tile === tile && o.status === "open" && o.to === village.privateView!.seat);
      await until(() => mine() !== undefined, "the offer reaches the village");
      return mine()!;
    };
    const first = await offer(farms[0]);
    village.room.send("command", { command: { type: "respondOffer", offerId: first.id, accept: true } });
    await roundTrip(village);
    village.room.send("ready", { ready: true });
    await page.getByRole("button", { name: /^Ready/ }).click();
    await page.locator(".city-news").waitFor({ timeout: 20_000 });
    await page.locator(".round-summary").waitFor();

    // Round 2: two offers, each countered by the village; the facilitator pauses and writes.
    for (const tile of [farms[1], farms[2]]) {
      const o = await offer(tile);
      village.room.send("command", { command: { type: "counterOffer", offerId: o.id, amount: o.amount * 2 } });
    }
    await expect.poll(() => page.locator(".offers .offer input").count(), { timeout: 10_000 }).toBe(2);
    facilitator.room.send("console:pause", {});
    facilitator.room.send("console:broadcast", { text: "Two minutes left: make your offers, then press Ready." });
    await page.locator(".banner-paused").waitFor();
    await page.locator(".banner-message").waitFor();

    teacher.page.on("dialog", (d) => void d.accept());
    await teacher.page.goto(`http://127.0.0.1:${server.port}/?room=${session.code}&facilitator=${session.secret}&renderer=canvas`);
    await teacher.page.locator(".console-number").first().waitFor();
  });

  for (const size of SIZES)
    for (const scale of SCALES)
      for (const lang of LANGS)
        it(`the game and the console at ${size.width}×${size.height}, text ${scale * 100}%, ${lang}`, async () => {
          const page = gov.page;
          await setView(page, size, scale, lang);
          const name = `${size.width}x${size.height}-${scale * 100}-${lang}`;
          await shot(page, `game-${name}`);
          expect(await overlaps(page, [".top", ".banner-row", ".left", ".map", ".right", ".bottom"]), "the game's regions").toEqual([]);
          expect(await overlaps(page, [".bottom .log-scroll", ".bottom .chat"]), "the log and the chat box").toEqual([]);
          expect(await barRows(page), "the round bar's rows").toBeLessThanOrEqual(2);
          expect(await sideways(page), "the game scrolls sideways by").toBe(0);
          expect(await hidden(page, ".round-bar button, .round-bar select, .lens-button, .chat input, .chat button, .banner-row button, .city-news button, .round-summary button, .offers button, .offers input"), "controls hidden or covered").toEqual([]);

          const console_ = teacher.page;
          await setView(console_, size, scale, lang);
          await shot(console_, `console-${name}`);
          expect(await overlaps(console_, [".console-bar > *"]), "the console bar's parts").toEqual([]);
          expect(await overlaps(console_, [".console-left", ".console-centre", ".console-right", ".console-news", ".console-dashboard"]), "the console's regions").toEqual([]);
          expect(await hidden(console_, ".console-bar button, .console-bar select, .console-controls button, .console-seats button, .console-seats select, .city-news button, .console-number"), "console controls hidden or covered").toEqual([]);
          expect(await clipped(console_), "console texts clipped").toEqual([]);
          expect(await sideways(console_), "the console scrolls sideways by").toBe(0);
          await console_.locator(".console-projector-toggle").click();
          await shot(console_, `projector-${name}`);
          expect(await clipped(console_), "projector texts clipped").toEqual([]);
          expect(await sideways(console_), "the projector scrolls sideways by").toBe(0);
          expect(await overlaps(console_, [".console-bar > *"]), "the projector bar's parts").toEqual([]);
          expect(await overlaps(console_, [".console-centre", ".console-news", ".console-dashboard"]), "the projector's regions").toEqual([]);
          expect(await hidden(console_, ".console-bar button, .city-news button, .console-number"), "the projector's parts hidden or covered").toEqual([]);
          await console_.locator(".console-projector-toggle").click();
          for (const b of [gov, teacher]) expect(b.pageErrors).toEqual([]);
        });

  it("puts the city news away from the keyboard, the focus going on to the next control", async () => {
    const page = gov.page;
    await page.locator(".city-news .news-close").focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator(".city-news").count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe("BODY");
    expect(await page.evaluate(() => document.activeElement?.closest(".right") !== null)).toBe(true);
  });
});
