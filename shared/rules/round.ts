// The round clock. A game starts in the lobby; `startGame` opens round 1. Each round:
//   1. event card (applied when the round opens; see rules/unlocks.ts for the plan)
//   2. action phase: seats queue offers, bids, orders, loans and policies
//   3. resolution, in this fixed order (GAME.md):
//        0 loans          queued borrowing is drawn and repayments made
//        1 expropriation   accepted offers take land into the reserve, the package is paid;
//                          approved plan amendments start, due ones come into force
//        2 auctions        reserve plots are leased to the highest bidder
//        3 land tickets    verified tickets are issued; direct ticket sales settle; then the
//                          exchange clears (after the sales, so a ticket sold directly is
//                          no longer there to sell on the exchange)
//        4 construction    buildings, infrastructure, reclamations, informal housing,
//                          demolitions, relocations and zones, in the order placed (flats
//                          beyond the round's housing demand sell for less, and demand they
//                          leave unmet carries over: rules/construction.ts); the market
//                          beyond the players renews old-city tiles with part of the demand
//                          left unmet (rules/renewal.ts); PRH estates start (borrowed) and
//                          those due open
//        5 firms locate    manufacturers moving inland choose vacant factories (rules/firms.ts)
//        6 migrants        PRH lottery, cohorts move, hukou applications are decided, the
//                          quota registers newcomers (rules/population.ts)
//        7 money           farm income, wages, rents, remittances, taxes, subsidies, hukou
//                          services, debt service: interest and the share due (payIncomes below)
//        8 indicators      land values are recomputed and the round is recorded
// After the last round the game ends.

import type { GameEvent } from "../model/events";
import { balanceOf, transfer } from "./ledger";
import { tenureCode, useCode } from "../model/map";
import { governmentSeat, seatAccount, type GameState } from "../model/state";
import { updateLandValues } from "./accessibility";
import { carryHousingDemand, completeBuilding, officeRent } from "./construction";
import { clearExchange } from "./exchange";
import { coverDeficit, serviceDebts, settleLoans } from "./finance";
import { firmSubsidy, firmTax, locateFirms, rentSubsidy } from "./firms";
import { hukouCohorts, convertedVillageTiles, settleHukou } from "./hukou";
import { recordRound } from "./indicators";
import { registerNewcomers, registeredServiceCost } from "./population";
import { renewOldCity } from "./renewal";
import { homeRent, wageOf } from "./labour";
import { completeDemolition, completeInformal } from "./informal";
import { completeInfrastructure } from "./infrastructure";
import { completeRelocation, settleAuctions, settleExpropriations } from "./land";
import { displaceTenants, settleMoves } from "./migration";
import { allocatePrh, completeProjects, prhRent } from "./prh";
import { completePlanOrder, settlePlans } from "./plans";
import { refuse, type Refusal } from "../engine/refusal";
import { settleReclamation, settleTickets } from "./tickets";
import { useOf } from "./tiles";
import { applyCard, cardIndexForRound, plannedCards } from "./unlocks";

export function startGame(s: GameState): GameEvent[] | Refusal {
  if (s.phase !== "lobby") return refuse("The game has already started.", "alreadyStarted");
  return [{ type: "gameStarted" }, ...openRound(s, 1)];
}

export function endActionPhase(s: GameState): GameEvent[] | Refusal {
  if (s.phase !== "action") return refuse("There is no action phase to end.", "noActionPhase");
  const events = resolveRound(s);
  if (s.round >= s.scenario.rounds) {
    s.phase = "ended";
    s.eventCard = -1;
    return [...events, { type: "gameEnded" }];
  }
  return [...events, ...openRound(s, s.round + 1)];
}

/**
 * The facilitator picks the card that opens the next round ("" for none). The scenario's event
 * plan in the state changes (the historical order is written out first if there was no plan),
 * so the change is in the game record and replays exactly.
 */
export function setNextCard(s: GameState, id: string): GameEvent[] | Refusal {
  if (s.phase === "ended") return refuse("The game is over; there is no next round.", "gameOver");
  const next = s.round + 1;
  if (next > s.scenario.rounds) return refuse("This is the last round; there is no next round to give a card to.", "lastRound");
  if (id !== "" && !s.scenario.events.some((e) => e.id === id)) return refuse(`There is no event card "${id}".`, "noSuchCard", { card: id });
  const plan = plannedCards(s);
  plan[next - 1] = id;
  s.scenario = { ...s.scenario, eventPlan: plan };
  return [{ type: "nextCardSet", round: next, card: id === "" ? -1 : s.scenario.events.findIndex((e) => e.id === id) }];
}

/** The facilitator ends the game now: nothing queued is resolved (offers, bids and orders lapse). */
export function endGame(s: GameState): GameEvent[] | Refusal {
  if (s.phase === "ended") return refuse("The game is already over.", "gameOver");
  s.phase = "ended";
  s.eventCard = -1;
  s.offers = [];
  s.auctions = [];
  s.orders = [];
  s.exchange = [];
  return [{ type: "gameEnded" }];
}

function openRound(s: GameState, round: number): GameEvent[] {
  s.round = round;
  s.phase = "action";
  const cardIndex = cardIndexForRound(s, round);
  s.eventCard = cardIndex;
  if (cardIndex >= 0) {
    const card = s.scenario.events[cardIndex];
    transfer(s, "central", seatAccount(governmentSeat(s)), card.grant, "grant");
    applyCard(s, card);
  }
  return [{ type: "roundStarted", round, year: s.scenario.firstYear + (round - 1) * s.scenario.yearsPerRound, card: cardIndex }];
}

