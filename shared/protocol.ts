// Messages between the page and the room. The room parses every incoming message with these
// schemas; a message that does not parse is answered with an "error" message and ignored.

import { z } from "zod";
import type { BlockedAction, Step, TileAction } from "./views/hints";
import type { ObjectiveStatus } from "./rules/objectives";
import type { Home, Job } from "./model/state";
export { ROOM_NAME } from "./roomName";

// --- joining a room and holding a seat (server/room/seats.ts) ---------------------------------
/**
 * Join options: a display name (the room code is the Colyseus room id) and, from a browser that
 * sat here before, its seat's rejoin secret. The name is only a label; the secret reclaims the seat.
 */
export const joinOptionsSchema = z.object({
  name: z.string().trim().min(1).max(24),
  seatSecret: z.string().min(1).max(64).optional(),
});
export type JoinOptions = z.infer<typeof joinOptionsSchema>;

/** Server -> client "seatSecret", to the seat's holder alone when it takes a seat: keep it (the room only keeps its hash). */
export interface SeatSecretMessage {
  /** The room code the secret belongs to. */
  code: string;
  seat: number;
  /** 24 characters of base64url (18 random bytes). */
  secret: string;
}

/** Client -> server, by message type. The "command" payload is checked by shared/commands.ts. */
export const clientMessageSchemas = {
  takeSeat: z.object({ seat: z.number().int().min(0).max(63) }).strict(),
  leaveSeat: z.object({}).strict(),
  startGame: z.object({}).strict(),
  /** A line to everyone in the room (the log), from a seated player; kept in the records. */
  chat: z.object({ text: z.string().trim().min(1).max(200) }).strict(),
  /** Before the start: bots take every empty seat. */
  fillWithBots: z.object({}).strict(),
  ready: z.object({ ready: z.boolean() }).strict(),
  inspect: z.object({ tile: z.number().int().min(0).max(1_000_000) }).strict(),
  /** The map as it was at the end of a round (0: the start), for the debrief's replay. */
  mapAtRound: z.object({ round: z.number().int().min(0).max(40) }).strict(),
  /** The log's lines written before line number `before` (the synced ring holds only the last ones); answered by "logPage". */
  logPage: z.object({ before: z.number().int().min(0).max(1_000_000) }).strict(),
  command: z.object({ command: z.unknown() }).strict(),
  /** Prove this socket is the session's facilitator; answered by "facilitator" {ok: true} or an "error". */
  facilitatorAuth: z.object({ secret: z.string().min(1).max(200) }).strict(),
  // The facilitator's console (client/ui/console.ts): each is refused unless the socket proved
  // it holds the session's facilitator secret.
  /** Start the game; `bots`: bots take every seat nobody took first. */
  "console:start": z.object({ bots: z.boolean().optional() }).strict(),
  /** Stop the round clock (players may still act; the phase cannot end) / start it again. */
  "console:pause": z.object({}).strict(),
  "console:resume": z.object({}).strict(),
  /** Add (or, negative, take away) seconds from the action phase's clock. */
  "console:extend": z.object({ seconds: z.number().int().min(-600).max(600) }).strict(),
  /** End the action phase now (the round resolves). */
  "console:endPhase": z.object({}).strict(),
  /** Move a player to a free seat. */
  "console:moveSeat": z.object({ from: z.number().int().min(0).max(63), to: z.number().int().min(0).max(63) }).strict(),
  /** Free a player's seat (in a running game a bot takes it). */
  "console:removePlayer": z.object({ seat: z.number().int().min(0).max(63) }).strict(),
  /** A bot in a free seat (or another personality for a seat's bot). */
  "console:fillSeat": z.object({ seat: z.number().int().min(0).max(63), personality: z.string().min(1).max(40).optional() }).strict(),
  /** A message every player sees as a banner. */
  "console:broadcast": z.object({ text: z.string().trim().min(1).max(280) }).strict(),
  /** The event card that opens the next round, by id; "" for none. */
  "console:setNextCard": z.object({ id: z.string().max(40) }).strict(),
  /** End the game now. */
  "console:endGame": z.object({}).strict(),
} as const;
export type ClientMessageType = keyof typeof clientMessageSchemas;
export type ClientMessage<T extends ClientMessageType> = z.infer<(typeof clientMessageSchemas)[T]>;

/** Server -> client "error": the message was refused and nothing changed. */
export interface ErrorMessage {
  /** The message type that was refused, e.g. "command". */
  refused: string;
  /** The English sentence. */
  message: string;
  /** Machine-readable reason (an engine refusal's code, or the room's own, e.g. "notSeated"). */
  code?: string;
  params?: Record<string, string | number>;
}

/** Server -> client "inspect": the actions this client's seat can take on a tile. */
export interface InspectReply {
  tile: number;
  actions: TileAction[];
  /** On the seat's own land: the usual actions refused now, and why ("Build a factory: needs a land ticket…"). */
  blocked: BlockedAction[];
}

/** Server -> client "private": what only this seat may see, sent after every change. */
export interface PrivateView {
  seat: number;
  /** Money not yet promised this round, wan. */
  available: number;
  /** This seat's sealed bids, by auction id. */
  bids: { auctionId: number; amount: number }[];
  /** What this seat can do now, as codes and parameters (shared/views/hints STEP_CODES); the client words them. */
  nextSteps: Step[];
  /** Land tickets not promised in an open or accepted sale. */
  freeTickets: number;
  /** This seat's sealed order on the land-ticket exchange, if any. */
  exchangeOrder: { side: "sell" | "buy"; tickets: number; price: number } | null;
  /** A migrant cohort's move queued for the end of the round (the client words it), or null. */
  pendingMove: { job: Job; home: Home } | null;
  /** Government and developers: debt, its limit, what may still be borrowed this round, net
   * borrowing queued (negative: a repayment), interest per round in percent. */
  finance: { debt: number; limit: number; room: number; queued: number; interestPct: number } | null;
  /** The seat's private objective (shared/rules/objectives.ts), for its eyes only; null when it has none. */
  objective: ObjectiveStatus | null;
  /** The server's clock (ms) when sent, so a laptop with a wrong clock still counts down right. */
  serverTime: number;
}

/** Server -> client "logPage": lines `from`, `from + 1`… of the log, oldest first, packed as in the
 * synced ring (shared/views/logEntries.ts); empty when there is nothing before. */
export interface LogPageReply {
  from: number;
  lines: string[];
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
