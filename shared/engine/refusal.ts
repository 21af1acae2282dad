// A command handler returns the events it caused, or a Refusal: a machine-readable code with its
// parameters (what tests match and what a translation renders; engine/refusalCodes.ts lists
// them), and the English sentence the player reads today, saying what was wrong and, where it
// helps, what would be allowed.
import type { GameEvent } from "../model/events";
import type { ParamsOf, RefusalCode } from "./refusalCodes";

/** Values a refusal's sentence is built from (a tile, a sum in wan, a role…). */
export type RefusalParams = Record<string, string | number>;

export interface Refusal {
  /** e.g. "notYours", "notEnoughMoney"; camelCase, stable across versions. */
  code: RefusalCode;
  params: RefusalParams;
  refused: string;
}

/** `refuse(sentence, "notYours", { tile })`: a code from REFUSAL_CODES, with exactly its parameters. */
export function refuse<C extends RefusalCode>(refused: string, code: C, ...params: [keyof ParamsOf<C>] extends [never] ? [] : [ParamsOf<C>]): Refusal {
  return { code, params: params[0] ?? {}, refused };
}
export const isRefusal = (r: GameEvent[] | Refusal): r is Refusal => !Array.isArray(r);
