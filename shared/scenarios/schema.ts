// Every number the rules use, in one place, validated on load.
// Money is in wan (10,000 yuan). A round is two years. A tile is 500 m x 500 m (25 ha, 375 mu).
// A migrant cohort is 1,000 workers. See docs/scale.md for how the source's figures translate.
// "Source" below means ../shared/seed/chongqing-planning-chapter.txt (the chapter the game is built on).

import { z } from "zod";
import { CHONGQING_OBJECTIVES, privateObjectivesSchema } from "./objectives";
import { referenceSchema } from "./references";

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
  /** New multiplier in percent on manufacturers looking inland each round, if the card changes it. */
  firmInflow: pct.optional(),
  /** New share of the debt limits open to new borrowing in percent (100 = normal), if the card tightens credit. */
  creditLimit: pct.optional(),
  /** New multiplier in percent on the share of debt falling due each round, if the card calls debts in. */
  debtDue: pct.optional(),
  /** Mechanics the card opens for the rest of the game (see UNLOCKS). */
  unlocks: z.array(z.enum(["exchange", "rail", "prh", "zones", "ruralPlanning"])).default([]),
});
export type EventCard = z.infer<typeof eventCardSchema>;

/** Mechanics that a scenario may keep closed until an event card opens them. */
export const UNLOCKS = ["exchange", "rail", "prh", "zones", "ruralPlanning"] as const;
export type Unlock = (typeof UNLOCKS)[number];

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
    /** A plot planned for industry is worth this percent of the same plot planned for housing. */
    industrialPct: pct,
  }),
  travelCost: z.object({
    flat: z.number().int().positive(),
    slope: z.number().int().positive(),
    mountain: z.number().int().positive(),
    /** Crossing a water tile by ferry, where there is no bridge. */
    ferry: z.number().int().positive(),
    bridge: z.number().int().positive(),
    /** A road tunnel through a ridge. */
    tunnel: z.number().int().positive(),
    /** Streets of the old urban fabric, roads and built-up urban tiles. */
    urban: z.number().int().positive(),
    /** A tile with a light-rail line. */
    rail: z.number().int().positive(),
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
    officeCost: wan,
    /** Offices are let to service firms for this percent of the plot's land value a round. */
    officeRentPct: pct,
    /** A completed housing tile sells for this percent of its land value (before the demand multiplier). */
    housingSalePct: pct,
    /** Taxes the city levies on a sale of flats (business, land-appreciation and deed taxes), percent of the sale. */
    saleTaxPct: pct,
    /** Random spread of a sale price, +/- percent. */
    salePriceSpreadPct: z.number().int().min(0).max(50),
    /** Tiles of flats the housing market buys a round at full price at 100% demand; each flat beyond sells for less. */
    flatsPerRound: z.number().int().min(1),
    /** Rent a developer receives per round for a factory let to a manufacturer, wan. */
    factoryRent: wan,
  }),
  bridge: z.object({
    /** Cost per water tile spanned, wan. */
    costPerTile: wan,
    maxSpan: z.number().int().min(1).max(20),
  }),
  infrastructure: z.object({
    /** Cost per mountain tile a tunnel runs through, wan. */
    tunnelPerTile: wan,
    maxTunnel: z.number().int().min(1).max(20),
    /** A road on one tile, by terrain, wan. */
    roadFlat: wan,
    roadSlope: wan,
    /** Light rail per tile, wan. */
    railPerTile: wan,
  }),
  finance: z.object({
    /** Interest per round on outstanding debt, percent. */
    interestPct: pct,
    /** Share of outstanding debt that falls due each round (repaid out of the balance), percent. */
    duePct: pct,
    /** What falls due and cannot be paid is rolled over with this surcharge added to the debt, percent. */
    overduePct: pct,
    governmentDebtLimit: wan,
    developerDebtLimit: wan,
  }),
  prh: z.object({
    /** Building one estate tile, wan; borrowed in full by the state development corporation. */
    costPerTile: wan,
    /** Rounds from the order until the estate opens. */
    buildRounds: z.number().int().min(1).max(5),
    /** Cohorts one estate tile houses. */
    capacity: z.number().int().min(1).max(20),
    /** Rent as a percent of the market rent of a commercial flat, at the start. */
    rentPct: pct,
    /** The lowest and highest rent share the government may set. */
    minRentPct: pct,
    maxRentPct: pct,
  }),
  firms: z.object({
    /** Profit before tax of a manufacturer in one factory per round, wan. */
    profit: wan,
    /** Corporate income tax outside and inside a special economic zone, percent of profit. */
    taxPct: pct,
    zoneTaxPct: pct,
    /** Energy subsidy the government pays each zone firm per round, wan. */
    zoneSubsidy: wan,
    /** Subsidised land: the part of a zone firm's factory rent the government pays, wan a round. */
    zoneRentSubsidy: wan,
    /** Construction fees waived: the share of a zone factory's cost the government pays its builder, percent. */
    zoneFactoryGrantPct: pct,
    /** Manufacturers looking inland per round at 100% inflow. */
    arrivalsPerRound: z.number().int().min(0).max(20),
    /** A firm moves in only if it expects at least this profit per round after tax, rent and costs, wan. */
    minimumProfit: wan,
    /** A firm's cost per round for each point of travel cost from its factory to the core, wan. */
    travelCostWeight: wan,
    /** What a firm gains per round for each cohort of worker housing within `housingRadius` tiles, wan. */
    housingWeight: wan,
    housingRadius: z.number().int().min(0).max(10),
    /** Side of the square a zone designation covers, in tiles (odd). */
    zoneSize: z.number().int().min(1).max(9),
    /** Transport hubs that draw manufacturers: a factory within `radius` tiles (steps along the
     * grid) of an open hub expects `bonus` wan more a round. A hub with a card opens with it. */
    hubs: z.array(
      z.object({
        id: z.string().min(1),
        name: z.string().min(1),
        x: z.number().int().min(0),
        y: z.number().int().min(0),
        radius: z.number().int().min(0).max(20),
        bonus: wan,
        /** Id of the event card that opens it; absent: open from the start. */
        opensWith: z.string().optional(),
      }),
    ),
  }),
  hukou: z.object({
    /** What the city spends per round on services for each hukou-holding cohort, wan. */
    serviceCostPerCohort: wan,
    /** The same for a village tile's households converted through expropriation, wan. */
    serviceCostPerVillageTile: wan,
    /** Extra housing demand per hukou-holding cohort, percent. */
    housingDemandPct: pct,
    /** Newcomers (non-player residents) each cohort of the hukou quota registers a round, people. */
    residentsPerQuota: z.number().int().min(0),
    /** What the city spends per round on services for each 1,000 newcomers registered, wan. */
    serviceCostPerThousand: wan,
    /** Source: the pledge of ten million more registered urban residents by 2020, in millions of
     * people for the whole municipality (rules/population.ts puts it on the map's scale). */
    target: z.number().int().min(0),
  }),
  /** Urban residents in people (docs/scale.md): who lives in each tile of city housing. */
  population: z.object({
    /** The central city's urban residents when the game starts. */
    start: z.number().int().min(0),
    /** Residents per tile of commercial housing, of the old city's low-rise blocks, of public rented housing, of informal housing. */
    perFlatTile: z.number().int().min(0),
    perOldUrbanTile: z.number().int().min(0),
    /** Flats are built denser on dearer land: a tile of flats completed on land worth `referenceValue`
     * wan houses perFlatTile people, in proportion elsewhere, between minPct% and maxPct% of it. */
    flatDensity: z.object({ referenceValue: wan, minPct: pct, maxPct: z.number().int().min(0).max(1_000) }),
    perPrhTile: z.number().int().min(0),
    perInformalTile: z.number().int().min(0),
    /** Residents housed per block of resettlement flats (a tile's village households). */
    perResettlementBlock: z.number().int().min(0),
    /** Residents each manufacturer brings: its workforce and their families. */
    perFirm: z.number().int().min(0),
    /** The map's share of the municipality's urban growth, percent: the +10 million pledge on the map's scale. */
    mapSharePct: pct,
  }),
  /** Old-city renewal by the market beyond the players (rules/renewal.ts). */
  renewal: z.object({
    /** The share of the flats demand the players left unmet that the rest of the market builds, percent. */
    sharePct: pct,
    /** What buying out one resident of the old blocks costs their builders, wan. */
    buyoutPerPerson: wan,
  }),
  resettlement: z.object({
    /** A block of resettlement flats for one tile's households, wan. */
    flatsPerTile: wan,
  }),
  informal: z.object({
    /** A village builds rooms to let on one tile, wan. */
    buildCost: wan,
    /** The government demolishes one tile of informal housing, wan. */
    demolitionCost: wan,
    /** Stability lost per cohort displaced by a demolition. */
    stabilityPerDisplaced: z.number().int().min(0).max(100),
  }),
  soe: z.object({
    /** Moving a state enterprise out of an inner-city site into the reserve, wan. */
    relocationCost: wan,
  }),
  /** The national farmland red line, as a percent of the map's farmland at the start. */
  redLinePct: pct,
  tickets: z.object({
    /** Cost of demolishing a house plot and restoring it to farmland, wan. */
    reclamationCost: wan,
    /** Rounds of verification before the ticket is issued. */
    verificationRounds: z.number().int().min(0).max(5),
  }),
  village: z.object({
    /** Income from one farmland tile per round, wan. */
    farmIncomePerTile: wan,
    /** Working villagers per tile of collective land, for per-person income comparisons. */
    workersPerTile: z.number().int().positive(),
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
    /** City jobs each manufacturer (a factory with a firm in it) offers, in cohorts. */
    jobsPerFactory: z.number().int().min(0),
  }),
  events: z.array(eventCardSchema),
  /** Which card opens each round, by id ("" for no card). Leave it out for the historical
   * order; drop or reorder cards here for a counterfactual game. */
  eventPlan: z.array(z.string()).optional(),
  /** Mechanics open from round 1 (the others wait for a card that unlocks them). */
  unlockedFromStart: z.array(z.enum(UNLOCKS)).default([]),
  /** History beside the game: the figures the debrief compares the class's city with. */
  references: z.array(referenceSchema).default([]),
  /** Private objectives a seat may draw (shared/scenarios/objectives.ts). */
  privateObjectives: privateObjectivesSchema.default(CHONGQING_OBJECTIVES),
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
  const fail = (path: string, message: string) => {
    throw new ScenarioError(`Invalid scenario: ${path}: ${message}`);
  };
  if (s.eventPlan) {
    if (s.eventPlan.length !== s.rounds) fail("eventPlan", `${s.eventPlan.length} entries for ${s.rounds} rounds; give one per round ("" for none)`);
    s.eventPlan.forEach((id, i) => {
      if (id !== "" && !s.events.some((e) => e.id === id)) fail(`eventPlan.${i}`, `no event card has the id "${id}"`);
    });
  }
  // History: each card opens the round its year falls in (a card outside the game's years is
  // never played), so no two cards may share a round.
  const roundOf = (year: number) => Math.floor((year - s.firstYear) / s.yearsPerRound) + 1;
  s.events.forEach((e, i) => {
    const other = s.events.findIndex((o) => roundOf(o.year) === roundOf(e.year));
    if (other !== i) fail(`events.${i}.year`, `"${e.id}" (${e.year}) falls in the same round as "${s.events[other].id}" (${s.events[other].year}); one card per round`);
  });
  if (s.prh.minRentPct > s.prh.maxRentPct) fail("prh.minRentPct", "must not exceed prh.maxRentPct");
  if (s.prh.rentPct < s.prh.minRentPct || s.prh.rentPct > s.prh.maxRentPct) fail("prh.rentPct", `must lie between ${s.prh.minRentPct} and ${s.prh.maxRentPct}`);
  if (s.firms.zoneSize % 2 === 0) fail("firms.zoneSize", "must be odd (the square is centred on the chosen tile)");
  return s;
}
