import { describe, expect, it } from "vitest";
import { PLANS, USES, useCode } from "../../shared/model/map";
import { landValue, travelCosts } from "../../shared/rules/accessibility";
import { chongqingScenario } from "../../shared/scenarios/chongqing";
import { seatAccount, type GameState } from "../../shared/model/state";
import { expectedSale, housingDemandPct } from "../../shared/rules/construction";
import { farmlandQuota, freeTickets, quotaAboveRedLine } from "../../shared/rules/tickets";
import { DEV1, DEV2, GOV, VILLAGE, at, endRound, must, refusal, refused, scenarioWith, setTile, started } from "../helpers/game";

const RESERVE = at(0, 4);
const balance = (s: GameState, seat: number) => s.balances[seatAccount(seat)];

/** Lease the reserve tile at (0,4) to developer 1 for 20,000 wan (planned residential unless
 * the government re-plans it first); returns the state in round 2. */
function leased(plan: "residential" | "industrial" = "residential"): GameState {
  let s = started();
  if (plan !== "residential") s = must(s, GOV, { type: "setPlan", tile: RESERVE, plan }).state;
  s = must(s, GOV, { type: "releaseAuction", tile: RESERVE, reserve: 20_000 }).state;
  s = must(s, DEV1, { type: "bid", auctionId: 0, amount: 20_000 }).state;
  return endRound(s).state;
}

describe("accessibility and land value", () => {
  it("worked example: a farm across a 3-tile river without a bridge", () => {
    const s = started();
    // core (1,0) -> (2,0) flat 10 -> (3,0) flat 10 -> three ferry crossings 3 x 80 -> (7,0) flat 10 = 270
    expect(s.map.access[at(7, 0)]).toBe(270);
    // 60,000 x 100 / (100 + 270) = 16,216
    expect(s.map.value[at(7, 0)]).toBe(16_216);
    expect(landValue(0, 0, chongqingScenario)).toBe(0); // water is worth nothing
  });

  it("a bridge cuts the travel cost of the far bank and raises its land value", () => {
    let s = started();
    const before = s.map.value[at(7, 0)];
    s = must(s, GOV, { type: "buildInfrastructure", infra: "bridge", tile: at(5, 0), axis: "ew" }).state;
    const gov0 = balance(s, GOV);
    const r = endRound(s);
    s = r.state;
    expect([4, 5, 6].map((x) => USES[s.map.use[at(x, 0)]])).toEqual(["bridge", "bridge", "bridge"]);
    expect(r.events).toContainEqual({ type: "infrastructureBuilt", infra: "bridge", tiles: [at(4, 0), at(5, 0), at(6, 0)], cost: 60_000 });
    // 10 + 10 + 3 x 4 (bridge) + 10 = 42; 60,000 x 100 / 142 = 42,254
    expect(s.map.access[at(7, 0)]).toBe(42);
    expect(s.map.value[at(7, 0)]).toBe(42_254);
    expect(s.map.value[at(7, 0)]).toBeGreaterThan(2 * before);
    expect(balance(s, GOV)).toBe(gov0 - 60_000 + 120_000); // round 2's card (Open Up the West, 2000) grants 120,000
  });

  it("travel costs are symmetric in a uniform field and zero at the core", () => {
    const s = started();
    const costs = travelCosts(s.map, s.scenario);
    expect(costs[s.map.core]).toBe(0);
    expect(costs[at(0, 0)]).toBe(6); // old urban streets
  });
});

describe("bridges", () => {
  it("refuses land, a span that does not reach land, and a budget that is too small", () => {
    const s = started();
    expect(refused(s, GOV, { type: "buildInfrastructure", infra: "bridge", tile: at(2, 0), axis: "ew" })).toMatch(/open water/);
    expect(refused(s, GOV, { type: "buildInfrastructure", infra: "bridge", tile: at(5, 0), axis: "ns" })).toMatch(/off the map/);
    const poor = must(s, GOV, { type: "expropriate", tile: at(7, 0), compensation: 250_000 }).state;
    expect(refused(poor, GOV, { type: "buildInfrastructure", infra: "bridge", tile: at(5, 0), axis: "ew" })).toMatch(/costs 60000 wan; the budget has 50000/);
    const once = must(s, GOV, { type: "buildInfrastructure", infra: "bridge", tile: at(5, 0), axis: "ew" }).state;
    expect(refused(once, GOV, { type: "buildInfrastructure", infra: "bridge", tile: at(4, 0), axis: "ew" })).toMatch(/already being built/);
  });
});

