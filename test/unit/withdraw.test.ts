// Taking back a queued action before resolution (shared/rules/withdraw.ts): the promised money
// is free again at once, and the action is not carried out. Worked numbers on the river map.
import { describe, expect, it } from "vitest";
import { TENURES } from "../../shared/model/map";
import { available } from "../../shared/rules/commitments";
import { DEV1, GOV, VILLAGE, at, endRound, must, refusal, started } from "../helpers/game";

const FARM = at(7, 0);
const RESERVE = at(0, 4);

describe("withdrawing a queued action", () => {
  it("an unanswered compensation offer: the 1,500 wan are free again, and the land stays the village's", () => {
    let s = started();
    const free0 = available(s, GOV);
    s = must(s, GOV, { type: "expropriate", tile: FARM, compensation: 1_500 }).state;
    expect(available(s, GOV)).toBe(free0 - 1_500);
    s = must(s, GOV, { type: "withdraw", withdrawal: { what: "offer", offerId: 0 } }).state;
    expect(available(s, GOV)).toBe(free0);
    expect(s.offers).toEqual([]);
    // The village can no longer accept it, and nothing happens at resolution.
    expect(refusal(s, VILLAGE, { type: "respondOffer", offerId: 0, accept: true }).code).toBe("noSuchOffer");
    expect(TENURES[endRound(s).state.map.tenure[FARM]]).toBe("villageCollective");
  });

  it("only one's own offer, and only while it is unanswered", () => {
    let s = started();
    s = must(s, GOV, { type: "expropriate", tile: FARM, compensation: 1_500 }).state;
    expect(refusal(s, VILLAGE, { type: "withdraw", withdrawal: { what: "offer", offerId: 0 } })).toEqual({ code: "nothingToWithdraw", params: { queued: "offer" } });
    s = must(s, VILLAGE, { type: "respondOffer", offerId: 0, accept: true }).state;
    expect(refusal(s, GOV, { type: "withdraw", withdrawal: { what: "offer", offerId: 0 } })).toEqual({ code: "nothingToWithdraw", params: { queued: "offer" } });
  });

  it("a sealed bid: the developer's 25,000 wan are free again and the auction goes unsold", () => {
    let s = started();
    s = must(s, GOV, { type: "releaseAuction", tile: RESERVE, reserve: 20_000 }).state;
    const free0 = available(s, DEV1);
    s = must(s, DEV1, { type: "bid", auctionId: 0, amount: 25_000 }).state;
    expect(available(s, DEV1)).toBe(free0 - 25_000);
    s = must(s, DEV1, { type: "withdraw", withdrawal: { what: "bid", auctionId: 0 } }).state;
    expect(available(s, DEV1)).toBe(free0);
    expect(s.auctions[0].bids).toEqual([]);
    expect(endRound(s).state.map.holder[RESERVE]).not.toBe(DEV1);
    expect(refusal(s, DEV1, { type: "withdraw", withdrawal: { what: "bid", auctionId: 0 } }).code).toBe("nothingToWithdraw");
  });

  it("an order, found by a tile it covers: a road's cost is free again and no road is built", () => {
    let s = started();
    const free0 = available(s, GOV);
    s = must(s, GOV, { type: "buildInfrastructure", infra: "road", tile: at(2, 0) }).state;
    const cost = free0 - available(s, GOV);
    expect(cost).toBeGreaterThan(0);
    expect(refusal(s, GOV, { type: "withdraw", withdrawal: { what: "order", tile: at(3, 3) } }).code).toBe("nothingToWithdraw");
    s = must(s, GOV, { type: "withdraw", withdrawal: { what: "order", tile: at(2, 0) } }).state;
    expect(s.orders).toEqual([]);
    expect(available(s, GOV)).toBe(free0);
  });
});
