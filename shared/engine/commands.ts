// Every command a seat (or the room's clock) can send, as one validated union.
// The server parses untrusted messages with `parseCommand`; bots and tests build them directly.

import { z } from "zod";
import { JOBS } from "../model/state";

const tile = z.number().int().min(0).max(1_000_000);
const wan = z.number().int().min(0).max(1_000_000_000);

const home = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("coast") }).strict(),
  z.object({ kind: z.literal("dorm") }).strict(),
  z.object({ kind: z.literal("tile"), tile }).strict(),
]);

export const playerCommandSchema = z.discriminatedUnion("type", [
  /** Government: offer a village a compensation package for one of its tiles: cash, and
   * optionally urban hukou for its households and a block of resettlement flats. */
  z.object({ type: z.literal("expropriate"), tile, compensation: wan, hukou: z.boolean().default(false), flats: z.boolean().default(false) }).strict(),
  /** Government: put a land-reserve tile up for a sealed-bid lease auction this round. */
  z.object({ type: z.literal("releaseAuction"), tile, reserve: wan }).strict(),
  /** Government: a bridge or tunnel through a tile (north-south or east-west), a road, or light rail. */
  z.object({ type: z.literal("buildInfrastructure"), infra: z.enum(["bridge", "tunnel", "road", "rail"]), tile, axis: z.enum(["ns", "ew"]).default("ns") }).strict(),
  /** Government: designate a special economic zone centred on a tile (lower tax, subsidies). */
  z.object({ type: z.literal("designateZone"), tile }).strict(),
  /** Government: order a public rented housing estate on state land it holds (borrowed in full). */
  z.object({ type: z.literal("buildPrh"), tile }).strict(),
  /** Government: PRH rent as a percent of market rent, and who may apply. */
  z.object({ type: z.literal("setPrhPolicy"), rentPct: z.number().int().min(0).max(1000), eligibility: z.enum(["cityWorkers", "hukouHolders"]) }).strict(),
  /** Government: how many migrant cohorts may gain urban hukou each round. */
  z.object({ type: z.literal("setHukouQuota"), cohorts: z.number().int().min(0).max(100) }).strict(),
  /** Government: demolish informal housing (its tenants are displaced). */
  z.object({ type: z.literal("demolishInformal"), tile }).strict(),
  /** Government: move a state enterprise out of its inner-city site into the land reserve. */
  z.object({ type: z.literal("relocateSoe"), tile }).strict(),
  /** Government: set the planned use of a tile it holds (or of village land, after 2006). */
  z.object({ type: z.literal("setPlan"), tile, plan: z.enum(["none", "residential", "industrial", "green"]) }).strict(),
  /** Developer: ask to change the planned use of a plot it leases (technical or compulsory amendment). */
  z.object({ type: z.literal("requestAmendment"), tile, plan: z.enum(["none", "residential", "industrial", "green"]) }).strict(),
  /** Government or developer: borrow from the bank, or repay debt. */
  z.object({ type: z.literal("borrow"), amount: wan }).strict(),
  z.object({ type: z.literal("repay"), amount: wan }).strict(),
  /** Developer: rent a block of PRH units for its workers (one cohort's worth). */
  z.object({ type: z.literal("leasePrhBlock"), tile }).strict(),
  /** Village: build rooms to let to migrants on its own land. */
  z.object({ type: z.literal("buildInformal"), tile }).strict(),
  /** Migrant cohort: apply for urban hukou this round. */
  z.object({ type: z.literal("applyHukou") }).strict(),
  /** Migrant cohort: the sum sent to the home village every round. */
  z.object({ type: z.literal("setRemittance"), amount: wan }).strict(),
  /** Developer: a sealed bid; a second bid on the same auction replaces the first. */
  z.object({ type: z.literal("bid"), auctionId: z.number().int().min(0), amount: wan }).strict(),
  /** Developer: build on a leased tile. */
  z.object({ type: z.literal("build"), tile, building: z.enum(["commercialHousing", "factory", "office"]) }).strict(),
  /** Village: demolish a house plot and return it to farmland, to earn a land ticket. */
  z.object({ type: z.literal("reclaim"), tile }).strict(),
  /** Village: offer land tickets to a developer for a price. */
  z.object({ type: z.literal("offerTickets"), to: z.number().int().min(0), tickets: z.number().int().min(1).max(1000), price: wan }).strict(),
  /** Village (sell) or developer (buy): a sealed order on the state-run land-ticket exchange,
   * price per ticket. A second order on the same side replaces the first. */
  z.object({ type: z.literal("exchangeOrder"), side: z.enum(["sell", "buy"]), tickets: z.number().int().min(1).max(1000), price: wan }).strict(),
  /** The seat an expropriation offer was made to: answer with a different sum. */
  z.object({ type: z.literal("counterOffer"), offerId: z.number().int().min(0), amount: wan }).strict(),
  /** A village: refuse an expropriation offer and protest (the government loses stability). */
  z.object({ type: z.literal("resistOffer"), offerId: z.number().int().min(0) }).strict(),
  /** The seat an offer was made to: accept or refuse it. */
  z.object({ type: z.literal("respondOffer"), offerId: z.number().int().min(0), accept: z.boolean() }).strict(),
  /** Migrant cohort: where to work and live from the next resolution on (they go together:
   * a coastal job means living on the coast, a city job means a home in the city). */
  z.object({ type: z.literal("chooseWorkAndHome"), job: z.enum(JOBS), home }).strict(),
]);
// The input type: fields with defaults (a package's hukou and flats, an axis) may be left out by callers.
export type PlayerCommand = z.input<typeof playerCommandSchema>;

/** Commands the room's clock (or the facilitator's console, through the room) sends on nobody's
 * behalf. `setNextCard` picks the event card that opens the next round ("" for none);
 * `endGame` ends the game at once, resolving nothing further. */
export type SystemCommand = { type: "startGame" } | { type: "endActionPhase" } | { type: "setNextCard"; id: string } | { type: "endGame" };

/** System command types: only the system seat may send them. */
export const SYSTEM_COMMANDS: readonly SystemCommand["type"][] = ["startGame", "endActionPhase", "setNextCard", "endGame"];
export type Command = PlayerCommand | SystemCommand;

/** The seat id used for system commands in the command log. */
export const SYSTEM_SEAT = -1;

export function parseCommand(input: unknown): { ok: true; command: PlayerCommand } | { ok: false; error: string } {
  const result = playerCommandSchema.safeParse(input);
  if (result.success) return { ok: true, command: result.data };
  const issue = result.error.issues[0];
  const where = issue.path.length ? ` (${issue.path.join(".")})` : "";
  return { ok: false, error: `Malformed command${where}: ${issue.message}` };
}
