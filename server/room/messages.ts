// Every message from a client goes through one gate: its rate (a token bucket per client and
// message kind, bad messages included), its size, its shape (the zod schemas of
// shared/protocol.ts), then its handler, which answers nothing or a Refusal. A refusal reaches
// the sender alone as an "error" message with a code; nothing changes. No exception leaves the
// gate: Colyseus 0.16 shuts the whole process (every room) down on an uncaught one.

import type { Client } from "@colyseus/core";
import { refuse, type Refusal } from "../../shared/engine/refusal";
import { MAX_MESSAGE_BYTES, clientMessageSchemas, type ClientMessage, type ClientMessageType, type ErrorMessage } from "../../shared/protocol";

/** A token bucket's refill rate (tokens a second) and size, and what a sender over it is told. */
export interface Limit {
  perSecond: number;
  burst: number;
  sentence: string;
}

const SLOW_DOWN = "Too many messages; slow down.";
/** Commands, Ready and the rest: 10 a second, 20 at once — far above a person's clicking. */
const DEFAULT_LIMIT: Limit = { perSecond: 10, burst: 20, sentence: SLOW_DOWN };
export const LIMITS: Partial<Record<ClientMessageType, Limit>> = {
  /** The page asks again after each patch that changes the inspected tile; one costs ~0.06 ms
   * (64x48 map, measured 2026-12), so only the flood cut-off below bounds it in practice. */
  inspect: { perSecond: 30, burst: 100, sentence: SLOW_DOWN },
  chat: { perSecond: 1, burst: 1, sentence: "One message a second, please." },
  /** A snapshot is ~25 KB. */
  mapAtRound: { perSecond: 10, burst: 10, sentence: "Too many map requests; wait a moment." },
  /** A page of 100 log lines is ~2 KB; a student scrolling back asks a few a second at most. */
  logPage: { perSecond: 5, burst: 10, sentence: SLOW_DOWN },
};
/**
 * All of a client's messages together: more than 3x the command rate kept up for 5 s (150
 * messages beyond 30 a second) disconnects it. Its seat is kept as for any dropped connection.
 */
export const FLOOD: Limit = { perSecond: 30, burst: 150, sentence: "" };
/** The close code a flooding client gets (4000-4999 are the application's). */
export const FLOOD_CLOSE_CODE = 4008;

export class TokenBucket {
  private tokens: number;
  private at: number;

  constructor(
    private readonly limit: Limit,
    now: number,
  ) {
    this.tokens = limit.burst;
    this.at = now;
  }

  /** Take one token if there is one; `now` in ms. */
  take(now: number): boolean {
    this.tokens = Math.min(this.limit.burst, this.tokens + ((now - this.at) / 1000) * this.limit.perSecond);
    this.at = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

/** A client's buckets: one per message kind, and one over all its messages. */
class ClientRate {
  private readonly kinds = new Map<string, TokenBucket>();
  private readonly all: TokenBucket;
  /** Cut off for flooding: what is still in its socket's buffer is dropped unanswered. */
  cut = false;

  constructor(now: number) {
    this.all = new TokenBucket(FLOOD, now);
  }

  /** "ok", "limited" (refuse this one) or "flood" (disconnect the client). */
  count(kind: string, limit: Limit, now: number): "ok" | "limited" | "flood" {
    if (this.cut || !this.all.take(now)) return "flood";
    let bucket = this.kinds.get(kind);
    if (!bucket) this.kinds.set(kind, (bucket = new TokenBucket(limit, now)));
    return bucket.take(now) ? "ok" : "limited";
  }
}

export type Handler<T extends ClientMessageType> = (client: Client, message: ClientMessage<T>) => Refusal | void;

/** A message type as a client sent it, safe to print (the wildcard may be handed any value). */
const typeName = (type: unknown): string => (typeof type === "string" || typeof type === "number" ? String(type).slice(0, 40) : "*");

export class MessageGate {
  private readonly rates = new WeakMap<Client, ClientRate>();

  constructor(
    private readonly roomId: () => string,
    private readonly now: () => number = Date.now,
  ) {}

  /** The callback for onMessage(type): a handler that only ever sees a well-formed message. */
  handler<T extends ClientMessageType>(type: T, run: Handler<T>): (client: Client, raw: unknown) => void {
    return (client, raw) =>
      this.guard(client, type, () => {
        if (!this.counted(client, type, type, LIMITS[type] ?? DEFAULT_LIMIT)) return;
        let size: number;
        try {
          size = JSON.stringify(raw ?? null).length;
        } catch {
          return this.refuse(client, type, refuse("Messages must be plain JSON objects.", "notJson"));
        }
        if (size > MAX_MESSAGE_BYTES) return this.refuse(client, type, refuse(`Message too large (${size} bytes; the limit is ${MAX_MESSAGE_BYTES}).`, "tooLarge", { size, limit: MAX_MESSAGE_BYTES }));
        const parsed = clientMessageSchemas[type].safeParse(raw ?? {});
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          const where = issue.path.length ? ` (${issue.path.join(".")})` : "";
          return this.refuse(client, type, refuse(`Malformed "${type}" message${where}: ${issue.message}`, "badMessage", { field: issue.path.join(".") }));
        }
        const refusal = run(client, parsed.data as ClientMessage<T>);
        if (refusal) this.refuse(client, type, refusal);
      });
  }

  /** onMessage("*"), unknown types counted together: Colyseus hands it (client, type, payload) for an unknown type, or (client, payload) for the type "*" itself. */
  unknown(client: Client, type: unknown): void {
    const name = typeName(type);
    this.guard(client, name, () => {
      if (this.counted(client, "*", name, DEFAULT_LIMIT)) this.refuse(client, name, refuse(`Unknown message type "${name}".`, "unknownMessage", { type: name }));
    });
  }

  /** Tell the sender alone that `refused` was refused. */
  refuse(client: Client, refused: string, refusal: Refusal): void {
    const reply: ErrorMessage = { refused, message: refusal.refused, code: refusal.code };
    if (Object.keys(refusal.params).length > 0) reply.params = refusal.params;
    client.send("error", reply);
  }

  /** Run `work` for a client's message; an exception is logged and answered, never thrown. */
  guard(client: Client, type: string, work: () => void): void {
    try {
      work();
    } catch (error) {
      console.error(`room ${this.roomId()}: "${type}" failed`, error);
      try {
        this.refuse(client, type, refuse("The server could not handle that message; nothing changed.", "serverError"));
      } catch {
        // The socket is gone: nobody to tell.
      }
    }
  }

  /** Count the message; false if it is refused for its rate (or the client is cut off for flooding). */
  private counted(client: Client, kind: string, refused: string, limit: Limit): boolean {
    const now = this.now();
    let rate = this.rates.get(client);
    if (!rate) this.rates.set(client, (rate = new ClientRate(now)));
    const verdict = rate.count(kind, limit, now);
    if (verdict === "ok") return true;
    if (verdict === "limited") this.refuse(client, refused, refuse(limit.sentence, "rateLimited", { perSecond: limit.perSecond }));
    else if (!rate.cut) {
      rate.cut = true;
      console.warn(`room ${this.roomId()}: client ${client.sessionId} disconnected for flooding`);
      client.leave(FLOOD_CLOSE_CODE, "Too many messages.");
    }
    return false;
  }
}
