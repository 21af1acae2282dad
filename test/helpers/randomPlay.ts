// Whole games played by picking random legal actions — the same hints behind a player's
// buttons — for determinism, property tests and the bench.
import { SYSTEM_SEAT, type Command } from "../../shared/engine/commands";
import { applyCommand } from "../../shared/engine/apply";
import type { GameEvent } from "../../shared/model/events";
import { seatActions, tileActions } from "../../shared/views/hints";
import { nextRandom } from "../../shared/engine/rng";
import type { GameState } from "../../shared/model/state";

/** Seeded dice for the test player (separate from the game's own generator): roll(n) is 0..n-1. */
export function dice(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    const d = nextRandom(state);
    state = d.state;
    return Math.floor(d.value * n);
  };
}

export interface RandomPlay {
  roll: (n: number) => number;
  /** Random tiles a seat looks at each round before giving up. */
  tries: number;
  /** Called with every accepted command (to log it) and the events it caused. */
  onCommand?: (seat: number, command: Command, events: GameEvent[], state: GameState) => void;
  /** Called before each round's resolution, for timing. */
  beforeResolution?: (state: GameState) => void;
  /** Check that no command changes the state it was given (the engine works on copies). */
  checkUntouched?: boolean;
}

/** Start the game and play it to the end; returns the final state. */
export function playRandomGame(initial: GameState, play: RandomPlay): GameState {
  let state = initial;
  const apply = (seat: number, command: Command) => {
    const before = play.checkUntouched ? JSON.stringify(state) : "";
    const r = applyCommand(state, seat, command);
    if (play.checkUntouched && JSON.stringify(state) !== before) throw new Error(`${command.type} changed the state it was given`);
    if (!r.ok) throw new Error(`a legal-looking ${command.type} was refused: ${r.error}`);
    state = r.state;
    play.onCommand?.(seat, command, r.events, state);
  };
  apply(SYSTEM_SEAT, { type: "startGame" });
  while (state.phase === "action") {
    for (const seat of state.seats) {
      // One in three seats also takes an action that is not about a tile (a loan, a policy...).
      if (play.roll(3) === 0) {
        const other = seatActions(state, seat.id);
        if (other.length > 0) apply(seat.id, other[play.roll(other.length)]);
      }
      for (let i = 0; i < play.tries; i++) {
        const actions = tileActions(state, seat.id, play.roll(state.map.width * state.map.height));
        if (actions.length === 0) continue;
        apply(seat.id, actions[play.roll(actions.length)].command);
        break;
      }
    }
    for (const o of state.offers) if (o.status === "open") apply(o.to, { type: "respondOffer", offerId: o.id, accept: play.roll(3) > 0 });
    play.beforeResolution?.(state);
    apply(SYSTEM_SEAT, { type: "endActionPhase" });
  }
  return state;
}
