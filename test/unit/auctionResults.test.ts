// A cleared auction as the players see it: every bid ranked as the rule ranks them and why the
// winner won (shared/views/auctionResults.ts), and the round summary of a seat that bid, built
// from the synced state and the log lines as the page builds it (client/ui/roundSummary.ts).
import { describe, expect, it } from "vitest";
import { setLanguage } from "../../client/i18n";
import { roundTracker } from "../../client/ui/roundSummary";
import { RoomState } from "../../server/room/schema";
import { appendLog, syncState } from "../../server/room/sync";
import type { PrivateView } from "../../shared/protocol";
import { auctionWhy, packBids, rankedBids, unpackBids } from "../../shared/views/auctionResults";
import { DEV1, DEV2, GOV, at, endRound, must, started } from "../helpers/game";

const RESERVE = at(0, 4);

describe("why an auction was won", () => {
  const bids = [
    { seat: 2, amount: 25_000 },
    { seat: 3, amount: 31_000 },
    { seat: 4, amount: 31_000 },
  ];
  it("ranks best first, equal bids in the order placed; the codes follow the rule", () => {
    expect(rankedBids(bids).map((b) => b.seat)).toEqual([3, 4, 2]);
    expect(auctionWhy(bids, 3)).toBe("tie");
    expect(auctionWhy(bids, 2)).toBe("short"); // seats 3 and 4 could not pay at resolution
    expect(auctionWhy(bids.slice(0, 2), 3)).toBe("highest");
    expect(auctionWhy(bids.slice(0, 1), 2)).toBe("only");
    expect(auctionWhy([], -1)).toBe("none");
    expect(auctionWhy(bids, -1)).toBe("unpaid");
  });
  it("packs for the log as seat.amount in base 36, best first: 31,000 = 23 x 36² + 33 x 36 + 4 is 'nx4', 25,000 = 19 x 36² + 10 x 36 + 16 is 'jag'", () => {
    expect(packBids(bids)).toBe("3.nx4,4.nx4,2.jag");
    expect(unpackBids(packBids(bids))).toEqual(rankedBids(bids));
  });
});

describe("the round summary of a seat that bid", () => {
  it("lists every bid of its auction with why the winner won", () => {
    setLanguage("en");
    let s = must(started(), GOV, { type: "releaseAuction", tile: RESERVE, reserve: 10_000 }).state;
    const id = s.auctions[0].id;
    s = must(s, DEV1, { type: "bid", auctionId: id, amount: 15_000 }).state;
    s = must(s, DEV2, { type: "bid", auctionId: id, amount: 12_000 }).state;
    const room = new RoomState();
    syncState(room, s, s.seats.map(() => null), 0);
    const tracker = roundTracker();
    const priv = { seat: DEV2, bids: [{ auctionId: id, amount: 12_000 }] } as PrivateView;
    tracker.observe(room, DEV2, priv);
    const r = endRound(s);
    appendLog(room, r.state, r.events);
    syncState(room, r.state, r.state.seats.map(() => null), 0);
    tracker.observe(room, DEV2, { ...priv, bids: [] });
    const line = tracker.summary()!.lines.join("\n").replace(/\s/g, " ");
    expect(line).toMatch(/went to Developer 1 for ¥150 m \(your bid ¥120 m\)\. Every bid: Developer 1 ¥150 m, Developer 2 ¥120 m \(the highest bid at or above the reserve wins\)\./);
  });
});
