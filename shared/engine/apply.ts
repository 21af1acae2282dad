// The game's front door: create a game, apply a command, ask what a seat may do.
// `applyCommand` is pure: it works on a copy and returns the new state and its events,
// or a refusal that leaves the old state untouched.

import { clonePlain } from "./clone";
import { SYSTEM_COMMANDS, SYSTEM_SEAT, type Command, type PlayerCommand, type SystemCommand } from "./commands";
import type { GameEvent } from "../model/events";
import { transfer } from "../rules/ledger";
import { TENURES, terrainCode, useCode, type GameMap } from "../model/map";
import { seedState } from "./rng";
import type { Scenario } from "../scenarios/schema";
import { RULES_VERSION, seatAccount, type GameState, type Role, type Seat } from "../model/state";
import { updateLandValues } from "../rules/accessibility";
import { build } from "../rules/construction";
import { borrow, repay } from "../rules/finance";
import { designateZone } from "../rules/firms";
import { applyHukou, setHukouQuota, setRemittance } from "../rules/hukou";
import { buildInformal, demolishInformal } from "../rules/informal";
import { buildInfrastructure } from "../rules/infrastructure";
import { bid, expropriate, relocateSoe, releaseAuction } from "../rules/land";
import { buildPrh, leasePrhBlock, setPrhPolicy } from "../rules/prh";
import { initialPlan, requestAmendment, setPlan } from "../rules/plans";
import { chooseWorkAndHome } from "../rules/migration";
import { counterOffer, resistOffer, respondOffer } from "../rules/offers";
import { isRefusal, refuse, type Refusal, type RefusalParams } from "./refusal";
import { endActionPhase, endGame, setNextCard, startGame } from "../rules/round";
import { offerTickets, reclaim } from "../rules/tickets";
import { placeExchangeOrder } from "../rules/exchange";

export type CommandResult = { ok: true; state: GameState; events: GameEvent[] } | { ok: false; error: string; code: string; params: RefusalParams };

/** Which role may send each player command ("any" = whoever the offer is addressed to). */
export const COMMAND_ROLE: Record<PlayerCommand["type"], Role | "any"> = {
  expropriate: "government",
  releaseAuction: "government",
  buildInfrastructure: "government",
  designateZone: "government",
  buildPrh: "government",
  setPrhPolicy: "government",
  setHukouQuota: "government",
  demolishInformal: "government",
  relocateSoe: "government",
  setPlan: "government",
  requestAmendment: "developer",
  borrow: "any",
  repay: "any",
  leasePrhBlock: "developer",
  buildInformal: "village",
  applyHukou: "migrant",
  setRemittance: "migrant",
  bid: "developer",
  build: "developer",
  reclaim: "village",
  offerTickets: "village",
  exchangeOrder: "any",
  respondOffer: "any",
  counterOffer: "any",
  resistOffer: "village",
  chooseWorkAndHome: "migrant",
};

export function createGame(scenario: Scenario, map: GameMap, seed: number | string): GameState {
  const seats: Seat[] = [];
  const add = (role: Role, label: string, village = -1) => seats.push({ id: seats.length, role, label, village });
  add("government", "Municipal government");
  map.villages.forEach((v, i) => add("village", `${v.name} village`, i));
  for (let i = 1; i <= scenario.seats.developers; i++) add("developer", `Developer ${i}`);
  for (let i = 1; i <= scenario.seats.migrants; i++) add("migrant", `Migrant cohort ${i}`);

  const villageSeat = (index: number) => seats.find((s) => s.village === index)!.id;
  const holder = map.tenure.map((tenure, tile) => {
    if (TENURES[tenure] === "villageCollective") return villageSeat(map.village[tile]);
    return map.terrain[tile] === terrainCode("water") ? -1 : 0; // state land is held by the government (seat 0)
  });

  const state: GameState = {
    rulesVersion: RULES_VERSION,
    scenario,
    rng: seedState(seed),
    round: 0,
    phase: "lobby",
    eventCard: -1,
    modifiers: { housingDemand: 100, coastWage: 100, firmInflow: 100 },
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
    displaced: 0,
    redLineTiles: Math.ceil((map.use.filter((u) => u === useCode("farmland")).length * scenario.redLinePct) / 100),
    history: [],
    nextId: 0,
  };
  for (const seat of seats) {
    state.balances[seatAccount(seat.id)] = 0;
    transfer(state, "central", seatAccount(seat.id), scenario.startingMoney[seat.role], "endowment");
  }
  updateLandValues(state.map, scenario);
  return state;
}

export function applyCommand(state: GameState, seat: number, command: Command): CommandResult {
  const draft = isSystemCommand(command) ? resolutionDraft(state) : actionDraft(state);
  const result = dispatch(draft, seat, command);
  if (isRefusal(result)) return { ok: false, error: result.refused, code: result.code, params: result.params };
  return { ok: true, state: draft, events: result };
}

