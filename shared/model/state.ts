// The whole game as plain data: no classes, no functions, nothing that JSON cannot hold.
// Rules in shared/rules/ read one state and return the next; they never mutate their input.
//
// Money is an integer count of 10,000 yuan (wan, 万元) everywhere: see docs/scale.md.

import type { GameMap, Plan } from "./map";
import type { Auction, ExchangeOrder, Offer, Order } from "./offers";
import type { Scenario } from "../scenarios/schema";
import type { ObjectiveId } from "../scenarios/objectives";

// 2: event cards open the round their year falls in; the industrial loop, PRH and demand rules of issue 13.
// 3: loans come due (debt service, credit curbs on the cards), housing demand from residents and
//    incomes, the farmland quota under the red line, households that follow jobs.
export const RULES_VERSION = 4;

export const ROLES = ["government", "village", "developer", "migrant"] as const;
export type Role = (typeof ROLES)[number];

export interface Seat {
  id: number;
  role: Role;
  /** e.g. "Municipal government", "Lijia village", "Developer 1", "Migrant cohort 2". */
  label: string;
  /** For a village seat: index into map.villages. -1 for other roles. */
  village: number;
}

/** A ledger account: a seat's, or one of the outside accounts that money enters the city from. */
export type AccountId = `seat:${number}` | "central" | "economy" | "bank";

export interface Transfer {
  round: number;
  from: AccountId;
  to: AccountId;
  /** wan, > 0 */
  amount: number;
  reason: TransferReason;
  /** The tile the payment is about, or -1. */
  tile: number;
}

export type TransferReason =
  | "endowment"
  | "grant"
  | "compensation"
  | "lease"
  | "construction"
  | "sale"
  | "ticket"
  | "reclamation"
  | "farmIncome"
  | "wage"
  | "rent"
  | "livingCost"
  | "tax"
  | "factoryRent"
  | "officeRent"
  | "bridge"
  | "infrastructure"
  | "loan"
  | "repayment"
  | "interest"
  | "prhConstruction"
  | "prhRent"
  | "subsidy"
  | "hukouServices"
  | "remittance"
  | "resettlement"
  | "demolition"
  | "relocation";

/** A public rented housing estate being built: it opens when `readyAtRound` resolves. */
export interface Project {
  seat: number;
  tile: number;
  readyAtRound: number;
  cost: number;
}

/** A manufacturer (non-player) that moved into a factory; it stays for the rest of the game. */
export interface Firm {
  id: number;
  tile: number;
  arrivedRound: number;
}

/** Who may rent public rented housing: any cohort with a city job, or only urban-hukou holders. */
export type PrhEligibility = "cityWorkers" | "hukouHolders";

export const JOBS = ["coast", "construction", "factory", "services"] as const;
export type Job = (typeof JOBS)[number];

/** Where a migrant cohort lives: on the coast, in an employer dormitory, or in a housing tile. */
export type Home = { kind: "coast" } | { kind: "dorm" } | { kind: "tile"; tile: number };

export interface Cohort {
  seat: number;
  job: Job;
  home: Home;
  /** Holds urban hukou (granted within the government's quota). */
  hukou: boolean;
  /** Applied for hukou this round. */
  applyingHukou: boolean;
  /** The village seat the cohort's families live in (remittances go there). */
  homeVillage: number;
  /** Wan sent home every round, if the cohort has it. */
  remittance: number;
  /** The choice queued this round, applied at resolution. */
  next: { job: Job; home: Home } | null;
}

/** A land ticket being verified after a house plot was reclaimed; issued when `round` resolves. */
export interface PendingTicket {
  seat: number;
  tile: number;
  readyAtRound: number;
}

/** What happened to a plot: the numbers the game shows to make value capture visible. */
export interface PlotDeal {
  /** Compensation paid to the village, wan. */
  compensation: number;
  /** Lease price paid by the developer, wan (0 until auctioned). */
  lease: number;
  /** Sale value of what was built on it, wan (0 until sold). */
  sale: number;
}

export interface RoundRecord {
  round: number;
  year: number;
  /** Balance of every seat at the end of the round, wan. */
  balances: number[];
  farmlandTiles: number;
  reserveTiles: number;
  urbanTiles: number;
  /** Mean land value of buildable tiles, wan. */
  meanLandValue: number;
  stability: number;
  compensationPaid: number;
  leaseRevenue: number;
  ticketPrice: number;
  ticketVolume: number;
  cohortsInCity: number;
  /** Value added this round, wan: wages, firm profits, farm income, construction, rents. */
  gdp: number;
  /** Municipal revenue this round by source, wan. */
  revenue: { leases: number; taxes: number; transfers: number; rents: number };
  /** Government debt at the end of the round, wan. */
  governmentDebt: number;
  /** Debts of all developers, wan. */
  developerDebt: number;
  /** The national red line for farmland, in tiles (scenario). */
  redLineTiles: number;
  /** Cohorts working in the city, and urban-hukou holders (cohorts plus converted village households). */
  urbanPopulation: number;
  hukouHolders: number;
  /** People living in the city: housing built and cohorts (rules/indicators.ts urbanResidents). */
  urbanResidents: number;
  /** Urban-hukou holders in people (rules/indicators.ts). */
  hukouPeople: number;
  /** Earned income per villager (compensation left out) over income per city worker, in percent. */
  ruralUrbanIncomePct: number;
  /** Land-ticket sales as a percent of the villages' earned income this round. */
  ticketIncomePct: number;
  /** Hukou services, zone subsidies and PRH rent below market this round, wan. */
  welfareSpending: number;
  prhBuilt: number;
  prhUnderConstruction: number;
  prhOccupiedByMigrants: number;
  prhLeasedByEmployers: number;
  informalHousingTiles: number;
  /** Cohorts displaced so far (their home demolished). */
  displacedTotal: number;
  firms: number;
  firmsInZone: number;
  /** City jobs offered by firms, in cohorts. */
  firmJobs: number;
  /** Mean travel cost to the core over buildable tiles. */
  meanTravelCost: number;
}

