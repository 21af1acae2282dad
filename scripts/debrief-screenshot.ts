// Plays a whole bots' game on a real server and photographs its debrief from the past-sessions
// page, in English and Chinese, for docs/debrief-*.png:  npx tsx scripts/debrief-screenshot.ts [outDir]
// The "Your city vs Chongqing" table, a chart with history's lines, and the four questions.
import { rmSync } from "node:fs";
import { startServer } from "../server/app";
import { api, createSession } from "../test/helpers/api";
import { startAsFacilitator } from "../test/helpers/clients";
import { buildPage } from "../test/browser/buildPage";
import { openBrowser } from "../test/browser/chromium";

const outDir = process.argv[2] ?? "docs";
const pageDir = await buildPage();
const server = await startServer({ port: 0, staticDir: pageDir });
const { code, secret } = await createSession(server.port, { seed: 7, roundSeconds: 5 });
await startAsFacilitator(server.port, code, secret, { bots: true });
let phase = "";
const poll = async () => (phase = (await api(server.port, `/sessions/${code}/debrief`, { secret })).body.phase);
await poll();
while (phase !== "ended") {
  await new Promise((r) => setTimeout(r, 500));
  await poll();
}
const browser = await openBrowser({ width: 1440, height: 1400 });
const { page } = browser;
await page.addInitScript((kept) => localStorage.setItem("shancheng.facilitatorSessions", JSON.stringify(kept)), [{ code, secret, label: "Class A", kept: 1 }]);
for (const lang of ["en", "zh-CN"]) {
  const suffix = lang === "en" ? "" : "-zh";
  await page.goto(`http://127.0.0.1:${server.port}/?debrief=${code}&lang=${lang}`);
  await page.locator("#debrief-history table").waitFor();
  await page.waitForTimeout(1500);
  const shot = async (selector: string, name: string) => {
    await page.locator(selector).scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    await page.locator(selector).screenshot({ path: `${outDir}/debrief-${name}${suffix}.png` });
  };
  await shot("#debrief-history", "history");
  await shot("#chart-gdp", "gdp");
  await shot("#chart-lease-share", "lease-share");
  for (const q of ["thirdWay", "valueCapture", "prh", "tickets"]) await shot(`#question-${q}`, `question-${q}`);
  await shot("#debrief-objectives", "objectives");
}
await browser.close();
await server.close();
rmSync(pageDir, { recursive: true, force: true });
console.log(`session ${code}: ${outDir}/debrief-*.png`);
process.exit(0);
