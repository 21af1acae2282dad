// Worked numbers for rules/population.ts: residents from housing and firms, newcomers registered
// through the hukou quota (and what they cost), the pledge on the map's scale, and the flats
// market growing with the city.
import { describe, expect, it } from "vitest";
import { flatsDemand } from "../../shared/rules/construction";
import { hukouPeople, pledgePeople, registerNewcomers, registeredServiceCost, unregisteredNewcomers, urbanResidents } from "../../shared/rules/population";
import { useCode } from "../../shared/model/map";
import { GOV, at, endRound, must, started } from "../helpers/game";

describe("population", () => {
  it("residents: 4 million at the start, 20,000 a tile of flats, 10,000 a manufacturer", () => {
    const s = started();
    expect(urbanResidents(s)).toBe(4_000_000);
    s.map.use[at(2, 3)] = useCode("commercialHousing"); // fixture: a tile of flats
    s.map.use[at(3, 3)] = useCode("factory"); // ... and a factory with a firm in it
    s.firms = [{ id: 1, tile: at(3, 3), arrivedRound: 1 }];
    expect(urbanResidents(s)).toBe(4_030_000);
    expect(unregisteredNewcomers(s)).toBe(30_000);
  });

  it("the quota registers 50,000 newcomers a cohort, at most as many as came; each 1,000 costs 100 wan a round", () => {
    const s = started();
    s.map.use[at(2, 3)] = useCode("commercialHousing");
    s.map.use[at(3, 3)] = useCode("commercialHousing");
    s.map.use[at(2, 2)] = useCode("commercialHousing"); // 60,000 newcomers
    s.hukouQuota = 1;
    expect(registerNewcomers(s)).toBe(50_000);
    expect(registerNewcomers(s)).toBe(10_000); // only 10,000 left unregistered
    expect(registerNewcomers(s)).toBe(0);
    expect(hukouPeople(s)).toBe(60_000);
    expect(registeredServiceCost(s)).toBe(6_000);
    // The pledge on the map: 10 million x 30% = 3 million.
    expect(pledgePeople(s)).toBe(3_000_000);
  });

  it("a round with a quota registers the newcomers and pays their services out of the budget", () => {
    let s = started();
    for (const t of [at(2, 3), at(3, 3)]) s.map.use[t] = useCode("commercialHousing"); // 40,000 newcomers
    s = must(s, GOV, { type: "setHukouQuota", cohorts: 1 }).state;
    s = endRound(s).state;
    expect(s.registeredResidents).toBe(40_000);
    const services = s.ledger.find((t) => t.reason === "hukouServices" && t.round === 1)!;
    expect(services.amount).toBe(4_000); // 40 x 100 wan
    expect(s.history[0].hukouPeople).toBe(40_000);
  });

  it("the flats market grows with the city: 4 tiles a round at 4 million residents, 5 at 5 million, 6 with a million registered", () => {
    const s = endRound(started()).state;
    s.modifiers.housingDemand = 100;
    s.housingBacklog = 0;
    s.history[0].urbanResidents = 4_000_000; // fixture: last round's residents
    expect(flatsDemand(s)).toBe(4);
    s.history[0].urbanResidents = 5_000_000; // the city has grown by a quarter
    expect(flatsDemand(s)).toBe(5); // 4 x 5 / 4
    s.registeredResidents = 1_000_000;
    expect(flatsDemand(s)).toBe(6); // 4 x (5 + 1) / 4
  });
});
