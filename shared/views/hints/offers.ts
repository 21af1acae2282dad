// The offers panel's actions: the answers a seat may give to each offer addressed to it
// (accept or refuse; a counter-offer on compensation; a village's protest), and a village's
// direct ticket offers to each developer. Amounts are examples the panel lets a player change.

import type { PlayerCommand } from "../../engine/commands";
import type { GameState } from "../../model/state";

export function offerCandidates(s: GameState, seat: number): PlayerCommand[] {
  const me = s.seats[seat];
  if (!me || s.phase !== "action") return [];
  const out: PlayerCommand[] = [];
  for (const o of s.offers) {
    if (o.to !== seat || o.status !== "open") continue;
    out.push({ type: "respondOffer", offerId: o.id, accept: true }, { type: "respondOffer", offerId: o.id, accept: false });
    if (o.kind === "expropriation") {
      out.push({ type: "counterOffer", offerId: o.id, amount: o.amount });
      if (me.role === "village") out.push({ type: "resistOffer", offerId: o.id });
    }
  }
  if (me.role === "village") for (const dev of s.seats) if (dev.role === "developer") out.push({ type: "offerTickets", to: dev.id, tickets: 1, price: 3_000 });
  return out;
}
