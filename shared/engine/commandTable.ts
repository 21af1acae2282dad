// The one list of commands. Each player command has its schema (what a message must look like),
// the roles that may send it, the parts of the state it writes in place (so its draft copies
// only those, engine/drafts.ts) and the rule that runs it. The zod union, the role check and
// the dispatch in engine/commands.ts and engine/apply.ts all come from this table.
// System commands (the room's clock and the facilitator's console) have no schema: no client
// sends them; only the system seat may.

import { z } from "zod";
import type { GameEvent } from "../model/events";
import { JOBS, type GameState, type Role } from "../model/state";
import type { DraftPart } from "./drafts";
import type { Refusal } from "./refusal";
import { build } from "../rules/construction";
import { placeExchangeOrder } from "../rules/exchange";
import { borrow, repay } from "../rules/finance";
import { designateZone } from "../rules/firms";
import { applyHukou, setHukouQuota, setRemittance } from "../rules/hukou";
import { buildInformal, demolishInformal } from "../rules/informal";
import { buildInfrastructure } from "../rules/infrastructure";
import { bid, expropriate, relocateSoe, releaseAuction } from "../rules/land";
import { chooseWorkAndHome } from "../rules/migration";
import { counterOffer, resistOffer, respondOffer } from "../rules/offers";
import { requestAmendment, setPlan } from "../rules/plans";
import { buildPrh, leasePrhBlock, setPrhPolicy } from "../rules/prh";
import { endActionPhase, endGame, setNextCard, startGame } from "../rules/round";
import { offerTickets, reclaim } from "../rules/tickets";
import { withdraw } from "../rules/withdraw";

export type RuleResult = GameEvent[] | Refusal;

/** One player command: "any" role means whoever it concerns (the seat an offer is addressed to…). */
export interface CommandSpec<S extends z.ZodObject> {
  schema: S;
  roles: readonly Role[] | "any";
  writes: readonly DraftPart[];
  /** Takes the command as sent: fields with defaults may be missing (the rule's own defaults apply). */
  run: (s: GameState, seat: number, c: z.input<S>) => RuleResult;
}

// Lets each entry's `run` see the parsed type of its own schema.
const command = <S extends z.ZodObject>(spec: CommandSpec<S>): CommandSpec<S> => spec;

const tile = z.number().int().min(0).max(1_000_000);
const wan = z.number().int().min(0).max(1_000_000_000);
const id = z.number().int().min(0);
const plan = z.enum(["none", "residential", "industrial", "green"]);
const home = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("coast") }).strict(),
  z.object({ kind: z.literal("dorm") }).strict(),
  z.object({ kind: z.literal("tile"), tile }).strict(),
]);
const GOVERNMENT = ["government"] as const;
const DEVELOPER = ["developer"] as const;
const VILLAGE = ["village"] as const;
const MIGRANT = ["migrant"] as const;
const BANK_CLIENTS = ["government", "developer"] as const;

