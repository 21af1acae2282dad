// Bots for every role. `botCommands(state, seat, personality)` is a seat's whole round: the
// commands it sends, in order, each accepted by `applyCommand` when applied in that order
// (every bot builds its list by trying each command on a running copy of the state). Bots see
// the state a player's screen shows plus their own seat's private data; they decide with
// simple, explainable rules (see each role's file) and draw any randomness from the game's seed.
// `botAnswers` is the same seat answering offers that arrived after it acted (counter-offers).

import type { PlayerCommand } from "../commands";
import type { GameState, Role } from "../state";
import { developerCommands, DEVELOPER_PERSONALITIES, type DeveloperPersonality } from "./developer";
import { governmentCommands, GOVERNMENT_PERSONALITIES, type GovernmentPersonality } from "./government";
import { migrantCommands, MIGRANT_PERSONALITIES, type MigrantPersonality } from "./migrant";
import { villageCommands, VILLAGE_PERSONALITIES, type VillagePersonality } from "./village";

export { DEVELOPER_PERSONALITIES, GOVERNMENT_PERSONALITIES, MIGRANT_PERSONALITIES, VILLAGE_PERSONALITIES };
export type { DeveloperPersonality, GovernmentPersonality, MigrantPersonality, VillagePersonality };

/** The personalities a facilitator can pick, per role. */
export const PERSONALITIES = {
  government: GOVERNMENT_PERSONALITIES,
  village: VILLAGE_PERSONALITIES,
  developer: DEVELOPER_PERSONALITIES,
  migrant: MIGRANT_PERSONALITIES,
} as const satisfies Record<Role, readonly string[]>;
export type Personality = (typeof PERSONALITIES)[Role][number];

/** The personality a bot plays when nobody picks one. */
export const DEFAULT_PERSONALITY = {
  government: "balanced",
  village: "holdOut",
  developer: "buildToSell",
  migrant: "hukouSaver",
} as const satisfies { [R in Role]: (typeof PERSONALITIES)[R][number] };

/** One personality per role, e.g. from the simulator's command line. */
export type PersonalityMix = { [R in Role]: (typeof PERSONALITIES)[R][number] };
export const DEFAULT_MIX: PersonalityMix = { ...DEFAULT_PERSONALITY };

export function isPersonality(role: Role, name: string): boolean {
  return (PERSONALITIES[role] as readonly string[]).includes(name);
}

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
