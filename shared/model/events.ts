// What the rules report back: typed events, data only. shared/views/logEntries.ts turns them
// into the log's codes and parameters; the client words them in the reader's language.

import type { BuildingKind, InfraKind } from "./offers";
import type { Home, Job, PrhEligibility } from "./state";
import type { Plan } from "./map";

/** What a command queued for the end of the round (or set for every round: a remittance). */
export type QueuedOrder =
  | { what: "informal" | "demolish" | "relocateSoe" | "reclaim" | "prhBlock"; tile: number }
  | { what: "move" }
  | { what: "borrow" | "repay" | "remit"; amount: number }
  | { what: "build"; building: BuildingKind; tile: number }
  | { what: "zone"; tile: number; tiles: number }
  | { what: "infra"; infra: InfraKind; tile: number; tiles: number; cost: number }
  | { what: "prhEstate"; tile: number; cost: number; rounds: number }
  | { what: "hukou"; quota: number }
  | { what: "plan"; tile: number; plan: Plan }
  | { what: "exchange"; side: "buy" | "sell"; tickets: number };

/** A sealed bid as revealed once its auction is cleared: the bidder's seat and the sum, wan. */
export interface AuctionBid {
  seat: number;
  amount: number;
}

/** A policy the government set. */
export type Policy = { what: "prh"; rentPct: number; eligibility: PrhEligibility } | { what: "hukouQuota"; cohorts: number };

export type GameEvent =
  | { type: "gameStarted" }
  | { type: "roundStarted"; round: number; year: number; card: number }
  | { type: "offerMade"; offerId: number }
  | { type: "offerAnswered"; offerId: number; accept: boolean }
  /** Unanswered (by `seat`), or a ticket sale whose sides could no longer pay or deliver; `tile` -1 for a ticket sale. */
  | { type: "offerLapsed"; offerId: number; reason: "noAnswer" | "cannotDeliver"; seat: number; tile: number }
  | { type: "protest"; offerId: number; tile: number; seat: number; stability: number }
  | { type: "expropriated"; tile: number; village: number; compensation: number; hukou: boolean; flats: boolean }
  | { type: "auctionOpened"; auctionId: number; tile: number; reserve: number }
  | { type: "bidPlaced"; auctionId: number; seat: number }
  /** Every bid, in the order placed (a bid changed counts as placed anew): what the sealed auction hides until it is cleared. */
  | { type: "auctionWon"; tile: number; seat: number; price: number; reserve: number; bids: AuctionBid[] }
  | { type: "auctionFailed"; tile: number; reserve: number; bids: AuctionBid[] }
  | { type: "orderQueued"; seat: number; order: QueuedOrder }
  | { type: "built"; tile: number; seat: number; building: BuildingKind; sale: number }
  /** The market beyond the players rebuilt these old-city tiles as flats; `people` the residents they added (rules/renewal.ts). */
  | { type: "oldCityRenewed"; tiles: number[]; people: number }
  | { type: "infrastructureBuilt"; infra: InfraKind; tiles: number[]; cost: number }
  | { type: "loan"; seat: number; amount: number; debt: number }
  | { type: "policySet"; policy: Policy }
  | { type: "prhStarted"; tile: number; readyAtRound: number }
  | { type: "prhOpened"; tile: number }
  | { type: "prhAllocated"; seat: number; tile: number; won: boolean }
  | { type: "zoneDesignated"; tiles: number[] }
  | { type: "firmArrived"; tile: number; profit: number; zone: boolean }
  | { type: "firmStayedOnCoast"; bestProfit: number }
  | { type: "hukouDecided"; seat: number; granted: boolean }
  | { type: "informalBuilt"; tile: number; seat: number }
  | { type: "demolished"; tile: number; displaced: number }
  | { type: "soeRelocated"; tile: number }
  | { type: "planChanged"; tiles: number[]; plan: string; amendment: boolean }
  | { type: "reclaimed"; tile: number; seat: number }
  | { type: "ticketIssued"; seat: number }
  | { type: "ticketsSold"; from: number; to: number; tickets: number; price: number }
  | { type: "exchangeCleared"; price: number; volume: number }
  | { type: "cohortMoved"; seat: number; job: Job; home: Home }
  | { type: "roundResolved"; round: number }
  | { type: "nextCardSet"; round: number; card: number }
  | { type: "gameEnded" };
