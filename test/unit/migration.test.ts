import { describe, expect, it } from "vitest";
import { seatAccount, type GameState } from "../../shared/model/state";
import { GOV, MIG1, MIG2, VILLAGE, at, endRound, must, refused, scenarioWith, started } from "../helpers/game";

const HOUSE = at(9, 0);
const balance = (s: GameState, seat: number) => s.balances[seatAccount(seat)];

describe("migrant cohorts", () => {
  it("start on the coast and earn the coastal wage less coastal rent and living costs", () => {
    const s = started();
    expect(s.cohorts[0]).toEqual({ seat: MIG1, job: "coast", home: { kind: "coast" }, next: null, hukou: false, applyingHukou: false, homeVillage: VILLAGE, remittance: 0 });
    const r = endRound(s);
    // 3,000 wage - 700 rent - 1,000 living = +1,300
    expect(balance(r.state, MIG1)).toBe(500 + 1_300);
  });

  it("move to a village room at resolution and pay the village rent", () => {
    let s = started();
    s = must(s, MIG1, { type: "chooseWorkAndHome", job: "services", home: { kind: "tile", tile: HOUSE } }).state;
    expect(s.cohorts[0].job).toBe("coast"); // not before resolution
    const village0 = balance(s, VILLAGE);
    const r = endRound(s);
    expect(r.state.cohorts[0]).toMatchObject({ job: "services", home: { kind: "tile", tile: HOUSE }, next: null });
    // 2,400 services wage - 400 village room - 1,000 living = +1,000
    expect(balance(r.state, MIG1)).toBe(500 + 1_000);
    expect(balance(r.state, VILLAGE) - village0).toBe(400 + 9 * 40);
  });

  it("refuses homes that do not fit the job, full houses, land without homes, and factory jobs that do not exist", () => {
    let s = started();
    expect(refused(s, MIG1, { type: "chooseWorkAndHome", job: "coast", home: { kind: "dorm" } })).toMatch(/living on the coast/);
    expect(refused(s, MIG1, { type: "chooseWorkAndHome", job: "services", home: { kind: "coast" } })).toMatch(/home in the city/);
    expect(refused(s, MIG1, { type: "chooseWorkAndHome", job: "services", home: { kind: "dorm" } })).toMatch(/dormitories/);
    expect(refused(s, MIG1, { type: "chooseWorkAndHome", job: "factory", home: { kind: "dorm" } })).toMatch(/All 0 factory job/);
    expect(refused(s, MIG1, { type: "chooseWorkAndHome", job: "services", home: { kind: "tile", tile: at(7, 0) } })).toMatch(/Nobody can rent/);
    s = must(s, MIG1, { type: "chooseWorkAndHome", job: "services", home: { kind: "tile", tile: HOUSE } }).state;
    expect(refused(s, MIG2, { type: "chooseWorkAndHome", job: "services", home: { kind: "tile", tile: HOUSE } })).toMatch(/full \(1 cohort/);
    // a cohort may change its own mind
    expect(must(s, MIG1, { type: "chooseWorkAndHome", job: "construction", home: { kind: "tile", tile: HOUSE } }).state.cohorts[0].next?.job).toBe("construction");
  });

  it("tenants of a reclaimed house plot are sent back to the coast", () => {
    let s = started();
    s = must(s, MIG1, { type: "chooseWorkAndHome", job: "services", home: { kind: "tile", tile: HOUSE } }).state;
    s = endRound(s).state;
    s = must(s, VILLAGE, { type: "reclaim", tile: HOUSE }).state;
    const r = endRound(s);
    expect(r.state.cohorts[0]).toMatchObject({ job: "coast", home: { kind: "coast" } });
    expect(r.events).toContainEqual({ type: "cohortMoved", seat: MIG1, job: "coast", home: { kind: "coast" } });
  });

  it("the 2008 crisis card cuts the coastal wage to 80%", () => {
    let s = started(scenarioWith({}));
    for (let round = 1; round < 6; round++) s = endRound(s).state;
    expect(s.scenario.events[s.eventCard].id).toBe("ticketsAndCrisis");
    const m0 = balance(s, MIG2);
    s = endRound(s).state;
    expect(balance(s, MIG2) - m0).toBe(2_400 - 700 - 1_000);
    expect(balance(s, GOV)).toBeGreaterThan(0);
  });
});
