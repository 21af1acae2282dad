// Playing rounds and whole games with bots, in one process, through `applyCommand` only: the
// headless simulator, the tests and the bench use this. A round is the bots' schedule
// (shared/bots/schedule.ts) with a bot in every seat, then the clock ends the action phase.
// A `policy` may replace a seat's bot (e.g. a random player in the bot-vs-random tests).

import { SYSTEM_SEAT, type Command } from "../engine/commands";
import { applyCommand } from "../engine/apply";
import type { GameEvent } from "../model/events";
import type { GameState } from "../model/state";
import type { ApplyBotCommand } from "./common";
import { DEFAULT_MIX, type PersonalityMix } from "./personalities";
import { runBots, type SeatPolicy } from "./schedule";

export interface BotGameOptions {
  mix?: PersonalityMix;
  /** Seats played by something other than the bot of their role. */
  policies?: Record<number, SeatPolicy>;
  /** Called with every accepted command, the state after it and the events it produced. */
  onCommand?: (seat: number, command: Command, state: GameState, events: GameEvent[]) => void;
  /** Called after each round is resolved (and after the game ends). */
  onRound?: (state: GameState) => void;
}

function must(state: GameState, seat: number, command: Command, opts: BotGameOptions): GameState {
  const r = applyCommand(state, seat, command);
  if (!r.ok) throw new Error(`seat ${seat} sent a refused ${command.type}: ${r.error} (${JSON.stringify(command)})`);
  opts.onCommand?.(seat, command, r.state, r.events);
  return r.state;
}

/** Play the current action phase with bots (and policies) and resolve it. */
export function playBotRound(initial: GameState, opts: BotGameOptions = {}): GameState {
  const mix = opts.mix ?? DEFAULT_MIX;
  const bots = initial.seats.map((seat) => ({ seat: seat.id, personality: mix[seat.role], policy: opts.policies?.[seat.id] }));
  const apply: ApplyBotCommand = (seat, command, state) => {
    const r = applyCommand(state, seat, command);
    if (!r.ok) return r.error;
    opts.onCommand?.(seat, command, r.state, r.events);
    return r.state;
  };
  let state = runBots(initial, bots, apply);
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
