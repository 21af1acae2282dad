// Borrowing. The government (through its investment companies) and developers borrow from
// the bank up to a limit; loans are drawn and repaid first thing at resolution (so borrowed
// money can pay for this round's orders). Loans come due: with the round's other money (step 7)
// every borrower pays interest on what it owes and repays a share of it (finance.duePct, about
// a ten-year loan); what it cannot pay is rolled over with a surcharge (finance.overduePct), so
// unpaid debt grows and costs the borrower's score. Event cards tighten credit: the slowdown
// cuts the limits open to new borrowing (modifiers.creditLimit), Beijing's curbs of 2017-18 call
// debts in faster (modifiers.debtDue). The bank is an outside ledger account like the economy.

import type { GameEvent } from "../model/events";
import { available } from "./commitments";
import { balanceOf, transfer } from "./ledger";
import { seatAccount, type GameState } from "../model/state";
import { refuse, type Refusal } from "../engine/refusal";

/** The most a seat may owe by borrowing by choice, wan: its role's limit x the cards' credit share. */
export function debtLimit(s: GameState, seat: number): number {
  const f = s.scenario.finance;
  const limit = s.seats[seat].role === "government" ? f.governmentDebtLimit : f.developerDebtLimit;
  return Math.round((limit * s.modifiers.creditLimit) / 100);
}

/** Share of outstanding debt falling due this round, percent: finance.duePct x the cards' debtDue. */
export const duePct = (s: GameState): number => Math.min(100, Math.round((s.scenario.finance.duePct * s.modifiers.debtDue) / 100));

/** What a seat must pay at this round's end on a debt: interest on it and the share falling due, wan. */
export function debtService(s: GameState, debt: number): { interest: number; principal: number } {
  return { interest: Math.round((debt * s.scenario.finance.interestPct) / 100), principal: Math.round((debt * duePct(s)) / 100) };
}

/** Net borrowing a seat queued this round (negative: a repayment). */
export const queuedLoans = (s: GameState, seat: number): number => s.loans.reduce((n, l) => (l.seat === seat ? n + l.amount : n), 0);

/** Debt the seat may still take on this round, counting PRH estates ordered (they are borrowed too). */
export function borrowingRoom(s: GameState, seat: number): number {
  const prhQueued = s.orders.reduce((n, o) => (o.kind === "prh" && o.seat === seat ? n + s.scenario.prh.costPerTile : n), 0);
  return debtLimit(s, seat) - s.debt[seat] - Math.max(0, queuedLoans(s, seat)) - prhQueued;
}

export function borrow(s: GameState, seat: number, amount: number): GameEvent[] | Refusal {
  if (amount < 1) return refuse("Borrow at least 1 wan.", "belowMinimum", { amount, minimum: 1 });
  const room = borrowingRoom(s, seat);
  if (amount > room) return refuse(`You can borrow at most ${Math.max(0, room)} wan more (limit ${debtLimit(s, seat)}, owed ${s.debt[seat]}).`, "overDebtLimit", { amount, room: Math.max(0, room), limit: debtLimit(s, seat), owed: s.debt[seat] });
  s.loans = [...s.loans, { seat, amount }];
  return [{ type: "orderQueued", seat, order: { what: "borrow", amount } }];
}

export function repay(s: GameState, seat: number, amount: number): GameEvent[] | Refusal {
  if (amount < 1) return refuse("Repay at least 1 wan.", "belowMinimum", { amount, minimum: 1 });
  const owed = s.debt[seat] + queuedLoans(s, seat);
  if (amount > owed) return refuse(`You owe ${owed} wan; you cannot repay ${amount}.`, "moreThanOwed", { amount, owed });
  if (amount > available(s, seat)) return refuse(`You have ${available(s, seat)} wan uncommitted.`, "notEnoughMoney", { needed: amount, available: available(s, seat) });
  s.loans = [...s.loans, { seat, amount: -amount }];
  return [{ type: "orderQueued", seat, order: { what: "repay", amount } }];
}

/** Resolution step 0: loans are drawn and repaid. */
export function settleLoans(s: GameState): GameEvent[] {
  const events: GameEvent[] = [];
  for (const l of s.loans) {
    if (l.amount > 0) {
      transfer(s, "bank", seatAccount(l.seat), l.amount, "loan");
      s.debt[l.seat] += l.amount;
    } else {
      const amount = Math.min(-l.amount, s.debt[l.seat], Math.max(0, balanceOf(s, l.seat)));
      transfer(s, seatAccount(l.seat), "bank", amount, "repayment");
      s.debt[l.seat] -= amount;
    }
    events.push({ type: "loan", seat: l.seat, amount: l.amount, debt: s.debt[l.seat] });
  }
  s.loans = [];
  return events;
}

/**
 * Part of step 7: debt service. Each borrower pays interest on what it owes, then repays the
 * share falling due; what its balance cannot cover is rolled over, the unpaid amount plus
 * finance.overduePct of it added to the debt.
 */
export function serviceDebts(s: GameState): void {
  const overdue = s.scenario.finance.overduePct;
  s.debt.forEach((debt, seat) => {
    if (debt <= 0) return;
    const { interest, principal } = debtService(s, debt);
    const paidInterest = Math.min(interest, Math.max(0, balanceOf(s, seat)));
    transfer(s, seatAccount(seat), "bank", paidInterest, "interest");
    const repaid = Math.min(principal, Math.max(0, balanceOf(s, seat)));
    transfer(s, seatAccount(seat), "bank", repaid, "repayment");
    const unpaid = interest - paidInterest + principal - repaid;
    // Repaid principal leaves the debt; unpaid interest joins it; the surcharge is on all that is overdue.
    s.debt[seat] += interest - paidInterest - repaid + Math.round((unpaid * overdue) / 100);
  });
}

/**
 * End of step 7: a government that spent more than it had (services, subsidies) covers the
 * deficit by borrowing, as the municipal investment companies did; its debt may then pass the
 * limit it can borrow to by choice.
 */
export function coverDeficit(s: GameState, seat: number): void {
  const shortfall = -balanceOf(s, seat);
  if (shortfall <= 0) return;
  transfer(s, "bank", seatAccount(seat), shortfall, "loan");
  s.debt[seat] += shortfall;
}
