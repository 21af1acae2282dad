// What a page that joins late sees through the lenses, in Chromium against the real server:
// scripted players (real sockets) play four rounds — a village reclaims a house plot, two
// developers bid for two plots, one builds flats on its farm, the other's plan amendment passes,
// a migrant cohort rents a village room and works in services — then a fresh page takes a seat
// and finds, from the synced state alone, the ticket's arc and last round's change, the amended
// plot in the plan lens, the cohort's commute line, and every bid of the auction with why it
// was won (the log and the plot's inspector).
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { startServer, type RunningServer } from "../../server/app";
import { mapOf } from "../../client/synced";
import { USES } from "../../shared/model/map";
import { createSession } from "../helpers/api";
import { joinRoom as joinBySocket, roundTrip, startAsFacilitator, until, type Player } from "../helpers/clients";
import { readyThroughRounds, seatGovernmentAndVillage, seatOf } from "../helpers/scriptedPlayers";
import { openBrowser, screenshotOnFailure, type Browser } from "./chromium";
import { canvasPixels, clickTile, joinRoom, showTile, takeSeat } from "./page";

let server: RunningServer;
let page: Browser;
let players: Player[] = [];
const plots = { house: -1, farm1: -1, farm2: -1, room: -1, width: 0 };

async function command(p: Player, command: Record<string, unknown>): Promise<void> {
  p.room.send("command", { command });
  await roundTrip(p);
  if (p.errors.length > 0) throw new Error(`${String(command.type)} refused: ${p.errors.map((e) => e.message).join("; ")}`);
}

beforeAll(async () => {
  server = await startServer({ port: 0, staticDir: inject("pageDir") });
  const { code, secret } = await createSession(server.port, { seed: 3, roundSeconds: 600 });
  const { gov, village, farm } = await seatGovernmentAndVillage(server.port, code);
  // The village seated holds `farm`, the first farm on the map.
  const [dev1, dev2, migrant] = await Promise.all(["Dee", "Dan", "Mei"].map((name) => joinBySocket(server.port, code, name)));
  await until(() => [dev1, dev2, migrant].every((p) => (p.room.state.seats?.length ?? 0) > 0), "seats synced");
  dev1.room.send("takeSeat", { seat: seatOf(dev1, "developer") });
  dev2.room.send("takeSeat", { seat: seatOf(dev2, "developer") + 1 });
  migrant.room.send("takeSeat", { seat: seatOf(migrant, "migrant") });
  players = [gov, village, dev1, dev2, migrant];
  await until(() => players.every((p) => p.privateView !== null), "seated");
  await startAsFacilitator(server.port, code, secret);
  await until(() => players.every((p) => p.room.state.phase === "action"), "started");

  const m = mapOf(gov.room.state);
  const villageSeat = m.holder[farm];
  // The village's plots below the map's top rows (the lens bar lies over those).
  const ofVillage = (use: string) => [...m.use.keys()].filter((t) => m.holder[t] === villageSeat && USES[m.use[t]] === use && t >= 4 * m.width);
  plots.width = m.width;
  [plots.farm1, plots.farm2] = ofVillage("farmland");
  plots.house = ofVillage("villageHousing")[0];
  plots.room = [...m.use.keys()].find((t) => USES[m.use[t]] === "villageHousing" && t !== plots.house)!;

  // Round 1: two farms bought, a house plot reclaimed, the cohort moves into a village room.
  for (const tile of [plots.farm1, plots.farm2]) await command(gov, { type: "expropriate", tile, compensation: 2_000 });
  await until(() => village.room.state.offers.length === 2, "two offers");
  for (const o of [...village.room.state.offers]) await command(village, { type: "respondOffer", offerId: o.id, accept: true });
  await command(village, { type: "reclaim", tile: plots.house });
  await command(migrant, { type: "chooseWorkAndHome", job: "services", home: { kind: "tile", tile: plots.room } });
  await readyThroughRounds(players, 1);
  // Round 2: both plots auctioned; Developer 1 bids ¥50 m and Developer 2 ¥40 m for the first, Developer 2 ¥30 m for the second.
  for (const tile of [plots.farm1, plots.farm2]) await command(gov, { type: "releaseAuction", tile, reserve: 1_000 });
  await until(() => dev1.room.state.auctions.length === 2, "two auctions");
  const auctionOf = (tile: number) => [...dev1.room.state.auctions].find((a) => a.tile === tile)!.id;
  await command(dev1, { type: "bid", auctionId: auctionOf(plots.farm1), amount: 5_000 });
  await command(dev2, { type: "bid", auctionId: auctionOf(plots.farm1), amount: 4_000 });
  await command(dev2, { type: "bid", auctionId: auctionOf(plots.farm2), amount: 3_000 });
  await readyThroughRounds(players, 1);
  // Round 3: flats on the first farm (a land ticket's journey); a compulsory amendment to green on the second, approved.
  await command(dev1, { type: "build", tile: plots.farm1, building: "commercialHousing" });
  await command(dev2, { type: "requestAmendment", tile: plots.farm2, plan: "green" });
  await until(() => gov.room.state.offers.some((o) => o.kind === "amendment" && o.status === "open"), "the amendment asked");
  await command(gov, { type: "respondOffer", offerId: [...gov.room.state.offers].find((o) => o.kind === "amendment")!.id, accept: true });
  // Rounds 3 and 4 resolve: the amendment comes into force a round after its approval.
  await readyThroughRounds(players, 2);
  page = await openBrowser();
  await joinRoom(page.page, server.port, code, "Late");
  await takeSeat(page.page, "Migrant cohort 2");
  await page.page.locator(".round").getByText("Round 5 of 12").waitFor();
}, 120_000);
afterEach(({ task }) => screenshotOnFailure(task, { late: page }));
afterAll(async () => {
  await page?.close();
  for (const p of players) await p.room.leave().catch(() => undefined);
  await server?.close();
});

