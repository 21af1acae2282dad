import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TENURES, TERRAINS, USES } from "../../shared/model/map";
import { startServer, type RunningServer } from "../../server/app";
import { createRoom, joinRoom, roundTrip, until, type Player } from "../helpers/clients";
import { historyOf, mapOf } from "../../client/synced";
import { logTexts } from "../../client/ui/logText";

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ port: 0 });
});
afterAll(async () => {
  await server?.close();
});

const seatOf = (p: Player, role: string) => p.room.state.seats.findIndex((s) => s.role === role);

/** A village tile that is farmland, and the seat of the village holding it. */
function villageFarm(p: Player): { tile: number; village: number } {
  const m = mapOf(p.room.state);
  for (let t = 0; t < m.use.length; t++)
    if (TENURES[m.tenure[t]] === "villageCollective" && USES[m.use[t]] === "farmland") return { tile: t, village: m.holder[t] };
  throw new Error("no village farm on the map");
}

async function fourPlayers(): Promise<{ gov: Player; village: Player; dev: Player; migrant: Player; all: Player[]; farm: number; code: string }> {
  const gov = await createRoom(server.port, "Ana", { seed: 7 });
  const code = gov.room.roomId;
  const village = await joinRoom(server.port, code, "Bo");
  const dev = await joinRoom(server.port, code, "Chen");
  const migrant = await joinRoom(server.port, code, "Dai");
  const all = [gov, village, dev, migrant];
  await until(() => all.every((p) => (p.room.state.seats?.length ?? 0) > 0), "seats synced to every client");
  const { tile: farm, village: villageSeat } = villageFarm(gov);
  gov.room.send("takeSeat", { seat: seatOf(gov, "government") });
  village.room.send("takeSeat", { seat: villageSeat });
  dev.room.send("takeSeat", { seat: seatOf(dev, "developer") });
  migrant.room.send("takeSeat", { seat: seatOf(migrant, "migrant") });
  await until(() => all.every((p) => p.privateView !== null), "every player seated");
  // Messages arrive at once; state patches follow at the room's patch rate.
  await until(() => all.every((p) => p.room.state.seats.filter((s) => s.player !== "").length === 4), "every client sees four seated players");
  return { gov, village, dev, migrant, all, farm, code };
}

const sameStateEverywhere = async (all: Player[]) => {
  await until(() => new Set(all.map((p) => JSON.stringify(p.room.state.toJSON()))).size === 1, "all clients agree");
};

