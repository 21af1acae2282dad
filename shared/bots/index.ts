// Bots for every role. A bot plays one seat's turn: it takes the actions the hints offer
// (shared/views/hints), ranks them by its personality with simple, explainable rules (see each
// role's file), and applies each one it chooses once, through the turn's apply (the rules'
// own check; in a room, the record too), so everything it keeps was accepted. Bots see the
// state a player's screen shows plus their own seat's private data and draw any randomness
// from the game's seed. Who plays when: shared/bots/schedule.ts (`runBots`).

import type { PlayerCommand } from "../engine/commands";
import type { GameState } from "../model/state";
import { BotTurn, applyPure, pursueObjective, type ApplyBotCommand } from "./common";
import { developerBot } from "./developer";
import { governmentBot } from "./government";
import { migrantBot } from "./migrant";
import { DEFAULT_PERSONALITY, isPersonality, PERSONALITIES, type DeveloperPersonality, type GovernmentPersonality, type MigrantPersonality, type VillagePersonality } from "./personalities";
import { villageBot } from "./village";

export * from "./personalities";
export { BotTurn, type ApplyBotCommand } from "./common";

/**
 * Play one seat's turn: answers to offers addressed to it, then (unless `answersOnly`) its own
 * moves, with its private objective's steps before the answers and after the moves
 * (common.ts pursueObjective). Throws on a personality the role does not have.
 */
export function playBot(turn: BotTurn, personality: string | undefined, answersOnly: boolean): void {
  const role = turn.state.seats[turn.seat]?.role;
  if (!role || turn.state.phase !== "action") return;
  const name = personality ?? DEFAULT_PERSONALITY[role];
  if (!isPersonality(role, name)) throw new Error(`"${name}" is not a ${role} personality; pick one of ${PERSONALITIES[role].join(", ")}.`);
  pursueObjective(turn, "answers");
  switch (role) {
    case "government":
      governmentBot(turn, name as GovernmentPersonality, answersOnly);
      break;
    case "village":
      villageBot(turn, name as VillagePersonality, answersOnly);
      break;
    case "developer":
      developerBot(turn, name as DeveloperPersonality, answersOnly);
      break;
    case "migrant":
      migrantBot(turn, name as MigrantPersonality, answersOnly);
      break;
  }
  if (!answersOnly) pursueObjective(turn, "moves");
}

function decide(state: GameState, seat: number, personality: string | undefined, answersOnly: boolean, apply: ApplyBotCommand = applyPure): PlayerCommand[] {
  const turn = new BotTurn(state, seat, apply);
  playBot(turn, personality, answersOnly);
  return turn.commands;
}

/** A seat's whole round as a list, decided on its own copy of the state (for tests and the bench; a game uses `runBots`). */
export const botCommands = (state: GameState, seat: number, personality?: string): PlayerCommand[] => decide(state, seat, personality, false);

/** Only the seat's answers to offers addressed to it, as a list (see `botCommands`). */
export const botAnswers = (state: GameState, seat: number, personality?: string): PlayerCommand[] => decide(state, seat, personality, true);
