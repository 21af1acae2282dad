// The one ledger. Every movement of money is a transfer with a payer and a payee, so the
// sum of all balances is always zero: the outside accounts ("central" government, the wider
// "economy") go negative by exactly what they put into the city.

import { buildingCost } from "./construction";
import type { Offer } from "../model/offers";
import { governmentSeat, seatAccount, type AccountId, type GameState, type TransferReason } from "../model/state";

/** Move `amount` wan from one account to another (mutates a draft state). */
export function transfer(
  draft: GameState,
  from: AccountId,
  to: AccountId,
  amount: number,
  reason: TransferReason,
  tile = -1,
): void {
  if (!Number.isInteger(amount) || amount < 0) throw new Error(`transfer of ${amount} is not a whole, non-negative sum`);
  if (amount === 0) return;
  draft.balances[from] = (draft.balances[from] ?? 0) - amount;
  draft.balances[to] = (draft.balances[to] ?? 0) + amount;
  draft.ledger.push({ round: draft.round, from, to, amount, reason, tile });
}

export const balanceOf = (state: GameState, seat: number): number => state.balances[seatAccount(seat)] ?? 0;

/** Who pays if an offer goes through: the government for land, the buyer for tickets, nobody for a plan amendment (-1). */
export const payerOf = (state: GameState, offer: Offer): number =>
  offer.kind === "expropriation" ? governmentSeat(state) : offer.kind === "ticketSale" ? offer.to : -1;

/** What the government pays if an expropriation package goes through: cash plus resettlement flats. */
export const packageCost = (state: GameState, offer: { amount: number; flats: boolean }): number =>
  offer.amount + (offer.flats ? state.scenario.resettlement.flatsPerTile : 0);

/** What the payer pays if an offer goes through. */
export const offerCost = (state: GameState, offer: Offer): number => (offer.kind === "expropriation" ? packageCost(state, offer) : offer.amount);

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
  const sc = state.scenario;
  for (const order of state.orders) {
    if (order.seat !== seat) continue;
    if (order.kind === "build") sum += buildingCost(state, order.building);
    if (order.kind === "infra") sum += order.cost;
    if (order.kind === "reclaim") sum += sc.tickets.reclamationCost;
    if (order.kind === "informal") sum += sc.informal.buildCost;
    if (order.kind === "demolish") sum += sc.informal.demolitionCost;
    if (order.kind === "relocateSoe") sum += sc.soe.relocationCost;
    // A PRH estate ("prh") is borrowed in full and "zone" costs nothing now.
  }
  return sum;
}

/** What a seat can still promise this round. */
export const available = (state: GameState, seat: number): number => balanceOf(state, seat) - committed(state, seat);

/** Sum of every balance; zero in any valid state. */
export const ledgerTotal = (state: GameState): number => Object.values(state.balances).reduce((a, b) => a + b, 0);
