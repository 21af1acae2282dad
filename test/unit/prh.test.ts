import { describe, expect, it } from "vitest";
import { USES } from "../../shared/model/map";
import { seatAccount, type GameState } from "../../shared/model/state";
import { ALL_OPEN, DEV1, GOV, MIG1, MIG2, at, endRound, must, refused, scenarioWith, started } from "../helpers/game";

const balance = (s: GameState, seat: number) => s.balances[seatAccount(seat)];
const ESTATE = at(0, 4); // a reserve tile the government holds
/** Ledger entries of the round just resolved (endRound already opened the next one). */
const resolved = (s: GameState, reason: string) => s.ledger.filter((t) => t.round === s.history.at(-1)!.round && t.reason === reason);

/** An estate ordered in round 1 opens at the end of round 2 (two rounds to build). */
function withEstate(scenario = ALL_OPEN): GameState {
  let s = started(scenario);
  s = must(s, GOV, { type: "buildPrh", tile: ESTATE }).state;
  s = endRound(s).state;
  return endRound(s).state;
}

describe("public rented housing", () => {
  it("is borrowed in full, takes two rounds, and then houses cohorts at 60% of market rent", () => {
    let s = started(ALL_OPEN);
    const gov0 = balance(s, GOV);
    s = must(s, GOV, { type: "buildPrh", tile: ESTATE }).state;
    const r1 = endRound(s);
    // 30,000 borrowed and paid to the builders; 12% interest = 3,600 and the 8% instalment = 2,400
    // paid the same round: 27,600 owed.
    expect(r1.state.debt[GOV]).toBe(27_600);
    expect(r1.events).toContainEqual({ type: "prhStarted", tile: ESTATE, readyAtRound: 2 });
    expect(USES[r1.state.map.use[ESTATE]]).toBe("none");
    expect(r1.state.history[0]).toMatchObject({ prhUnderConstruction: 1, prhBuilt: 0, governmentDebt: 27_600 });
    // Round 2's card (Three Gorges) brings its grant as round 2 opens.
    expect(balance(r1.state, GOV)).toBe(gov0 - 3_600 - 2_400 + r1.state.scenario.events[1].grant);
    const r2 = endRound(r1.state);
    expect(USES[r2.state.map.use[ESTATE]]).toBe("prhEstate");
    expect(r2.events).toContainEqual({ type: "prhOpened", tile: ESTATE });

    // A cohort moves in: rent 60% x 1,200 = 720 a round to the city.
    s = must(r2.state, MIG1, { type: "chooseWorkAndHome", job: "services", home: { kind: "tile", tile: ESTATE } }).state;
    s = endRound(s).state;
    const migBefore = balance(s, MIG1);
    s = endRound(s).state;
    expect(resolved(s, "prhRent")).toEqual([{ round: 4, from: seatAccount(MIG1), to: seatAccount(GOV), amount: 720, reason: "prhRent", tile: ESTATE }]);
    // Wage 2,400 - rent 720 - living 1,000 = +680.
    expect(balance(s, MIG1)).toBe(migBefore + 680);
    expect(s.history.at(-1)).toMatchObject({ prhOccupiedByMigrants: 1, revenue: { rents: 720 } });
  });

  it("under scarcity a seeded lottery allocates the units; the loser keeps its old home", () => {
    const one = scenarioWith({ ...ALL_OPEN, prh: { ...ALL_OPEN.prh, capacity: 1 } });
    let s = withEstate(one);
    s = must(s, MIG1, { type: "chooseWorkAndHome", job: "services", home: { kind: "tile", tile: ESTATE } }).state;
    s = must(s, MIG2, { type: "chooseWorkAndHome", job: "construction", home: { kind: "tile", tile: ESTATE } }).state;
    const r = endRound(s);
    const draws = r.events.filter((e) => e.type === "prhAllocated");
    expect(draws).toHaveLength(2);
    expect(draws.filter((e) => e.type === "prhAllocated" && e.won)).toHaveLength(1);
    const housed = r.state.cohorts.filter((c) => c.home.kind === "tile" && c.home.tile === ESTATE);
    expect(housed).toHaveLength(1);
    const loser = r.state.cohorts.find((c) => c.home.kind === "coast")!;
    expect(loser.job).toBe("coast");
    // The same seed draws the same winner.
    const again = endRound(s);
    expect(again.state.cohorts).toEqual(r.state.cohorts);
  });

  it("rent share and eligibility are the government's policy; employers rent blocks", () => {
    let s = withEstate();
    expect(refused(s, GOV, { type: "setPrhPolicy", rentPct: 20, eligibility: "cityWorkers" })).toMatch(/between 30% and 100%/);
    s = must(s, GOV, { type: "setPrhPolicy", rentPct: 80, eligibility: "hukouHolders" }).state;
    expect(refused(s, MIG1, { type: "chooseWorkAndHome", job: "services", home: { kind: "tile", tile: ESTATE } })).toMatch(/urban-hukou holders only/);
    s = must(s, DEV1, { type: "leasePrhBlock", tile: ESTATE }).state;
    s = endRound(s).state;
    // A block at 80% x 1,200 = 960 a round, from the developer to the city.
    expect(resolved(s, "prhRent")).toEqual([{ round: 3, from: seatAccount(DEV1), to: seatAccount(GOV), amount: 960, reason: "prhRent", tile: ESTATE }]);
    expect(s.history.at(-1)).toMatchObject({ prhLeasedByEmployers: 1 });
  });

  it("is closed before the Liangjiang card and needs state land the government holds", () => {
    const s = started();
    expect(refused(s, GOV, { type: "buildPrh", tile: ESTATE })).toMatch(/not available yet .*Liangjiang/);
    const open = started(ALL_OPEN);
    expect(refused(open, GOV, { type: "buildPrh", tile: at(7, 0) })).toMatch(/state land the government holds/);
    expect(refused(open, GOV, { type: "buildPrh", tile: at(0, 0) })).toMatch(/already built up/);
  });
});
