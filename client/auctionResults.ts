// The last auction result of each plot, read from the log's lines as the page receives them
// (shared/views/logEntries.ts auctionWon / auctionUnpaid / auctionFailed: every bid, best first,
// and why the winner won). Kept per connection's state, so a plot's result stays after its line
// has left the synced ring of 60; a page that joined later knows the results still in the ring.
import type { RoomState } from "../server/room/schema";
import type { AuctionBid } from "../shared/model/events";
import { unpackBids, type AuctionWhy } from "../shared/views/auctionResults";
import { unpackEntry } from "../shared/views/logEntries";
import { logOf } from "./synced";

export interface AuctionResult {
  tile: number;
  /** The winning seat, -1 when the plot stayed in the reserve. */
  winner: number;
  /** What the winner pays (its own bid), wan; 0 unsold. */
  price: number;
  reserve: number;
  why: AuctionWhy;
  /** Best first, as the rule ranks them. */
  bids: AuctionBid[];
}

interface Seen {
  written: number;
  byTile: Map<number, AuctionResult>;
}
const seen = new WeakMap<RoomState, Seen>();

function resultOf(packed: string): AuctionResult | null {
  const e = unpackEntry(packed);
  if (!e) return null;
  const p = e.params;
  if (e.code === "auctionWon") return { tile: Number(p.tile), winner: Number(p.seat), price: Number(p.price), reserve: Number(p.reserve), why: p.why as AuctionWhy, bids: unpackBids(String(p.bids)) };
  if (e.code === "auctionUnpaid") return { tile: Number(p.tile), winner: -1, price: 0, reserve: Number(p.reserve), why: "unpaid", bids: unpackBids(String(p.bids)) };
  if (e.code === "auctionFailed") return { tile: Number(p.tile), winner: -1, price: 0, reserve: Number(p.reserve), why: "none", bids: [] };
  return null;
}

/** Read the log lines written since the last look (at most the ring's). */
export function observeAuctions(state: RoomState): Map<number, AuctionResult> {
  let s = seen.get(state);
  if (!s) seen.set(state, (s = { written: 0, byTile: new Map() }));
  if (s.written === state.logWritten) return s.byTile;
  const lines = logOf(state);
  const fresh = lines.slice(Math.max(0, lines.length - (state.logWritten - s.written)));
  for (const line of fresh) {
    const r = resultOf(line);
    if (r) s.byTile.set(r.tile, r);
  }
  s.written = state.logWritten;
  return s.byTile;
}

/** The plot's last auction result this page knows, or null. */
export const auctionResultOf = (state: RoomState, tile: number): AuctionResult | null => observeAuctions(state).get(tile) ?? null;
