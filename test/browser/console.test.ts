// The facilitator's whole flow in Chromium: create a class session from the start page, open the
// console with the private link, two students join from their own browsers, the facilitator
// fills a seat with a bot, starts, pauses and resumes the clock, sends a message, ends the round,
// watches the dashboard update, and opens the debrief with its charts drawn.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startServer, type RunningServer } from "../../server/app";
import { openBrowser, type Browser } from "./chromium";
import { gameUrl, joinRoom, takeSeat } from "./page";

let server: RunningServer;
const browsers: Browser[] = [];

beforeAll(async () => {
  server = await startServer({ port: 0, staticDir: inject("pageDir"), roomDefaults: { roundSeconds: 300 } });
});

afterAll(async () => {
  for (const b of browsers) await b.close();
  await server?.close();
});

const t0 = Date.now();
/** Progress on stderr with the time since the start, to see where a slow run spends it. */
const step = (what: string) => process.env.CONSOLE_TEST_STEPS && process.stderr.write(`${((Date.now() - t0) / 1000).toFixed(1)} s: ${what}\n`);

async function browser(): Promise<Browser> {
  const b = await openBrowser();
  browsers.push(b);
  return b;
}

describe("the facilitator console", () => {
  it("runs a class: create, students join, bot fill, start, pause/resume, broadcast, end the round, dashboard, debrief", async () => {
    const teacher = await browser();
    const console_ = teacher.page;
    console_.on("dialog", (d) => void d.accept());

    step('The start page: "Run a class" creates a session');
    // The start page: "Run a class" creates a session and shows the code and the private link.
    await console_.goto(gameUrl(server.port));
    await console_.getByRole("button", { name: "Run a class (facilitator)" }).click();
    await console_.getByRole("heading", { name: "Your class session is ready" }).waitFor();
    const code = (await console_.locator(".created-code").innerText()).trim();
    expect(code).toMatch(/^[A-Z2-9]{4}$/);
    const link = await console_.getByLabel("Your private facilitator link").inputValue();
    expect(link).toMatch(new RegExp(`\\?room=${code}&facilitator=[\\w-]{20,}$`));
    await console_.getByText(/Keep this link private/).waitFor();
    await console_.getByRole("button", { name: "Open the console" }).click();
    await console_.waitForURL(/facilitator=/);
    await console_.getByRole("heading", { name: "Seats" }).waitFor();
    expect(await console_.locator(".console-code").innerText()).toBe(code);
    await console_.locator(".console-map canvas").waitFor();

    step('Two students, each on their own browser.');
    // Two students, each on their own browser.
    const ana = (await browser()).page;
    const cy = (await browser()).page;
    await joinRoom(ana, server.port, code, "Ana");
    await takeSeat(ana, "Municipal government");
    await joinRoom(cy, server.port, code, "Cy");
    await takeSeat(cy, "Migrant cohort 1");
    const seats = console_.locator(".console-seat-table");
    await expect.poll(() => seats.innerText()).toMatch(/Municipal government[\s\S]*Ana[\s\S]*connected/);
    await expect.poll(() => seats.innerText()).toMatch(/Cy/);
    await expect.poll(() => console_.locator(".console-people").innerText()).toContain("2 students");
    // Only the console starts a class: a student's page has no Start and no Fill control.
    await ana.getByText("Your teacher starts the game").waitFor();
    expect(await ana.getByRole("button", { name: /^Start game/ }).count()).toBe(0);
    expect(await ana.getByRole("button", { name: "Fill empty seats with bots" }).count()).toBe(0);

    step('A bot of a chosen personality in Developer 1s ');
    // A bot of a chosen personality in Developer 1's seat.
    await console_.getByLabel("Bot personality for Developer 1").selectOption("cautious");
    await console_.getByRole("button", { name: "Fill Developer 1 with a bot" }).click();
    await expect.poll(() => seats.getByRole("row", { name: /^Developer 1 Bot/ }).count()).toBe(1);
    expect(await console_.getByLabel("Bot personality for Developer 1").inputValue()).toBe("cautious");
    expect(await console_.getByRole("button", { name: "Fill Developer 1 with a bot" }).count()).toBe(0);

    step('Start (bots take the other empty seats).');
    // Start (bots take the other empty seats).
    await console_.getByRole("button", { name: "Start the game" }).click();
    await expect.poll(() => console_.locator(".console-round").innerText()).toContain("Round 1 of 12");
    step('The rounds length comes from the start pages ');
    // The round's length comes from the start page's settings: 3 minutes by default.
    await expect.poll(() => console_.locator(".console-timer").innerText()).toMatch(/^[23]:\d\d$/);
    await ana.getByRole("button", { name: /^Ready/ }).waitFor();

    step('Pause: the console and the students see it; Rea');
    // Pause: the console and the students see it; Ready from everyone does not end the round.
    await console_.getByRole("button", { name: "Pause the clock" }).click();
    await expect.poll(() => console_.locator(".console-timer").innerText()).toMatch(/^Paused [23]:\d\d$/);
    await ana.getByText(/The facilitator has paused the clock/).waitFor();
    await expect.poll(() => ana.locator(".timer").innerText()).toMatch(/^Paused/);
    await ana.getByRole("button", { name: /^Ready/ }).click();
    await cy.getByRole("button", { name: /^Ready/ }).click();
    await expect.poll(() => seats.innerText()).toMatch(/Ana[\s\S]*ready/);
    expect(await console_.locator(".console-round").innerText()).toContain("Round 1 of 12");
    step('Students unready, then resume: the clock runs a');
    // Students unready, then resume: the clock runs again.
    await ana.getByRole("button", { name: /^Ready ✓/ }).click();
    await console_.getByRole("button", { name: "Resume the clock" }).click();
    await expect.poll(() => console_.locator(".console-timer").innerText()).toMatch(/^[23]:\d\d$/);
    await expect.poll(() => ana.getByText(/The facilitator has paused the clock/).count()).toBe(0);
    await console_.getByRole("button", { name: "+1 min" }).click();
    await expect.poll(() => console_.locator(".console-timer").innerText()).toMatch(/^[34]:\d\d$/);

    step('A message to everyone.');
    // A message to everyone.
    await console_.getByRole("textbox", { name: "Message to every player" }).fill("Two minutes left: make your offers.");
    await console_.getByRole("button", { name: "Send to everyone" }).click();
    for (const student of [ana, cy]) await student.getByText("Two minutes left: make your offers.", { exact: true }).waitFor();
    await ana.getByRole("button", { name: "Dismiss the facilitator's message" }).click();
    await expect.poll(() => ana.locator(".broadcast-banner").count()).toBe(0);

    step('End the round now: the dashboard shows the firs');
    // End the round now: the dashboard shows the first round's numbers.
    expect(await console_.locator(".console-dashboard").innerText()).toMatch(/appear here when the first round has been resolved/);
    await console_.getByRole("button", { name: "End this round now" }).click();
    await expect.poll(() => console_.locator(".console-round").innerText()).toContain("Round 2 of 12");
    const dashboard = console_.locator(".console-dashboard");
    await expect.poll(() => dashboard.innerText()).toMatch(/The city after 1997–1998/);
    expect(await dashboard.innerText()).toMatch(/GDP this round\s*¥[\d,.]+\s*m/);
    expect(await dashboard.innerText()).toMatch(/Farmland tiles\s*[\d,]+[\s\S]*red line [\d,]+/);
    await expect.poll(() => ana.locator(".round").innerText()).toContain("Round 2 of 12");
    await console_.getByRole("button", { name: "End this round now" }).click();
    await expect.poll(() => dashboard.innerText()).toMatch(/The city after 1999–2000/);
    expect(await dashboard.innerText()).toMatch(/▲|▼|no change/);

    step("The projector view hides the controls, and shows them again.");
    await console_.getByRole("button", { name: "Projector view" }).click();
    await expect.poll(() => console_.getByRole("button", { name: "End this round now" }).isVisible()).toBe(false);
    expect(await console_.locator(".console-code").isVisible()).toBe(true);
    await console_.getByRole("button", { name: "Show the controls" }).click();
    await console_.getByRole("button", { name: "End this round now" }).waitFor();
    step('The debrief, with its charts drawn.');
    // The debrief, with its charts drawn.
    await console_.getByRole("button", { name: "Debrief so far" }).click();
    const debrief = console_.locator(".debrief");
    await debrief.getByRole("heading", { name: /^Debrief so far, 1997–1999$/, level: 1 }).waitFor();
    await expect.poll(() => debrief.locator(".chart-plot canvas").count()).toBeGreaterThanOrEqual(12);
    // The facilitator's table has the server's ledger: the decisions that made the difference,
    // not the note that sends a player to the past-sessions page for them.
    await debrief.locator("#debrief-history").waitFor();
    expect(await debrief.getByText(/The ledger is read on the server/).count()).toBe(0);

    step("A wrong secret opens no console.");
    const intruder = await teacher.context.newPage();
    await intruder.goto(link.replace(/facilitator=[\w-]+/, "facilitator=not-the-secret"));
    await expect.poll(() => intruder.getByRole("alert").innerText()).toMatch(/not valid for session/);
    expect(await intruder.locator(".console-seat-table").count()).toBe(0);

    for (const b of browsers) expect(b.pageErrors).toEqual([]);
    // About 30 s on an idle 2-core machine; three Chromiums on a busy one take longer.
  }, 120_000);
});
