// Land tickets (dipiao). A village demolishes a house plot and returns it to farmland; after
// verification it receives one ticket: the right to turn one farmland tile elsewhere into
// construction land (source: the ticket system mainly serves the national farmland quota).
// The quota: farmland above the national red line may be built over without a ticket (the
// city's construction-land quota), in the order builds are placed, except the farmland that
// backs tickets (a reclaimed plot's); once the quota is used up, a developer must surrender a
// ticket to build on farmland, so the total is kept.
// Tickets change hands by direct offer from a village to a developer, or on the exchange
// (rules/exchange.ts).

import type { GameEvent } from "../model/events";
import { available } from "./commitments";
import { balanceOf, transfer } from "./ledger";
import { useCode } from "../model/map";
import { seatAccount, type GameState } from "../model/state";
import { refuse, type Refusal } from "../engine/refusal";
import { describeTile, offMap, useOf } from "./tiles";

const FARMLAND = useCode("farmland");

/** Farmland tiles on the map, counted. */
export function countFarmland(s: GameState): number {
  let farmland = 0;
  for (const u of s.map.use) if (u === FARMLAND) farmland++;
  return farmland;
}

/** Round 1's farmland count per use layer: no round is recorded yet and the bots ask often. No
 * command writes a use layer in the action phase, so the count holds for it; a resolution writes
 * its draft's own copy, whose count is taken at its first question and then stands, as the
 * recorded count does for the resolutions of later rounds. */
const unrecordedFarmland = new WeakMap<number[], number>();

/** Farmland tiles during the action phase: uses change only at resolution, so the count recorded at the end of last round holds (in round 1, counted once per use layer). */
function farmlandThisRound(s: GameState): number {
  const last = s.history[s.history.length - 1];
  if (last && last.round === s.round - 1) return last.farmlandTiles;
  if (s.phase !== "action") return countFarmland(s);
  let farmland = unrecordedFarmland.get(s.map.use);
  if (farmland === undefined) unrecordedFarmland.set(s.map.use, (farmland = countFarmland(s)));
  return farmland;
}

/**
 * The conversions the quota allows before tickets are needed: farmland tiles above the red line,
 * less those that back land tickets (held or being verified): a reclaimed plot's farmland is its
 * ticket's, not the city's. Resolution passes the farmland counted as it changes.
 */
export function quotaAboveRedLine(s: GameState, farmland = farmlandThisRound(s)): number {
  const tickets = s.tickets.reduce((a, b) => a + b, 0) + s.pendingTickets.length;
  return Math.max(0, farmland - s.redLineTiles - tickets);
}

/** Per build order on farmland this round, in the order placed: true where it needs a ticket (the quota above the red line is used up before it). */
function ticketOrders(s: GameState): { seat: number; needsTicket: boolean }[] {
  let quota = quotaAboveRedLine(s);
  const out: { seat: number; needsTicket: boolean }[] = [];
  for (const o of s.orders)
    if (o.kind === "build" && useOf(s, o.tile) === "farmland") {
      out.push({ seat: o.seat, needsTicket: quota <= 0 });
      quota--;
    }
  return out;
}

/** Quota left this round for building on farmland without a ticket, in tiles. */
export const farmlandQuota = (s: GameState): number => Math.max(0, quotaAboveRedLine(s) - ticketOrders(s).length);

/** Tickets a seat holds that are not promised in an open or accepted sale nor needed by its farmland builds beyond the quota. */
export function freeTickets(s: GameState, seat: number): number {
  const promised = s.offers.reduce((n, o) => (o.kind === "ticketSale" && o.from === seat && o.status !== "refused" ? n + o.tickets : n), 0);
  const needed = ticketOrders(s).filter((o) => o.seat === seat && o.needsTicket).length;
  const onSale = s.exchange.reduce((n, o) => (o.seat === seat && o.side === "sell" ? n + o.tickets : n), 0);
  return s.tickets[seat] - promised - needed - onSale;
}

export function reclaim(s: GameState, seat: number, tile: number): GameEvent[] | Refusal {
  const bad = offMap(s, tile);
  if (bad) return bad;
  if (useOf(s, tile) !== "villageHousing" || s.map.holder[tile] !== seat)
    return refuse(`Only your own village house plots can be reclaimed; ${describeTile(s, tile)} is not one.`, "wrongUse", { tile, use: useOf(s, tile) });
  if (s.orders.some((o) => o.kind === "reclaim" && o.tile === tile)) return refuse("This plot is already being reclaimed.", "alreadyOrdered", { tile });
  const cost = s.scenario.tickets.reclamationCost;
  if (available(s, seat) < cost) return refuse(`Reclamation costs ${cost} wan; you have ${available(s, seat)} uncommitted.`, "notEnoughMoney", { needed: cost, available: available(s, seat) });
  s.orders.push({ kind: "reclaim", seat, tile });
  return [{ type: "orderQueued", seat, order: { what: "reclaim", tile } }];
}

export function offerTickets(s: GameState, seat: number, to: number, tickets: number, price: number): GameEvent[] | Refusal {
  if (s.seats[to]?.role !== "developer") return refuse("Land tickets can only be offered to a developer.", "notADeveloper", { seat: to });
  if (freeTickets(s, seat) < tickets) return refuse(`You have ${freeTickets(s, seat)} land ticket(s) free to sell.`, "notEnoughTickets", { tickets, free: freeTickets(s, seat) });
  const id = s.nextId++;
  s.offers.push({ id, kind: "ticketSale", from: seat, to, tickets, amount: price, status: "open" });
  return [{ type: "offerMade", offerId: id }];
}

/** Resolution step 3, first part: verified tickets are issued and accepted direct sales change hands (the exchange clears next, rules/exchange.ts). */
export function settleTickets(s: GameState): GameEvent[] {
  const events: GameEvent[] = [];
  s.pendingTickets = s.pendingTickets.filter((p) => {
    if (p.readyAtRound > s.round) return true;
    s.tickets[p.seat] += 1;
    events.push({ type: "ticketIssued", seat: p.seat });
    return false;
  });
  for (const o of s.offers) {
    if (o.kind !== "ticketSale") continue;
    if (o.status === "open") {
      events.push({ type: "offerLapsed", offerId: o.id, reason: "noAnswer", seat: o.to, tile: -1 });
      continue;
    }
    if (o.status !== "accepted") continue;
    if (s.tickets[o.from] < o.tickets || balanceOf(s, o.to) < o.amount) {
      events.push({ type: "offerLapsed", offerId: o.id, reason: "cannotDeliver", seat: o.to, tile: -1 });
      continue;
    }
    transfer(s, seatAccount(o.to), seatAccount(o.from), o.amount, "ticket");
    s.tickets[o.from] -= o.tickets;
    s.tickets[o.to] += o.tickets;
    events.push({ type: "ticketsSold", from: o.from, to: o.to, tickets: o.tickets, price: o.amount });
  }
  return events;
}

/** Part of resolution step 4: reclaimed plots become farmland and a ticket goes into verification. */
export function settleReclamation(s: GameState, order: { seat: number; tile: number }): GameEvent[] {
  transfer(s, seatAccount(order.seat), "economy", s.scenario.tickets.reclamationCost, "reclamation", order.tile);
  s.map.use[order.tile] = useCode("farmland");
  s.pendingTickets.push({ seat: order.seat, tile: order.tile, readyAtRound: s.round + s.scenario.tickets.verificationRounds });
  return [{ type: "reclaimed", tile: order.tile, seat: order.seat }];
}
