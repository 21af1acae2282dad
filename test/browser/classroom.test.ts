// What a real class ran into, at a laptop's 1366×768, against the real server: the start page
// lists one event-card slot per round chosen, dated by the rounds' own years; the start page and
// the console, opened as 127.0.0.1, tell the students the machine's LAN address; the workshop view
// counts people and bots apart; the keyboard's focus stays on a control after taking a seat and
// after the start; and the pause note and the facilitator's message take their own row, so the
// Ready button under them can still be clicked. Then the classroom's own flow: a seat opens on a
// full briefing that can be reopened; the console lists who has not pressed Ready; a "your
// round" summary follows the resolution; a student moved by the facilitator is told and briefed
// for the new seat; the text size is remembered by the browser.
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { startServer, type RunningServer } from "../../server/app";
import { api, createSession, type CreatedSession } from "../helpers/api";
import { openBrowser, screenshotOnFailure, type Browser } from "./chromium";
import { gameUrl, joinRoom } from "./page";

let server: RunningServer;
let teacher: Browser;
let student: Browser;
const LAPTOP = { width: 1366, height: 768 };

beforeAll(async () => {
  server = await startServer({ port: 0, staticDir: inject("pageDir"), roomDefaults: { roundSeconds: 600 } });
  [teacher, student] = await Promise.all([openBrowser(LAPTOP), openBrowser(LAPTOP)]);
});
afterEach(({ task }) => screenshotOnFailure(task, { teacher, student }));
afterAll(async () => {
  await Promise.all([teacher?.close(), student?.close()]);
  await server?.close();
});

/** The focused element's tag and text: "BODY" when the focus was lost. */
const focused = (page: Page) => page.evaluate(() => `${document.activeElement?.tagName ?? "none"} ${document.activeElement?.textContent?.slice(0, 40) ?? ""}`);

/** Whether a click at the centre of `selector` lands on it (and is not caught by something on top). */
const clickable = (page: Page, selector: string) =>
  page.evaluate((selector) => {
    const el = document.querySelector(selector)!;
    const box = el.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return hit !== null && (hit === el || el.contains(hit));
  }, selector);