describe("building", () => {
  it("commercial housing completes at resolution and sells for land value x 160% x demand, within the 10% spread", () => {
    let s = leased();
    s = must(s, DEV1, { type: "build", tile: RESERVE, building: "commercialHousing" }).state;
    const value = s.map.value[RESERVE];
    const demand = s.modifiers.housingDemand; // 110 after the Three Gorges card
    const dev0 = balance(s, DEV1);
    const r = endRound(s);
    const built = r.events.find((e) => e.type === "built");
    if (built?.type !== "built") throw new Error("no built event");
    const centre = (value * 1.6 * demand) / 100;
    expect(built.sale).toBeGreaterThanOrEqual(Math.floor(centre * 0.9));
    expect(built.sale).toBeLessThanOrEqual(Math.ceil(centre * 1.1));
    expect(USES[r.state.map.use[RESERVE]]).toBe("commercialHousing");
    // The city taxes the sale at 10% (rounded to the wan).
    expect(balance(r.state, DEV1)).toBe(dev0 - 8_000 + built.sale - Math.round(built.sale / 10));
    expect(r.state.ledger).toContainEqual({ round: 2, from: seatAccount(DEV1), to: seatAccount(GOV), amount: Math.round(built.sale / 10), reason: "tax", tile: RESERVE });
    expect(r.state.deals[RESERVE]).toEqual({ compensation: 0, lease: 20_000, sale: built.sale });
  });

  it("the expected sale (the hints', the developer bot's) is the sale without its spread, hukou holders' demand included", () => {
    const noSpread = scenarioWith({ construction: { ...chongqingScenario.construction, salePriceSpreadPct: 0 } });
    let s = started(noSpread);
    s = must(s, GOV, { type: "releaseAuction", tile: RESERVE, reserve: 20_000 }).state;
    s = endRound(must(s, DEV1, { type: "bid", auctionId: 0, amount: 20_000 }).state).state;
    s.cohorts[0].hukou = true; // fixture: one registered cohort raises demand by housingDemandPct%
    s = must(s, DEV1, { type: "build", tile: RESERVE, building: "commercialHousing" }).state;
    // demand round(100 x (100 + 5) / 100) = 105% (round 2's card leaves demand at 100%), so the
    // sale is land value x 160% x 105%.
    expect(housingDemandPct(s)).toBe(105);
    expect(expectedSale(s, RESERVE)).toBe(Math.round(((s.map.value[RESERVE] * 160) / 100) * 1.05));
    const built = endRound(s).events.find((e) => e.type === "built");
    expect(built).toMatchObject({ type: "built", sale: expectedSale(s, RESERVE) });
  });

  it("the same seed gives the same sale price; another seed may not", () => {
    const a = endRound(must(leased(), DEV1, { type: "build", tile: RESERVE, building: "commercialHousing" }).state).state;
    const b = endRound(must(leased(), DEV1, { type: "build", tile: RESERVE, building: "commercialHousing" }).state).state;
    expect(a.deals[RESERVE].sale).toBe(b.deals[RESERVE].sale);
  });

  it("a factory earns once a manufacturer moves in: rent to its developer, 33% tax on the firm's profit to the city", () => {
    let s = must(leased("industrial"), DEV1, { type: "build", tile: RESERVE, building: "factory" }).state;
    const r = endRound(s);
    // Expected profit = 4,000 - 1,320 tax - 1,500 rent - 5 x 38 (travel cost as the round began)
    // + 0 (no housing within 3 tiles) = 990, above the 800 minimum.
    expect(s.map.access[RESERVE]).toBe(38);
    const arrived = r.events.find((e) => e.type === "firmArrived");
    expect(arrived).toEqual({ type: "firmArrived", tile: RESERVE, zone: false, profit: 990 });
    s = r.state;
    const dev0 = balance(s, DEV1);
    const gov0 = balance(s, GOV);
    s = endRound(s).state;
    expect(balance(s, DEV1)).toBe(dev0 + 1_500);
    expect(balance(s, GOV)).toBe(gov0 + 1_320 + 40_000); // and round 4's card (Three Gorges, 2003) grants 40,000
  });

  it("refuses land the developer does not lease, double orders, and farmland without a ticket", () => {
    const s = leased();
    expect(refused(s, DEV2, { type: "build", tile: RESERVE, building: "factory" })).toMatch(/not yours/);
    expect(refused(s, DEV1, { type: "build", tile: at(2, 0), building: "factory" })).toMatch(/not yours/);
    expect(refused(s, DEV1, { type: "build", tile: RESERVE, building: "factory" })).toMatch(/zones this plot for residential use/);
    const once = must(s, DEV1, { type: "build", tile: RESERVE, building: "commercialHousing" }).state;
    expect(refused(once, DEV1, { type: "build", tile: RESERVE, building: "commercialHousing" })).toMatch(/already ordered/);
  });
});

