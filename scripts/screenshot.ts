// Plays four rounds and photographs the government's screen for docs/screenshot.png:
//   npx tsx scripts/screenshot.ts [out.png]
// The government plays in headless Chromium through the page, as a student would; a village,
// a developer and a migrant cohort are scripted colyseus.js clients. Round 1: three village
// plots near the core are bought into the land reserve and a migrant cohort moves into a village
// room. Round 2: two plots are auctioned to the developer, a bridge is ordered. Round 3: flats
// go up on them. Round 4 (the photograph): the flats are sold, more are under way, a new auction
// and a new offer are open, and the inspector shows compensation, lease and sale of one plot.
import { mkdirSync, rmSync } from "node:fs";
import { SYSTEM_SEAT } from "../shared/engine/commands";
import { applyCommand, createGame } from "../shared/engine/apply";
import { tileActions } from "../shared/views/hints";
import { TENURES, USES } from "../shared/model/map";
import { chongqingScenario } from "../shared/scenarios/chongqing";
import { loadMapFile } from "../server/mapFile";
import { startServer } from "../server/app";
import { joinRoom, until, type Player } from "../test/helpers/clients";
import { buildPage } from "../test/browser/buildPage";
import { openBrowser } from "../test/browser/chromium";
import { clickTile, createRoom, showTile, takeSeat } from "../test/browser/page";

const out = process.argv[2] ?? "docs/screenshot.png";
const map = loadMapFile();
const { width } = map;
const xy = (t: number) => ({ x: t % width, y: Math.floor(t / width) });
const distanceToCore = (t: number) => Math.abs(xy(t).x - xy(map.core).x) + Math.abs(xy(t).y - xy(map.core).y);

// Plan the game on a local copy of the engine: which plots and which bridge are legal and close
// to the core (the hints are the same ones the page's buttons come from).
const opening = applyCommand(createGame(chongqingScenario, map, 1), SYSTEM_SEAT, { type: "startGame" });
if (!opening.ok) throw new Error(opening.error);
const game = opening.state;
const byDistance = (tiles: number[]) => tiles.sort((a, b) => distanceToCore(a) - distanceToCore(b));
const tiles = [...map.terrain.keys()];
const villagePlots = byDistance(tiles.filter((t) => TENURES[map.tenure[t]] === "villageCollective" && ["forest", "villageHousing"].includes(USES[map.use[t]])));
// Plots of one village, so one scripted village answers every offer.
const village = game.map.holder[villagePlots[0]];
const plots = villagePlots.filter((t) => game.map.holder[t] === village).slice(0, 4);
const farm = byDistance(tiles.filter((t) => game.map.holder[t] === village && USES[map.use[t]] === "farmland"))[0];
const room = byDistance(tiles.filter((t) => game.map.holder[t] === village && USES[map.use[t]] === "villageHousing" && !plots.includes(t)))[0];
const bridge = byDistance(tiles.filter((t) => tileActions(game, 0, t).some((a) => a.label.code.startsWith("bridge"))))[0];
const seatOf = (label: string) => game.seats.findIndex((s) => s.label === label);

const pageDir = await buildPage();
const server = await startServer({ port: 0, staticDir: pageDir });
const gov = await openBrowser({ width: 1440, height: 900 });
const page = gov.page;

async function act(label: string, tile: number): Promise<void> {
  await clickTile(page, xy(tile).x, xy(tile).y, width);
  // The inspector names the tile by place; its column and row are the line below the heading.
  await page.locator(".inspector .tile-grid", { hasText: new RegExp(`^column ${xy(tile).x}, row ${xy(tile).y}$`) }).waitFor();
  await page.getByRole("button", { name: label }).first().click();
}

/** Everyone scripted presses Ready, then the government does in the page; wait for the next round. */
async function endRound(players: Player[], round: number): Promise<void> {
  for (const p of players) p.room.send("ready", { ready: true });
  await page.getByRole("button", { name: /^Ready/ }).click();
  await until(() => players[0].room.state.round === round + 1, `round ${round + 1}`, 15_000);
}

