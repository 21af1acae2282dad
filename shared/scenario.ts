// Every number the rules use, in one place, validated on load.
// Money is in wan (10,000 yuan). A round is two years. A tile is 500 m x 500 m (25 ha, 375 mu).
// A migrant cohort is 1,000 workers. See docs/scale.md for how the source's figures translate.
// "Source" below means ../shared/seed/chongqing-planning-chapter.txt (the chapter the game is built on).

import { z } from "zod";

const wan = z.number().int().nonnegative();
const pct = z.number().int().min(0).max(1000);

const eventCardSchema = z.object({
  id: z.string().min(1),
  year: z.number().int(),
  title: z.string().min(1),
  text: z.string().min(1),
  /** Money from the central government to the municipal budget, wan. */
  grant: wan.default(0),
  /** New housing-demand multiplier in percent (100 = normal), if the card changes it. */
  housingDemand: pct.optional(),
  /** New coastal-wage multiplier in percent (100 = normal), if the card changes it. */
  coastWage: pct.optional(),
});
export type EventCard = z.infer<typeof eventCardSchema>;

export const scenarioSchema = z.object({
  name: z.string().min(1),
  rounds: z.number().int().min(1).max(40),
  firstYear: z.number().int(),
  yearsPerRound: z.number().int().min(1).max(5),
  seats: z.object({
    /** Villages get one seat each, from the map; these are the other several-seat roles. */
    developers: z.number().int().min(1).max(4),
    migrants: z.number().int().min(1).max(4),
  }),
  startingMoney: z.object({ government: wan, village: wan, developer: wan, migrant: wan }),
  landValue: z.object({
    /** Value of a flat tile at the core, wan. */
    flatAtCore: wan,
    /** Slopes are dearer to build on: their value in percent of a flat tile's. */
    slopePct: pct,
    /** Half-value travel cost: value = flatAtCore * halfCost / (halfCost + travelCost). */
    halfCost: z.number().int().positive(),
  }),
  travelCost: z.object({
    flat: z.number().int().positive(),
    slope: z.number().int().positive(),
    mountain: z.number().int().positive(),
    /** Crossing a water tile by ferry, where there is no bridge. */
    ferry: z.number().int().positive(),
    bridge: z.number().int().positive(),
    /** Streets of the old urban fabric and built-up urban tiles. */
    urban: z.number().int().positive(),
  }),
  stability: z.object({
    start: z.number().int().min(0).max(100),
    /** Stability lost when a village protests an expropriation offer. */
    protestCost: z.number().int().min(0).max(100),
  }),
  expropriation: z.object({
    /** Lowest compensation the law allows per farmland/forest tile, wan. */
    minimumPerFarmTile: wan,
    /** Lowest compensation per tile of village house plots (homes are rebuilt), wan. */
    minimumPerHousingTile: wan,
  }),
  construction: z.object({
    commercialHousingCost: wan,
    factoryCost: wan,
    /** A completed housing tile sells for this percent of its land value (before the demand multiplier). */
    housingSalePct: pct,
    /** Random spread of a sale price, +/- percent. */
    salePriceSpreadPct: z.number().int().min(0).max(50),
    /** Rent a developer receives per round for a factory let to a manufacturer, wan. */
    factoryRent: wan,
    /** Corporate tax a manufacturer pays per factory per round, wan. */
    factoryTax: wan,
  }),
  bridge: z.object({
    /** Cost per water tile spanned, wan. */
    costPerTile: wan,
    maxSpan: z.number().int().min(1).max(20),
  }),
  tickets: z.object({
    /** Cost of demolishing a house plot and restoring it to farmland, wan. */
    reclamationCost: wan,
    /** Rounds of verification before the ticket is issued. */
    verificationRounds: z.number().int().min(0).max(5),
  }),
  village: z.object({
    /** Income from one farmland tile per round, wan. */
    farmIncomePerTile: wan,
  }),
  migrants: z.object({
    /** Wage of one cohort per round by job, wan. */
    wage: z.object({ coast: wan, construction: wan, factory: wan, services: wan }),
    /** Living costs besides rent per cohort per round, wan (paid out to the economy). */
    livingCost: wan,
    /** Rent per cohort per round, wan. */
    rent: z.object({ coast: wan, dorm: wan, villageRoom: wan, commercialFlat: wan }),
    /** Cohorts one tile can house. */
    capacity: z.object({ villageHousing: z.number().int().min(0), informalHousing: z.number().int().min(0), commercialHousing: z.number().int().min(0) }),
    /** City jobs each factory tile offers, in cohorts. */
    jobsPerFactory: z.number().int().min(0),
  }),
  events: z.array(eventCardSchema),
});
export type Scenario = z.infer<typeof scenarioSchema>;

export class ScenarioError extends Error {}

/** Validate a scenario; a bad value gets an error naming its path, e.g. "landValue.halfCost: ...". */
export function parseScenario(input: unknown): Scenario {
  const result = scenarioSchema.safeParse(input);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `${i.path.join(".") || "(scenario)"}: ${i.message}`);
    throw new ScenarioError(`Invalid scenario: ${lines.join("; ")}`);
  }
  const s = result.data;
  if (s.events.length > 0 && s.events.length < s.rounds) {
    throw new ScenarioError(`Invalid scenario: events: ${s.events.length} cards for ${s.rounds} rounds; give one per round or none`);
  }
  return s;
}
