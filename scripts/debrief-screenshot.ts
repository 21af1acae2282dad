// Plays a whole bots' game on a real server and photographs its debrief from the past-sessions
// page, for docs/debrief-*.png:  npx tsx scripts/debrief-screenshot.ts [outDir] [lang]
// The "Your city vs Chongqing" table, a chart with history's lines, and the four questions.
import { rmSync } from "node:fs";
import { startServer } from "../server/app";
import { api, createSession } from "../test/helpers/api";
import { startAsFacilitator, until } from "../test/helpers/clients";
import { buildPage } from "../test/browser/buildPage";
import { openBrowser } from "../test/browser/chromium";

const outDir = process.argv[2] ?? "docs";
const lang = process.argv[3] ?? "en";
const suffix = lang === "en" ? "" : `-${lang}`;
const pageDir = await buildPage();
const server = await startServer({ port: 0, staticDir: pageDir });
const { code, secret } = await createSession(server.port, { seed: 7, roundSeconds: 5 });
await startAsFacilitator(server.port, code, secret, { bots: true });
let phase = "";
const poll = async () => (phase = (await api(server.port, `/sessions/${code}/debrief`, { secret })).body.phase);
await poll();
await until(() => phase === "ended", "the bots' game ended", 300_000).catch(() => undefined);
while (phase !== "ended") {
  await new Promise((r) => setTimeout(r, 500));
  await poll();
}
const browser = await openBrowser({ width: 1440, height: 900 });
const { page } = browser;
await page.addInitScript(([kept, l]) => {
  localStorage.setItem("shancheng.facilitatorSessions", JSON.stringify(kept));
  localStorage.setItem("shancheng.lang", l);
}, [[{ code, secret, label: "Class A", kept: 1 }], lang === "zh" ? "zh-CN" : "en"] as const);
await page.goto(`http://127.0.0.1:${server.port}/?debrief=${code}&lang=${lang === "zh" ? "zh-CN" : "en"}`);
await page.locator("#debrief-history table").waitFor();
await page.waitForTimeout(1500);
await page.locator("#debrief-history").screenshot({ path: `${outDir}/debrief-history${suffix}.png` });
await page.locator("#chart-gdp").screenshot({ path: `${outDir}/debrief-gdp${suffix}.png` });
await page.locator("#question-thirdWay").screenshot({ path: `${outDir}/debrief-question${suffix}.png` });
await page.locator("#debrief-questions").screenshot({ path: `${outDir}/debrief-questions${suffix}.png` });
await browser.close();
await server.close();
rmSync(pageDir, { recursive: true, force: true });
console.log(`session ${code}: ${outDir}/debrief-*${suffix}.png`);
process.exit(0);
