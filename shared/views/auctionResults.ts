// An auction's result as the players see it once it is cleared: every bid, ranked as the rule
// ranks them (rules/land.ts settleAuctions: the highest bid at or above the reserve wins and pays
// its own bid; equal bids go to the one placed first; a bidder short of money at resolution is
// skipped), and why the winner won, as a code the client words.

import type { AuctionBid } from "../model/events";
import { packNumber, unpackNumber } from "./wire";

/**
 * Why the result is what it is:
 * - only: the one bid (it reached the reserve, as every bid must);
 * - highest: the highest bid, alone at the top;
 * - tie: equal top bids, the one placed first won;
 * - short: a higher bid's seat could not pay at resolution, so the next bid won;
 * - none: no bid; unpaid: bids, but no bidder could pay at resolution.
 */
export const AUCTION_WHY = ["only", "highest", "tie", "short", "none", "unpaid"] as const;
export type AuctionWhy = (typeof AUCTION_WHY)[number];

/** The bids best first, as the rule ranks them (a stable sort keeps equal bids in the order placed). */
export const rankedBids = (bids: AuctionBid[]): AuctionBid[] => [...bids].sort((x, y) => y.amount - x.amount);

/** Why `winner` (a seat, or -1: nobody) won among `bids`. */
export function auctionWhy(bids: AuctionBid[], winner: number): AuctionWhy {
  if (winner < 0) return bids.length === 0 ? "none" : "unpaid";
  if (bids.length === 1) return "only";
  const [top, second] = rankedBids(bids);
  if (top.seat !== winner) return "short";
  return second.amount === top.amount ? "tie" : "highest";
}

/** Bids for the log's wire, best first: "seat.amount" in base 36, joined by "," ("" for none). */
export const packBids = (bids: AuctionBid[]): string => rankedBids(bids).map((b) => `${packNumber(b.seat)}.${packNumber(b.amount)}`).join(",");

export function unpackBids(packed: string): AuctionBid[] {
  if (!packed) return [];
  return packed.split(",").map((pair) => {
    const [seat, amount] = pair.split(".");
    return { seat: unpackNumber(seat), amount: unpackNumber(amount ?? "0") };
  });
}
