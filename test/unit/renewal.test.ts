// Worked numbers for rules/renewal.ts on the river map: its old city is four tiles at the core,
// (1,0) worth 60,000 wan and (0,0), (1,1) 56,604, (0,1) 53,571. Renewal pays where the flats
// would sell (value x 160% x demand%) for at least 8,000 (building) + 8,000 residents x 5 wan
// (their buyout) = 48,000 wan. Flats house 20,000 people on land worth 30,000 wan, in
// proportion elsewhere (50-200%).
import { describe, expect, it } from "vitest";
import { planCode, useCode } from "../../shared/model/map";
import type { GameState } from "../../shared/model/state";
import { flatsDemand } from "../../shared/rules/construction";
import { flatResidentsAt, urbanResidents } from "../../shared/rules/population";
import { renewableTiles, renewalCost, renewalSale } from "../../shared/rules/renewal";
import { chongqingScenario } from "../../shared/scenarios/chongqing";
import { DEV1, GOV, at, endRound, must, setTile, started } from "../helpers/game";

const taxesOnTile = (s: GameState, tile: number) => s.ledger.filter((t) => t.reason === "tax" && t.tile === tile && t.to === `seat:${GOV}`).map((t) => t.amount);

describe("old-city renewal", () => {
  it("pays where the flats sell for the towers plus the old residents' buyout: 48,000 wan", () => {
    const s = started(chongqingScenario);
    expect(renewalCost(s)).toBe(48_000);
    expect(renewalSale(s, at(1, 0))).toBe(96_000); // 60,000 x 160%
    expect(renewableTiles(s)).toEqual([at(1, 0), at(0, 0), at(1, 1), at(0, 1)]); // dearest first, ties by tile id
    s.modifiers.housingDemand = 50; // a slump: (1,0) sells for 48,000, just enough; (0,0) for 45,283
    expect(renewableTiles(s)).toEqual([at(1, 0)]);
    s.modifiers.housingDemand = 100;
    s.map.plan[at(1, 0)] = planCode("green"); // the plan keeps it as it is
    expect(renewableTiles(s)).toEqual([at(0, 0), at(1, 1), at(0, 1)]);
  });

  it("flats house more on dearer land: 20,000 at 30,000 wan, in proportion, between 10,000 and 40,000", () => {
    const s = started(chongqingScenario);
    expect(flatResidentsAt(s, at(1, 0))).toBe(40_000); // 60,000 wan: 200%, the most
    expect(flatResidentsAt(s, at(0, 0))).toBe(37_736); // 56,604 / 30,000 = 188.68%
    s.map.value[at(2, 0)] = 30_000;
    expect(flatResidentsAt(s, at(2, 0))).toBe(20_000);
    s.map.value[at(2, 0)] = 9_000; // 30%: built low, at the least (50%)
    expect(flatResidentsAt(s, at(2, 0))).toBe(10_000);
  });

  it("round 1 with no flats from the players: 60% of the 4 tiles wanted, 2 tiles renewed, +61,736 residents, the sale taxes to the city", () => {
    const s0 = started(chongqingScenario);
    expect(flatsDemand(s0)).toBe(4);
    const { state: s, events } = endRound(s0);
    // (40,000 - 8,000 in the old blocks) + (37,736 - 8,000)
    expect(events).toContainEqual({ type: "oldCityRenewed", tiles: [at(1, 0), at(0, 0)], people: 61_736 });
    expect(s.map.use[at(1, 0)]).toBe(useCode("commercialHousing"));
    expect(s.map.use[at(1, 1)]).toBe(useCode("oldUrban"));
    expect(s.renewedTiles).toBe(2);
    expect(s.flatResidents).toEqual({ [at(1, 0)]: 40_000, [at(0, 0)]: 37_736 });
    expect(urbanResidents(s)).toBe(4_061_736);
    expect(taxesOnTile(s, at(1, 0))).toEqual([9_600]); // 10% of 96,000
    expect(taxesOnTile(s, at(0, 0))).toEqual([9_057]); // 10% of 90,566
    expect(s.housingBacklog).toBe(2); // the 2 tiles still wanted carry over
  });

  it("flats the players build leave less to renew: one tile of flats, 3 unmet, 1 renewed", () => {
    let s = started(chongqingScenario);
    setTile(s, at(2, 0), "stateUrban", "none", DEV1); // fixture: a plot the developer leases
    s = must(s, DEV1, { type: "build", tile: at(2, 0), building: "commercialHousing" }).state;
    const { state: after, events } = endRound(s);
    expect(events).toContainEqual({ type: "oldCityRenewed", tiles: [at(1, 0)], people: 32_000 }); // floor(3 x 60%)
    expect(after.housingBacklog).toBe(2); // 4 - 1 - 1
    expect(urbanResidents(after)).toBe(4_068_363); // the developer's flats on 54,545 wan house 36,363; + 32,000
  });
});
