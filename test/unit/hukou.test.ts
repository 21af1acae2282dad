import { describe, expect, it } from "vitest";
import { housingDemandPct } from "../../shared/rules/construction";
import { seatAccount, type GameState } from "../../shared/model/state";
import { GOV, MIG1, MIG2, VILLAGE, at, endRound, must, refused, started } from "../helpers/game";

const balance = (s: GameState, seat: number) => s.balances[seatAccount(seat)];
const resolved = (s: GameState, reason: string) => s.ledger.filter((t) => t.round === s.history.at(-1)!.round && t.reason === reason);
const HOUSE = at(9, 0); // a village house plot: room for one cohort
const HOUSE2 = at(9, 1);

/** Both cohorts working in the city, in village rooms. */
function inTheCity(): GameState {
  let s = started();
  s = must(s, MIG1, { type: "chooseWorkAndHome", job: "services", home: { kind: "tile", tile: HOUSE } }).state;
  s = must(s, MIG2, { type: "chooseWorkAndHome", job: "construction", home: { kind: "tile", tile: HOUSE2 } }).state;
  return endRound(s).state;
}

describe("hukou", () => {
  it("a quota of one with two applicants: one is granted by seeded lottery, and costs the city 400 a round", () => {
    let s = inTheCity();
    expect(refused(s, GOV, { type: "setHukouQuota", cohorts: 3 })).toMatch(/only 2 migrant cohort/);
    s = must(s, GOV, { type: "setHukouQuota", cohorts: 1 }).state;
    s = must(s, MIG1, { type: "applyHukou" }).state;
    s = must(s, MIG2, { type: "applyHukou" }).state;
    expect(refused(s, MIG1, { type: "applyHukou" })).toMatch(/already applied/);
    const r = endRound(s);
    const decisions = r.events.filter((e) => e.type === "hukouDecided");
    expect(decisions.map((e) => e.type === "hukouDecided" && e.granted).sort()).toEqual([false, true]);
    expect(r.state.cohorts.filter((c) => c.hukou)).toHaveLength(1);
    expect(resolved(r.state, "hukouServices")).toMatchObject([{ from: seatAccount(GOV), to: "economy", amount: 400 }]);
    expect(r.state.history.at(-1)).toMatchObject({ hukouHolders: 1 });
    // Registered residents buy homes: flat demand is 5% higher per hukou cohort.
    expect(housingDemandPct(r.state)).toBe(Math.round((r.state.modifiers.housingDemand * 105) / 100));
  });

  it("only cohorts working in the city may apply", () => {
    const s = started();
    expect(refused(s, MIG1, { type: "applyHukou" })).toMatch(/working and living in the city/);
  });

  it("remittances go to the home village every round, as long as the cohort has the money", () => {
    let s = started();
    s = must(s, MIG1, { type: "setRemittance", amount: 300 }).state;
    const village0 = balance(s, VILLAGE);
    s = endRound(s).state;
    expect(resolved(s, "remittance")).toMatchObject([{ from: seatAccount(MIG1), to: seatAccount(VILLAGE), amount: 300 }]);
    // The village also farms: 300 remittance + farm income.
    expect(balance(s, VILLAGE) - village0).toBe(300 + resolved(s, "farmIncome")[0].amount);
  });
});

describe("compensation packages", () => {
  it("cash, urban hukou and resettlement flats: the flats cost 2,000 now, the hukou 200 a round", () => {
    let s = started();
    const FARM = at(7, 0);
    s = must(s, GOV, { type: "expropriate", tile: FARM, compensation: 1_500, hukou: true, flats: true }).state;
    s = must(s, VILLAGE, { type: "respondOffer", offerId: 0, accept: true }).state;
    const r = endRound(s);
    expect(r.events).toContainEqual({ type: "expropriated", tile: FARM, village: 0, compensation: 1_500, hukou: true, flats: true });
    expect(resolved(r.state, "resettlement")).toMatchObject([{ from: seatAccount(GOV), to: "economy", amount: 2_000, tile: FARM }]);
    expect(resolved(r.state, "hukouServices")).toMatchObject([{ amount: 200 }]);
    expect(r.state.villageHukou[VILLAGE]).toBe(1);
    expect(r.state.resettlementFlats[VILLAGE]).toBe(1);
    expect(r.state.history[0]).toMatchObject({ hukouHolders: 1 });
  });

  it("a counter-offer keeps the package and the budget must cover the flats too", () => {
    let s = started();
    s = must(s, GOV, { type: "expropriate", tile: at(7, 0), compensation: 1_500, flats: true }).state;
    s = must(s, VILLAGE, { type: "counterOffer", offerId: 0, amount: 3_000 }).state;
    expect(s.offers[1]).toMatchObject({ amount: 3_000, hukou: false, flats: true, status: "open" });
    const poor = started();
    poor.balances[seatAccount(GOV)] = 2_000;
    expect(refused(poor, GOV, { type: "expropriate", tile: at(7, 0), compensation: 1_500, flats: true })).toMatch(/package costs 3500/);
  });
});
