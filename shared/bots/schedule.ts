// The one bot schedule, for the simulator, the tests, the bench and the room. Given the state
// at some moment of an action phase and the seats bots play:
//   pass 0   each seat in `play` (default: every bot seat), in seat order, plays its whole
//            round: answers to the offers addressed to it, then its own moves (the government,
//            seat 0, goes first, so its offers and auctions are there for the others to answer
//            and bid on);
//   react    (when asked, `react: true`) each other developer and village bot (the roles with
//            something to react with), in seat order, reacts to what is new: it plays its
//            round again but only its reactions are kept (REACTIONS: a bid on an auction it
//            has not bid on, a ticket order when it has none, answers to offers), so a bot
//            developer bids on an auction a person opened mid-round and a bot village or
//            developer posts the tickets a person's order can meet; its own moves (auctions,
//            offers, building, reclaiming...) stay one round's worth;
//   pass 1-4 each bot seat, in seat order, with an offer addressed to it still open when its
//            turn in the pass comes answers it (counter-offers go back and forth); the passes
//            stop early when one sends nothing.
// The room runs pass 0 for every bot when a round opens (and for a bot that takes over a
// dropped player's seat), and the reaction and answer passes (`play: [], react: true`) after a
// person's command.
// This is the schedule the simulator has always used; the room's earlier one differed only in
// deciding who answers at the start of each pass, so an offer made in a pass waited a pass.
//
// Every command goes through `apply` once: the bot's choice is applied and kept, or refused and
// dropped (shared/bots/common.ts), never tried on a copy and sent again.

import type { PlayerCommand } from "../engine/commands";
import type { GameState } from "../model/state";
import { BotTurn, applyPure, openOffersTo, type ApplyBotCommand } from "./common";
import { playBot } from "./index";

/** Something other than the seat's bot (e.g. the random player of the tests): its commands for a pass. */
export type SeatPolicy = (state: GameState, seat: number, pass: number) => PlayerCommand[];

/** A seat a bot plays: its personality (the role's default if none), or a policy instead of the bot. */
export interface BotSeat {
  seat: number;
  personality?: string;
  policy?: SeatPolicy;
}

/** Answer passes after the first pass (counter-offers back and forth). */
export const ANSWER_PASSES = 4;

/** What a reacting bot may send (anything else it chooses is dropped unsent): reactions to what others opened. */
const REACTIONS: Partial<Record<PlayerCommand["type"], (s: GameState, seat: number, command: PlayerCommand) => boolean>> = {
  bid: (s, seat, c) => c.type === "bid" && !s.auctions.some((a) => a.id === c.auctionId && a.bids.some((b) => b.seat === seat)),
  exchangeOrder: (s, seat) => !s.exchange.some((o) => o.seat === seat),
  respondOffer: () => true,
  counterOffer: () => true,
  resistOffer: () => true,
};

/** The roles whose bots have something to react with (a bid, a ticket order); the others' answers come in the answer passes. */
const REACTING_ROLES = new Set(["developer", "village"]);

/** Why a reacting bot's own move is not sent (never shown: the bot drops it as it drops any refusal). */
const NOT_A_REACTION = "Not a reaction: a bot's own moves are played once a round.";

/**
 * Run the bots' schedule from `state` and return the state after it. `apply` applies one
 * command for real (the room's records it); `play` lists the seats that play their whole round
 * in pass 0 (default: all of `bots`); `react` runs the reaction pass for the others.
 */
export function runBots(state: GameState, bots: BotSeat[], apply: ApplyBotCommand = applyPure, opts: { play?: number[]; react?: boolean } = {}): GameState {
  const seats = [...bots].sort((a, b) => a.seat - b.seat);
  const play = new Set(opts.play ?? seats.map((b) => b.seat));
  let s = state;
  const turn = (bot: BotSeat, pass: number): number => {
    if (bot.policy) {
      let sent = 0;
      for (const command of bot.policy(s, bot.seat, pass)) {
        const next = apply(bot.seat, command, s);
        if (typeof next === "string") continue;
        s = next;
        sent++;
      }
      return sent;
    }
    const t = new BotTurn(s, bot.seat, apply);
    playBot(t, bot.personality, pass > 0);
    s = t.state;
    return t.commands.length;
  };
  for (const bot of seats) if (s.phase === "action" && play.has(bot.seat)) turn(bot, 0);
  if (opts.react) {
    const reaction: ApplyBotCommand = (seat, command, at) => (REACTIONS[command.type]?.(at, seat, command) ? apply(seat, command, at) : NOT_A_REACTION);
    for (const bot of seats) {
      if (s.phase !== "action" || play.has(bot.seat) || bot.policy || !REACTING_ROLES.has(s.seats[bot.seat]?.role)) continue;
      const t = new BotTurn(s, bot.seat, reaction);
      playBot(t, bot.personality, false);
      s = t.state;
    }
  }
  for (let pass = 1; pass <= ANSWER_PASSES; pass++) {
    let sent = 0;
    for (const bot of seats) if (s.phase === "action" && openOffersTo(s, bot.seat).length > 0) sent += turn(bot, pass);
    if (sent === 0) break;
  }
  return s;
}