function resolveRound(s: GameState): GameEvent[] {
  const events: GameEvent[] = [];
  events.push(...settleLoans(s));
  events.push(...settleExpropriations(s));
  events.push(...settlePlans(s));
  events.push(...settleAuctions(s));
  events.push(...settleTickets(s));
  events.push(...clearExchange(s));
  for (const order of s.orders) {
    switch (order.kind) {
      case "build":
        if (useOf(s, order.tile) === "villageHousing") events.push(...displaceTenants(s, order.tile));
        events.push(...completeBuilding(s, order));
        break;
      case "infra":
        events.push(...completeInfrastructure(s, order));
        break;
      case "reclaim":
        events.push(...displaceTenants(s, order.tile));
        events.push(...settleReclamation(s, order));
        break;
      case "informal":
        events.push(...completeInformal(s, order));
        break;
      case "demolish":
        events.push(...completeDemolition(s, order));
        break;
      case "relocateSoe":
        events.push(...completeRelocation(s, order));
        break;
      case "prh":
        events.push(...startPrhEstate(s, order));
        break;
      case "plan":
        events.push(...completePlanOrder(s, order));
        break;
      case "zone":
        for (const t of order.tiles) s.map.zone[t] = 1;
        events.push({ type: "zoneDesignated", tiles: order.tiles });
        break;
    }
  }
  const renewedBefore = s.renewedTiles;
  events.push(...renewOldCity(s));
  carryHousingDemand(s, s.renewedTiles - renewedBefore);
  events.push(...completeProjects(s));
  events.push(...locateFirms(s));
  events.push(...allocatePrh(s));
  events.push(...settleMoves(s));
  events.push(...settleHukou(s));
  registerNewcomers(s);
  payIncomes(s);
  updateLandValues(s.map, s.scenario);
  recordRound(s);
  s.offers = [];
  s.auctions = [];
  s.orders = [];
  events.push({ type: "roundResolved", round: s.round });
  return events;
}

/** An ordered estate starts: the whole cost is borrowed and paid to the builders now. */
function startPrhEstate(s: GameState, order: { seat: number; tile: number }): GameEvent[] {
  const cost = s.scenario.prh.costPerTile;
  transfer(s, "bank", seatAccount(order.seat), cost, "loan");
  s.debt[order.seat] += cost;
  transfer(s, seatAccount(order.seat), "economy", cost, "prhConstruction", order.tile);
  s.projects = [...s.projects, { seat: order.seat, tile: order.tile, readyAtRound: s.round + s.scenario.prh.buildRounds - 1, cost }];
  return [{ type: "prhStarted", tile: order.tile, readyAtRound: s.round + s.scenario.prh.buildRounds - 1 }];
}

const OFFICE = useCode("office");

/** Step 7: money that flows every round. */
function payIncomes(s: GameState): void {
  const sc = s.scenario;
  const FARMLAND = useCode("farmland");
  const COLLECTIVE = tenureCode("villageCollective");
  const govSeat = governmentSeat(s);
  const gov = seatAccount(govSeat);
  // Collective farmland per holder, in one pass over the map.
  const farms = new Int32Array(s.seats.length);
  const { use, tenure, holder } = s.map;
  for (let t = 0; t < use.length; t++) if (use[t] === FARMLAND && tenure[t] === COLLECTIVE && holder[t] >= 0) farms[holder[t]]++;
  for (const seat of s.seats) {
    if (seat.role !== "village") continue;
    transfer(s, "economy", seatAccount(seat.id), farms[seat.id] * sc.village.farmIncomePerTile, "farmIncome");
  }
  for (const c of s.cohorts) {
    const me = seatAccount(c.seat);
    transfer(s, "economy", me, wageOf(s, c.job), "wage");
    const rent = homeRent(s, c.home);
    if (c.home.kind !== "tile") transfer(s, me, "economy", rent, "rent");
    else if (useOf(s, c.home.tile) === "prhEstate") transfer(s, me, gov, rent, "prhRent", c.home.tile);
    else transfer(s, me, seatAccount(s.map.holder[c.home.tile]), rent, "rent", c.home.tile);
    transfer(s, me, "economy", sc.migrants.livingCost, "livingCost");
    const home = s.seats[c.homeVillage];
    if (home) transfer(s, me, seatAccount(home.id), Math.min(c.remittance, Math.max(0, balanceOf(s, c.seat))), "remittance");
  }
  // Employer blocks: a developer that can no longer pay the rent gives its block up.
  s.prhBlocks = s.prhBlocks.filter((b) => {
    if (balanceOf(s, b.seat) < prhRent(s)) return false;
    transfer(s, seatAccount(b.seat), gov, prhRent(s), "prhRent", b.tile);
    return true;
  });
  for (let t = 0; t < use.length; t++) if (use[t] === OFFICE) transfer(s, "economy", seatAccount(holder[t]), officeRent(s, t), "officeRent", t);
  for (const f of s.firms) {
    // The developer gets the whole rent; in a zone the city pays part of it (subsidised land).
    const landSubsidy = rentSubsidy(s, f.tile);
    transfer(s, "economy", seatAccount(s.map.holder[f.tile]), sc.construction.factoryRent - landSubsidy, "factoryRent", f.tile);
    transfer(s, gov, seatAccount(s.map.holder[f.tile]), landSubsidy, "subsidy", f.tile);
    transfer(s, "economy", gov, firmTax(s, f.tile), "tax", f.tile);
    transfer(s, gov, "economy", firmSubsidy(s, f.tile), "subsidy", f.tile);
  }
  transfer(s, gov, "economy", hukouCohorts(s) * sc.hukou.serviceCostPerCohort + convertedVillageTiles(s) * sc.hukou.serviceCostPerVillageTile + registeredServiceCost(s), "hukouServices");
  serviceDebts(s);
  coverDeficit(s, govSeat);
}
