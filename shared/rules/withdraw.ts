// Taking back what a seat queued this action phase, before resolution: an offer nobody has
// answered yet, a sealed bid, an order on the ticket exchange, or an order to build, reclaim,
// demolish, relocate, zone or plan (by a tile it covers). The money it promised is free again at
// once (commitments are read from what is queued). Nothing is logged: a queued action was never
// carried out.

import type { GameEvent } from "../model/events";
import type { GameState } from "../model/state";
import { refuse, type Refusal } from "../engine/refusal";

export type Withdrawal = { what: "offer"; offerId: number } | { what: "bid"; auctionId: number } | { what: "exchange" } | { what: "order"; tile: number };

const orderTiles = (o: GameState["orders"][number]): number[] => ("tiles" in o ? o.tiles : [o.tile]);

export function withdraw(s: GameState, seat: number, w: Withdrawal): GameEvent[] | Refusal {
  if (w.what === "offer") {
    const i = s.offers.findIndex((o) => o.id === w.offerId && o.from === seat && o.status === "open");
    if (i < 0) return refuse(`You have no unanswered offer #${w.offerId} to take back.`, "nothingToWithdraw", { queued: "offer" });
    s.offers.splice(i, 1);
  } else if (w.what === "bid") {
    const auction = s.auctions.find((a) => a.id === w.auctionId && a.bids.some((b) => b.seat === seat));
    if (!auction) return refuse(`You have no bid in auction #${w.auctionId} to take back.`, "nothingToWithdraw", { queued: "bid" });
    auction.bids = auction.bids.filter((b) => b.seat !== seat);
  } else if (w.what === "exchange") {
    if (!s.exchange.some((o) => o.seat === seat)) return refuse("You have no order on the exchange to take back.", "nothingToWithdraw", { queued: "exchange" });
    s.exchange = s.exchange.filter((o) => o.seat !== seat);
  } else {
    const i = s.orders.findIndex((o) => o.seat === seat && orderTiles(o).includes(w.tile));
    if (i < 0) return refuse(`You have no order on tile ${w.tile} to take back.`, "nothingToWithdraw", { queued: "order" });
    s.orders.splice(i, 1);
  }
  return [];
}
