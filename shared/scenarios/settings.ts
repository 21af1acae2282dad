// What a game's creator (a teacher) may change in the scenario when opening a room, without
// editing a file: how many rounds, how many developer and migrant seats, which event card opens
// each round (drop or reorder them for a counterfactual) and the PRH rent share. Settings are untrusted input: checked here, then the resulting
// scenario is validated like any other.

import { z } from "zod";
import { parseScenario, ScenarioError, type Scenario } from "./schema";

export const gameSettingsSchema = z
  .object({
    /** Rounds to play (a shorter class game); without an event plan the first cards are used. */
    rounds: z.number().int().min(1).max(40).optional(),
    /** Seats per role besides the government and the map's villages. */
    developers: z.number().int().min(1).max(4).optional(),
    migrants: z.number().int().min(1).max(4).optional(),
    /** Card id per round, "" for no card. */
    eventPlan: z.array(z.string().max(40)).max(40).optional(),
    /** PRH rent at the start, percent of market rent. */
    prhRentPct: z.number().int().min(0).max(1000).optional(),
  })
  .strict();
export type GameSettings = z.infer<typeof gameSettingsSchema>;

/** The scenario with the settings applied; throws a ScenarioError naming a bad setting. */
export function scenarioWithSettings(base: Scenario, input: unknown): Scenario {
  const parsed = gameSettingsSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ScenarioError(`Invalid settings: ${issue.path.join(".") || "(settings)"}: ${issue.message}`);
  }
  const { rounds, developers, migrants, eventPlan, prhRentPct } = parsed.data;
  const plan = eventPlan ?? (rounds !== undefined && base.events.length > 0 ? base.events.slice(0, rounds).map((e) => e.id) : undefined);
  return parseScenario({
    ...base,
    ...(rounds !== undefined ? { rounds } : {}),
    seats: { developers: developers ?? base.seats.developers, migrants: migrants ?? base.seats.migrants },
    ...(plan ? { eventPlan: plan } : {}),
    ...(prhRentPct !== undefined ? { prh: { ...base.prh, rentPct: prhRentPct } } : {}),
  });
}
