// The labour market (shared/rules/labour.ts): jobs, homes, wages and rents on a literal state.
import { describe, expect, it } from "vitest";
import { factoryWorkers, firmJobs, homeRent, housingCapacity, residents, wageOf } from "../../shared/rules/labour";
import { DEV1, MIG1, MIG2, at, setTile, started } from "../helpers/game";

const HOUSE = at(9, 0); // a village house plot on the river map

describe("labour market", () => {
  it("counts factory jobs, and the cohorts holding or taking them", () => {
    const s = started();
    s.firms = [{ id: 1, tile: at(2, 2), arrivedRound: 1 }, { id: 2, tile: at(3, 2), arrivedRound: 1 }];
    expect(firmJobs(s)).toBe(2); // 1 cohort's jobs per factory
    s.cohorts[0].job = "factory";
    s.cohorts[1].next = { job: "factory", home: { kind: "dorm" } };
    expect(factoryWorkers(s, -1)).toBe(2);
    expect(factoryWorkers(s, MIG2)).toBe(1);
  });

  it("houses cohorts by a tile's use and counts who lives or will live there", () => {
    const s = started();
    setTile(s, at(2, 3), "stateUrban", "commercialHousing", DEV1);
    expect([housingCapacity(s, HOUSE), housingCapacity(s, at(2, 3)), housingCapacity(s, at(2, 2))]).toEqual([1, 3, 0]);
    s.cohorts[0].home = { kind: "tile", tile: HOUSE };
    s.cohorts[1].next = { job: "services", home: { kind: "tile", tile: HOUSE } };
    expect(residents(s, HOUSE, -1)).toBe(2);
    expect(residents(s, HOUSE, MIG1)).toBe(1);
  });

  it("pays the coast's wage scaled by the event card, and charges each home's rent", () => {
    const s = started();
    expect(wageOf(s, "factory")).toBe(2_800);
    s.modifiers.coastWage = 115;
    expect(wageOf(s, "coast")).toBe(3_450); // 3,000 x 115%
    setTile(s, at(2, 3), "stateUrban", "commercialHousing", DEV1);
    setTile(s, at(3, 3), "landReserve", "prhEstate", 0);
    const rents = [{ kind: "coast" as const }, { kind: "dorm" as const }, { kind: "tile" as const, tile: HOUSE }, { kind: "tile" as const, tile: at(2, 3) }, { kind: "tile" as const, tile: at(3, 3) }].map((h) => homeRent(s, h));
    // PRH: 60% of the 1,200 commercial flat rent.
    expect(rents).toEqual([700, 450, 400, 1_200, 720]);
  });
});