const legend = () => page.page.locator(".lens-legend");

describe("a page that joins at round 5", () => {
  it("draws the ticket's arc from the reclaimed plot to the flats, and last round's change", async () => {
    const p = page.page;
    await p.keyboard.press("1");
    await expect.poll(() => legend().innerText()).toMatch(/Land tickets: a line from the reclaimed house plot/);
    // The arc's yellow (#f0e442) at the reclaimed plot's square.
    const at = await showTile(p, plots.house % plots.width, Math.floor(plots.house / plots.width), plots.width);
    await p.mouse.move(2, 2);
    const square = await canvasPixels(p, { left: at.x - 3, top: at.y - 3, width: 6, height: 6 }, 2);
    expect(square.some((c) => c[0] > 200 && c[1] > 200 && c[2] < 120), "the arc's square on the reclaimed plot").toBe(true);
    await p.keyboard.press("3");
    await expect.poll(() => legend().innerText()).toMatch(/Percent change since last round/);
    expect(await legend().innerText()).not.toMatch(/Change shows from round 2 on/);
  });

  it("switches the travel lens between the cost to the core and to the nearest work", async () => {
    const p = page.page;
    await p.keyboard.press("4");
    const toWork = legend().getByRole("button", { name: "the nearest work" });
    await toWork.click();
    await expect.poll(() => legend().innerText()).toMatch(/to the nearest place of work: a firm's factory, a site being built, or the core's services/);
    expect(await toWork.getAttribute("aria-pressed")).toBe("true");
    await legend().getByRole("button", { name: "the core" }).click();
    await expect.poll(() => legend().innerText()).toMatch(/Travel cost from each tile to the core/);
  });

  it("shows the amended plot planned green in the plan lens", async () => {
    const p = page.page;
    await p.keyboard.press("5");
    await expect.poll(() => legend().locator("li[data-class=green]").innerText()).toMatch(/Planned green \(kept open\)\s*1 tile/);
  });

  it("draws the cohort's commute from its village room to the core, with both travel costs", async () => {
    const p = page.page;
    await p.keyboard.press("6");
    await expect.poll(() => legend().locator(".lens-commutes li").first().innerText()).toMatch(/^Migrant cohort 1: from .* to the core's services at .*, travel cost \d+; the score counts \d+/);
    expect(await legend().innerText()).toMatch(/homes? free/);
    // The line's light blue (#56b4e9) ring around the cohort's home, the room at its middle.
    const at = await showTile(p, plots.room % plots.width, Math.floor(plots.room / plots.width), plots.width);
    await p.mouse.move(2, 2);
    const ring = await canvasPixels(p, { left: at.x - at.size * 0.4, top: at.y - at.size * 0.4, width: at.size * 0.8, height: at.size * 0.8 }, 1);
    expect(ring.some((c) => c[0] < 130 && c[1] > 150 && c[2] > 200), "the commute's ring on the home").toBe(true);
  });

  it("lists every bid of the first plot's auction, best first, and why the winner won", async () => {
    const p = page.page;
    await expect.poll(() => p.locator(".log").innerText()).toMatch(/Developer 1 wins the lease of .* for ¥50\sm \(reserve ¥10\sm\): the highest bid at or above the reserve wins\. The 2 bids: Developer 1 ¥50\sm, Developer 2 ¥40\sm\./);
    // The plain map: no lens key over the tile to be clicked.
    await p.keyboard.press("0");
    await clickTile(p, plots.farm1 % plots.width, Math.floor(plots.farm1 / plots.width), plots.width);
    const bids = p.locator(".inspector .auction-bids li");
    // Money keeps "50 m" together with a no-break space.
    await expect.poll(async () => (await bids.allInnerTexts()).map((b) => b.replace(/\s/g, " "))).toEqual(["Developer 1: ¥50 m (won)", "Developer 2: ¥40 m"]);
    expect(page.pageErrors).toEqual([]);
  });
});
