// The bots' personalities, per role, with a line each for the people who pick them. Kept free
// of the rules (no engine import) so the page can list them in its game settings.
import type { Role } from "../model/state";

export const GOVERNMENT_PERSONALITIES = ["growth", "balanced", "welfare"] as const;
export const VILLAGE_PERSONALITIES = ["sellEarly", "holdOut", "reclaim"] as const;
export const DEVELOPER_PERSONALITIES = ["speculative", "buildToSell", "cautious"] as const;
export const MIGRANT_PERSONALITIES = ["hukouSaver", "wageChaser", "family"] as const;
export type GovernmentPersonality = (typeof GOVERNMENT_PERSONALITIES)[number];
export type VillagePersonality = (typeof VILLAGE_PERSONALITIES)[number];
export type DeveloperPersonality = (typeof DEVELOPER_PERSONALITIES)[number];
export type MigrantPersonality = (typeof MIGRANT_PERSONALITIES)[number];

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

/** One personality per role, e.g. from the simulator's command line or a room's settings. */
export type PersonalityMix = { [R in Role]: (typeof PERSONALITIES)[R][number] };
export const DEFAULT_MIX: PersonalityMix = { ...DEFAULT_PERSONALITY };

export function isPersonality(role: Role, name: string): boolean {
  return (PERSONALITIES[role] as readonly string[]).includes(name);
}

/** One line per personality, for the game settings. */
export const PERSONALITY_NOTES: Record<Personality, string> = {
  growth: "growth first: cheap offers, every plot released, bridges and zones",
  balanced: "balanced: fair offers, some plots held back, a little PRH",
  welfare: "welfare first: generous offers, more PRH and hukou",
  sellEarly: "sells its land early",
  holdOut: "holds out for better compensation",
  reclaim: "reclaims house plots for land tickets",
  speculative: "speculative: bids high, holds land for rising demand",
  buildToSell: "builds to sell as soon as building pays",
  cautious: "cautious: low bids, keeps cash",
  hukouSaver: "saves and settles in the city, applies for hukou",
  wageChaser: "goes wherever the wage is highest",
  family: "puts a decent home first, sends money home",
};
