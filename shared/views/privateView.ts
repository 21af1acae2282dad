// What only one seat may see, built from the engine state: the room sends it to that seat's
// client after every change (sealed bids, spare money, loans, the next steps, its private
// objective and how far it has come).
import { nextSteps } from "./hints";
import { available } from "../rules/commitments";
import type { PrivateView } from "../protocol";
import { borrowingRoom, debtLimit, queuedLoans } from "../rules/finance";
import { objectiveStatus } from "../rules/objectives";
import { freeTickets } from "../rules/tickets";
import type { GameState } from "../model/state";

export function privateView(game: GameState, seat: number, serverTime: number): PrivateView {
  const role = game.seats[seat].role;
  const next = game.cohorts.find((c) => c.seat === seat)?.next;
  return {
    seat,
    available: available(game, seat),
    bids: game.auctions.flatMap((a) => a.bids.filter((b) => b.seat === seat).map((b) => ({ auctionId: a.id, amount: b.amount }))),
    nextSteps: nextSteps(game, seat),
    freeTickets: freeTickets(game, seat),
    exchangeOrder: game.exchange.find((o) => o.seat === seat) ?? null,
    pendingMove: next ?? null,
    finance:
      role === "government" || role === "developer"
        ? { debt: game.debt[seat], limit: debtLimit(game, seat), room: Math.max(0, borrowingRoom(game, seat)), queued: queuedLoans(game, seat), interestPct: game.scenario.finance.interestPct }
        : null,
    objective: objectiveStatus(game, seat),
    serverTime,
  };
}