const command = (p: Player, command: unknown) => p.room.send("command", { command });

try {
  const code = await createRoom(page, server.port, "Ms Zhang");
  await takeSeat(page, "Municipal government");
  const [villager, developer, migrant] = await Promise.all([joinRoom(server.port, code, "Mr Li"), joinRoom(server.port, code, "Wang Builders"), joinRoom(server.port, code, "Chen family")]);
  const players = [villager, developer, migrant];
  villager.room.send("takeSeat", { seat: village });
  developer.room.send("takeSeat", { seat: seatOf("Developer 1") });
  migrant.room.send("takeSeat", { seat: seatOf("Migrant cohort 1") });
  await until(() => players.every((p) => p.privateView !== null), "scripted players seated");
  await page.getByRole("button", { name: "Start game" }).click();
  await until(() => villager.room.state.round === 1, "round 1");

  const acceptOffers = async (count: number) => {
    await until(() => villager.room.state.offers.filter((o) => o.status === "open").length === count, `${count} offer(s)`);
    for (const o of villager.room.state.offers) if (o.status === "open") command(villager, { type: "respondOffer", offerId: o.id, accept: true });
  };
  const bidOnAuctions = async (count: number) => {
    await until(() => developer.room.state.auctions.length === count, `${count} auction(s)`);
    for (const a of developer.room.state.auctions) command(developer, { type: "bid", auctionId: a.id, amount: Math.round(a.reserve * 1.3) });
  };

  // Round 1: buy three plots; the village accepts; a migrant cohort rents a village room.
  for (const t of plots.slice(0, 3)) await act("Offer compensation", t);
  await acceptOffers(3);
  command(migrant, { type: "chooseWorkAndHome", job: "construction", home: { kind: "tile", tile: room } });
  await endRound(players, 1);

  // Round 2: auction two reserve plots, the developer outbids the reserve; a bridge; one more plot.
  for (const t of plots.slice(0, 2)) await act("Auction the lease", t);
  await bidOnAuctions(2);
  await act("Bridge", bridge);
  await act("Offer compensation", plots[3]);
  await acceptOffers(1);
  await endRound(players, 2);

  // Round 3: flats go up on the two leased plots; the third plot is auctioned and won.
  for (const t of plots.slice(0, 2)) command(developer, { type: "build", tile: t, building: "commercialHousing" });
  await act("Auction the lease", plots[2]);
  await bidOnAuctions(1);
  await endRound(players, 3);

  // Round 4 (the photograph): the first flats are sold, more are under way, a new auction and a
  // new offer are open, and the inspector shows compensation, lease and sale of one plot.
  command(developer, { type: "build", tile: plots[2], building: "commercialHousing" });
  await act("Auction the lease", plots[3]);
  await act("Offer compensation", farm);
  await until(() => developer.room.state.orders.length >= 1, "a construction order");
  await clickTile(page, xy(plots[0]).x, xy(plots[0]).y, width);
  await page.getByText("Sale value").waitFor();
  // Closer in, so the construction, auction and offer marks read at README size.
  await page.locator(".map").focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press("+");
  await showTile(page, xy(plots[0]).x, xy(plots[0]).y - 3, width);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.mouse.move(150, 880); // off the map, so no hover frame
  await page.waitForTimeout(500);
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
  if (gov.pageErrors.length > 0) throw new Error(`page errors: ${gov.pageErrors.join("; ")}`);
  await Promise.all(players.map((p) => p.room.leave()));
} catch (error) {
  mkdirSync("test-results", { recursive: true });
  await page.screenshot({ path: "test-results/screenshot-failed.png" });
  console.error("failed; the page at that moment is in test-results/screenshot-failed.png");
  throw error;
} finally {
  await gov.close();
  await server.close();
  rmSync(pageDir, { recursive: true, force: true });
}
