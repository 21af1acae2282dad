// Bots for every role. `botCommands(state, seat, personality)` is a seat's whole round: the
// commands it sends, in order, each accepted by `applyCommand` when applied in that order
// (every bot builds its list by trying each command on a running copy of the state). Bots see
// the state a player's screen shows plus their own seat's private data; they decide with
// simple, explainable rules (see each role's file) and draw any randomness from the game's seed.
// `botAnswers` is the same seat answering offers that arrived after it acted (counter-offers).

import type { PlayerCommand } from "../engine/commands";
import type { GameState } from "../model/state";
import { developerCommands } from "./developer";
import { governmentCommands } from "./government";
import { migrantCommands } from "./migrant";
import { DEFAULT_PERSONALITY, isPersonality, PERSONALITIES, type DeveloperPersonality, type GovernmentPersonality, type MigrantPersonality, type VillagePersonality } from "./personalities";
import { villageCommands } from "./village";

export * from "./personalities";

function run(state: GameState, seat: number, personality: string | undefined, answersOnly: boolean): PlayerCommand[] {
  const role = state.seats[seat]?.role;
  if (!role || state.phase !== "action") return [];
  const name = personality ?? DEFAULT_PERSONALITY[role];
  if (!isPersonality(role, name)) throw new Error(`"${name}" is not a ${role} personality; pick one of ${PERSONALITIES[role].join(", ")}.`);
  switch (role) {
    case "government":
      return governmentCommands(state, seat, name as GovernmentPersonality, answersOnly);
    case "village":
      return villageCommands(state, seat, name as VillagePersonality, answersOnly);
    case "developer":
      return developerCommands(state, seat, name as DeveloperPersonality, answersOnly);
    case "migrant":
      return migrantCommands(state, seat, name as MigrantPersonality, answersOnly);
  }
}

/** A seat's whole round: answers to offers addressed to it, then its own moves. */
export const botCommands = (state: GameState, seat: number, personality?: string): PlayerCommand[] => run(state, seat, personality, false);

/** Only answers to offers addressed to the seat (for offers that arrive after it acted). */
export const botAnswers = (state: GameState, seat: number, personality?: string): PlayerCommand[] => run(state, seat, personality, true);
