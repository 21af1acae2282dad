// Every command a seat (or the room's clock) can send, as one validated union.
// The server parses untrusted messages with `parseCommand`; bots and tests build them directly.

import { z } from "zod";
import { JOBS } from "./state";

const tile = z.number().int().min(0).max(1_000_000);
const wan = z.number().int().min(0).max(1_000_000_000);

const home = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("coast") }).strict(),
  z.object({ kind: z.literal("dorm") }).strict(),
  z.object({ kind: z.literal("tile"), tile }).strict(),
]);

export const playerCommandSchema = z.discriminatedUnion("type", [
  /** Government: offer a village cash compensation for one of its tiles. */
  z.object({ type: z.literal("expropriate"), tile, compensation: wan }).strict(),
  /** Government: put a land-reserve tile up for a sealed-bid lease auction this round. */
  z.object({ type: z.literal("releaseAuction"), tile, reserve: wan }).strict(),
  /** Government: bridge the river through a water tile, north-south or east-west. */
  z.object({ type: z.literal("buildBridge"), tile, axis: z.enum(["ns", "ew"]) }).strict(),
  /** Developer: a sealed bid; a second bid on the same auction replaces the first. */
  z.object({ type: z.literal("bid"), auctionId: z.number().int().min(0), amount: wan }).strict(),
  /** Developer: build on a leased tile. */
  z.object({ type: z.literal("build"), tile, building: z.enum(["commercialHousing", "factory"]) }).strict(),
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
export type PlayerCommand = z.infer<typeof playerCommandSchema>;

/** Commands the room's clock sends on nobody's behalf. */
export type SystemCommand = { type: "startGame" } | { type: "endActionPhase" };
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
