// Worked numbers for the rules of issue 13: industrial land, the zone's fee waiver, the
// indicators' rural income without compensation, and the bots' industrial loop and PRH.
import { describe, expect, it } from "vitest";
import { SYSTEM_SEAT } from "../../shared/engine/commands";
import { createGame } from "../../shared/engine/apply";
import { landValue } from "../../shared/rules/accessibility";
import { factoryGrant } from "../../shared/rules/construction";
import { expectedProfit } from "../../shared/rules/firms";
import { PEOPLE_PER_COHORT } from "../../shared/rules/population";
import { botCommands } from "../../shared/bots/index";
import { planCode } from "../../shared/model/map";
import { seatAccount, type GameState } from "../../shared/model/state";
import { ALL_OPEN, DEV1, GOV, RIVER_MAP, VILLAGE, at, endRound, must, setTile, started } from "../helpers/game";
import { asciiMap } from "../helpers/asciiMap";

const balance = (s: GameState, seat: number) => s.balances[seatAccount(seat)];
const RESERVE = at(0, 4);
// Tenure codes: 1 = land reserve, 2 = village collective (shared/model/map.ts TENURES).

describe("industrial land", () => {
  it("a plot planned for industry is worth 15% of the same plot planned for housing, from the resolution that re-plans it", () => {
    let s = started();
    const housing = s.map.value[RESERVE];
    expect(housing).toBe(landValue(s.map.terrain[RESERVE], s.map.access[RESERVE], s.scenario));
    s = must(s, GOV, { type: "setPlan", tile: RESERVE, plan: "industrial" }).state;
    s = endRound(s).state;
    expect(s.map.plan[RESERVE]).toBe(planCode("industrial"));
    expect(s.map.value[RESERVE]).toBe(Math.round((landValue(s.map.terrain[RESERVE], s.map.access[RESERVE], s.scenario) * 15) / 100));
  });

  it("in a zone the city pays half a factory's 6,000 cost to its builder on completion; outside it, nothing", () => {
    let s = createGame(ALL_OPEN, asciiMap(RIVER_MAP), 1);
    setTile(s, at(2, 3), "stateUrban", "none", DEV1);
    s.map.plan[at(2, 3)] = planCode("industrial");
    s = must(s, SYSTEM_SEAT, { type: "startGame" }).state;
    expect(factoryGrant(s, at(2, 3), "factory")).toBe(0);
    s = must(s, GOV, { type: "designateZone", tile: at(2, 3) }).state;
    s = endRound(s).state;
    expect(factoryGrant(s, at(2, 3), "factory")).toBe(3_000); // 6,000 x 50%
    expect(factoryGrant(s, at(2, 3), "commercialHousing")).toBe(0);
    s = must(s, DEV1, { type: "build", tile: at(2, 3), building: "factory" }).state;
    const dev0 = balance(s, DEV1);
    const r = endRound(s);
    const grants = r.state.ledger.filter((t) => t.round === 2 && t.reason === "subsidy" && t.tile === at(2, 3) && t.from === seatAccount(GOV) && t.to === seatAccount(DEV1));
    expect(grants[0].amount).toBe(3_000);
    // The developer pays 6,000, gets 3,000 back, and (a firm moved in at once) the rent with the
    // city's 500 share of it: 1,000 + 500.
    const arrived = r.events.some((e) => e.type === "firmArrived" && e.tile === at(2, 3));
    expect(arrived).toBe(true);
    expect(balance(r.state, DEV1)).toBe(dev0 - 6_000 + 3_000 + 1_000 + 500);
  });
});

describe("indicators", () => {
  it("rural income leaves compensation out; hukou holders are counted in people", () => {
    let s = started();
    s = must(s, GOV, { type: "expropriate", tile: at(7, 0), compensation: 9_000, hukou: true }).state;
    s = must(s, VILLAGE, { type: "respondOffer", offerId: s.offers[0].id, accept: true }).state;
    s = must(s, GOV, { type: "setHukouQuota", cohorts: 1 }).state;
    s = endRound(s).state;
    const r = s.history[0];
    expect(r.compensationPaid).toBe(9_000);
    // Farm income only: the village's 8 remaining farms x 40 over its collective tiles x 30 villagers,
    // against the services wage of 2,400 per 1,000 workers (nobody works in the city yet).
    const villageTiles = s.map.tenure.filter((t, i) => t === 2 && s.map.holder[i] === VILLAGE).length;
    expect(r.ruralUrbanIncomePct).toBe(Math.round((100 * ((8 * 40) / (villageTiles * 30))) / 2.4));
    expect(r.hukouHolders).toBe(1); // one village tile's households
    expect(r.hukouPeople).toBe(30); // = 30 villagers (workersPerTile)
    expect(PEOPLE_PER_COHORT).toBe(1_000);
  });
});

describe("bots in the industrial loop", () => {
  it("the government plans the reserve plot where a firm would earn most for industry, and releases it the next round", () => {
    let s = started(ALL_OPEN);
    const reserve = s.map.tenure.flatMap((t, i) => (t === 1 && s.map.holder[i] === GOV ? [i] : []));
    const best = [...reserve].sort((a, b) => expectedProfit(s, b) - expectedProfit(s, a) || a - b)[0];
    const plan = botCommands(s, GOV).find((c) => c.type === "setPlan");
    expect(plan).toEqual({ type: "setPlan", tile: best, plan: "industrial" });
    // It does not auction the plot while its plan is changing, and releases it once industrial.
    expect(botCommands(s, GOV).some((c) => c.type === "releaseAuction" && c.tile === best)).toBe(false);
    s = endRound(must(s, GOV, { type: "setPlan", tile: best, plan: "industrial" }).state).state;
    expect(botCommands(s, GOV).find((c) => c.type === "releaseAuction")).toMatchObject({ tile: best });
  });

  it("a developer with a factory no firm has taken rents a PRH block when the block costs less than the factory's rent", () => {
    let s = createGame(ALL_OPEN, asciiMap(RIVER_MAP), 1);
    setTile(s, at(2, 3), "stateUrban", "factory", DEV1);
    setTile(s, at(3, 3), "landReserve", "prhEstate", GOV);
    s = must(s, SYSTEM_SEAT, { type: "startGame" }).state;
    s.firms = []; // fixture: nobody has moved in yet
    expect(botCommands(s, DEV1)).toContainEqual({ type: "leasePrhBlock", tile: at(3, 3) });
  });
});
