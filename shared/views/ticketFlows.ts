// Where the land tickets went, read from two successive rounds' uses: a village house plot that
// became farmland was reclaimed (rules/tickets.ts settleReclamation: one ticket), and farmland
// that became a building used one (rules/construction.ts completeBuilding). Tickets are
// interchangeable once issued, so each conversion is paired with the oldest reclaimed plot not
// yet paired: the arc shows a ticket's journey from a village to a building site, not a serial number.

import { USES } from "../model/map";
import type { BuildingKind } from "../model/offers";

const HOUSE_PLOT = USES.indexOf("villageHousing");
const FARMLAND = USES.indexOf("farmland");
const BUILDINGS = new Set((["commercialHousing", "factory", "office"] satisfies BuildingKind[]).map((u) => USES.indexOf(u)));

export interface TicketArc {
  /** The reclaimed house plot. */
  from: number;
  /** The farmland built on with a ticket. */
  to: number;
  /** The round the farmland was built on, and the exchange's last clearing price then (wan a ticket, 0: none traded). */
  round: number;
  price: number;
}

/** Tiles reclaimed and farmland built on between two rounds' uses. */
export function ticketUses(before: number[], after: number[]): { reclaimed: number[]; converted: number[] } {
  const reclaimed: number[] = [];
  const converted: number[] = [];
  for (let t = 0; t < after.length; t++) {
    if (before[t] === HOUSE_PLOT && after[t] === FARMLAND) reclaimed.push(t);
    if (before[t] === FARMLAND && BUILDINGS.has(after[t])) converted.push(t);
  }
  return { reclaimed, converted };
}

/** Pair this round's conversions with the oldest unpaired reclaimed plots (`waiting`, oldest first; it loses the plots paired). */
export function pairTickets(waiting: number[], converted: number[], round: number, price: number): TicketArc[] {
  const arcs: TicketArc[] = [];
  for (const to of converted) {
    const from = waiting.shift();
    if (from === undefined) break;
    arcs.push({ from, to, round, price });
  }
  return arcs;
}

/**
 * Every arc of a game from its rounds' uses (by round, as each round opened; wire.ts
 * layersByRound): each pair of successive rounds compared in order, the plots reclaimed waiting
 * for the conversions after them. `priceOf(round)` is the exchange's last clearing price then.
 */
export function ticketArcs(usesByRound: Map<number, number[]>, priceOf: (round: number) => number): TicketArc[] {
  const rounds = [...usesByRound.keys()].sort((a, b) => a - b);
  const waiting: number[] = [];
  const arcs: TicketArc[] = [];
  for (let i = 1; i < rounds.length; i++) {
    const round = rounds[i - 1];
    if (rounds[i] !== round + 1) waiting.length = 0; // a gap: the rounds between are unknown
    const { reclaimed, converted } = ticketUses(usesByRound.get(round)!, usesByRound.get(rounds[i])!);
    waiting.push(...reclaimed);
    arcs.push(...pairTickets(waiting, converted, round, priceOf(round)));
  }
  return arcs;
}
