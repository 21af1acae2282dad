// A new game from a scenario and a map: the seats (one government, one per village, then the
// developers and migrant cohorts), who holds each tile, and every seat's endowment.

import { tenureCode, terrainCode, useCode, type GameMap } from "../model/map";
import { RULES_VERSION, seatAccount, type GameState, type Role, type Seat } from "../model/state";
import type { Scenario } from "../scenarios/schema";
import { updateLandValues } from "../rules/accessibility";
import { transfer } from "../rules/ledger";
import { drawObjectives } from "../rules/objectives";
import { initialPlan } from "../rules/plans";
import { seedState } from "./rng";

export function createGame(scenario: Scenario, map: GameMap, seed: number | string): GameState {
  const seats: Seat[] = [];
  const add = (role: Role, label: string, village = -1) => seats.push({ id: seats.length, role, label, village });
  add("government", "Municipal government");
  map.villages.forEach((v, i) => add("village", `${v.name} village`, i));
  for (let i = 1; i <= scenario.seats.developers; i++) add("developer", `Developer ${i}`);
  for (let i = 1; i <= scenario.seats.migrants; i++) add("migrant", `Migrant cohort ${i}`);

  const villageSeats = map.villages.map((_, index) => seats.find((s) => s.village === index)!.id);
  const villageSeat = (index: number) => villageSeats[index];
  const COLLECTIVE = tenureCode("villageCollective");
  const WATER = terrainCode("water");
  const holder = map.tenure.map((tenure, tile) => {
    if (tenure === COLLECTIVE) return villageSeat(map.village[tile]);
    return map.terrain[tile] === WATER ? -1 : 0; // state land is held by the government (seat 0)
  });

  const state: GameState = {
    rulesVersion: RULES_VERSION,
    scenario,
    rng: seedState(seed),
    round: 0,
    phase: "lobby",
    eventCard: -1,
    modifiers: { housingDemand: 100, coastWage: 100, firmInflow: 100, creditLimit: 100, debtDue: 100 },
    unlocked: [...scenario.unlockedFromStart],
    stability: scenario.stability.start,
    map: {
      name: map.name,
      width: map.width,
      height: map.height,
      terrain: [...map.terrain],
      tenure: [...map.tenure],
      use: [...map.use],
      holder,
      value: [],
      access: [],
      zone: map.terrain.map(() => 0),
      rail: map.terrain.map(() => 0),
      plan: initialPlan(map),
      core: map.core,
      villages: map.villages,
      places: map.places,
    },
    seats,
    balances: { central: 0, economy: 0, bank: 0 },
    ledger: [],
    tickets: seats.map(() => 0),
    pendingTickets: [],
    offers: [],
    auctions: [],
    exchange: [],
    lastClearing: { round: 0, price: 0, volume: 0 },
    orders: [],
    cohorts: seats
      .filter((s) => s.role === "migrant")
      .map((s, i) => ({ seat: s.id, job: "coast", home: { kind: "coast" }, next: null, hukou: false, applyingHukou: false, homeVillage: villageSeat(i % map.villages.length), remittance: 0 })),
    deals: {},
    debt: seats.map(() => 0),
    loans: [],
    projects: [],
    amendments: [],
    firms: [],
    prh: { rentPct: scenario.prh.rentPct, eligibility: "cityWorkers" },
    prhBlocks: [],
    hukouQuota: 0,
    villageHukou: seats.map(() => 0),
    resettlementFlats: seats.map(() => 0),
    registeredResidents: 0,
    displaced: 0,
    housingBacklog: 0,
    renewedTiles: 0,
    flatResidents: {},
    redLineTiles: Math.ceil((map.use.filter((u) => u === useCode("farmland")).length * scenario.redLinePct) / 100),
    history: [],
    nextId: 0,
    objectives: [],
  };
  state.objectives = drawObjectives(scenario, seats, state.rng);
  for (const seat of seats) {
    state.balances[seatAccount(seat.id)] = 0;
    transfer(state, "central", seatAccount(seat.id), scenario.startingMoney[seat.role], "endowment");
  }
  updateLandValues(state.map, scenario);
  return state;
}