describe("land tickets", () => {
  it("reclaim -> farmland; ticket after verification; sold to a developer; surrendered to build on farmland", () => {
    // A red line above the map's farmland: no quota, so every conversion needs a ticket.
    let s = started(scenarioWith({ redLinePct: 200 }));
    const house = at(9, 0);
    s = must(s, VILLAGE, { type: "reclaim", tile: house }).state;
    s = endRound(s).state; // round 1 resolves: the plot is farmland, the ticket is in verification
    expect(USES[s.map.use[house]]).toBe("farmland");
    expect(s.tickets[VILLAGE]).toBe(0);
    expect(s.pendingTickets).toEqual([{ seat: VILLAGE, tile: house, readyAtRound: 2 }]);
    expect(refused(s, VILLAGE, { type: "offerTickets", to: DEV1, tickets: 1, price: 5_000 })).toMatch(/0 land ticket/);

    // Round 2: the government expropriates farmland and auctions nothing yet.
    s = must(s, GOV, { type: "expropriate", tile: at(7, 1), compensation: 1_500 }).state;
    s = must(s, VILLAGE, { type: "respondOffer", offerId: s.offers[0].id, accept: true }).state;
    s = endRound(s).state; // the ticket is issued
    expect(s.tickets[VILLAGE]).toBe(1);

    // Round 3: the village sells the ticket; the developer leases the expropriated farmland.
    s = must(s, VILLAGE, { type: "offerTickets", to: DEV1, tickets: 1, price: 6_000 }).state;
    const offerId = s.offers[0].id;
    expect(refused(s, VILLAGE, { type: "offerTickets", to: DEV1, tickets: 1, price: 1 })).toMatch(/0 land ticket/);
    expect(refused(s, VILLAGE, { type: "offerTickets", to: GOV, tickets: 1, price: 1 })).toMatch(/only be offered to a developer/);
    s = must(s, DEV1, { type: "respondOffer", offerId, accept: true }).state;
    s = must(s, GOV, { type: "releaseAuction", tile: at(7, 1), reserve: 5_000 }).state;
    s = must(s, DEV1, { type: "bid", auctionId: s.auctions[0].id, amount: 5_000 }).state;
    const village0 = balance(s, VILLAGE);
    s = endRound(s).state;
    expect(s.tickets).toEqual([0, 0, 1, 0, 0, 0]);
    // ticket price + farm income on 9 farms (9 at start, +1 reclaimed, -1 expropriated)
    expect(balance(s, VILLAGE) - village0).toBe(6_000 + 9 * 40);

    // Round 4: building on farmland surrenders the ticket; the farmland total falls by one.
    const farms = s.map.use.filter((u) => USES[u] === "farmland").length;
    s = must(s, DEV1, { type: "build", tile: at(7, 1), building: "commercialHousing" }).state;
    expect(refused(s, DEV1, { type: "reclaim", tile: house })).toMatch(/Only the village/);
    s = endRound(s).state;
    expect(s.tickets[DEV1]).toBe(0);
    expect(s.map.use.filter((u) => USES[u] === "farmland").length).toBe(farms - 1);
  });

  it("farmland above the red line is a quota built over without a ticket, in the order placed; at the line a ticket is needed", () => {
    // The test map has 9 farmland tiles; a red line of 70% is ceil(6.3) = 7 tiles, so the quota is 2.
    let s = started(scenarioWith({ redLinePct: 70 }));
    expect(s.redLineTiles).toBe(7);
    expect(quotaAboveRedLine(s)).toBe(2);
    const farms = [at(7, 1), at(8, 1), at(7, 3)];
    for (const t of farms) {
      // fixture: farmland plots leased to developer 1 and planned for housing
      setTile(s, t, "stateUrban", "farmland", DEV1);
      s.map.plan[t] = PLANS.indexOf("residential");
    }
    s = must(s, DEV1, { type: "build", tile: farms[0], building: "commercialHousing" }).state;
    s = must(s, DEV1, { type: "build", tile: farms[1], building: "commercialHousing" }).state;
    expect(farmlandQuota(s)).toBe(0);
    // The third conversion would take farmland below the line: it needs a ticket.
    expect(refusal(s, DEV1, { type: "build", tile: farms[2], building: "commercialHousing" }).code).toBe("needsTicket");
    // fixture: a ticket bought, backed by a house plot reclaimed to farmland (the ticket's tile,
    // not the city's quota: the quota stays used up)
    s.tickets[DEV1] = 1;
    // (a new use layer, as a resolution makes: the rules take a round's layer as fixed)
    s.map.use = [...s.map.use];
    s.map.use[at(9, 0)] = useCode("farmland");
    expect(farmlandQuota(s)).toBe(0);
    expect(freeTickets(s, DEV1)).toBe(1);
    s = must(s, DEV1, { type: "build", tile: farms[2], building: "commercialHousing" }).state;
    expect(freeTickets(s, DEV1)).toBe(0);
    s = endRound(s).state;
    // Two tiles of quota and one ticket: farmland 10 -> 7, the line, and the ticket is gone.
    expect(s.map.use.filter((u) => USES[u] === "farmland").length).toBe(7);
    expect(s.tickets[DEV1]).toBe(0);
  });

  it("refuses reclaiming land that is not the village's own house plot", () => {
    const s = started();
    expect(refused(s, VILLAGE, { type: "reclaim", tile: at(7, 0) })).toMatch(/Only your own village house plots/);
    const once = must(s, VILLAGE, { type: "reclaim", tile: at(9, 0) }).state;
    expect(refused(once, VILLAGE, { type: "reclaim", tile: at(9, 0) })).toMatch(/already being reclaimed/);
  });
});

describe("offices", () => {
  it("cost 10,000 and are let every round for 4% of the plot's land value", () => {
    let s = leased();
    s = must(s, DEV1, { type: "build", tile: RESERVE, building: "office" }).state;
    const value = s.map.value[RESERVE]; // land values are recomputed after the round's money is paid
    s = endRound(s).state;
    expect(USES[s.map.use[RESERVE]]).toBe("office");
    const round = s.history.at(-1)!.round;
    const rent = s.ledger.filter((t) => t.round === round && t.reason === "officeRent");
    // Let in the round it opens, at 4% of the land value as the round's money is paid.
    expect(rent).toHaveLength(1);
    expect(rent[0]).toMatchObject({ to: `seat:${DEV1}`, tile: RESERVE, amount: Math.round(value * 0.04) });
    expect(s.ledger.filter((t) => t.round === round && t.reason === "construction" && t.tile === RESERVE)[0].amount).toBe(10_000);
  });
});
