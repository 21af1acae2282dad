// The game's front door: create a game (engine/createGame.ts, exported from here so callers
// import both from one place), apply a command. `applyCommand` is pure: it works on a copy
// (engine/drafts.ts) and returns the new state and its events, or a refusal that leaves the old
// state untouched. Who may send each command and what it runs come from the command table.

import type { GameState } from "../model/state";
import { COMMANDS, SYSTEM_COMMANDS, type RuleResult, type SystemCommand } from "./commandTable";
import { SYSTEM_SEAT, type Command, type PlayerCommand } from "./commands";
import { actionDraft, resolutionDraft } from "./drafts";
import type { GameEvent } from "../model/events";
import { isRefusal, refuse, type RefusalParams } from "./refusal";
import type { RefusalCode } from "./refusalCodes";

export { createGame } from "./createGame";

export type CommandResult = { ok: true; state: GameState; events: GameEvent[] } | { ok: false; error: string; code: RefusalCode; params: RefusalParams };

export function applyCommand(state: GameState, seat: number, command: Command): CommandResult {
  const result = isSystemCommand(command) ? runSystem(state, seat, command) : runPlayer(state, seat, command);
  if (isRefusal(result.outcome)) return { ok: false, error: result.outcome.refused, code: result.outcome.code, params: result.outcome.params };
  return { ok: true, state: result.draft, events: result.outcome };
}

const isSystemCommand = (c: Command): c is SystemCommand => Object.hasOwn(SYSTEM_COMMANDS, c.type);

function runSystem(state: GameState, seat: number, c: SystemCommand): { draft: GameState; outcome: RuleResult } {
  if (seat !== SYSTEM_SEAT) return { draft: state, outcome: refuse("Only the room's clock (or the facilitator, through the room) starts the game, ends phases and picks event cards.", "systemOnly") };
  const draft = resolutionDraft(state);
  const run = SYSTEM_COMMANDS[c.type].run as (s: GameState, c: SystemCommand) => RuleResult;
  return { draft, outcome: run(draft, c) };
}

function runPlayer(state: GameState, seat: number, c: PlayerCommand): { draft: GameState; outcome: RuleResult } {
  const refused = (outcome: RuleResult) => ({ draft: state, outcome });
  const me = state.seats[seat];
  if (!me) return refused(refuse(`There is no seat ${seat}.`, "noSuchSeat", { seat }));
  if (state.phase !== "action") return refused(state.phase === "lobby" ? refuse("The game has not started yet.", "notStarted") : refuse("The game is over.", "gameOver"));
  const spec = COMMANDS[c.type];
  if (spec.roles !== "any" && !spec.roles.includes(me.role)) return refused(refuse(roleSentence(spec.roles, me.label), "wrongRole", { roles: spec.roles.join(","), seat }));
  const draft = actionDraft(state, spec.writes);
  // The table's entry for c.type takes exactly this command (TypeScript cannot follow the key).
  const run = spec.run as (s: GameState, seat: number, c: PlayerCommand) => RuleResult;
  return { draft, outcome: run(draft, seat, c) };
}

/** "Only the developer can do that; …" or, for several roles, "Only the government and developers can do that; …". */
function roleSentence(roles: readonly string[], label: string): string {
  const who = roles.length === 1 ? roles[0] : roles.map((r) => (r === "government" ? r : `${r}s`)).join(" and ");
  return `Only the ${who} can do that; you are ${label}.`;
}
