// What a seat can do now: the one legal-move generator behind the tile inspector's buttons,
// the role panel's "next steps", the random test player and the bots. Each role's candidates
// are in its own file; every candidate offered here is checked by running it through
// `applyCommand`, so a hint can never offer something the rules would refuse. The unchecked
// candidates (`tileCandidates`, `seatCandidates`, `offerCandidates`) are for the bots, which rank them and apply
// the ones they choose once, through their scheduler (shared/bots/schedule.ts).

import type { PlayerCommand } from "../../engine/commands";
import { applyCommand } from "../../engine/apply";
import type { GameState, Role } from "../../model/state";
import { available } from "../../rules/commitments";
import { offerSteps, type ActionText, type RoleHints, type Step, type TileAction, type TileHint } from "./common";
import { developerHints } from "./developer";
import { governmentHints } from "./government";
import { migrantHints } from "./migrant";
import { villageHints } from "./village";

export type { ActionText, Step, TileAction } from "./common";
export { offerCandidates } from "./offers";

const HINTS: Record<Role, RoleHints> = { government: governmentHints, village: villageHints, developer: developerHints, migrant: migrantHints };

/** The candidate actions for a seat on a tile (only those of command type `only`, if given), before the rules check them. */
export function tileCandidates(s: GameState, seat: number, tile: number, only?: PlayerCommand["type"]): TileAction[] {
  const role = s.seats[seat]?.role;
  if (!role || s.phase !== "action" || tile < 0 || tile >= s.map.width * s.map.height) return [];
  return hintsOf(role, only).flatMap((hint) => hint.actions(s, seat, tile));
}

/** Each role's tile hints by command type, in the inspector's order. */
const OF_TYPE = Object.fromEntries(
  Object.entries(HINTS).map(([role, hints]) => [role, new Map(hints.tile.map((hint) => [hint.type, hints.tile.filter((h) => h.type === hint.type)]))]),
) as Record<Role, Map<PlayerCommand["type"], TileHint[]>>;

/** A role's tile hints of one command type (all of them without one). */
const hintsOf = (role: Role, only?: PlayerCommand["type"]): TileHint[] => (only === undefined ? HINTS[role].tile : (OF_TYPE[role].get(only) ?? []));

/** The legal actions for a seat on a tile. */
export const tileActions = (s: GameState, seat: number, tile: number): TileAction[] => tileOptions(s, seat, tile).actions;

/** A usual action refused on the seat's own land, and the refusal (its code and params, and the English sentence). */
export interface BlockedAction {
  action: ActionText;
  code: string;
  params: Record<string, string | number>;
  message: string;
}

/**
 * The legal actions, and — on land the seat holds — why the other usual actions are refused
 * there now (a developer's new farmland plot cannot be built on without a land ticket).
 */
export function tileOptions(s: GameState, seat: number, tile: number): { actions: TileAction[]; blocked: BlockedAction[] } {
  const actions: TileAction[] = [];
  const blocked: BlockedAction[] = [];
  for (const candidate of tileCandidates(s, seat, tile)) {
    const result = applyCommand(s, seat, candidate.command);
    if (result.ok) actions.push(candidate);
    // One line per action (two bridge axes refused alike are one).
    else if (candidate.ownLand && s.map.holder[tile] === seat && !blocked.some((b) => JSON.stringify([b.action, b.message]) === JSON.stringify([candidate.label, result.error])))
      blocked.push({ action: candidate.label, code: result.code, params: result.params ?? {}, message: result.error });
  }
  return { actions, blocked };
}

/** The candidate actions not about one tile, before the rules check them. */
export function seatCandidates(s: GameState, seat: number): PlayerCommand[] {
  const role = s.seats[seat]?.role;
  if (!role || s.phase !== "action") return [];
  return HINTS[role].seat(s, seat);
}

/**
 * The legal actions a seat can take that are not about one tile: loans, policies, hukou,
 * remittances, the exchange, dormitory and coastal jobs. Amounts are typical examples; the
 * panels let a player choose others. Every one is checked through `applyCommand`.
 */
export const seatActions = (s: GameState, seat: number): PlayerCommand[] => seatCandidates(s, seat).filter((c) => applyCommand(s, seat, c).ok);

/** The role panel's lines, as codes and parameters: what this seat can usefully do right now. */
export function nextSteps(s: GameState, seat: number): Step[] {
  const me = s.seats[seat];
  if (!me) return [];
  if (s.phase === "lobby") return [{ code: "lobby", params: {} }];
  if (s.phase === "ended") return [{ code: "ended", params: {} }];
  return [...offerSteps(s, seat), ...HINTS[me.role].steps(s, seat, available(s, seat))];
}
