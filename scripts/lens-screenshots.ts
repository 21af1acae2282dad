// Photographs every map lens for docs/lens-*.png:  npx tsx scripts/lens-screenshots.ts [outDir]
// The government plays a solo game against bots in headless Chromium (Canvas renderer) for four
// rounds, then switches each lens on with its key and photographs the map with its legend; hovers
// and then selects a river tile where a bridge can go and photographs the preview and the inspector's "why this
// price?" of a tile beside the core; builds the bridge and photographs the change lens a round later.
// Then a developer's solo game: its bid in the first auction, and the bids shown after it.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { SYSTEM_SEAT } from "../shared/engine/commands";
import { applyCommand, createGame } from "../shared/engine/apply";
import { tileActions } from "../shared/views/hints";
import { LENSES } from "../shared/views/lenses";
import { chongqingScenario } from "../shared/scenarios/chongqing";
import { loadMapFile } from "../server/mapFile";
import { startServer } from "../server/app";
import { buildPage } from "../test/browser/buildPage";
import { openBrowser } from "../test/browser/chromium";
import { clickTile, gameUrl, showTile, takeSeat } from "../test/browser/page";

const outDir = process.argv[2] ?? "docs";
mkdirSync(outDir, { recursive: true });
const map = loadMapFile();
const { width } = map;
const opening = applyCommand(createGame(chongqingScenario, map, 1), SYSTEM_SEAT, { type: "startGame" });
if (!opening.ok) throw new Error(opening.error);
const core = { x: map.core % width, y: Math.floor(map.core / width) };
const distance = (t: number) => Math.abs((t % width) - core.x) + Math.abs(Math.floor(t / width) - core.y);
const bridge = [...map.terrain.keys()].filter((t) => tileActions(opening.state, 0, t).some((a) => a.command.type === "buildInfrastructure" && a.command.infra === "bridge")).sort((a, b) => distance(a) - distance(b))[0];

const server = await startServer({ port: 0, staticDir: await buildPage(), dataFile: ":memory:" });
const b = await openBrowser({ width: 1440, height: 900 });
const page = b.page;
try {
  await page.goto(gameUrl(server.port));
  await page.getByLabel("Your display name").fill("Ms Zhang");
  await page.getByRole("button", { name: "Play alone against bots" }).click();
  await takeSeat(page, "Municipal government");
  await page.getByRole("button", { name: "Start game (bots take the other seats)" }).click();
  for (let round = 1; round <= 4; round++) {
    await page.getByRole("button", { name: "Ready — end my turn" }).click();
    await page.locator(".round").getByText(`Round ${round + 1} of 12`).waitFor({ timeout: 30_000 });
  }
  await page.locator(".map").focus();
  const shot = (name: string) => page.locator(".map").screenshot({ path: join(outDir, `lens-${name}.png`) });
  for (const [i, lens] of LENSES.entries()) {
    if (lens === "change") continue;
    await page.keyboard.press(String(i + 1));
    await page.locator(".lens-legend h3").waitFor();
    const home = lens === "housing" ? /from tile \((\d+),(\d+)\)/.exec(await page.locator(".lens-commutes").innerText()) : null;
    // The housing lens: the first commute up and to the right of the map's middle, clear of the key.
    if (home) await showTile(page, Number(home[1]) - 3, Number(home[2]) + 4, width);
    await page.mouse.move(5, 5);
    await shot(lens);
    if (lens === "travel") {
      // The same lens measured to the nearest place of work.
      await page.locator(".lens-legend").getByRole("button", { name: "the nearest work" }).click();
      await page.locator(".lens-legend").getByText(/nearest place of work/).waitFor();
      await shot("travel-work");
      await page.locator(".lens-legend").getByRole("button", { name: "the core" }).click();
    }
  }
  // Hovering the bridge site on the plain map: its preview, and its total in a line over the map.
  await page.keyboard.press("0");
  const site = await showTile(page, bridge % width, Math.floor(bridge / width), width);
  await page.mouse.move(site.x, site.y);
  await page.locator(".lens-hover").waitFor({ timeout: 10_000 });
  await shot("hover");
  await clickTile(page, bridge % width, Math.floor(bridge / width), width);
  await page.getByRole("button", { name: /Show it on the map/ }).first().click();
  await page.locator(".lens-legend .lens-preview").waitFor({ timeout: 10_000 });
  await page.mouse.move(5, 5);
  await shot("bridge-preview");
  await page.screenshot({ path: join(outDir, "lens-inspector.png") });
  // "Why this price?" on the developed tile beside the core.
  await page.keyboard.press("2");
  await clickTile(page, core.x + 1, core.y, width);
  await page.getByText("Why this price?").click();
  await page.locator(".inspector").screenshot({ path: join(outDir, "lens-why-price.png") });
  // Build the bridge: a round later the change lens shows the real rise.
  await clickTile(page, bridge % width, Math.floor(bridge / width), width);
  await page.getByRole("button", { name: "Bridge north-south" }).click();
  await page.getByRole("button", { name: "Ready — end my turn" }).click();
  await page.locator(".round").getByText("Round 6 of 12").waitFor({ timeout: 30_000 });
  await clickTile(page, core.x, core.y, width);
  await page.keyboard.press("3");
  await page.locator(".lens-legend h3").waitFor();
  await page.mouse.move(5, 5);
  await shot("change");
  if (b.pageErrors.length) console.error(b.pageErrors.join("\n"));
} finally {
  await b.close();
}

// A developer bids in the bot government's first auction; a round later the log, the round
// summary and the plot's inspector list every bid and say why the winner won.
const d = await openBrowser({ width: 1440, height: 900 });
try {
  const dev = d.page;
  await dev.goto(gameUrl(server.port));
  await dev.getByLabel("Your display name").fill("Mr Li");
  await dev.getByRole("button", { name: "Play alone against bots" }).click();
  await takeSeat(dev, "Developer 1");
  await dev.getByRole("button", { name: "Start game (bots take the other seats)" }).click();
  // The first round with an auction (the government has land to lease once it has bought some).
  let round = 1;
  for (; round < 8; round++) {
    await dev.locator(".round").getByText(`Round ${round} of 12`).waitFor({ timeout: 30_000 });
    await dev.waitForTimeout(500);
    if ((await dev.locator(".auction").count()) > 0) break;
    await dev.getByRole("button", { name: "Ready — end my turn" }).click();
  }
  await dev.locator(".auction button").first().click();
  const bid = dev.getByLabel(/^Your bid/);
  await bid.fill(String(Number(await bid.getAttribute("min")) + 300));
  await dev.getByRole("button", { name: "Place a sealed bid" }).click();
  await dev.getByRole("button", { name: "Ready — end my turn" }).click();
  await dev.locator(".round").getByText(`Round ${round + 1} of 12`).waitFor({ timeout: 30_000 });
  await dev.locator(".round-summary summary").click();
  await dev.locator(".round-summary").screenshot({ path: join(outDir, "lens-auction-summary.png") });
  const won = /wins the lease of tile \((\d+),(\d+)\)/.exec(await dev.locator(".log").innerText());
  if (won) {
    await clickTile(dev, Number(won[1]), Number(won[2]), width);
    await dev.locator(".inspector .auction-bids").waitFor();
    await dev.locator(".inspector").screenshot({ path: join(outDir, "lens-auction.png") });
  }
  if (d.pageErrors.length) console.error(d.pageErrors.join("\n"));
} finally {
  await d.close();
  await server.close();
}
