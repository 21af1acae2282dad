// Borrowing. The government (through its investment companies) and developers borrow from
// the bank up to a limit; loans are drawn and repaid first thing at resolution (so borrowed
// money can pay for this round's orders), and interest on what is outstanding is paid with
// the round's other money (step 6). The bank is an outside ledger account like the economy.

import type { GameEvent } from "../model/events";
import { available } from "./commitments";
import { balanceOf, transfer } from "./ledger";
import { seatAccount, type GameState } from "../model/state";
import { refuse, type Refusal } from "../engine/refusal";

export function debtLimit(s: GameState, seat: number): number {
  const f = s.scenario.finance;
  return s.seats[seat].role === "government" ? f.governmentDebtLimit : f.developerDebtLimit;
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

/** Part of step 6: interest on outstanding debt. A seat that cannot pay adds it to its debt. */
export function payInterest(s: GameState): void {
  const rate = s.scenario.finance.interestPct;
  s.debt.forEach((debt, seat) => {
    if (debt <= 0) return;
    const interest = Math.round((debt * rate) / 100);
    const paid = Math.min(interest, Math.max(0, balanceOf(s, seat)));
    transfer(s, seatAccount(seat), "bank", paid, "interest");
    s.debt[seat] += interest - paid;
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
