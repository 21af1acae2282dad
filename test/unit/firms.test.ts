import { describe, expect, it } from "vitest";
import { SYSTEM_SEAT } from "../../shared/engine/commands";
import { createGame } from "../../shared/engine/apply";
import { expectedProfit, hubBonus, workerHousingNear } from "../../shared/rules/firms";
import { seatAccount, type GameState } from "../../shared/model/state";
import { ALL_OPEN, DEV1, DEV2, GOV, MIG1, RIVER_MAP, at, endRound, must, refused, scenarioWith, setTile } from "../helpers/game";
import { asciiMap } from "../helpers/asciiMap";

const balance = (s: GameState, seat: number) => s.balances[seatAccount(seat)];
const A = at(2, 3); // vacant state land, two tiles from the old core
const B = at(3, 3);

/** Two finished factories, one per developer, on the river map. */
function twoFactories(scenario = ALL_OPEN): GameState {
  const s = createGame(scenario, asciiMap(RIVER_MAP), 1);
  setTile(s, A, "stateUrban", "factory", DEV1);
  setTile(s, B, "stateUrban", "factory", DEV2);
  return must(s, SYSTEM_SEAT, { type: "startGame" }).state;
}

describe("manufacturers choosing where to locate", () => {
  it("weigh tax, subsidy, rent, travel and housing: a zone wins over a nearer factory outside it", () => {
    let s = twoFactories();
    // Outside a zone: 4,000 profit - 1,320 tax (33%) - 1,500 rent - 5 x travel cost + 150 x housing.
    expect(workerHousingNear(s, A)).toBe(0);
    expect(expectedProfit(s, A)).toBe(4_000 - 1_320 - 1_500 - 5 * s.map.access[A]);
    // A zone centred on (4,3) covers the land tiles x 3, y 2-4: B but not A.
    s = must(s, GOV, { type: "designateZone", tile: at(4, 3) }).state;
    const r = endRound(s); // zones are designated at step 4, before firms locate at step 5
    expect(r.state.map.zone[B]).toBe(1);
    expect(r.state.map.zone[A]).toBe(0);
    // In the zone: 4,000 - 600 tax (15%) + 300 energy subsidy - (1,500 rent - 500 the city pays)
    // - 5 x travel: B wins though A is nearer.
    const arrived = r.events.find((e) => e.type === "firmArrived");
    expect(arrived).toEqual({ type: "firmArrived", tile: B, zone: true, profit: 4_000 - 600 + 300 - 1_000 - 5 * s.map.access[B] });
    expect(r.state.history[0]).toMatchObject({ firms: 1, firmsInZone: 1 });
  });

  it("take the best vacant factory first, one per arrival; ties go to the lower tile", () => {
    const s = twoFactories();
    // A is one tile nearer the core than B (lower travel cost), so the one arrival of round 1 takes A.
    expect(s.map.access[A]).toBeLessThan(s.map.access[B]);
    const r = endRound(s);
    expect(r.events.filter((e) => e.type === "firmArrived")).toEqual([{ type: "firmArrived", tile: A, zone: false, profit: expectedProfit(s, A) }]);
    expect(r.state.firms.map((f) => f.tile)).toEqual([A]);
    expect(r.state.history[0]).toMatchObject({ firms: 1, firmJobs: 1, firmsInZone: 0 });
  });

  it("pay rent to the factory's holder and tax to the city; a zone firm pays 15%, gets its energy subsidy, and the city pays part of its rent", () => {
    let s = twoFactories();
    s = must(s, GOV, { type: "designateZone", tile: at(2, 3) }).state; // zone over A and B
    s = endRound(s).state; // one firm arrives (into A)
    const firmTile = s.firms[0].tile;
    const holder = s.map.holder[firmTile];
    const hold0 = balance(s, holder);
    s = endRound(s).state;
    const round = s.history.at(-1)!.round;
    const entries = s.ledger.filter((t) => t.round === round && t.tile === firmTile && t.reason !== "construction");
    expect(entries.map((t) => [t.reason, t.amount])).toEqual(
      expect.arrayContaining([
        ["factoryRent", 1_000],
        ["subsidy", 500],
        ["tax", 600],
        ["subsidy", 300],
      ]),
    );
    // Round 2 brings the second firm (into B); the holder of A is paid rent for each of its firms.
    expect(balance(s, holder) - hold0).toBe(1_500 * s.firms.filter((f) => s.map.holder[f.tile] === holder).length);
  });

  it("stay on the coast when no factory promises the minimum profit", () => {
    const s = twoFactories(scenarioWith({ ...ALL_OPEN, firms: { ...ALL_OPEN.firms, minimumProfit: 5_000 } }));
    const r = endRound(s);
    expect(r.events).toContainEqual({ type: "firmStayedOnCoast", bestProfit: expectedProfit(s, A) });
    expect(r.state.firms).toEqual([]);
  });

  it("bring the factory jobs: none before a manufacturer arrives", () => {
    let s = twoFactories();
    expect(refused(s, MIG1, { type: "chooseWorkAndHome", job: "factory", home: { kind: "dorm" } })).toMatch(/All 0 factory job/);
    s = endRound(s).state;
    must(s, MIG1, { type: "chooseWorkAndHome", job: "factory", home: { kind: "dorm" } });
  });

  it("zones open with the Liangjiang card and are centred on state land", () => {
    const s = twoFactories(scenarioWith({}));
    expect(refused(s, GOV, { type: "designateZone", tile: A })).toMatch(/not available yet/);
    const open = twoFactories();
    expect(refused(open, GOV, { type: "designateZone", tile: at(8, 0) })).toMatch(/village land/);
  });
});

describe("transport hubs", () => {
  it("a factory near an open hub expects its bonus; the rail link opens with its card", () => {
    // A river-map scenario with a port next to B and a rail terminal (opening in 2013) next to A.
    const hubs = [
      { id: "port", name: "Port", x: 3, y: 2, radius: 1, bonus: 300 },
      { id: "rail", name: "Rail", x: 2, y: 4, radius: 1, bonus: 500, opensWith: "railToEurope" },
    ];
    let s = twoFactories(scenarioWith({ ...ALL_OPEN, firms: { ...ALL_OPEN.firms, hubs } }));
    expect(hubBonus(s, B)).toBe(300); // (3,3) is one step from the port
    expect(hubBonus(s, A)).toBe(0); // the rail link is not open yet
    expect(expectedProfit(s, B)).toBe(4_000 - 1_320 - 1_500 - 5 * s.map.access[B] + 300);
    while (s.scenario.events[s.eventCard].id !== "railToEurope") s = endRound(s).state;
    expect(hubBonus(s, A)).toBe(500);
  });
});
