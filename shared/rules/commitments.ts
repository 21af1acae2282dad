// Money promised by orders: what each kind of offer, bid and queued order will cost the seat
// that placed it, so an action-phase command can be refused when the promises would exceed the
// balance. Nothing here moves money (rules/ledger.ts does, at resolution); the same prices are
// paid when the orders are carried out.

import { balanceOf } from "./ledger";
import type { BuildingKind, Offer, Order } from "../model/offers";
import { governmentSeat, type GameState } from "../model/state";

/** What a building costs to put up, wan (reserved when ordered, paid on completion). */
export const buildingCost = (s: GameState, building: BuildingKind): number => {
  const c = s.scenario.construction;
  return building === "factory" ? c.factoryCost : building === "office" ? c.officeCost : c.commercialHousingCost;
};

/** Who pays if an offer goes through: the government for land, the buyer for tickets, nobody for a plan amendment (-1). */
export const payerOf = (state: GameState, offer: Offer): number =>
  offer.kind === "expropriation" ? governmentSeat(state) : offer.kind === "ticketSale" ? offer.to : -1;

/** What the government pays if an expropriation package goes through: cash plus resettlement flats. */
export const packageCost = (state: GameState, offer: { amount: number; flats: boolean }): number =>
  offer.amount + (offer.flats ? state.scenario.resettlement.flatsPerTile : 0);

/** What the payer pays if an offer goes through. */
export const offerCost = (state: GameState, offer: Offer): number => (offer.kind === "expropriation" ? packageCost(state, offer) : offer.amount);

/** What a queued order costs its seat now, wan. A PRH estate is borrowed in full and a zone or a plan costs nothing now. */
export function orderCost(state: GameState, order: Order): number {
  const sc = state.scenario;
  switch (order.kind) {
    case "build":
      return buildingCost(state, order.building);
    case "infra":
      return order.cost;
    case "reclaim":
      return sc.tickets.reclamationCost;
    case "informal":
      return sc.informal.buildCost;
    case "demolish":
      return sc.informal.demolitionCost;
    case "relocateSoe":
      return sc.soe.relocationCost;
    case "prh":
    case "zone":
    case "plan":
      return 0;
  }
}

/**
 * Money a seat has promised this round: offers it made or accepted as payer, bids, queued
 * orders and repayments; less the loans it will draw.
 */
export function committed(state: GameState, seat: number): number {
  let sum = 0;
  for (const o of state.offers) {
    if (payerOf(state, o) !== seat) continue;
    if (o.status === "accepted" || (o.status === "open" && o.from === seat)) sum += offerCost(state, o);
  }
  for (const l of state.loans) if (l.seat === seat) sum -= l.amount;
  for (const a of state.auctions) for (const b of a.bids) if (b.seat === seat) sum += b.amount;
  for (const o of state.exchange) if (o.seat === seat && o.side === "buy") sum += o.tickets * o.price;
  for (const order of state.orders) if (order.seat === seat) sum += orderCost(state, order);
  return sum;
}

/** What a seat can still promise this round. */
export const available = (state: GameState, seat: number): number => balanceOf(state, seat) - committed(state, seat);
