// Messages between the page and the room. The room parses every incoming message with these
// schemas; a message that does not parse is answered with an "error" message and ignored.

import { z } from "zod";
import type { TileAction } from "./hints";
export { ROOM_NAME } from "./roomName";

/** Join options: a display name (the room code is the Colyseus room id). */
export const joinOptionsSchema = z.object({ name: z.string().trim().min(1).max(24) });
export type JoinOptions = z.infer<typeof joinOptionsSchema>;

/** Client -> server, by message type. The "command" payload is checked by shared/commands.ts. */
export const clientMessageSchemas = {
  takeSeat: z.object({ seat: z.number().int().min(0).max(63) }).strict(),
  leaveSeat: z.object({}).strict(),
  startGame: z.object({}).strict(),
  /** Before the start: bots take every empty seat. */
  fillWithBots: z.object({}).strict(),
  ready: z.object({ ready: z.boolean() }).strict(),
  inspect: z.object({ tile: z.number().int().min(0).max(1_000_000) }).strict(),
  /** The map as it was at the end of a round (0: the start), for the debrief's replay. */
  mapAtRound: z.object({ round: z.number().int().min(0).max(40) }).strict(),
  command: z.object({ command: z.unknown() }).strict(),
  /** Prove this socket is the session's facilitator; answered by "facilitator" {ok: true} or an "error". */
  facilitatorAuth: z.object({ secret: z.string().min(1).max(200) }).strict(),
} as const;
export type ClientMessageType = keyof typeof clientMessageSchemas;
export type ClientMessage<T extends ClientMessageType> = z.infer<(typeof clientMessageSchemas)[T]>;

/** Server -> client "error": the message was refused and nothing changed. */
export interface ErrorMessage {
  /** The message type that was refused, e.g. "command". */
  refused: string;
  message: string;
}

/** Server -> client "inspect": the actions this client's seat can take on a tile. */
export interface InspectReply {
  tile: number;
  /** The tile's planned use (rules/plans.ts): kept off the synced map, sent when a tile is inspected. */
  plan: "none" | "residential" | "industrial" | "green";
  actions: TileAction[];
  /** On the seat's own land: "Build a factory: needs a land ticket…" for actions refused now. */
  blocked: string[];
}

/** Server -> client "private": what only this seat may see, sent after every change. */
export interface PrivateView {
  seat: number;
  /** Money not yet promised this round, wan. */
  available: number;
  /** This seat's sealed bids, by auction id. */
  bids: { auctionId: number; amount: number }[];
  nextSteps: string[];
  /** Land tickets not promised in an open or accepted sale. */
  freeTickets: number;
  /** This seat's sealed order on the land-ticket exchange, if any. */
  exchangeOrder: { side: "sell" | "buy"; tickets: number; price: number } | null;
  /** A migrant cohort's move queued for the end of the round, in words, or "". */
  pendingMove: string;
  /** Government and developers: debt, its limit, what may still be borrowed this round, net
   * borrowing queued (negative: a repayment), interest per round in percent. */
  finance: { debt: number; limit: number; room: number; queued: number; interestPct: number } | null;
  /** The server's clock (ms) when sent, so a laptop with a wrong clock still counts down right. */
  serverTime: number;
}

/** Server -> client "mapAtRound": tenure, use and holder of every tile at the end of `round`. */
export interface MapAtRound {
  round: number;
  width: number;
  height: number;
  tenure: number[];
  use: number[];
  holder: number[];
}

/** Largest message the room accepts, in bytes of JSON; anything bigger is refused unread. */
export const MAX_MESSAGE_BYTES = 2048;