describe("a class on a laptop's screen", () => {
  it("the start page lists one event-card slot per round, dated by the rounds' years", async () => {
    const page = student.page;
    await page.goto(gameUrl(server.port));
    await page.getByText("Game settings (optional)").click();
    const rounds = page.locator("#rounds");
    await rounds.waitFor();
    // Twelve two-year rounds from 1997: the last ends in 2020; six end in 2008.
    expect(await rounds.locator("option[value='12']").innerText()).toBe("12 rounds (1997–2020)");
    expect(await rounds.locator("option[value='6']").innerText()).toBe("6 rounds (1997–2008)");
    expect(await page.locator(".event-plan li:visible").count()).toBe(12);
    await rounds.selectOption("6");
    expect(await page.locator(".event-plan li:visible").count()).toBe(6);
    expect(await page.locator(".event-plan li:visible span").allInnerTexts()).toEqual(["1997–1998", "1999–2000", "2001–2002", "2003–2004", "2005–2006", "2007–2008"]);
    expect(await page.getByLabel("Event card of round 6 (2007–2008)").count()).toBe(1);
    await rounds.selectOption("8");
    expect(await page.locator(".event-plan li:visible").count()).toBe(8);
  });

  // The next tests share one class session: the teacher's console and one student.
  let session: CreatedSession;
  it("the start page and the console, opened as 127.0.0.1, name the machine's LAN address", async () => {
    const address = await api(server.port, "/address");
    expect(address.status).toBe(200);
    const addresses: string[] = address.body.addresses;
    expect(addresses.every((a) => /^\d+\.\d+\.\d+\.\d+$/.test(a) && a !== "127.0.0.1")).toBe(true);
    const expected = addresses[0] ? `${addresses[0]}:${server.port}` : `127.0.0.1:${server.port}`;
    const console_ = teacher.page;
    await console_.goto(gameUrl(server.port));
    await console_.getByRole("button", { name: "Run a class (facilitator)" }).click();
    await console_.getByRole("heading", { name: "Your class session is ready" }).waitFor();
    await expect.poll(() => console_.locator(".session-created .host").innerText()).toBe(expected);

    session = await createSession(server.port);
    console_.on("dialog", (d) => void d.accept());
    await console_.goto(`http://127.0.0.1:${server.port}/?room=${session.code}&facilitator=${session.secret}&renderer=canvas`);
    await console_.getByRole("heading", { name: "Seats" }).waitFor();
    await expect.poll(() => console_.locator(".console-join .host").innerText()).toBe(expected);
  });

  it("keeps the keyboard's focus on a control after taking a seat and after the start", async () => {
    // Taking a seat: the seat button goes away, the focus goes to the role panel's heading.
    const page = student.page;
    await joinRoom(page, server.port, session.code, "Ana");
    await page.getByRole("button", { name: "Take this seat: Municipal government" }).focus();
    await page.keyboard.press("Enter");
    await page.locator("#role-heading").waitFor();
    await expect.poll(() => focused(page)).toMatch(/^H2 Municipal government/);
    // The start: the focus goes to the Ready button.
    await teacher.page.getByRole("button", { name: "Start the game" }).click();
    await page.getByRole("button", { name: /^Ready/ }).waitFor();
    await expect.poll(() => focused(page)).toMatch(/^BUTTON Ready/);
  });

  it("counts the people connected apart from the bots in the workshop view", async () => {
    await teacher.page.locator(".console-round", { hasText: "Round 1" }).waitFor();
    const mine = await api(server.port, "/sessions/mine", { method: "POST", body: { sessions: [{ code: session.code, secret: session.secret }] } });
    const seats: number = mine.body.sessions[0].seats;
    expect(mine.body.sessions[0]).toMatchObject({ taken: seats, connected: 1, bots: seats - 1 });
  });

  it("shows the pause note and the facilitator's message in their own row: the Ready button stays clickable", async () => {
    const console_ = teacher.page;
    const page = student.page;
    await console_.getByRole("button", { name: "Pause the clock" }).click();
    await console_.getByRole("textbox", { name: "Message to every player" }).fill("Two minutes left: make your offers, then press Ready.");
    await console_.getByRole("button", { name: "Send to everyone" }).click();
    await page.getByText(/The facilitator has paused the clock/).waitFor();
    await page.getByText("Two minutes left: make your offers, then press Ready.", { exact: true }).waitFor();
    expect(await clickable(page, ".round-bar button.ready")).toBe(true);
    expect(await clickable(page, ".round-bar .room-code")).toBe(true);
    // Nor the top of the map: the banner ends above it.
    const banner = await page.locator(".broadcast-banner").boundingBox();
    const map = await page.locator(".map").boundingBox();
    expect(banner!.y + banner!.height).toBeLessThanOrEqual(map!.y + 1);
    await page.getByRole("button", { name: /^Ready/ }).click();
    await expect.poll(() => page.getByRole("button", { name: /^Ready ✓/ }).count()).toBe(1);

    for (const b of [teacher, student]) expect(b.pageErrors).toEqual([]);
  });

  it("opened the seat on a full briefing, which closes and opens again", async () => {
    const page = student.page;
    const briefing = page.locator(".briefing");
    // Opened when the seat was taken (the tests above left it open).
    await briefing.getByRole("heading", { name: "Your briefing: Municipal government" }).waitFor();
    for (const part of ["Who you are", "What you want", "Your first moves", "Your private objective"]) expect(await briefing.getByRole("heading", { name: part }).count(), part).toBe(1);
    expect(await briefing.locator("ol li").count()).toBeGreaterThanOrEqual(3);
    await briefing.getByRole("button", { name: "Got it — to the game" }).click();
    await expect.poll(() => briefing.count()).toBe(0);
    expect(await focused(page)).toMatch(/^BUTTON Read your briefing again/);
    await page.getByRole("button", { name: "Read your briefing again" }).click();
    await briefing.getByRole("heading", { name: "Your briefing: Municipal government" }).waitFor();
    await briefing.getByRole("button", { name: "Got it — to the game" }).click();
  });

  it("sums up the student's round once it has resolved, and the console lists who has not pressed Ready", async () => {
    const page = student.page;
    // The student pressed Ready above; the round ends once the clock runs again.
    await teacher.page.getByRole("button", { name: "Resume the clock" }).click();
    const summary = page.locator(".round-summary");
    await summary.getByRole("heading", { name: "Your round 1 (1997)" }).waitFor({ timeout: 20_000 });
    expect(await summary.locator(".summary-money").innerText()).toMatch(/^Money: ¥[\d.,]+\s(m|bn) at the start, ¥[\d.,]+\s(m|bn) now \([+−]¥/);
    await summary.getByRole("button", { name: "Put the summary away" }).click();
    await expect.poll(() => summary.count()).toBe(0);
    // Round 2: the student has not pressed Ready again, and has sent nothing this round.
    const deciding = teacher.page.locator(".still-deciding");
    await expect.poll(() => deciding.innerText()).toMatch(/^Not Ready yet \(1 of 1 players\):\s+Has sent nothing this round \(1\):\s+Ana \(Municipal government\)$/);
    expect(await teacher.page.locator(".console-people").innerText()).toContain("0 ready · 1 sent nothing");
    expect(await teacher.page.locator(".console-seat-table .badge.deciding").count()).toBe(1);
  });

  it("tells a student the facilitator moved, with the new seat's briefing", async () => {
    const to = "Developer 1";
    const move = teacher.page.getByLabel("Move Ana to another seat");
    const target = await move.locator("option", { hasText: to }).getAttribute("value");
    await move.selectOption(target!);
    const page = student.page;
    const briefing = page.locator(".briefing");
    await briefing.getByRole("heading", { name: `Your briefing: ${to}` }).waitFor();
    expect(await briefing.locator(".briefing-note").innerText()).toBe(`The facilitator moved you from Municipal government to ${to}: this is your new seat.`);
    expect(await page.locator("[data-live=assertive]").innerText()).toBe(`The facilitator moved you from Municipal government to ${to}: this is your new seat.`);
  });

  it("keeps the text size this browser chose, across a reload", async () => {
    const page = student.page;
    const rootSize = () => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
    expect(await rootSize()).toBe("17px");
    await page.locator(".round-bar").getByRole("button", { name: "Larger text" }).click();
    await page.locator(".round-bar").getByRole("button", { name: "Larger text" }).click();
    expect(await rootSize()).toBe("22.1px"); // 17 px × 1.3
    expect(await page.locator(".round-bar .text-size-now").innerText()).toBe("130%");
    await page.reload();
    await page.locator(".round-bar").waitFor();
    expect(await rootSize()).toBe("22.1px");
    await page.locator(".round-bar").getByRole("button", { name: "Smaller text" }).click();
    expect(await rootSize()).toBe("19.55px");
    for (const b of [teacher, student]) expect(b.pageErrors).toEqual([]);
  });
});
