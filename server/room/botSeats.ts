// Which seats bots play, and when they act, on the one bot schedule (shared/bots/schedule.ts):
// when a round opens every bot plays its whole round and then answers offers; after a person's
// command the bots react (a bid on a new auction, tickets for the exchange) and answer the
// offers made to them; a bot that takes a seat mid-round (the
// facilitator's, or the grace takeover of a player who dropped out of a running game) plays its
// round at once. Every bot command goes through the room once (engine, records, log). A bot steps
// aside when the player is back (Seats.reclaim, Seats.reconnected).

import type { PersonalityMix } from "../../shared/bots";
import { runBots } from "../../shared/bots/schedule";
import type { PlayerCommand } from "../../shared/engine/commands";
import type { Refusal } from "../../shared/engine/refusal";
import type { GameState } from "../../shared/model/state";
import type { Schedule } from "./clock";
import type { Occupant, Seats } from "./seats";

/** What the bots need of the room. */
export interface BotHost {
  readonly gameState: GameState;
  readonly seats: Seats;
  /** Apply a bot's command through the engine and the records, without syncing. */
  applyQuietly(seat: number, command: PlayerCommand): Refusal | void;
  /** Sync what changed and end the phase if every person is ready (after a takeover). */
  changed(): void;
}

export class BotSeats {
  constructor(
    private readonly host: BotHost,
    private readonly mix: PersonalityMix,
    private readonly graceSeconds: number,
    private readonly schedule: Schedule,
  ) {}

  /** The room's personality for the seat's role. */
  personalityFor(seat: number): string {
    return this.mix[this.host.gameState.seats[seat].role];
  }

  /** Bots take every empty seat (before the start, or in a solo game when it starts). */
  fillEmpty(): void {
    this.host.seats.fillEmpty((seat) => this.personalityFor(seat));
  }

  /** A bot of the room's personality for the role (or `chosen`) plays the seat; in an action phase it sends its round at once. */
  seat(seat: number, chosen?: string): void {
    this.host.seats.putBot(seat, chosen ?? this.personalityFor(seat));
    this.run([seat]);
  }

  /** A round opened: each bot sends its whole round, then the answer passes. */
  playRound(): void {
    this.run(undefined);
  }

  /** After a person's command: bots react to it and answer the offers addressed to them. */
  answer(): void {
    this.run([], true);
  }

  /** In a running game a dropped player's seat must not go dark: after the grace period a bot plays it until they are back. */
  takeOverLater(seat: number, occupant: Occupant): void {
    this.schedule(() => this.takeOver(seat, occupant), this.graceSeconds * 1000);
  }

  private takeOver(seat: number, occupant: Occupant): void {
    if (this.host.seats.at(seat) !== occupant || occupant.connected || this.host.gameState.phase !== "action") return;
    occupant.bot = this.personalityFor(seat);
    this.run([seat]);
    this.host.changed();
  }

  /** The schedule from the room's state; `play`: the bots that play their whole round first (all when absent). Bots are always ready. */
  private run(play: number[] | undefined, react = false): void {
    if (this.host.gameState.phase !== "action") return;
    const seats = this.host.seats;
    const bots = seats.botSeats().map((seat) => ({ seat, personality: seats.at(seat)!.bot }));
    // A refusal here is a bot trying a move and being told no, as a player may; it changes nothing.
    runBots(this.host.gameState, bots, (seat, command) => this.host.applyQuietly(seat, command)?.refused ?? this.host.gameState, play ? { play, react } : {});
    for (const { seat } of bots) seats.setReady(seat, true);
  }
}
