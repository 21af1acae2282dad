// Which of the class's decisions made the difference: for each figure the debrief compares with
// history (history.ts), the seats whose payments in the ledger moved it most, how many payments
// and how much, and the rounds most of it fell in ("the government leased 40 plots for ¥2.1 bn,
// most in 2003-2006"). The client words each one from its code and numbers.

import type { Transfer, TransferReason } from "../model/state";
import type { ReferenceId } from "../scenarios/references";

/** The ledger reasons behind each figure, and which end of the payment made the decision. */
const DRIVERS: Record<ReferenceId, { reason: TransferReason; side: "from" | "to" }[]> = {
  // GDP counts construction spending: who built (flats, factories, roads, bridges, estates).
  gdpGrowth: [
    { reason: "construction", side: "from" },
    { reason: "infrastructure", side: "from" },
    { reason: "bridge", side: "from" },
    { reason: "prhConstruction", side: "from" },
  ],
  // Residents come with housing: flats sold, resettlement blocks built.
  urbanResidents: [
    { reason: "sale", side: "to" },
    { reason: "resettlement", side: "from" },
  ],
  prhFloorArea: [{ reason: "prhConstruction", side: "from" }],
  // Plots released from the reserve: the government receives each lease.
  leaseShare: [{ reason: "lease", side: "to" }],
  taxRate: [
    { reason: "tax", side: "to" },
    { reason: "subsidy", side: "from" },
  ],
  // The villages that gave up land, and what they took for it.
  compensationOfLease: [{ reason: "compensation", side: "to" }],
};

export interface Contributor {
  metric: ReferenceId;
  reason: TransferReason;
  seat: number;
  /** Payments (a plot's lease, a tile built), and their sum, wan. */
  count: number;
  amount: number;
  /** This seat's part of all the payments for this reason, percent. */
  sharePct: number;
  /** The shortest run of years holding at least MOST_PCT of this seat's amount. */
  from: number;
  to: number;
}

/** "Most" of a seat's payments: the span a sentence names. */
export const MOST_PCT = 75;
/** Contributors kept per figure, largest first. */
const PER_METRIC = 3;

const seatOf = (account: string): number => (account.startsWith("seat:") ? Number(account.slice(5)) : -1);

/** The shortest run of consecutive rounds whose amounts hold at least MOST_PCT of the total. */
function busiestRun(byRound: Map<number, number>): [number, number] {
  const rounds = [...byRound.keys()];
  const first = Math.min(...rounds);
  const last = Math.max(...rounds);
  const total = [...byRound.values()].reduce((a, b) => a + b, 0);
  let best: [number, number] = [first, last];
  for (let a = first; a <= last; a++) {
    let held = 0;
    for (let b = a; b <= last && b - a < best[1] - best[0]; b++) {
      held += byRound.get(b) ?? 0;
      if (100 * held >= MOST_PCT * total) {
        best = [a, b];
        break;
      }
    }
  }
  return best;
}

/**
 * The largest contributors to each figure, from the ledger. `yearsOf(round)` gives the round's
 * first and last year (the scenario's calendar).
 */
export function largestContributors(ledger: Transfer[], yearsOf: (round: number) => { from: number; to: number }): Contributor[] {
  const out: Contributor[] = [];
  for (const [metric, drivers] of Object.entries(DRIVERS) as [ReferenceId, (typeof DRIVERS)[ReferenceId]][]) {
    const found: Contributor[] = [];
    for (const { reason, side } of drivers) {
      const bySeat = new Map<number, { count: number; amount: number; byRound: Map<number, number> }>();
      let total = 0;
      for (const t of ledger) {
        if (t.reason !== reason || t.round < 1) continue;
        const seat = seatOf(t[side]);
        if (seat < 0) continue;
        total += t.amount;
        const entry = bySeat.get(seat) ?? { count: 0, amount: 0, byRound: new Map() };
        entry.count++;
        entry.amount += t.amount;
        entry.byRound.set(t.round, (entry.byRound.get(t.round) ?? 0) + t.amount);
        bySeat.set(seat, entry);
      }
      for (const [seat, e] of bySeat) {
        const [a, b] = busiestRun(e.byRound);
        found.push({ metric, reason, seat, count: e.count, amount: e.amount, sharePct: Math.round((100 * e.amount) / total), from: yearsOf(a).from, to: yearsOf(b).to });
      }
    }
    found.sort((x, y) => y.amount - x.amount || x.seat - y.seat || x.reason.localeCompare(y.reason));
    out.push(...found.slice(0, PER_METRIC));
  }
  return out;
}
