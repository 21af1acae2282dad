// What the rules report back: typed events, turned into log lines by `describeEvent`.

import type { BuildingKind, InfraKind } from "./offers";
import type { GameState, Home, Job } from "./state";
import { USES } from "./map";

export type GameEvent =
  | { type: "gameStarted" }
  | { type: "roundStarted"; round: number; year: number; card: number }
  | { type: "offerMade"; offerId: number }
  | { type: "offerAnswered"; offerId: number; accept: boolean }
  | { type: "offerLapsed"; offerId: number; reason: string }
  | { type: "protest"; offerId: number; tile: number; seat: number; stability: number }
  | { type: "expropriated"; tile: number; village: number; compensation: number; hukou: boolean; flats: boolean }
  | { type: "auctionOpened"; auctionId: number; tile: number; reserve: number }
  | { type: "bidPlaced"; auctionId: number; seat: number }
  | { type: "auctionWon"; tile: number; seat: number; price: number; bids: number }
  | { type: "auctionFailed"; tile: number; reserve: number; bids: number }
  | { type: "orderQueued"; seat: number; what: string }
  | { type: "built"; tile: number; seat: number; building: BuildingKind; sale: number }
  | { type: "infrastructureBuilt"; infra: InfraKind; tiles: number[]; cost: number }
  | { type: "loan"; seat: number; amount: number; debt: number }
  | { type: "policySet"; what: string }
  | { type: "prhStarted"; tile: number; readyAtRound: number }
  | { type: "prhOpened"; tile: number }
  | { type: "prhAllocated"; seat: number; tile: number; won: boolean }
  | { type: "zoneDesignated"; tiles: number[] }
  | { type: "firmArrived"; tile: number; profit: number; zone: boolean }
  | { type: "firmStayedOnCoast"; bestProfit: number }
  | { type: "hukouDecided"; seat: number; granted: boolean }
  | { type: "informalBuilt"; tile: number; seat: number }
  | { type: "demolished"; tile: number; displaced: number }
  | { type: "soeRelocated"; tile: number }
  | { type: "planChanged"; tiles: number[]; plan: string; amendment: boolean }
  | { type: "orderFailed"; seat: number; reason: string }
  | { type: "reclaimed"; tile: number; seat: number }
  | { type: "ticketIssued"; seat: number }
  | { type: "ticketsSold"; from: number; to: number; tickets: number; price: number }
  | { type: "exchangeCleared"; price: number; volume: number }
  | { type: "cohortMoved"; seat: number; job: Job; home: Home }
  | { type: "roundResolved"; round: number }
  | { type: "nextCardSet"; round: number; card: number }
  | { type: "gameEnded" };

// One formatter, made once: building an Intl formatter per call (toLocaleString with options)
// made money formatting the engine's hottest path.
const millions = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });
/** Wan as the player reads it: 1,500 wan -> "¥15 m". */
export const formatMoney = (wan: number): string => `¥${millions.format(wan / 100)} m`;

export function tileName(state: GameState, tile: number): string {
  const x = tile % state.map.width;
  const y = Math.floor(tile / state.map.width);
  return `tile (${x},${y})`;
}

export function homeName(state: GameState, home: Home): string {
  if (home.kind === "coast") return "on the coast";
  if (home.kind === "dorm") return "in an employer dormitory";
  const kind = { commercialHousing: "a commercial flat", prhEstate: "a public rented flat", informalHousing: "an informal room" }[USES[state.map.use[home.tile]] as string] ?? "a village room";
  return `in ${kind} at ${tileName(state, home.tile)}`;
}

/** A cohort's job and home in words: "a services job, living in a village room at tile (3,4)". */
export function moveName(state: GameState, move: { job: Job; home: Home }): string {
  return `${move.job === "coast" ? "work on the coast" : `a ${move.job} job`}, living ${homeName(state, move.home)}`;
}

