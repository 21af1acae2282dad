// Photographs the facilitator console for docs/console.png:
//   npx tsx scripts/console-screenshot.ts [out.png] [width] [height]     (PROJECTOR=1: the projector view)
// A session is created over HTTP; two students (scripted colyseus.js clients) take seats; the
// facilitator, in headless Chromium through the page, fills a seat with a bot, starts the game
// (bots take the other seats), ends three rounds, sends a message and pauses the clock.
import { rmSync } from "node:fs";
import { startServer } from "../server/app";
import { joinRoom, until } from "../test/helpers/clients";
import { buildPage } from "../test/browser/buildPage";
import { openBrowser } from "../test/browser/chromium";

const out = process.argv[2] ?? "docs/console.png";
const viewport = { width: Number(process.argv[3] ?? 1440), height: Number(process.argv[4] ?? 900) };

const pageDir = await buildPage();
const server = await startServer({ port: 0, staticDir: pageDir, dataFile: ":memory:" });
const browser = await openBrowser(viewport);
try {
  const res = await fetch(`http://127.0.0.1:${server.port}/api/sessions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ roundSeconds: 240 }) });
  const session = (await res.json()) as { code: string; facilitatorUrl: string };
  const page = browser.page;
  page.on("dialog", (d) => void d.accept());
  await page.goto(`http://127.0.0.1:${server.port}${session.facilitatorUrl}&renderer=canvas`);
  await page.getByRole("heading", { name: "Seats" }).waitFor();

  const students = [] as Awaited<ReturnType<typeof joinRoom>>[];
  for (const [name, label] of [["Li Wei", "Municipal government"], ["Zhang Min", "Migrant cohort 1"], ["Chen Jie", "Developer 2"]] as const) {
    const p = await joinRoom(server.port, session.code, name);
    await until(() => (p.room.state.seats?.length ?? 0) > 0, "synced");
    p.room.send("takeSeat", { seat: [...p.room.state.seats].find((s) => s.label === label)!.id });
    students.push(p);
  }
  await page.getByText("3 students").waitFor();
  await page.getByLabel("Bot personality for Developer 1").selectOption("speculative");
  await page.getByRole("button", { name: "Fill Developer 1 with a bot" }).click();
  await page.getByRole("button", { name: "Start the game" }).click();
  await page.getByRole("button", { name: "Pause the clock" }).waitFor();
  for (let round = 1; round <= 3; round++) {
    await page.getByRole("button", { name: "End this round now" }).click();
    await page.locator(".console-round").getByText(`Round ${round + 1} of 12`).waitFor();
  }
  // One student away (dropped), one ready.
  students[1].room.send("ready", { ready: true });
  await students[2].room.leave(false);
  await page.getByRole("textbox", { name: "Message to every player" }).fill("Two minutes left in 2003. Villages: answer the offers on your land before the round ends.");
  await page.getByRole("button", { name: "Send to everyone" }).click();
  await page.getByRole("button", { name: "Pause the clock" }).click();
  await page.getByText(/^Paused \d/).waitFor();
  await page.locator(".console-right").evaluate((el) => el.scrollTo(0, 0));
  if (process.env.PROJECTOR) await page.getByRole("button", { name: "Projector view" }).click();
  await page.waitForTimeout(800);
  await page.screenshot({ path: out });
  console.log(`wrote ${out} (${viewport.width}x${viewport.height}, session ${session.code})`);
  for (const s of students) if (s.room.connection.isOpen) await s.room.leave();
} finally {
  await browser.close();
  await server.close();
  rmSync(pageDir, { recursive: true, force: true });
}
