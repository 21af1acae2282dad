// The round clock. A game starts in the lobby; `startGame` opens round 1. Each round:
//   1. event card (applied when the round opens)
//   2. action phase: seats queue offers, bids and orders
//   3. resolution, in this fixed order (GAME.md):
//        1 expropriation   accepted offers take land into the reserve, compensation is paid
//        2 auctions        reserve plots are leased to the highest bidder
//        3 land tickets    verified tickets are issued; accepted ticket sales settle
//        4 construction    buildings, bridges and reclamations complete, in order placed
//        5 migrants        cohorts move to their new job and home
//        6 money           farm income, wages, rents, living costs, factory rents and taxes
//        7 indicators      land values are recomputed and the round is recorded
// After the last round the game ends.

import type { GameEvent } from "../events";
import { transfer } from "../ledger";
import { tenureCode, terrainCode, useCode } from "../map";
import { governmentSeat, seatAccount, yearOfRound, type GameState, type TransferReason } from "../state";
import { updateLandValues } from "./accessibility";
import { completeBridge, completeBuilding } from "./construction";
import { settleAuctions, settleExpropriations } from "./land";
import { displaceTenants, settleMoves } from "./migration";
import { refuse, type Refusal } from "./refusal";
import { settleReclamation, settleTickets } from "./tickets";
import { useOf } from "./tiles";

export function startGame(s: GameState): GameEvent[] | Refusal {
  if (s.phase !== "lobby") return refuse("The game has already started.");
  return [{ type: "gameStarted" }, ...openRound(s, 1)];
}

export function endActionPhase(s: GameState): GameEvent[] | Refusal {
  if (s.phase !== "action") return refuse("There is no action phase to end.");
  const events = resolveRound(s);
  if (s.round >= s.scenario.rounds) {
    s.phase = "ended";
    s.eventCard = -1;
    return [...events, { type: "gameEnded" }];
  }
  return [...events, ...openRound(s, s.round + 1)];
}

function openRound(s: GameState, round: number): GameEvent[] {
  s.round = round;
  s.phase = "action";
  const cardIndex = s.scenario.events.length > 0 ? round - 1 : -1;
  s.eventCard = cardIndex;
  if (cardIndex >= 0) {
    const card = s.scenario.events[cardIndex];
    transfer(s, "central", seatAccount(governmentSeat(s)), card.grant, "grant");
    if (card.housingDemand !== undefined) s.modifiers.housingDemand = card.housingDemand;
    if (card.coastWage !== undefined) s.modifiers.coastWage = card.coastWage;
  }
  return [{ type: "roundStarted", round, year: yearOfRound(s.scenario, round), card: cardIndex }];
}

function resolveRound(s: GameState): GameEvent[] {
  const events: GameEvent[] = [];
  events.push(...settleExpropriations(s));
  events.push(...settleAuctions(s));
  events.push(...settleTickets(s));
  for (const order of s.orders) {
    if (order.kind === "bridge") events.push(...completeBridge(s, order));
    if (order.kind === "build") {
      if (useOf(s, order.tile) === "villageHousing") events.push(...displaceTenants(s, order.tile));
      events.push(...completeBuilding(s, order));
    }
    if (order.kind === "reclaim") {
      events.push(...displaceTenants(s, order.tile));
      events.push(...settleReclamation(s, order));
    }
  }
  events.push(...settleMoves(s));
  payIncomes(s);
  updateLandValues(s.map, s.scenario);
  recordRound(s, paidThisRound(s, "compensation"), paidThisRound(s, "lease"));
  s.offers = [];
  s.auctions = [];
  s.orders = [];
  events.push({ type: "roundResolved", round: s.round });
  return events;
}

/** Step 6: money that flows every round. */
function payIncomes(s: GameState): void {
  const sc = s.scenario;
  const FARMLAND = useCode("farmland");
  const FACTORY = useCode("factory");
  const COLLECTIVE = tenureCode("villageCollective");
  for (const seat of s.seats) {
    if (seat.role !== "village") continue;
    const farms = s.map.use.filter((u, t) => u === FARMLAND && s.map.tenure[t] === COLLECTIVE && s.map.holder[t] === seat.id).length;
    transfer(s, "economy", seatAccount(seat.id), farms * sc.village.farmIncomePerTile, "farmIncome");
  }
  for (const c of s.cohorts) {
    const me = seatAccount(c.seat);
    const wage = c.job === "coast" ? Math.round((sc.migrants.wage.coast * s.modifiers.coastWage) / 100) : sc.migrants.wage[c.job];
    transfer(s, "economy", me, wage, "wage");
    const rent = sc.migrants.rent;
    if (c.home.kind === "coast") transfer(s, me, "economy", rent.coast, "rent");
    else if (c.home.kind === "dorm") transfer(s, me, "economy", rent.dorm, "rent");
    else {
      const flat = useOf(s, c.home.tile) === "commercialHousing";
      transfer(s, me, seatAccount(s.map.holder[c.home.tile]), flat ? rent.commercialFlat : rent.villageRoom, "rent", c.home.tile);
    }
    transfer(s, me, "economy", sc.migrants.livingCost, "livingCost");
  }
  const gov = seatAccount(governmentSeat(s));
  s.map.use.forEach((u, t) => {
    if (u !== FACTORY) return;
    transfer(s, "economy", seatAccount(s.map.holder[t]), sc.construction.factoryRent, "factoryRent", t);
    transfer(s, "economy", gov, sc.construction.factoryTax, "tax", t);
  });
}

/** Money moved this round for one reason (compensation and leases move only at resolution). */
const paidThisRound = (s: GameState, reason: TransferReason): number => s.ledger.reduce((n, t) => (t.round === s.round && t.reason === reason ? n + t.amount : n), 0);

function recordRound(s: GameState, compensationPaid: number, leaseRevenue: number): void {
  const buildable = s.map.value.filter((v) => v > 0);
  const URBAN = tenureCode("stateUrban");
  s.history.push({
    round: s.round,
    year: yearOfRound(s.scenario, s.round),
    balances: s.seats.map((seat) => s.balances[seatAccount(seat.id)]),
    farmlandTiles: s.map.use.filter((u) => u === useCode("farmland")).length,
    reserveTiles: s.map.tenure.filter((t) => t === tenureCode("landReserve")).length,
    urbanTiles: s.map.tenure.filter((t, i) => t === URBAN && s.map.terrain[i] !== terrainCode("water")).length,
    meanLandValue: Math.round(buildable.reduce((a, b) => a + b, 0) / Math.max(1, buildable.length)),
    stability: s.stability,
    compensationPaid,
    leaseRevenue,
    ticketPrice: s.lastClearing.round === s.round ? s.lastClearing.price : 0,
    ticketVolume: s.lastClearing.round === s.round ? s.lastClearing.volume : 0,
    cohortsInCity: s.cohorts.filter((c) => c.job !== "coast").length,
  });
}
