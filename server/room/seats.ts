// Who sits where, and who may sit, leave, be moved or reclaim a seat: a plain class with no
// Colyseus in it (the model is OpenFront's IntentAuthorization), so every rule is tested alone.
// Seats belong to people, not names: taking a seat issues a random rejoin secret that only the
// player's browser keeps; the room keeps its sha256. Joining again with the secret (a reload, a
// new tab, a restarted server) reclaims the seat; a display name alone never does.

import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { refuse, type Refusal } from "../../shared/engine/refusal";
import type { SeatSecret, StoredSeat } from "../records";
import type { SeatOccupant } from "./sync";

/** A bot player's name on the seat list (a bot filling an empty seat is nobody's). */
export const BOT_NAME = "Bot";

export interface Occupant extends SeatOccupant {
  /** The connection sitting here ("" for a bot, or for a person away since a restart). */
  sessionId: string;
  /** sha256 (hex) of the seat's rejoin secret; absent for bots. */
  secretHash?: string;
}

export const hashSeatSecret = (secret: string): string => createHash("sha256").update(secret, "utf8").digest("hex");
/** 18 random bytes as 24 characters of base64url. */
const newSecret = (): string => randomBytes(18).toString("base64url");
const sameHash = (a: string, b: string): boolean => a.length === b.length && timingSafeEqual(Buffer.from(a, "hex"), Buffer.from(b, "hex"));

export class Seats {
  private readonly occupants: (Occupant | null)[];

  /** `labels`: each seat's name in the game ("Municipal government"…), for the sentences. */
  constructor(private readonly labels: readonly string[]) {
    this.occupants = labels.map(() => null);
  }

  /** Every seat in order, for the synced seat list (a copy). */
  get list(): (Occupant | null)[] {
    return [...this.occupants];
  }

  at(seat: number): Occupant | null {
    return this.occupants[seat] ?? null;
  }

  seatOf(sessionId: string): number {
    return this.occupants.findIndex((o) => o !== null && o.sessionId === sessionId);
  }

  /** The seat of this connection, or a refusal with `sentence` ("Take a seat before acting."). */
  seated(sessionId: string, sentence: string): number | Refusal {
    const seat = this.seatOf(sessionId);
    return seat >= 0 ? seat : refuse(sentence, "notSeated");
  }

  label(seat: number): string {
    return this.labels[seat] ?? `seat ${seat}`;
  }

  exists(seat: number): Refusal | void {
    if (seat >= this.occupants.length) return refuse(`There is no seat ${seat}; seats are 0 to ${this.occupants.length - 1}.`, "noSuchSeat", { seat });
  }

  /** A seat with nobody in it, or only a bot that is no one's (a bot filling an empty seat). */
  isFree(seat: number): boolean {
    const o = this.occupants[seat];
    return !o || (!!o.bot && o.player === BOT_NAME);
  }

  /** Sit `player` down in a free seat; the answer is the seat's new rejoin secret, for that browser alone. */
  take(sessionId: string, player: string, seat: number): { secret: string } | Refusal {
    const bad = this.exists(seat);
    if (bad) return bad;
    if (this.seatOf(sessionId) >= 0) return refuse("You already have a seat; leave it first.", "alreadySeated");
    if (!this.isFree(seat)) return refuse(`${this.label(seat)} is taken by ${this.occupants[seat]!.player}.`, "seatTaken", { seat, player: this.occupants[seat]!.player });
    const secret = newSecret();
    this.occupants[seat] = { player, sessionId, connected: true, ready: false, secretHash: hashSeatSecret(secret) };
    return { secret };
  }

  /**
   * A connection that shows a seat's secret takes that seat over, whoever held it (a dropped
   * connection, another tab of the same browser); a bot playing it steps aside. Null: no seat has
   * that secret. `previous` is the connection that sat there before ("" if none).
   */
  reclaim(sessionId: string, player: string, secret: string): { seat: number; previous: string } | null {
    const hash = hashSeatSecret(secret);
    const seat = this.occupants.findIndex((o) => o?.secretHash !== undefined && sameHash(o.secretHash, hash));
    if (seat < 0) return null;
    const o = this.occupants[seat]!;
    const previous = o.sessionId;
    Object.assign(o, { player, sessionId, connected: true, ready: false, bot: undefined });
    return { seat, previous };
  }

  /** The connection gives its seat up (leaving on purpose, or "leave seat"): the seat is free. */
  leave(sessionId: string): number {
    const seat = this.seatOf(sessionId);
    if (seat >= 0) this.occupants[seat] = null;
    return seat;
  }

  /** The connection dropped: its seat is kept for it, shown as away. */
  drop(sessionId: string): { seat: number; occupant: Occupant } | null {
    const seat = this.seatOf(sessionId);
    if (seat < 0) return null;
    const occupant = this.occupants[seat]!;
    occupant.connected = false;
    occupant.ready = false;
    return { seat, occupant };
  }

