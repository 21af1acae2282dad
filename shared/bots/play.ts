// Playing rounds and whole games with bots, in one process, through `applyCommand` only:
// the headless simulator, the tests and the bench use this; the server will call `botCommands`
// itself. A round: every seat in seat order sends its whole round (the government first, so its
// offers and auctions are there for the others to answer and bid on); then up to four passes
// of answers (counter-offers go back and forth); then the clock ends the action phase.
// A `policy` may replace a seat's bot (e.g. a random player in the bot-vs-random tests).

import { SYSTEM_SEAT, type Command, type PlayerCommand } from "../engine/commands";
import { applyCommand } from "../engine/apply";
import type { GameState } from "../model/state";
import { DEFAULT_MIX, botAnswers, botCommands, type PersonalityMix } from "./index";

export type SeatPolicy = (state: GameState, seat: number, pass: number) => PlayerCommand[];

export interface BotGameOptions {
  mix?: PersonalityMix;
  /** Seats played by something other than the bot of their role. */
  policies?: Record<number, SeatPolicy>;
  /** Called with every accepted command. */
  onCommand?: (seat: number, command: Command, state: GameState) => void;
  /** Called after each round is resolved (and after the game ends). */
  onRound?: (state: GameState) => void;
}

const ANSWER_PASSES = 4;

function must(state: GameState, seat: number, command: Command, opts: BotGameOptions): GameState {
  const r = applyCommand(state, seat, command);
  if (!r.ok) throw new Error(`seat ${seat} sent a refused ${command.type}: ${r.error} (${JSON.stringify(command)})`);
  opts.onCommand?.(seat, command, r.state);
  return r.state;
}

/** Play the current action phase with bots (and policies) and resolve it. */
export function playBotRound(initial: GameState, opts: BotGameOptions = {}): GameState {
  const mix = opts.mix ?? DEFAULT_MIX;
  let state = initial;
  for (let pass = 0; pass <= ANSWER_PASSES; pass++) {
    let sent = 0;
    for (const seat of state.seats) {
      if (pass > 0 && !state.offers.some((o) => o.to === seat.id && o.status === "open")) continue;
      const policy = opts.policies?.[seat.id];
      const commands = policy ? policy(state, seat.id, pass) : pass === 0 ? botCommands(state, seat.id, mix[seat.role]) : botAnswers(state, seat.id, mix[seat.role]);
      for (const c of commands) {
        state = must(state, seat.id, c, opts);
        sent++;
      }
    }
    if (pass > 0 && sent === 0) break;
  }
  state = must(state, SYSTEM_SEAT, { type: "endActionPhase" }, opts);
  opts.onRound?.(state);
  return state;
}

/** Start a created game and play it to the end with bots in every seat. */
export function playBotGame(created: GameState, opts: BotGameOptions = {}): GameState {
  let state = must(created, SYSTEM_SEAT, { type: "startGame" }, opts);
  while (state.phase === "action") state = playBotRound(state, opts);
  return state;
}
