// A command handler returns the events it caused, or a Refusal: a sentence the player can read
// saying what was wrong and, where it helps, what would be allowed.
import type { GameEvent } from "../model/events";

export interface Refusal {
  refused: string;
}
export const refuse = (refused: string): Refusal => ({ refused });
export const isRefusal = (r: GameEvent[] | Refusal): r is Refusal => !Array.isArray(r);
