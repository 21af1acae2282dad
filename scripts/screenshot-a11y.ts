// Photographs the accessibility and classroom screens for docs/a11y/, at a laptop's 1366×768:
//   npx tsx scripts/screenshot-a11y.ts
// The start page with its language and text-size corner; a solo game as the government in headless Chromium: the briefing a seat opens on (English and
// Chinese), the keyboard's focus tile on the map, the round's summary, the cost preview, the text
// at 150%; and a facilitator's console in projector view at 1920×1080 with a student seated.
import { mkdirSync, rmSync } from "node:fs";
import { startServer } from "../server/app";
import { createSession } from "../test/helpers/api";
import { buildPage } from "../test/browser/buildPage";
import { openBrowser } from "../test/browser/chromium";
import { clickTile, gameUrl, takeSeat, villageFarmNearCore } from "../test/browser/page";

const out = "docs/a11y";
mkdirSync(out, { recursive: true });
const pageDir = await buildPage();
const server = await startServer({ port: 0, staticDir: pageDir, roomDefaults: { roundSeconds: 600 } });
const student = await openBrowser({ width: 1366, height: 768 });
const teacher = await openBrowser({ width: 1920, height: 1080 });
const page = student.page;
const shot = async (name: string) => {
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${out}/${name}.png` });
  console.log(`wrote ${out}/${name}.png`);
};
try {
  await page.goto(gameUrl(server.port));
  await page.getByLabel("Your display name").fill("Ana");
  await shot("start");
  await page.getByRole("button", { name: "Play alone against bots" }).click();
  await takeSeat(page, "Municipal government");
  await page.getByRole("button", { name: "Start game (bots take the other seats)" }).click();
  await page.locator(".briefing").waitFor();
  await shot("briefing-en");
  await page.locator(".round-bar .language-select").selectOption("zh-CN");
  await page.getByRole("heading", { name: /你的角色简报/ }).waitFor();
  await shot("briefing-zh");
  await page.locator(".round-bar .language-select").selectOption("en");
  await page.getByRole("button", { name: "Got it — to the game" }).click();

  // The focus tile, moved with the arrows from the centre of the view.
  await page.locator(".map").focus();
  for (const key of ["+", "+", "ArrowRight", "ArrowRight", "ArrowDown"]) await page.keyboard.press(key);
  await shot("focus-tile");

  // The cost preview: most of the budget typed into a compensation offer for a village farm;
  // then a real offer, so the round's summary has a deal in it.
  const farm = villageFarmNearCore();
  await clickTile(page, farm.x, farm.y, farm.width);
  const amount = page.getByLabel(/^Compensation/);
  await amount.fill("2500");
  await page.getByRole("button", { name: "Offer compensation" }).click();
  await page.getByRole("dialog").waitFor();
  await shot("cost-preview");
  await page.getByRole("button", { name: "Cancel" }).click();
  await amount.fill("30");
  await page.getByRole("button", { name: "Offer compensation" }).click();
  await page.locator(".offers .offer").first().waitFor();

  await page.getByRole("button", { name: /^Ready/ }).click();
  await page.locator(".round-summary").waitFor({ timeout: 20_000 });
  await page.locator(".round-summary summary").click();
  await shot("round-summary-en");
  await page.locator(".round-bar .language-select").selectOption("zh-CN");
  await page.locator(".round-summary").getByRole("heading", { name: /你的第 1 轮/ }).waitFor();
  await shot("round-summary-zh");
  await page.locator(".round-bar .language-select").selectOption("en");

  for (let i = 0; i < 3; i++) await page.locator(".round-bar").getByRole("button", { name: "Larger text" }).click();
  await shot("text-150");
  for (let i = 0; i < 3; i++) await page.locator(".round-bar").getByRole("button", { name: "Smaller text" }).click();

  // The console in projector view, a student seated and deciding.
  const session = await createSession(server.port);
  const console_ = teacher.page;
  console_.on("dialog", (d) => void d.accept());
  await console_.goto(`http://127.0.0.1:${server.port}/?room=${session.code}&facilitator=${session.secret}&renderer=canvas`);
  await console_.getByRole("heading", { name: "Seats" }).waitFor();
  const seat = await student.context.newPage();
  await seat.goto(gameUrl(server.port));
  await seat.getByLabel("Your display name").fill("Bo");
  await seat.getByLabel("Room code").fill(session.code);
  await seat.getByRole("button", { name: "Join with a code" }).click();
  await takeSeat(seat, "Municipal government");
  await console_.getByRole("button", { name: "Start the game" }).click();
  await console_.locator(".still-deciding").waitFor();
  await console_.screenshot({ path: `${out}/console.png` });
  await console_.locator(".console-projector-toggle").click();
  await console_.waitForTimeout(500);
  await console_.screenshot({ path: `${out}/projector.png` });
  console.log(`wrote ${out}/console.png, ${out}/projector.png`);
  const errors = [...student.pageErrors, ...teacher.pageErrors];
  if (errors.length > 0) throw new Error(`page errors: ${errors.join("; ")}`);
} catch (error) {
  mkdirSync("test-results", { recursive: true });
  await page.screenshot({ path: "test-results/screenshot-a11y-failed.png" });
  await teacher.page.screenshot({ path: "test-results/screenshot-a11y-failed-console.png" });
  throw error;
} finally {
  await Promise.all([student.close(), teacher.close()]);
  await server.close();
  rmSync(pageDir, { recursive: true, force: true });
}
