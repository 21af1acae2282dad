// The one bot schedule, for the simulator, the tests, the bench and the room. Given the state
// at some moment of an action phase and the seats bots play:
//   pass 0   each seat in `play` (default: every bot seat), in seat order, plays its whole
//            round: answers to the offers addressed to it, then its own moves (the government,
//            seat 0, goes first, so its offers and auctions are there for the others to answer
//            and bid on);
//   pass 1-4 each bot seat, in seat order, with an offer addressed to it still open when its
//            turn in the pass comes answers it (counter-offers go back and forth); the passes
//            stop early when one sends nothing.
// The room runs pass 0 for every bot when a round opens (and for a bot that takes over a
// dropped player's seat), and only the answer passes (`play: []`) after a person's command.
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

/**
 * Run the bots' schedule from `state` and return the state after it. `apply` applies one
 * command for real (the room's records it); `play` lists the seats that play their whole round
 * in pass 0 (default: all of `bots`).
 */
export function runBots(state: GameState, bots: BotSeat[], apply: ApplyBotCommand = applyPure, opts: { play?: number[] } = {}): GameState {
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
  for (let pass = 1; pass <= ANSWER_PASSES; pass++) {
    let sent = 0;
    for (const bot of seats) if (s.phase === "action" && openOffersTo(s, bot.seat).length > 0) sent += turn(bot, pass);
    if (sent === 0) break;
  }
  return s;
}
