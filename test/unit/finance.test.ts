import { describe, expect, it } from "vitest";
import { available } from "../../shared/rules/commitments";
import { coverDeficit } from "../../shared/rules/finance";
import { seatAccount, type GameState } from "../../shared/model/state";
import { DEV1, GOV, endRound, must, refused, started } from "../helpers/game";

const balance = (s: GameState, seat: number) => s.balances[seatAccount(seat)];

describe("loans", () => {
  it("a loan is spendable at once, drawn at resolution, and costs 12% interest a round", () => {
    let s = started();
    const before = balance(s, DEV1); // 120,000
    s = must(s, DEV1, { type: "borrow", amount: 10_000 }).state;
    expect(available(s, DEV1)).toBe(before + 10_000);
    s = endRound(s).state;
    // +10,000 loan - 1,200 interest (12% of 10,000), nothing else moves for an idle developer.
    expect(balance(s, DEV1)).toBe(before + 10_000 - 1_200);
    expect(s.debt[DEV1]).toBe(10_000);
    expect(s.history[0].developerDebt).toBe(10_000);
  });

  it("repayment lowers the debt; the limit and the roles are enforced", () => {
    let s = started();
    s = endRound(must(s, DEV1, { type: "borrow", amount: 10_000 }).state).state;
    expect(refused(s, DEV1, { type: "borrow", amount: 90_001 })).toMatch(/at most 90000 wan more/);
    s = endRound(must(s, DEV1, { type: "repay", amount: 4_000 }).state).state;
    expect(s.debt[DEV1]).toBe(6_000);
    expect(refused(s, DEV1, { type: "repay", amount: 6_001 })).toMatch(/owe 6000/);
    expect(refused(s, 1, { type: "borrow", amount: 100 })).toMatch(/Only the government and developers/);
  });

  it("a government that overspends covers the deficit with debt", () => {
    const s = started();
    s.balances[seatAccount(GOV)] = -500; // fixture: 500 wan in deficit
    const debt = s.debt[GOV];
    coverDeficit(s, GOV);
    expect(balance(s, GOV)).toBe(0);
    expect(s.debt[GOV]).toBe(debt + 500);
    expect(s.ledger.at(-1)).toMatchObject({ from: "bank", to: seatAccount(GOV), amount: 500, reason: "loan" });
  });
});
