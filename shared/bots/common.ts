// What every bot shares: a planner that tries each command on a running copy of the state
// through `applyCommand` (the same check a person's command goes through) and keeps only the
// accepted ones, so a bot's list is legal when sent in order; and seeded dice drawn from the
// game's seed, the seat and the round (never Math.random), so bots replay exactly.

import type { PlayerCommand } from "../engine/commands";
import { applyCommand } from "../engine/apply";
import { nextRandom } from "../engine/rng";
import type { GameState } from "../model/state";

export class Planner {
  readonly commands: PlayerCommand[] = [];
  constructor(
    public state: GameState,
    readonly seat: number,
  ) {}

  /** Apply `command` to the running state if the rules accept it; true if accepted. */
  try(command: PlayerCommand): boolean {
    const r = applyCommand(this.state, this.seat, command);
    if (!r.ok) return false;
    this.state = r.state;
    this.commands.push(command);
    return true;
  }
}

/**
 * Seeded dice for one seat's decisions this round: a function of the game's generator state
 * at the start of the round (which only the rules advance), the seat and the round.
 */
export function botDice(s: GameState, seat: number, salt = 0): () => number {
  let state = (s.rng ^ Math.imul(seat + 1, 0x9e3779b1) ^ Math.imul(s.round + 1, 0x85ebca6b) ^ Math.imul(salt + 1, 0xc2b2ae35)) | 0;
  return () => {
    const d = nextRandom(state);
    state = d.state;
    return d.value;
  };
}

/** Rounds left after this one (0 in the last round). */
export const roundsLeft = (s: GameState): number => Math.max(0, s.scenario.rounds - s.round);

/** Offers addressed to `seat` still waiting for an answer. */
export const openOffersTo = (s: GameState, seat: number) => s.offers.filter((o) => o.to === seat && o.status === "open");