  /** The dropped connection came back with its reconnection token: the bot playing for it steps aside. */
  reconnected(sessionId: string): void {
    const o = this.occupants[this.seatOf(sessionId)];
    if (!o) return;
    o.connected = true;
    o.bot = undefined;
  }

  setReady(seat: number, ready: boolean): void {
    const o = this.occupants[seat];
    if (o) o.ready = ready;
  }

  /** A new action phase: people are not ready yet, bots always are. */
  resetReady(): void {
    for (const o of this.occupants) if (o) o.ready = !!o.bot;
  }

  /** Every seated, connected person is ready (bots always are); false with nobody but bots. */
  allReady(): boolean {
    const people = this.occupants.filter((o): o is Occupant => o !== null && o.connected && !o.bot);
    return people.length > 0 && people.every((o) => o.ready);
  }

  botSeats(): number[] {
    return this.occupants.flatMap((o, seat) => (o?.bot ? [seat] : []));
  }

  /** A bot that is nobody's plays the seat (whoever sat there is gone from it). */
  putBot(seat: number, personality: string): void {
    this.occupants[seat] = { player: BOT_NAME, sessionId: "", connected: true, ready: true, bot: personality };
  }

  /** Bots take every empty seat; `personality` picks each one's. */
  fillEmpty(personality: (seat: number) => string): void {
    this.occupants.forEach((o, seat) => {
      if (!o) this.putBot(seat, personality(seat));
    });
  }

  /** The facilitator moves the player in `from` to the free seat `to` (their secret goes with them). */
  move(from: number, to: number): Occupant | Refusal {
    const bad = this.exists(from) ?? this.exists(to);
    if (bad) return bad;
    if (from === to) return refuse("Pick two different seats.", "sameSeat");
    const occupant = this.occupants[from];
    if (!occupant || this.isFree(from)) return refuse(`Nobody sits in ${this.label(from)}.`, "seatEmpty", { seat: from });
    if (!this.isFree(to)) return refuse(`${this.label(to)} is taken by ${this.occupants[to]!.player}; remove them first.`, "seatTaken", { seat: to, player: this.occupants[to]!.player });
    occupant.ready = !!occupant.bot;
    this.occupants[to] = occupant;
    this.occupants[from] = null;
    return occupant;
  }

  /** The facilitator takes the player out of `seat` (in a running game the caller puts a bot there). */
  remove(seat: number, running: boolean): Occupant | Refusal {
    const bad = this.exists(seat);
    if (bad) return bad;
    const occupant = this.occupants[seat];
    if (!occupant) return refuse(`Nobody sits in ${this.label(seat)}.`, "seatEmpty", { seat });
    if (this.isFree(seat) && running) return refuse(`A bot already plays ${this.label(seat)}; a student can take it from the seat list.`, "botSeat", { seat });
    this.occupants[seat] = null;
    return occupant;
  }

  /** A seat the facilitator may put a bot in. */
  fillable(seat: number): Refusal | void {
    const bad = this.exists(seat);
    if (bad) return bad;
    if (!this.isFree(seat)) return refuse(`${this.occupants[seat]!.player} sits in ${this.label(seat)}; remove them first.`, "seatTaken", { seat, player: this.occupants[seat]!.player });
  }

  /**
   * Seat again who sat where when the room stopped. Bots that filled seats are back; in a running
   * game a person's seat is kept for them as after a dropped connection (their secret reclaims it).
   * Answers the seats kept for people, which a bot plays after the grace period.
   */
  restore(stored: StoredSeat[], secrets: SeatSecret[], running: boolean): number[] {
    const hashes = new Map(secrets.map((s) => [s.seat, s.secretHash]));
    const kept: number[] = [];
    for (const { seat, player, bot } of stored) {
      if (seat < 0 || seat >= this.occupants.length) continue;
      if (bot && player === BOT_NAME) this.putBot(seat, bot);
      else if (running) {
        this.occupants[seat] = { player, sessionId: "", connected: false, ready: false, bot: bot || undefined, secretHash: hashes.get(seat) };
        if (!bot) kept.push(seat);
      }
    }
    return kept;
  }

  /** Who sits where, as the records keep it. */
  stored(): StoredSeat[] {
    return this.occupants.flatMap((o, seat) => (o ? [{ seat, player: o.player, bot: o.bot ?? "" }] : []));
  }

  /** Each person's seat secret hash, as the records keep it. */
  secrets(): SeatSecret[] {
    return this.occupants.flatMap((o, seat) => (o?.secretHash ? [{ seat, secretHash: o.secretHash }] : []));
  }
}
