// Money promised by orders (shared/rules/commitments.ts): every kind of promise on a literal
// state, with the scenario's prices, and what is left to spend.
import { describe, expect, it } from "vitest";
import { available, committed, orderCost } from "../../shared/rules/commitments";
import { balanceOf } from "../../shared/rules/ledger";
import { DEV1, GOV, VILLAGE, at, started } from "../helpers/game";

describe("commitments", () => {
  it("add up offers, bids, exchange orders and queued orders, less the loans a seat will draw", () => {
    const s = started();
    // Fixtures: one promise of each kind, placed as the rules would queue them.
    s.offers = [
      { id: 1, kind: "expropriation", from: GOV, to: VILLAGE, tile: at(8, 0), amount: 1_000, hukou: false, flats: true, status: "open" },
      { id: 2, kind: "ticketSale", from: VILLAGE, to: DEV1, tickets: 1, amount: 2_500, status: "accepted" },
      { id: 3, kind: "ticketSale", from: VILLAGE, to: DEV1, tickets: 1, amount: 9_999, status: "open" },
    ];
    s.auctions = [{ id: 4, tile: at(2, 2), reserve: 100, bids: [{ seat: DEV1, amount: 5_000 }] }];
    s.exchange = [{ seat: DEV1, side: "buy", tickets: 2, price: 1_500 }];
    s.loans = [{ seat: DEV1, amount: 10_000 }];
    s.orders = [
      { kind: "build", seat: DEV1, tile: at(2, 3), building: "commercialHousing" },
      { kind: "infra", seat: GOV, infra: "bridge", tiles: [at(4, 0)], cost: 1_234 },
      { kind: "zone", seat: GOV, tiles: [at(2, 0)] },
      { kind: "prh", seat: GOV, tile: at(3, 0) },
      { kind: "reclaim", seat: VILLAGE, tile: at(9, 0) },
      { kind: "informal", seat: VILLAGE, tile: at(8, 1) },
    ];
    // Government: 1,000 cash + 2,000 resettlement flats + 1,234 bridge; zones and PRH (borrowed) cost nothing now.
    expect(committed(s, GOV)).toBe(4_234);
    // Developer: 2,500 accepted ticket sale (the open one is the village's to withdraw) + 5,000 bid
    // + 2 x 1,500 exchange + 8,000 flats - 10,000 loan.
    expect(committed(s, DEV1)).toBe(8_500);
    // Village: 300 reclamation + 400 informal housing; it is paid, not paying, for its tickets.
    expect(committed(s, VILLAGE)).toBe(700);
    expect(available(s, DEV1)).toBe(balanceOf(s, DEV1) - 8_500);
  });

  it("price each order kind as the scenario does", () => {
    const s = started();
    expect(orderCost(s, { kind: "build", seat: DEV1, tile: 0, building: "factory" })).toBe(6_000);
    expect(orderCost(s, { kind: "build", seat: DEV1, tile: 0, building: "office" })).toBe(10_000);
    expect(orderCost(s, { kind: "demolish", seat: GOV, tile: 0 })).toBe(200);
    expect(orderCost(s, { kind: "relocateSoe", seat: GOV, tile: 0 })).toBe(5_000);
    expect(orderCost(s, { kind: "plan", seat: GOV, tiles: [0], plan: "industrial" })).toBe(0);
  });
});
