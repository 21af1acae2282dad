import { describe, expect, it } from "vitest";
import { TENURES } from "../../shared/model/map";
import { seatAccount, type GameState } from "../../shared/model/state";
import { DEV1, GOV, VILLAGE, at, endRound, must, refused, started } from "../helpers/game";

const FARM = at(7, 0);
const balance = (s: GameState, seat: number) => s.balances[seatAccount(seat)];

describe("negotiating compensation", () => {
  it("the village asks for more; the government accepts; the village is paid what it asked", () => {
    let s = started();
    s = must(s, GOV, { type: "expropriate", tile: FARM, compensation: 1_500 }).state;
    s = must(s, VILLAGE, { type: "counterOffer", offerId: 0, amount: 4_000 }).state;
    expect(s.offers.map((o) => [o.from, o.to, o.amount, o.status])).toEqual([
      [GOV, VILLAGE, 1_500, "countered"],
      [VILLAGE, GOV, 4_000, "open"],
    ]);
    s = must(s, GOV, { type: "respondOffer", offerId: 1, accept: true }).state;
    const village0 = balance(s, VILLAGE);
    const r = endRound(s);
    expect(TENURES[r.state.map.tenure[FARM]]).toBe("landReserve");
    expect(balance(r.state, VILLAGE) - village0).toBe(4_000 + 8 * 40);
    expect(r.state.deals[FARM].compensation).toBe(4_000);
  });

  it("the government may counter the counter; the last open offer lapses if nobody answers", () => {
    let s = started();
    s = must(s, GOV, { type: "expropriate", tile: FARM, compensation: 1_500 }).state;
    s = must(s, VILLAGE, { type: "counterOffer", offerId: 0, amount: 6_000 }).state;
    s = must(s, GOV, { type: "counterOffer", offerId: 1, amount: 3_000 }).state;
    expect(s.offers.map((o) => o.status)).toEqual(["countered", "countered", "open"]);
    expect(s.offers[2]).toMatchObject({ from: GOV, to: VILLAGE, amount: 3_000 });
    const r = endRound(s);
    expect(r.events).toContainEqual({ type: "offerLapsed", offerId: 2, reason: "noAnswer", seat: VILLAGE, tile: FARM });
    expect(TENURES[r.state.map.tenure[FARM]]).toBe("villageCollective");
  });

  it("the government's open offers and accepted asks are set aside from its budget", () => {
    let s = started();
    s = must(s, GOV, { type: "expropriate", tile: FARM, compensation: 1_500 }).state;
    s = must(s, VILLAGE, { type: "counterOffer", offerId: 0, amount: 299_000 }).state;
    // Accepting the ask would commit 299,000 of the 300,000 budget...
    s = must(s, GOV, { type: "respondOffer", offerId: 1, accept: true }).state;
    // ...so a second offer over the remaining 1,000 is refused.
    expect(refused(s, GOV, { type: "expropriate", tile: at(8, 0), compensation: 1_500 })).toMatch(/1000 wan uncommitted/);
  });

  it("a protest ends the talks on that tile for the round and costs the government 5 stability", () => {
    let s = started();
    expect(s.stability).toBe(100);
    s = must(s, GOV, { type: "expropriate", tile: FARM, compensation: 1_500 }).state;
    const r = must(s, VILLAGE, { type: "resistOffer", offerId: 0 });
    s = r.state;
    expect(r.events).toEqual([{ type: "protest", offerId: 0, tile: FARM, seat: VILLAGE, stability: 95 }]);
    expect(refused(s, GOV, { type: "expropriate", tile: FARM, compensation: 9_000 })).toMatch(/protested/);
    s = endRound(s).state;
    expect(s.history[0].stability).toBe(95);
    // Next round the government may try again.
    expect(must(s, GOV, { type: "expropriate", tile: FARM, compensation: 9_000 }).state.offers).toHaveLength(1);
  });

  it("refuses counters below the legal minimum, equal to the offer, beyond the budget, or on ticket offers; protests by others", () => {
    let s = started();
    s = must(s, GOV, { type: "expropriate", tile: FARM, compensation: 2_000 }).state;
    expect(refused(s, VILLAGE, { type: "counterOffer", offerId: 0, amount: 1_000 })).toMatch(/legal minimum of 1500/);
    expect(refused(s, VILLAGE, { type: "counterOffer", offerId: 0, amount: 2_000 })).toMatch(/accept it instead/);
    expect(refused(s, DEV1, { type: "counterOffer", offerId: 0, amount: 3_000 })).toMatch(/no offer #0 addressed to you/);
    expect(refused(s, DEV1, { type: "resistOffer", offerId: 0 })).toMatch(/Only the village/);
    s = must(s, VILLAGE, { type: "counterOffer", offerId: 0, amount: 5_000 }).state;
    expect(refused(s, GOV, { type: "counterOffer", offerId: 1, amount: 400_000 })).toMatch(/budget has only/);
    expect(refused(s, VILLAGE, { type: "resistOffer", offerId: 0 })).toMatch(/already been countered/);
  });
});

describe("the village's to-do list", () => {
  it("names one waiting offer, and counts several in one line", async () => {
    const { nextSteps } = await import("../../shared/views/hints");
    let s = started();
    s = must(s, GOV, { type: "expropriate", tile: at(7, 0), compensation: 1_500 }).state;
    // One offer is named by who made it and for which tile (the client words it).
    expect(nextSteps(s, VILLAGE)[0]).toEqual({ code: "answerLand", params: { from: GOV, tile: at(7, 0) } });
    s = must(s, GOV, { type: "expropriate", tile: at(8, 0), compensation: 1_500 }).state;
    const steps = nextSteps(s, VILLAGE);
    expect(steps[0]).toEqual({ code: "answerLandMany", params: { count: 2 } });
    expect(steps.filter((x) => x.code.startsWith("answer"))).toHaveLength(1);
  });
});