describe("a room over real sockets", () => {
  it("gives the room a short join code and lets four roles take seats", async () => {
    const { all, code } = await fourPlayers();
    expect(code).toMatch(/^[A-HJ-NP-Z2-9]{4}$/);
    const state = all[0].room.state;
    expect(state.seats.filter((s) => s.player !== "").map((s) => s.role).sort()).toEqual(["developer", "government", "migrant", "village"]);
    expect(mapOf(state).width * mapOf(state).height).toBe(mapOf(state).terrain.length);
    await sameStateEverywhere(all);
    for (const p of all) await p.room.leave();
  });

  it("four roles act, the round resolves when all are ready, and every client sees the same result", async () => {
    const { gov, village, dev, migrant, all, farm } = await fourPlayers();
    gov.room.send("startGame", {});
    await until(() => all.every((p) => p.room.state.phase === "action"), "game started");
    expect(gov.room.state.card.id).toBe("municipality");
    expect(gov.room.state.phaseEndsAt).toBeGreaterThan(Date.now());

    const villageSeat = mapOf(gov.room.state).holder[farm];
    const govSeat = seatOf(gov, "government");
    const govBefore = gov.room.state.seats[govSeat].balance;
    const villageBefore = gov.room.state.seats[villageSeat].balance;
    gov.room.send("command", { command: { type: "expropriate", tile: farm, compensation: 2_000 } });
    await until(() => village.room.state.offers.length === 1, "offer reaches the village");
    village.room.send("command", { command: { type: "respondOffer", offerId: village.room.state.offers[0].id, accept: true } });
    // The migrant moves into a village house plot; the developer places a (lawful) bid nowhere yet,
    // so it acts by asking for its options on the farm tile.
    const house = [...mapOf(gov.room.state).use].findIndex((u) => USES[u] === "villageHousing");
    migrant.room.send("command", { command: { type: "chooseWorkAndHome", job: "services", home: { kind: "tile", tile: house } } });
    const devOptions = new Promise<unknown>((resolve) => dev.room.onMessage("inspect", resolve));
    dev.room.send("inspect", { tile: farm });
    expect(await devOptions).toMatchObject({ tile: farm, actions: [] });
    await until(() => village.room.state.offers[0]?.status === "accepted", "offer accepted");
    await roundTrip(migrant);

    for (const p of all) p.room.send("ready", { ready: true });
    await until(() => all.every((p) => p.room.state.round === 2), "round 2 reached by every client");
    const s = gov.room.state;
    expect(TENURES[mapOf(s).tenure[farm]]).toBe("landReserve");
    expect(mapOf(s).holder[farm]).toBe(govSeat);
    expect(s.deals.get(String(farm))?.compensation).toBe(2_000);
    // The round's indicators reach every client for the indicators panel (and the debrief).
    expect(s.history.length).toBe(1);
    expect(historyOf(s)[0]).toMatchObject({ round: 1, year: 1997, compensationPaid: 2_000, leaseRevenue: 0, reserveTiles: 1, stability: 100, cohortsInCity: 1 });
    // Government: -2,000 compensation + the 2000 card's 120,000 grant + the taxes on the flats of
    // the old city renewed by the market beyond the players (the round's only taxes:
    // rules/renewal.ts); village: +2,000 + farm income + rent.
    const renewalTaxes = historyOf(s)[0].revenue.taxes;
    expect(renewalTaxes).toBeGreaterThan(0);
    expect(s.seats[govSeat].balance).toBe(govBefore - 2_000 + 120_000 + renewalTaxes);
    expect(s.seats[villageSeat].balance).toBeGreaterThan(villageBefore + 2_000);
    const migrantSeat = s.seats[seatOf(gov, "migrant")];
    expect(migrantSeat.job).toBe("services");
    expect(migrantSeat.homeTile).toBe(house);
    expect(logTexts(s).some((line) => line.includes("enters the land reserve"))).toBe(true);
    expect(all.every((p) => p.errors.length === 0)).toBe(true);
    await sameStateEverywhere(all);
    for (const p of all) await p.room.leave();
  });

  it("plays the whole land loop over four rounds: expropriate, auction and bid, build, sell", async () => {
    const { gov, village, dev, all } = await fourPlayers();
    // A forest plot of the village that holds the farm: building on it needs no land ticket.
    const m = mapOf(gov.room.state);
    const villageSeat = seatOf(village, "village") >= 0 ? village.privateView!.seat : -1;
    const farm = [...m.use].findIndex((u, t) => USES[u] === "forest" && m.holder[t] === villageSeat && TERRAINS[m.terrain[t]] !== "mountain");
    const allReady = async (round: number) => {
      for (const p of all) p.room.send("ready", { ready: true });
      await until(() => all.every((p) => p.room.state.round === round), `round ${round}`);
    };
    gov.room.send("startGame", {});
    await until(() => gov.room.state.phase === "action", "started");
    gov.room.send("command", { command: { type: "expropriate", tile: farm, compensation: 1_500 } });
    await until(() => village.room.state.offers.length === 1, "offer");
    village.room.send("command", { command: { type: "respondOffer", offerId: village.room.state.offers[0].id, accept: true } });
    await until(() => gov.room.state.offers[0]?.status === "accepted", "accepted");
    await allReady(2);

    gov.room.send("command", { command: { type: "releaseAuction", tile: farm, reserve: 5_000 } });
    await until(() => dev.room.state.auctions.length === 1, "auction open");
    dev.room.send("command", { command: { type: "bid", auctionId: dev.room.state.auctions[0].id, amount: 9_000 } });
    await until(() => dev.room.state.auctions[0]?.bidCount === 1, "bid counted");
    expect(dev.privateView?.bids).toEqual([{ auctionId: dev.room.state.auctions[0].id, amount: 9_000 }]);
    // Bids are sealed: the amount is in no one's synced state.
    expect(JSON.stringify(gov.room.state.toJSON())).not.toContain("9000");
    await allReady(3);
    const devSeat = seatOf(dev, "developer");
    expect(mapOf(dev.room.state).holder[farm]).toBe(devSeat);
    expect(TENURES[mapOf(dev.room.state).tenure[farm]]).toBe("stateUrban");

    dev.room.send("command", { command: { type: "build", tile: farm, building: "commercialHousing" } });
    await until(() => dev.room.state.orders.length === 1, "construction ordered");
    await allReady(4);
    const s = dev.room.state;
    expect(USES[mapOf(s).use[farm]]).toBe("commercialHousing");
    const deal = s.deals.get(String(farm))!;
    expect([deal.compensation, deal.lease]).toEqual([1_500, 9_000]);
    expect(deal.sale).toBeGreaterThan(9_000);
    expect(all.every((p) => p.errors.length === 0)).toBe(true);
    await sameStateEverywhere(all);
    for (const p of all) await p.room.leave();
  });
});
