// The one ledger. Every movement of money is a transfer with a payer and a payee, so the
// sum of all balances is always zero: the outside accounts ("central" government, the wider
// "economy") go negative by exactly what they put into the city. Money promised but not yet
// paid (offers, bids, queued orders) is priced in rules/commitments.ts.

import { seatAccount, type AccountId, type GameState, type TransferReason } from "../model/state";

/** Move `amount` wan from one account to another (mutates a draft state). */
export function transfer(
  draft: GameState,
  from: AccountId,
  to: AccountId,
  amount: number,
  reason: TransferReason,
  tile = -1,
): void {
  if (!Number.isInteger(amount) || amount < 0) throw new Error(`transfer of ${amount} is not a whole, non-negative sum`);
  if (amount === 0) return;
  draft.balances[from] = (draft.balances[from] ?? 0) - amount;
  draft.balances[to] = (draft.balances[to] ?? 0) + amount;
  draft.ledger.push({ round: draft.round, from, to, amount, reason, tile });
}

export const balanceOf = (state: GameState, seat: number): number => state.balances[seatAccount(seat)] ?? 0;

/** Sum of every balance; zero in any valid state. */
export const ledgerTotal = (state: GameState): number => Object.values(state.balances).reduce((a, b) => a + b, 0);