export const COMMANDS = {
  /** Government: offer a village a compensation package for one of its tiles: cash, and
   * optionally urban hukou for its households and a block of resettlement flats. */
  expropriate: command({
    schema: z.object({ type: z.literal("expropriate"), tile, compensation: wan, hukou: z.boolean().default(false), flats: z.boolean().default(false) }).strict(),
    roles: GOVERNMENT,
    writes: ["offers"],
    run: (s, seat, c) => expropriate(s, seat, c.tile, c.compensation, c.hukou, c.flats),
  }),
  /** Government: put a land-reserve tile up for a sealed-bid lease auction this round. */
  releaseAuction: command({
    schema: z.object({ type: z.literal("releaseAuction"), tile, reserve: wan }).strict(),
    roles: GOVERNMENT,
    writes: ["auctions"],
    run: (s, seat, c) => releaseAuction(s, seat, c.tile, c.reserve),
  }),
  /** Government: a bridge or tunnel through a tile (north-south or east-west), a road, or light rail. */
  buildInfrastructure: command({
    schema: z.object({ type: z.literal("buildInfrastructure"), infra: z.enum(["bridge", "tunnel", "road", "rail"]), tile, axis: z.enum(["ns", "ew"]).default("ns") }).strict(),
    roles: GOVERNMENT,
    writes: ["orders"],
    run: (s, seat, c) => buildInfrastructure(s, seat, c.infra, c.tile, c.axis),
  }),
  /** Government: designate a special economic zone centred on a tile (lower tax, subsidies). */
  designateZone: command({ schema: z.object({ type: z.literal("designateZone"), tile }).strict(), roles: GOVERNMENT, writes: ["orders"], run: (s, seat, c) => designateZone(s, seat, c.tile) }),
  /** Government: order a public rented housing estate on state land it holds (borrowed in full). */
  buildPrh: command({ schema: z.object({ type: z.literal("buildPrh"), tile }).strict(), roles: GOVERNMENT, writes: ["orders"], run: (s, seat, c) => buildPrh(s, seat, c.tile) }),
  /** Government: PRH rent as a percent of market rent, and who may apply. */
  setPrhPolicy: command({
    schema: z.object({ type: z.literal("setPrhPolicy"), rentPct: z.number().int().min(0).max(1000), eligibility: z.enum(["cityWorkers", "hukouHolders"]) }).strict(),
    roles: GOVERNMENT,
    writes: [],
    run: (s, _seat, c) => setPrhPolicy(s, c.rentPct, c.eligibility),
  }),
  /** Government: how many migrant cohorts may gain urban hukou each round. */
  setHukouQuota: command({
    schema: z.object({ type: z.literal("setHukouQuota"), cohorts: z.number().int().min(0).max(100) }).strict(),
    roles: GOVERNMENT,
    writes: [],
    run: (s, _seat, c) => setHukouQuota(s, c.cohorts),
  }),
  /** Government: demolish informal housing (its tenants are displaced). */
  demolishInformal: command({ schema: z.object({ type: z.literal("demolishInformal"), tile }).strict(), roles: GOVERNMENT, writes: ["orders"], run: (s, seat, c) => demolishInformal(s, seat, c.tile) }),
  /** Government: move a state enterprise out of its inner-city site into the land reserve. */
  relocateSoe: command({ schema: z.object({ type: z.literal("relocateSoe"), tile }).strict(), roles: GOVERNMENT, writes: ["orders"], run: (s, seat, c) => relocateSoe(s, seat, c.tile) }),
  /** Government: set the planned use of a tile it holds (or of village land, after 2006). */
  setPlan: command({ schema: z.object({ type: z.literal("setPlan"), tile, plan }).strict(), roles: GOVERNMENT, writes: ["orders"], run: (s, seat, c) => setPlan(s, seat, c.tile, c.plan) }),
  /** Developer: ask to change the planned use of a plot it leases (technical or compulsory amendment). */
  requestAmendment: command({ schema: z.object({ type: z.literal("requestAmendment"), tile, plan }).strict(), roles: DEVELOPER, writes: ["offers"], run: (s, seat, c) => requestAmendment(s, seat, c.tile, c.plan) }),
  /** Government or developer: borrow from the bank, or repay debt. */
  borrow: command({ schema: z.object({ type: z.literal("borrow"), amount: wan }).strict(), roles: BANK_CLIENTS, writes: [], run: (s, seat, c) => borrow(s, seat, c.amount) }),
  repay: command({ schema: z.object({ type: z.literal("repay"), amount: wan }).strict(), roles: BANK_CLIENTS, writes: [], run: (s, seat, c) => repay(s, seat, c.amount) }),
  /** Developer: rent a block of PRH units for its workers (one cohort's worth). */
  leasePrhBlock: command({ schema: z.object({ type: z.literal("leasePrhBlock"), tile }).strict(), roles: DEVELOPER, writes: [], run: (s, seat, c) => leasePrhBlock(s, seat, c.tile) }),
  /** Village: build rooms to let to migrants on its own land. */
  buildInformal: command({ schema: z.object({ type: z.literal("buildInformal"), tile }).strict(), roles: VILLAGE, writes: ["orders"], run: (s, seat, c) => buildInformal(s, seat, c.tile) }),
  /** Migrant cohort: apply for urban hukou this round. */
  applyHukou: command({ schema: z.object({ type: z.literal("applyHukou") }).strict(), roles: MIGRANT, writes: ["cohorts"], run: (s, seat) => applyHukou(s, seat) }),
  /** Migrant cohort: the sum sent to the home village every round. */
  setRemittance: command({ schema: z.object({ type: z.literal("setRemittance"), amount: wan }).strict(), roles: MIGRANT, writes: ["cohorts"], run: (s, seat, c) => setRemittance(s, seat, c.amount) }),
  /** Developer: a sealed bid; a second bid on the same auction replaces the first. */
  bid: command({ schema: z.object({ type: z.literal("bid"), auctionId: id, amount: wan }).strict(), roles: DEVELOPER, writes: ["auctions"], run: (s, seat, c) => bid(s, seat, c.auctionId, c.amount) }),
  /** Developer: build on a leased tile. */
  build: command({
    schema: z.object({ type: z.literal("build"), tile, building: z.enum(["commercialHousing", "factory", "office"]) }).strict(),
    roles: DEVELOPER,
    writes: ["orders"],
    run: (s, seat, c) => build(s, seat, c.tile, c.building),
  }),
  /** Village: demolish a house plot and return it to farmland, to earn a land ticket. */
  reclaim: command({ schema: z.object({ type: z.literal("reclaim"), tile }).strict(), roles: VILLAGE, writes: ["orders"], run: (s, seat, c) => reclaim(s, seat, c.tile) }),
  /** Village: offer land tickets to a developer for a price. */
  offerTickets: command({
    schema: z.object({ type: z.literal("offerTickets"), to: id, tickets: z.number().int().min(1).max(1000), price: wan }).strict(),
    roles: VILLAGE,
    writes: ["offers"],
    run: (s, seat, c) => offerTickets(s, seat, c.to, c.tickets, c.price),
  }),
  /** Village (sell) or developer (buy): a sealed order on the state-run land-ticket exchange,
   * price per ticket. A second order on the same side replaces the first. */
  exchangeOrder: command({
    schema: z.object({ type: z.literal("exchangeOrder"), side: z.enum(["sell", "buy"]), tickets: z.number().int().min(1).max(1000), price: wan }).strict(),
    roles: "any",
    writes: ["exchange"],
    run: (s, seat, c) => placeExchangeOrder(s, seat, c.side, c.tickets, c.price),
  }),
  /** The seat an expropriation offer was made to: answer with a different sum. */
  counterOffer: command({ schema: z.object({ type: z.literal("counterOffer"), offerId: id, amount: wan }).strict(), roles: "any", writes: ["offers"], run: (s, seat, c) => counterOffer(s, seat, c.offerId, c.amount) }),
  /** A village: refuse an expropriation offer and protest (the government loses stability). */
  resistOffer: command({ schema: z.object({ type: z.literal("resistOffer"), offerId: id }).strict(), roles: VILLAGE, writes: ["offers"], run: (s, seat, c) => resistOffer(s, seat, c.offerId) }),
  /** The seat an offer was made to: accept or refuse it. */
  /** Any seat: take back an offer, bid, exchange order or order it queued this round (rules/withdraw.ts). */
  withdraw: command({
    schema: z.object({ type: z.literal("withdraw"), withdrawal: z.discriminatedUnion("what", [z.object({ what: z.literal("offer"), offerId: id }).strict(), z.object({ what: z.literal("bid"), auctionId: id }).strict(), z.object({ what: z.literal("exchange") }).strict(), z.object({ what: z.literal("order"), tile }).strict()]) }).strict(),
    roles: "any",
    writes: ["offers", "auctions", "exchange", "orders"],
    run: (s, seat, c) => withdraw(s, seat, c.withdrawal),
  }),
  respondOffer: command({ schema: z.object({ type: z.literal("respondOffer"), offerId: id, accept: z.boolean() }).strict(), roles: "any", writes: ["offers"], run: (s, seat, c) => respondOffer(s, seat, c.offerId, c.accept) }),
  /** Migrant cohort: where to work and live from the next resolution on (they go together:
   * a coastal job means living on the coast, a city job means a home in the city). */
  chooseWorkAndHome: command({
    schema: z.object({ type: z.literal("chooseWorkAndHome"), job: z.enum(JOBS), home }).strict(),
    roles: MIGRANT,
    writes: ["cohorts"],
    run: (s, seat, c) => chooseWorkAndHome(s, seat, c.job, c.home),
  }),
};

/** Commands the room's clock (or the facilitator's console, through the room) sends on nobody's
 * behalf. `setNextCard` picks the event card that opens the next round ("" for none);
 * `endGame` ends the game at once, resolving nothing further. */
export type SystemCommand = { type: "startGame" } | { type: "endActionPhase" } | { type: "setNextCard"; id: string } | { type: "endGame" };

/** The rule behind each system command; they run on a resolution draft (engine/drafts.ts). */
export const SYSTEM_COMMANDS: { [K in SystemCommand["type"]]: { run: (s: GameState, c: Extract<SystemCommand, { type: K }>) => RuleResult } } = {
  startGame: { run: (s) => startGame(s) },
  endActionPhase: { run: (s) => endActionPhase(s) },
  setNextCard: { run: (s, c) => setNextCard(s, c.id) },
  endGame: { run: (s) => endGame(s) },
};
