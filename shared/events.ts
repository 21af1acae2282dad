// What the rules report back: typed events, turned into log lines by `describeEvent`.

import type { BuildingKind, GameState, Home, Job } from "./state";
import { USES } from "./map";

export type GameEvent =
  | { type: "gameStarted" }
  | { type: "roundStarted"; round: number; year: number; card: number }
  | { type: "offerMade"; offerId: number }
  | { type: "offerAnswered"; offerId: number; accept: boolean }
  | { type: "offerLapsed"; offerId: number; reason: string }
  | { type: "protest"; offerId: number; tile: number; seat: number; stability: number }
  | { type: "expropriated"; tile: number; village: number; compensation: number }
  | { type: "auctionOpened"; auctionId: number; tile: number; reserve: number }
  | { type: "bidPlaced"; auctionId: number; seat: number }
  | { type: "auctionWon"; tile: number; seat: number; price: number; bids: number }
  | { type: "auctionFailed"; tile: number; reserve: number; bids: number }
  | { type: "orderQueued"; seat: number; what: string }
  | { type: "built"; tile: number; seat: number; building: BuildingKind; sale: number }
  | { type: "bridgeBuilt"; tiles: number[]; cost: number }
  | { type: "orderFailed"; seat: number; reason: string }
  | { type: "reclaimed"; tile: number; seat: number }
  | { type: "ticketIssued"; seat: number }
  | { type: "ticketsSold"; from: number; to: number; tickets: number; price: number }
  | { type: "exchangeCleared"; price: number; volume: number }
  | { type: "cohortMoved"; seat: number; job: Job; home: Home }
  | { type: "roundResolved"; round: number }
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
  return `in ${USES[state.map.use[home.tile]] === "commercialHousing" ? "a commercial flat" : "a village room"} at ${tileName(state, home.tile)}`;
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
    case "expropriated":
      return `The ${tileName(state, e.tile)} of ${state.map.villages[e.village]?.name ?? "a village"} enters the land reserve; compensation ${formatMoney(e.compensation)}.`;
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
    case "bridgeBuilt":
      return `A ${e.tiles.length}-span bridge opens at ${tileName(state, e.tiles[0])} (cost ${formatMoney(e.cost)}).`;
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
    case "gameEnded":
      return "The game is over.";
  }
}
