// The private objectives a seat may draw at the start (GAME.md: "a village head who quietly wants
// urban hukou for their children"): one per seat, from the game's seed, shown only to that seat,
// worth `points` in its score if met at the end, revealed in the debrief. Hidden agendas of this
// kind drive the negotiation in GLUT/GIROS, the Lincoln Institute's land-market game. What each
// id checks is in shared/rules/objectives.ts; `target` is its threshold, in the unit its line
// gives. Points are the role's own (1 point = ¥1 m), sized to a few percent of a typical final
// score of the role (docs/rules.md, "Scores and private objectives").

import { z } from "zod";

export const OBJECTIVE_IDS = [
  // government
  "promisedBridge", // bridges paid for by the government during the game, count
  "prhPledge", // households and employer blocks in PRH at the end, count
  "hukouPledge", // urban hukou holders at the end (cohorts and village tiles' households), count
  // village
  "hukouForChildren", // the village's households granted urban hukou, tiles' worth
  "flatInTown", // resettlement flats received, tiles' worth
  "ticketIncome", // land-ticket sales over the game, wan
  // developer
  "partnerFactory", // factories the developer holds at the end, count
  "headquarters", // office blocks the developer holds at the end, count
  "flatsSold", // commercial-housing tiles sold over the game, count
  // migrant
  "bringFamily", // urban hukou at the end (schools and pensions for the family), 1
  "sendMoneyHome", // remittances sent home over the game, wan
  "settledHome", // living in a public rented or commercial flat at the end, 1
] as const;
export type ObjectiveId = (typeof OBJECTIVE_IDS)[number];

export const privateObjectiveSchema = z.object({
  id: z.enum(OBJECTIVE_IDS),
  role: z.enum(["government", "village", "developer", "migrant"]),
  target: z.number().int().min(1),
  points: z.number().int().min(0),
});
export type PrivateObjective = z.infer<typeof privateObjectiveSchema>;

/** Empty: no seat draws one. */
export const privateObjectivesSchema = z.array(privateObjectiveSchema);

export const CHONGQING_OBJECTIVES: PrivateObjective[] = [
  // Source: new river bridges integrated the multi-nodal city; in 2010 the city announced
  // hundreds of thousands of PRH flats at 20 sites. Targets and points are calibration.
  { id: "promisedBridge", role: "government", target: 1, points: 300 },
  { id: "prhPledge", role: "government", target: 2, points: 300 },
  { id: "hukouPledge", role: "government", target: 3, points: 300 },
  { id: "hukouForChildren", role: "village", target: 1, points: 300 },
  { id: "flatInTown", role: "village", target: 1, points: 300 },
  { id: "ticketIncome", role: "village", target: 3_000, points: 300 },
  { id: "partnerFactory", role: "developer", target: 1, points: 300 },
  { id: "headquarters", role: "developer", target: 1, points: 300 },
  { id: "flatsSold", role: "developer", target: 3, points: 300 },
  { id: "bringFamily", role: "migrant", target: 1, points: 30 },
  { id: "sendMoneyHome", role: "migrant", target: 2_000, points: 30 },
  { id: "settledHome", role: "migrant", target: 1, points: 30 },
];