/** One log line for an event, in the state after the event. */
export function describeEvent(state: GameState, e: GameEvent): string {
  const seat = (id: number) => state.seats[id]?.label ?? `seat ${id}`;
  switch (e.type) {
    case "gameStarted":
      return "The game has started.";
    case "roundStarted":
      return `Round ${e.round} (${e.year}) begins${e.card >= 0 ? `: ${state.scenario.events[e.card].title}` : ""}.`;
    case "offerMade": {
      const o = state.offers.find((x) => x.id === e.offerId);
      if (!o) return "An offer was made.";
      if (o.kind === "amendment")
        return `${seat(o.from)} asks for a ${o.amendment} amendment: ${tileName(state, o.tile)} to be planned ${o.plan}${o.amendment === "technical" ? " (approved: a boundary correction)" : ""}.`;
      return o.kind === "expropriation"
        ? `${seat(o.from)} ${state.seats[o.from]?.role === "village" ? "asks" : "offers"} ${seat(o.to)} ${formatMoney(o.amount)} for ${tileName(state, o.tile)}.`
        : `${seat(o.from)} offers ${seat(o.to)} ${o.tickets} land ticket(s) for ${formatMoney(o.amount)}.`;
    }
    case "offerAnswered": {
      const o = state.offers.find((x) => x.id === e.offerId);
      return `${o ? seat(o.to) : "A seat"} ${e.accept ? "accepts" : "refuses"} offer #${e.offerId}.`;
    }
    case "offerLapsed":
      return `Offer #${e.offerId} lapsed: ${e.reason}`;
    case "protest":
      return `${seat(e.seat)} protests the offer for ${tileName(state, e.tile)}; stability falls to ${e.stability}.`;
    case "expropriated": {
      const extras = [e.hukou ? "urban hukou" : "", e.flats ? "resettlement flats" : ""].filter(Boolean).join(" and ");
      return `The ${tileName(state, e.tile)} of ${state.map.villages[e.village]?.name ?? "a village"} enters the land reserve; compensation ${formatMoney(e.compensation)}${extras ? ` with ${extras}` : ""}.`;
    }
    case "auctionOpened":
      return `Auction #${e.auctionId}: ${tileName(state, e.tile)} is offered for lease, reserve ${formatMoney(e.reserve)}.`;
    case "bidPlaced":
      return `${seat(e.seat)} placed a sealed bid in auction #${e.auctionId}.`;
    case "auctionWon":
      return `${seat(e.seat)} wins the lease of ${tileName(state, e.tile)} for ${formatMoney(e.price)} (${e.bids} bid(s)).`;
    case "auctionFailed":
      return `No bid reached the reserve of ${formatMoney(e.reserve)} for ${tileName(state, e.tile)}; it stays in the reserve.`;
    case "orderQueued":
      return `${seat(e.seat)}: ${e.what}`;
    case "built":
      return `${seat(e.seat)} completes ${e.building === "factory" ? "a factory" : "commercial housing"} at ${tileName(state, e.tile)}${e.sale > 0 ? `; flats sell for ${formatMoney(e.sale)}` : ""}.`;
    case "infrastructureBuilt": {
      const what = { bridge: `A ${e.tiles.length}-span bridge`, tunnel: `A ${e.tiles.length}-tile tunnel`, road: "A road", rail: "A light-rail section" }[e.infra];
      return `${what} opens at ${tileName(state, e.tiles[0])} (cost ${formatMoney(e.cost)}).`;
    }
    case "loan":
      return `${seat(e.seat)} ${e.amount > 0 ? `borrows ${formatMoney(e.amount)}` : `repays ${formatMoney(-e.amount)}`}; debt now ${formatMoney(e.debt)}.`;
    case "policySet":
      return `Policy: ${e.what}`;
    case "prhStarted":
      return `Work starts on a public rented housing estate at ${tileName(state, e.tile)}; it opens at the end of round ${e.readyAtRound}.`;
    case "prhOpened":
      return `A public rented housing estate opens at ${tileName(state, e.tile)}.`;
    case "prhAllocated":
      return `${seat(e.seat)} ${e.won ? "is allocated" : "loses the lottery for"} a PRH unit at ${tileName(state, e.tile)}.`;
    case "zoneDesignated":
      return `${e.tiles.length} tile(s) around ${tileName(state, e.tiles[0])} become a special economic zone.`;
    case "firmArrived":
      return `A manufacturer moves into the factory at ${tileName(state, e.tile)}${e.zone ? " in the zone" : ""}, expecting ${formatMoney(e.profit)} a round.`;
    case "firmStayedOnCoast":
      return `A manufacturer looked inland but stayed on the coast (best offer ${formatMoney(e.bestProfit)} a round).`;
    case "hukouDecided":
      return `${seat(e.seat)} ${e.granted ? "is granted urban hukou" : "is refused urban hukou this round (quota full)"}.`;
    case "informalBuilt":
      return `${seat(e.seat)} builds rooms to let at ${tileName(state, e.tile)}.`;
    case "demolished":
      return `Informal housing at ${tileName(state, e.tile)} is demolished; ${e.displaced} cohort(s) displaced.`;
    case "planChanged":
      return `The plan for ${tileName(state, e.tiles[0])} now says ${e.plan}${e.amendment ? " (amendment in force)" : ""}.`;
    case "soeRelocated":
      return `The state enterprise at ${tileName(state, e.tile)} moves out; the site enters the land reserve.`;
    case "orderFailed":
      return `${seat(e.seat)}: ${e.reason}`;
    case "reclaimed":
      return `${seat(e.seat)} returns ${tileName(state, e.tile)} to farmland; a land ticket is being verified.`;
    case "ticketIssued":
      return `${seat(e.seat)} receives a land ticket.`;
    case "ticketsSold":
      return `${seat(e.from)} sells ${e.tickets} land ticket(s) to ${seat(e.to)} for ${formatMoney(e.price)}.`;
    case "exchangeCleared":
      return `The land-ticket exchange clears ${e.volume} ticket(s) at ${formatMoney(e.price)} each.`;
    case "cohortMoved":
      return `${seat(e.seat)} now works ${e.job === "coast" ? "on the coast" : `in ${e.job}`} and lives ${homeName(state, e.home)}.`;
    case "roundResolved":
      return `Round ${e.round} resolved.`;
    case "nextCardSet": {
      const card = state.scenario.events[e.card];
      return card ? `The facilitator sets the card for round ${e.round}: "${card.title}" (${card.year}).` : `The facilitator drops the event card of round ${e.round}: no card opens it.`;
    }
    case "gameEnded":
      return "The game is over.";
  }
}
