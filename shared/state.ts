// The whole game as plain data: no classes, no functions, nothing that JSON cannot hold.
// Rules in shared/rules/ read one state and return the next; they never mutate their input.
//
// Money is an integer count of 10,000 yuan (wan, 万元) everywhere: see docs/scale.md.

import type { GameMap } from "./map";
import type { Scenario } from "./scenario";

export const RULES_VERSION = 1;

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
export type AccountId = `seat:${number}` | "central" | "economy";

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
  | "bridge";

/** Offers wait for the other side's answer during the action phase and settle at resolution. */
export type Offer =
  | {
      id: number;
      kind: "expropriation";
      from: number;
      to: number;
      tile: number;
      /** Cash compensation, wan. */
      amount: number;
      status: OfferStatus;
    }
  | {
      id: number;
      kind: "ticketSale";
      from: number;
      to: number;
      tickets: number;
      /** Price for all the tickets together, wan. */
      amount: number;
      status: OfferStatus;
    };
/** "countered": answered with a counter-offer (a new offer the other way); "resisted": the
 * village refused and protested, which costs the government stability. */
export type OfferStatus = "open" | "accepted" | "refused" | "countered" | "resisted";

/** A sealed-bid, first-price lease auction of one reserve tile; cleared at resolution. */
export interface Auction {
  id: number;
  tile: number;
  /** Lowest acceptable bid, wan. */
  reserve: number;
  /** Kept private: the server never shows another seat's bid. Later bids replace earlier ones. */
  bids: { seat: number; amount: number }[];
}

/** An order on the state-run land-ticket exchange; prices are per ticket, wan, and sealed. */
export interface ExchangeOrder {
  seat: number;
  side: "sell" | "buy";
  tickets: number;
  /** Sell: the least accepted per ticket. Buy: the most paid per ticket. */
  price: number;
}

export type BuildingKind = "commercialHousing" | "factory";

/** Orders queued by a seat during the action phase; carried out at resolution. */
export type Order =
  | { kind: "build"; seat: number; tile: number; building: BuildingKind }
  | { kind: "bridge"; seat: number; tiles: number[] }
  | { kind: "reclaim"; seat: number; tile: number };

export const JOBS = ["coast", "construction", "factory", "services"] as const;
export type Job = (typeof JOBS)[number];

/** Where a migrant cohort lives: on the coast, in an employer dormitory, or in a housing tile. */
export type Home = { kind: "coast" } | { kind: "dorm" } | { kind: "tile"; tile: number };

export interface Cohort {
  seat: number;
  job: Job;
  home: Home;
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
  core: number;
  villages: GameMap["villages"];
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
  modifiers: { housingDemand: number; coastWage: number };
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
  history: RoundRecord[];
  nextId: number;
}

export const seatAccount = (seat: number): AccountId => `seat:${seat}`;
export const governmentSeat = (state: GameState): number => state.seats.findIndex((s) => s.role === "government");
export const yearOfRound = (scenario: Scenario, round: number): number =>
  scenario.firstYear + (Math.max(round, 1) - 1) * scenario.yearsPerRound;
