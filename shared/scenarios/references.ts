// The history a scenario sets beside the game: figures from the source (or a cited public
// statistic), validated with the rest of the scenario (schema.ts) and read by the debrief
// (shared/views/history.ts).

import { z } from "zod";

/** What a historical figure measures; shared/views/history.ts reads the game's side of each. */
export const REFERENCE_IDS = ["gdpGrowth", "urbanResidents", "prhFloorArea", "leaseShare", "taxRate", "compensationOfLease"] as const;
export type ReferenceId = (typeof REFERENCE_IDS)[number];

/** A figure from the source (or a cited public statistic) that the debrief sets beside the game. */
export const referenceSchema = z.object({
  id: z.enum(REFERENCE_IDS),
  /** The figure, or a band's ends (lo-hi); a claim alone where the source gives no number. */
  value: z.number().optional(),
  lo: z.number().optional(),
  hi: z.number().optional(),
  /** The source's words where it gives a direction rather than a number. */
  claim: z.enum(["rising", "farBelow"]).optional(),
  unit: z.enum(["pctPerYear", "people", "m2", "pct"]),
  /** The years the figure covers. */
  from: z.number().int(),
  to: z.number().int(),
  /** Where the figure comes from: the chapter, or the public statistic and its publisher. */
  source: z.string().min(1),
  /** A municipality-wide pledge (people, m2): put on the map's scale by population.mapSharePct. */
  pledge: z.boolean().optional(),
  /** Floor area per map tile, m2, to count a floor-area pledge in tiles. */
  perTile: z.number().int().positive().optional(),
});
export type Reference = z.infer<typeof referenceSchema>;
