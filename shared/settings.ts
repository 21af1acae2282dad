// What a game's creator (a teacher) may change in the scenario when opening a room, without
// editing a file: which event card opens each round (drop or reorder them for a counterfactual)
// and the PRH rent share. Settings are untrusted input: checked here, then the resulting
// scenario is validated like any other.

import { z } from "zod";
import { parseScenario, ScenarioError, type Scenario } from "./scenario";

export const gameSettingsSchema = z
  .object({
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
  const { eventPlan, prhRentPct } = parsed.data;
  return parseScenario({
    ...base,
    ...(eventPlan ? { eventPlan } : {}),
    ...(prhRentPct !== undefined ? { prh: { ...base.prh, rentPct: prhRentPct } } : {}),
  });
}
