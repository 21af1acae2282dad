import { describe, expect, it } from "vitest";
import { TENURES } from "../../shared/model/map";
import { seatAccount, type GameState } from "../../shared/model/state";
import { DEV1, DEV2, GOV, VILLAGE, at, endRound, must, refused, scenarioWith, started } from "../helpers/game";

const FARM = at(7, 0);
const HOUSE = at(9, 0);
const RESERVE = at(0, 4);
const balance = (s: GameState, seat: number) => s.balances[seatAccount(seat)];

describe("expropriation", () => {
  it("an accepted offer moves the tile into the land reserve and pays the village at resolution", () => {
    let s = started();
    s = must(s, GOV, { type: "expropriate", tile: FARM, compensation: 2_500 }).state;
    expect(s.offers[0]).toMatchObject({ kind: "expropriation", from: GOV, to: VILLAGE, tile: FARM, amount: 2_500, status: "open" });
    s = must(s, VILLAGE, { type: "respondOffer", offerId: 0, accept: true }).state;
    expect(TENURES[s.map.tenure[FARM]]).toBe("villageCollective"); // nothing moves before resolution
    const gov0 = balance(s, GOV);
    const village0 = balance(s, VILLAGE);
    const r = endRound(s);
    s = r.state;
    expect(TENURES[s.map.tenure[FARM]]).toBe("landReserve");
    expect(s.map.holder[FARM]).toBe(GOV);
    // Round 2's card (Open Up the West) grants 120,000 after resolution; the village also earns
    // farm income on its 8 remaining farmland tiles (8 x 40).
    expect(balance(s, GOV)).toBe(gov0 - 2_500 + 120_000);
    expect(balance(s, VILLAGE)).toBe(village0 + 2_500 + 8 * 40);
    expect(s.deals[FARM]).toEqual({ compensation: 2_500, lease: 0, sale: 0 });
    expect(r.events).toContainEqual({ type: "expropriated", tile: FARM, village: 0, compensation: 2_500, hukou: false, flats: false });
  });

  it("a refused offer changes nothing and a new, higher offer may follow", () => {
    let s = started();
    s = must(s, GOV, { type: "expropriate", tile: FARM, compensation: 1_500 }).state;
    s = must(s, VILLAGE, { type: "respondOffer", offerId: 0, accept: false }).state;
    s = must(s, GOV, { type: "expropriate", tile: FARM, compensation: 3_000 }).state;
    expect(s.offers.map((o) => o.status)).toEqual(["refused", "open"]);
  });

  it("an unanswered offer lapses at resolution", () => {
    let s = started();
    s = must(s, GOV, { type: "expropriate", tile: FARM, compensation: 1_500 }).state;
    const r = endRound(s);
    expect(r.events).toContainEqual({ type: "offerLapsed", offerId: 0, reason: "noAnswer", seat: VILLAGE, tile: FARM });
    expect(TENURES[r.state.map.tenure[FARM]]).toBe("villageCollective");
  });

  it("refuses state land, offers below the legal minimum, a second offer, and offers beyond the budget", () => {
    const s = started();
    expect(refused(s, GOV, { type: "expropriate", tile: at(2, 0), compensation: 1_500 })).toMatch(/Only village collective land/);
    expect(refused(s, GOV, { type: "expropriate", tile: FARM, compensation: 1_499 })).toMatch(/legal minimum of 1500/);
    expect(refused(s, GOV, { type: "expropriate", tile: HOUSE, compensation: 2_999 })).toMatch(/legal minimum of 3000/);
    const s1 = must(s, GOV, { type: "expropriate", tile: FARM, compensation: 1_500 }).state;
    expect(refused(s1, GOV, { type: "expropriate", tile: FARM, compensation: 9_000 })).toMatch(/already an offer/);
    expect(refused(s, GOV, { type: "expropriate", tile: at(8, 0), compensation: 300_001 })).toMatch(/300000 wan uncommitted/);
    expect(refused(s, GOV, { type: "expropriate", tile: 999, compensation: 1_500 })).toMatch(/not on the 10x5 map/);
  });

  it("only the village the offer is addressed to may answer it, and only once", () => {
    let s = started();
    s = must(s, GOV, { type: "expropriate", tile: FARM, compensation: 1_500 }).state;
    expect(refused(s, DEV1, { type: "respondOffer", offerId: 0, accept: true })).toMatch(/no offer #0 addressed to you/);
    s = must(s, VILLAGE, { type: "respondOffer", offerId: 0, accept: true }).state;
    expect(refused(s, VILLAGE, { type: "respondOffer", offerId: 0, accept: false })).toMatch(/already been accepted/);
  });
});

describe("lease auctions (sealed bid, first price)", () => {
  const threeDevelopers = () => started(scenarioWith({ seats: { developers: 3, migrants: 2 } }));
  // With three developers the seats are 0 gov, 1 village, 2-4 developers, 5-6 migrants.
  const DEV3 = 4;

  it("three bidders: the highest bid at or above the reserve wins and pays its own bid", () => {
    let s = threeDevelopers();
    s = must(s, GOV, { type: "releaseAuction", tile: RESERVE, reserve: 20_000 }).state;
    const id = s.auctions[0].id;
    s = must(s, DEV1, { type: "bid", auctionId: id, amount: 25_000 }).state;
    s = must(s, DEV2, { type: "bid", auctionId: id, amount: 31_000 }).state;
    s = must(s, DEV3, { type: "bid", auctionId: id, amount: 28_500 }).state;
    const gov0 = balance(s, GOV);
    const r = endRound(s);
    expect(r.events).toContainEqual({
      type: "auctionWon",
      tile: RESERVE,
      seat: DEV2,
      price: 31_000,
      reserve: 20_000,
      bids: [
        { seat: DEV1, amount: 25_000 },
        { seat: DEV2, amount: 31_000 },
        { seat: DEV3, amount: 28_500 },
      ],
    });
    expect(TENURES[r.state.map.tenure[RESERVE]]).toBe("stateUrban");
    expect(r.state.map.holder[RESERVE]).toBe(DEV2);
    expect(balance(r.state, DEV2)).toBe(120_000 - 31_000);
    expect(balance(r.state, DEV1)).toBe(120_000);
    expect(balance(r.state, GOV)).toBe(gov0 + 31_000 + 120_000); // and round 2's card (2000) grants 120,000
    expect(r.state.deals[RESERVE]).toEqual({ compensation: 0, lease: 31_000, sale: 0 });
  });

  it("equal bids go to the bid placed first; a changed bid counts from when it was changed", () => {
    let s = threeDevelopers();
    s = must(s, GOV, { type: "releaseAuction", tile: RESERVE, reserve: 10_000 }).state;
    s = must(s, DEV1, { type: "bid", auctionId: 0, amount: 20_000 }).state;
    s = must(s, DEV2, { type: "bid", auctionId: 0, amount: 20_000 }).state;
    expect(endRound(s).events).toContainEqual({ type: "auctionWon", tile: RESERVE, seat: DEV1, price: 20_000, reserve: 10_000, bids: [{ seat: DEV1, amount: 20_000 }, { seat: DEV2, amount: 20_000 }] });
    s = must(s, DEV1, { type: "bid", auctionId: 0, amount: 20_000 }).state;
    expect(s.auctions[0].bids).toHaveLength(2);
    expect(endRound(s).events).toContainEqual({ type: "auctionWon", tile: RESERVE, seat: DEV2, price: 20_000, reserve: 10_000, bids: [{ seat: DEV2, amount: 20_000 }, { seat: DEV1, amount: 20_000 }] });
  });

  it("with no bid at the reserve the plot stays in the reserve", () => {
    let s = threeDevelopers();
    s = must(s, GOV, { type: "releaseAuction", tile: RESERVE, reserve: 10_000 }).state;
    const r = endRound(s);
    expect(r.events).toContainEqual({ type: "auctionFailed", tile: RESERVE, reserve: 10_000, bids: [] });
    expect(TENURES[r.state.map.tenure[RESERVE]]).toBe("landReserve");
  });

  it("refuses bids under the reserve or beyond the bidder's uncommitted money, and unknown auctions", () => {
    let s = started();
    s = must(s, GOV, { type: "releaseAuction", tile: RESERVE, reserve: 10_000 }).state;
    s = must(s, GOV, { type: "releaseAuction", tile: at(1, 4), reserve: 10_000 }).state;
    expect(refused(s, DEV1, { type: "bid", auctionId: 0, amount: 9_999 })).toMatch(/reserve price of 10000/);
    expect(refused(s, DEV1, { type: "bid", auctionId: 7, amount: 10_000 })).toMatch(/no auction #7/);
    s = must(s, DEV1, { type: "bid", auctionId: 0, amount: 100_000 }).state;
    expect(refused(s, DEV1, { type: "bid", auctionId: 1, amount: 20_001 })).toMatch(/20000 wan uncommitted/);
    // Raising the same bid only needs the difference.
    expect(must(s, DEV1, { type: "bid", auctionId: 0, amount: 120_000 }).state.auctions[0].bids).toEqual([{ seat: DEV1, amount: 120_000 }]);
  });

  it("only reserve land can be auctioned, once a round", () => {
    let s = started();
    expect(refused(s, GOV, { type: "releaseAuction", tile: FARM, reserve: 0 })).toMatch(/Only land in the state land reserve/);
    s = must(s, GOV, { type: "releaseAuction", tile: RESERVE, reserve: 0 }).state;
    expect(refused(s, GOV, { type: "releaseAuction", tile: RESERVE, reserve: 5 })).toMatch(/already up for auction/);
  });
});