/**
 * A copy for a system command (resolution, the facilitator's changes): a deep copy of everything
 * except the ledger, the scenario and the recorded rounds. The ledger and the history only ever
 * grow — entries are appended, never changed — so the copy shares their entries in new arrays,
 * and the scenario is replaced whole when a card plan changes. This keeps resolution's cost from
 * growing with the length of the game.
 */
function resolutionDraft(s: GameState): GameState {
  const { ledger, history, scenario, ...rest } = s;
  return { ...clonePlain(rest), ledger: [...ledger], history: [...history], scenario } as GameState;
}

function isSystemCommand(c: Command): c is SystemCommand {
  return (SYSTEM_COMMANDS as readonly string[]).includes(c.type);
}

/**
 * A copy for an action-phase command. Those commands only queue things: they write offers,
 * auctions, orders, cohorts' next moves and the id counter, never the map, balances or
 * ledger (those change only at resolution, which gets a full copy). Copying just the parts
 * they write keeps legality checks cheap enough to run for every hint and bot move.
 */
function actionDraft(s: GameState): GameState {
  return {
    ...s,
    offers: s.offers.map((o) => ({ ...o })),
    auctions: s.auctions.map((a) => ({ ...a, bids: [...a.bids] })),
    exchange: [...s.exchange],
    orders: [...s.orders],
    cohorts: s.cohorts.map((c) => ({ ...c })),
  };
}

function dispatch(s: GameState, seat: number, c: Command): GameEvent[] | Refusal {
  if (isSystemCommand(c)) {
    if (seat !== SYSTEM_SEAT) return refuse("Only the room's clock (or the facilitator, through the room) starts the game, ends phases and picks event cards.");
    switch (c.type) {
      case "startGame":
        return startGame(s);
      case "endActionPhase":
        return endActionPhase(s);
      case "setNextCard":
        return setNextCard(s, c.id);
      case "endGame":
        return endGame(s);
    }
  }
  const me = s.seats[seat];
  if (!me) return refuse(`There is no seat ${seat}.`);
  if (s.phase !== "action") return refuse(s.phase === "lobby" ? "The game has not started yet." : "The game is over.");
  const role = COMMAND_ROLE[c.type];
  if (role !== "any" && role !== me.role) return refuse(`Only the ${role} can do that; you are ${me.label}.`);
  switch (c.type) {
    case "expropriate":
      return expropriate(s, seat, c.tile, c.compensation, c.hukou, c.flats);
    case "releaseAuction":
      return releaseAuction(s, seat, c.tile, c.reserve);
    case "buildInfrastructure":
      return buildInfrastructure(s, seat, c.infra, c.tile, c.axis);
    case "designateZone":
      return designateZone(s, seat, c.tile);
    case "buildPrh":
      return buildPrh(s, seat, c.tile);
    case "setPrhPolicy":
      return setPrhPolicy(s, c.rentPct, c.eligibility);
    case "setHukouQuota":
      return setHukouQuota(s, c.cohorts);
    case "demolishInformal":
      return demolishInformal(s, seat, c.tile);
    case "relocateSoe":
      return relocateSoe(s, seat, c.tile);
    case "setPlan":
      return setPlan(s, seat, c.tile, c.plan);
    case "requestAmendment":
      return requestAmendment(s, seat, c.tile, c.plan);
    case "borrow":
    case "repay":
      if (me.role !== "government" && me.role !== "developer") return refuse("Only the government and developers borrow from the bank.");
      return c.type === "borrow" ? borrow(s, seat, c.amount) : repay(s, seat, c.amount);
    case "leasePrhBlock":
      return leasePrhBlock(s, seat, c.tile);
    case "buildInformal":
      return buildInformal(s, seat, c.tile);
    case "applyHukou":
      return applyHukou(s, seat);
    case "setRemittance":
      return setRemittance(s, seat, c.amount);
    case "bid":
      return bid(s, seat, c.auctionId, c.amount);
    case "build":
      return build(s, seat, c.tile, c.building);
    case "reclaim":
      return reclaim(s, seat, c.tile);
    case "offerTickets":
      return offerTickets(s, seat, c.to, c.tickets, c.price);
    case "exchangeOrder":
      return placeExchangeOrder(s, seat, c.side, c.tickets, c.price);
    case "respondOffer":
      return respondOffer(s, seat, c.offerId, c.accept);
    case "counterOffer":
      return counterOffer(s, seat, c.offerId, c.amount);
    case "resistOffer":
      return resistOffer(s, seat, c.offerId);
    case "chooseWorkAndHome":
      return chooseWorkAndHome(s, seat, c.job, c.home);
  }
}

