// A command handler returns the events it caused, or a Refusal: a machine-readable code with its
// parameters (what tests match and what a translation renders), and the English sentence the
// player reads today, saying what was wrong and, where it helps, what would be allowed.
import type { GameEvent } from "../model/events";

/** Values a refusal's sentence is built from (a tile, a sum in wan, a role…). */
export type RefusalParams = Record<string, string | number>;

export interface Refusal {
  /** e.g. "notYourLand", "tooLittleMoney"; camelCase, stable across versions. */
  code: string;
  params: RefusalParams;
  refused: string;
}
export const refuse = (refused: string, code = "refused", params: RefusalParams = {}): Refusal => ({ code, params, refused });
export const isRefusal = (r: GameEvent[] | Refusal): r is Refusal => !Array.isArray(r);
