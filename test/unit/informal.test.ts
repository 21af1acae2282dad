import { describe, expect, it } from "vitest";
import { USES, TENURES } from "../../shared/model/map";
import { seatAccount, type GameState } from "../../shared/model/state";
import { GOV, MIG1, MIG2, VILLAGE, at, endRound, must, refused, started } from "../helpers/game";

const balance = (s: GameState, seat: number) => s.balances[seatAccount(seat)];
const FARM = at(7, 1);

describe("informal housing", () => {
  it("a village builds rooms on farmland for 400: two cohorts can rent there, and the farmland is gone", () => {
    let s = started();
    const farms = s.map.use.filter((u) => USES[u] === "farmland").length;
    s = must(s, VILLAGE, { type: "buildInformal", tile: FARM }).state;
    s = endRound(s).state;
    expect(USES[s.map.use[FARM]]).toBe("informalHousing");
    expect(s.history[0]).toMatchObject({ informalHousingTiles: 1, farmlandTiles: farms - 1 });
    s = must(s, MIG1, { type: "chooseWorkAndHome", job: "services", home: { kind: "tile", tile: FARM } }).state;
    s = must(s, MIG2, { type: "chooseWorkAndHome", job: "construction", home: { kind: "tile", tile: FARM } }).state;
    s = endRound(s).state;
    expect(s.cohorts.every((c) => c.home.kind === "tile" && c.home.tile === FARM)).toBe(true);
  });

  it("demolition displaces the tenants to the coast and costs 2 stability per cohort", () => {
    let s = started();
    s = endRound(must(s, VILLAGE, { type: "buildInformal", tile: FARM }).state).state;
    s = must(s, MIG1, { type: "chooseWorkAndHome", job: "services", home: { kind: "tile", tile: FARM } }).state;
    s = must(s, MIG2, { type: "chooseWorkAndHome", job: "services", home: { kind: "tile", tile: FARM } }).state;
    s = endRound(s).state;
    const gov0 = balance(s, GOV);
    s = must(s, GOV, { type: "demolishInformal", tile: FARM }).state;
    const r = endRound(s);
    expect(r.events).toContainEqual({ type: "demolished", tile: FARM, displaced: 2 });
    expect(r.state.cohorts.every((c) => c.job === "coast" && c.home.kind === "coast")).toBe(true);
    expect(r.state.stability).toBe(96);
    expect(r.state.history.at(-1)).toMatchObject({ displacedTotal: 2, informalHousingTiles: 0, stability: 96 });
    expect(r.state.ledger.filter((t) => t.reason === "demolition")).toMatchObject([{ from: seatAccount(GOV), amount: 200 }]);
    expect(balance(r.state, GOV)).toBeLessThan(gov0 + r.state.scenario.events[r.state.round - 1].grant);
  });

  it("only a village on its own land; only informal housing can be demolished", () => {
    const s = started();
    expect(refused(s, VILLAGE, { type: "buildInformal", tile: at(2, 0) })).toMatch(/own village land/);
    expect(refused(s, GOV, { type: "demolishInformal", tile: at(9, 0) })).toMatch(/Only informal housing/);
  });
});

describe("state-enterprise relocation", () => {
  it("moves the enterprise out for 5,000 and puts its inner-city site in the reserve", () => {
    let s = started();
    const SITE = at(0, 2);
    s = must(s, GOV, { type: "relocateSoe", tile: SITE }).state;
    const r = endRound(s);
    expect(r.events).toContainEqual({ type: "soeRelocated", tile: SITE });
    expect(TENURES[r.state.map.tenure[SITE]]).toBe("landReserve");
    expect(USES[r.state.map.use[SITE]]).toBe("none");
    expect(r.state.deals[SITE]).toEqual({ compensation: 5_000, lease: 0, sale: 0 });
    // Now it can be auctioned like any reserve plot.
    must(r.state, GOV, { type: "releaseAuction", tile: SITE, reserve: 1_000 });
  });
});
