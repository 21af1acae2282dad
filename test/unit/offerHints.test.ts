// The offers panel's candidates (shared/views/hints/offers.ts), which the bots answer from.
import { describe, expect, it } from "vitest";
import { offerCandidates } from "../../shared/views/hints";
import { DEV1, DEV2, GOV, VILLAGE, at, must, started } from "../helpers/game";

describe("offer hints", () => {
  it("list each open offer's answers for the seat it is addressed to, and a village's direct ticket offers", () => {
    let s = started();
    s = must(s, GOV, { type: "expropriate", tile: at(8, 0), compensation: 2_000 }).state;
    const id = s.offers[0].id;
    expect(offerCandidates(s, VILLAGE)).toEqual([
      { type: "respondOffer", offerId: id, accept: true },
      { type: "respondOffer", offerId: id, accept: false },
      { type: "counterOffer", offerId: id, amount: 2_000 },
      { type: "resistOffer", offerId: id },
      { type: "offerTickets", to: DEV1, tickets: 1, price: 3_000 },
      { type: "offerTickets", to: DEV2, tickets: 1, price: 3_000 },
    ]);
    // The government made the offer: nothing to answer; an answered offer is no longer open.
    expect(offerCandidates(s, GOV)).toEqual([]);
    s = must(s, VILLAGE, { type: "respondOffer", offerId: id, accept: true }).state;
    expect(offerCandidates(s, VILLAGE).filter((c) => c.type !== "offerTickets")).toEqual([]);
  });
});