export interface MapState {
  width: number;
  height: number;
  terrain: number[];
  tenure: number[];
  use: number[];
  /** Seat id holding each tile, -1 for none (water, unleased state land is held by the government). */
  holder: number[];
  /** Land value per tile, wan; recomputed at every resolution from accessibility. */
  value: number[];
  /** Travel cost from each tile to the core (see rules/accessibility.ts). */
  access: number[];
  /** 1 where the government designated a special economic zone. */
  zone: number[];
  /** 1 where a light-rail line runs. */
  rail: number[];
  /** Planned use per tile: index into rules/plans.ts PLANS. */
  plan: number[];
  core: number;
  villages: GameMap["villages"];
  /** The map's named places, for naming tiles (no rule reads them). */
  places?: GameMap["places"];
  name: string;
}

export type Phase = "lobby" | "action" | "ended";

export interface GameState {
  rulesVersion: number;
  scenario: Scenario;
  /** Random generator state (shared/rng.ts). */
  rng: number;
  /** 0 in the lobby, 1..scenario.rounds in play. */
  round: number;
  phase: Phase;
  /** Index into scenario.events of the card in force this round, or -1. */
  eventCard: number;
  /** Percent multipliers set by event cards; 100 = normal. */
  modifiers: { housingDemand: number; coastWage: number; firmInflow: number; creditLimit: number; debtDue: number };
  /** Mechanics opened by event cards so far (scenario `unlocks`); see rules/unlocks.ts. */
  unlocked: string[];
  /** Social stability, 0-100: protests against expropriation lower it (the government's worry). */
  stability: number;
  map: MapState;
  seats: Seat[];
  balances: Record<AccountId, number>;
  ledger: Transfer[];
  tickets: number[];
  pendingTickets: PendingTicket[];
  offers: Offer[];
  auctions: Auction[];
  /** This round's exchange orders, cleared at resolution step 3. */
  exchange: ExchangeOrder[];
  /** The last clearing: price per ticket (wan, 0 if nothing traded) and tickets traded. */
  lastClearing: { round: number; price: number; volume: number };
  orders: Order[];
  cohorts: Cohort[];
  deals: Record<number, PlotDeal>;
  /** Outstanding debt per seat, wan (government and developers borrow from the bank). */
  debt: number[];
  /** Borrowing (+) and repayment (-) queued this round, settled first at resolution. */
  loans: { seat: number; amount: number }[];
  projects: Project[];
  /** Approved plan amendments waiting to come into force. */
  amendments: { tile: number; plan: Plan; readyAtRound: number }[];
  firms: Firm[];
  prh: { rentPct: number; eligibility: PrhEligibility };
  /** PRH units (one cohort each) rented as blocks by employers: estate tile and developer seat. */
  prhBlocks: { tile: number; seat: number }[];
  /** Hukou conversions the government allows per round, in cohorts. */
  hukouQuota: number;
  /** Per village seat: households granted urban hukou / resettlement flats through expropriation, in tiles' worth. */
  villageHukou: number[];
  resettlementFlats: number[];
  /** Non-player newcomers registered as urban-hukou holders through the quota so far, people (rules/population.ts). */
  registeredResidents: number;
  /** Cohorts displaced by demolition so far. */
  displaced: number;
  /** Tiles of flats the market wanted last round and did not get: they add to this round's demand. */
  housingBacklog: number;
  /** Old-city tiles the market beyond the players has rebuilt as flats so far (rules/renewal.ts). */
  renewedTiles: number;
  /** People housed on each tile of flats completed in the game, fixed by its land value then (rules/population.ts). */
  flatResidents: Record<number, number>;
  /** The national farmland red line in tiles: scenario.redLinePct of the farmland at the start. */
  redLineTiles: number;
  history: RoundRecord[];
  nextId: number;
  /** Per seat: its private objective's id, "" for none (shared/rules/objectives.ts). */
  objectives: (ObjectiveId | "")[];
}

export const seatAccount = (seat: number): AccountId => `seat:${seat}`;
export const governmentSeat = (state: GameState): number => state.seats.findIndex((s) => s.role === "government");
export const yearOfRound = (scenario: Scenario, round: number): number =>
  scenario.firstYear + (Math.max(round, 1) - 1) * scenario.yearsPerRound;
