// What seats queue during the action phase, all settled at resolution: offers waiting for the
// other side's answer, sealed-bid lease auctions, orders on the land-ticket exchange, and
// orders to build, reclaim, demolish, relocate, zone and plan. Money is in wan.

import type { Plan } from "./map";

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
      /** The rest of the package: the tile's households get urban hukou; a resettlement flat
       * block is built for them (New North Zone pattern in the source). */
      hukou: boolean;
      flats: boolean;
      status: OfferStatus;
    }
  | {
      id: number;
      /** A developer asks the government to change a leased plot's planned use (rules/plans.ts). */
      kind: "amendment";
      from: number;
      to: number;
      tile: number;
      plan: Plan;
      amendment: "technical" | "compulsory";
      amount: 0;
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

export type BuildingKind = "commercialHousing" | "factory" | "office";

/** What the government can build to cut travel costs (rules/infrastructure.ts). */
export type InfraKind = "bridge" | "tunnel" | "road" | "rail";

/** Orders queued by a seat during the action phase; carried out at resolution. */
export type Order =
  | { kind: "build"; seat: number; tile: number; building: BuildingKind }
  | { kind: "infra"; seat: number; infra: InfraKind; tiles: number[]; cost: number }
  | { kind: "reclaim"; seat: number; tile: number }
  | { kind: "informal"; seat: number; tile: number }
  | { kind: "demolish"; seat: number; tile: number }
  | { kind: "relocateSoe"; seat: number; tile: number }
  | { kind: "prh"; seat: number; tile: number }
  | { kind: "zone"; seat: number; tiles: number[] }
  | { kind: "plan"; seat: number; tiles: number[]; plan: Plan };
