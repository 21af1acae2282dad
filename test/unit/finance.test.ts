import { describe, expect, it } from "vitest";
import { available } from "../../shared/rules/commitments";
import { coverDeficit, debtLimit, debtService, duePct, serviceDebts } from "../../shared/rules/finance";
import { applyCard } from "../../shared/rules/unlocks";
import { chongqingScenario } from "../../shared/scenarios/chongqing";
import { seatAccount, type GameState } from "../../shared/model/state";
import { DEV1, GOV, endRound, must, refused, started } from "../helpers/game";

const balance = (s: GameState, seat: number) => s.balances[seatAccount(seat)];

describe("loans", () => {
  it("a loan is spendable at once, drawn at resolution, and comes due: 12% interest and 8% of it repaid a round", () => {
    let s = started();
    const before = balance(s, DEV1); // 120,000
    s = must(s, DEV1, { type: "borrow", amount: 10_000 }).state;
    expect(available(s, DEV1)).toBe(before + 10_000);
    s = endRound(s).state;
    // +10,000 loan - 1,200 interest (12% of 10,000) - 800 instalment (8%); nothing else moves for an idle developer.
    expect(balance(s, DEV1)).toBe(before + 10_000 - 1_200 - 800);
    expect(s.debt[DEV1]).toBe(9_200);
    expect(s.history[0].developerDebt).toBe(9_200);
    expect(s.ledger.filter((t) => t.from === seatAccount(DEV1)).map((t) => [t.reason, t.amount])).toEqual([
      ["interest", 1_200],
      ["repayment", 800],
    ]);
  });

  it("repayment lowers the debt; the limit and the roles are enforced", () => {
    let s = started();
    s = endRound(must(s, DEV1, { type: "borrow", amount: 10_000 }).state).state; // owes 9,200
    expect(refused(s, DEV1, { type: "borrow", amount: 90_801 })).toMatch(/at most 90800 wan more/);
    s = endRound(must(s, DEV1, { type: "repay", amount: 4_000 }).state).state;
    // 9,200 - 4,000 = 5,200, then 8% of it (416) falls due and is paid: 4,784.
    expect(s.debt[DEV1]).toBe(4_784);
    expect(refused(s, DEV1, { type: "repay", amount: 4_785 })).toMatch(/owe 4784/);
    expect(refused(s, 1, { type: "borrow", amount: 100 })).toMatch(/Only the government and developers/);
  });

  it("what a borrower cannot pay is rolled over with a 10% surcharge", () => {
    const s = started();
    s.debt[DEV1] = 10_000; // fixture: owes 10,000 ...
    s.balances[seatAccount(DEV1)] = 1_500; // ... and holds 1,500
    const before = s.balances.bank;
    serviceDebts(s);
    // Due: 1,200 interest + 800 instalment = 2,000; paid 1,200 + 300, unpaid 500.
    // Debt: 10,000 - 300 repaid + 0 unpaid interest + 50 surcharge (10% of 500) = 9,750.
    expect(balance(s, DEV1)).toBe(0);
    expect(s.balances.bank - before).toBe(1_500);
    expect(s.debt[DEV1]).toBe(9_750);
  });

  it("the 2016 card cuts the limits open to new borrowing to 60%; the 2018 card to 40% and doubles the share due", () => {
    const s = started();
    expect(debtLimit(s, DEV1)).toBe(100_000);
    applyCard(s, chongqingScenario.events.find((e) => e.id === "slowdown")!);
    expect(debtLimit(s, DEV1)).toBe(60_000);
    expect(debtLimit(s, GOV)).toBe(240_000);
    expect(duePct(s)).toBe(8);
    applyCard(s, chongqingScenario.events.find((e) => e.id === "debtsDue")!);
    expect(debtLimit(s, DEV1)).toBe(40_000);
    expect(duePct(s)).toBe(16);
    s.debt[DEV1] = 50_000; // fixture: owes more than the new limit
    expect(refused(s, DEV1, { type: "borrow", amount: 1 })).toMatch(/at most 0 wan more/);
    expect(debtService(s, 50_000)).toEqual({ interest: 6_000, principal: 8_000 });
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
