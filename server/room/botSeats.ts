// Which seats bots play, and when they act. Bots send their whole round when a round opens and
// answer offers made to them after every command, through the same engine as everyone; a bot
// takes the seat of a player who dropped out of a running game after a grace period and steps
// aside when the player is back (Seats.reclaim, Seats.reconnected).

import { botAnswers, botCommands, type PersonalityMix } from "../../shared/bots";
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
  log(message: string): void;
}

/** Offers and counter-offers go back and forth: bots answer in at most this many passes after a command. */
const ANSWER_PASSES = 4;

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
    const personality = chosen ?? this.personalityFor(seat);
    this.host.seats.putBot(seat, personality);
    if (this.host.gameState.phase !== "action") return;
    this.run(seat, botCommands(this.host.gameState, seat, personality));
    this.answer();
  }

  /** Each bot sends its whole round; bots are always ready. */
  playRound(): void {
    if (this.host.gameState.phase !== "action") return;
    for (const seat of this.host.seats.botSeats()) this.run(seat, botCommands(this.host.gameState, seat, this.host.seats.at(seat)!.bot));
    this.answer();
  }

  /** Bots answer the offers addressed to them. */
  answer(): void {
    const seats = this.host.seats;
    for (let pass = 0; pass < ANSWER_PASSES && this.host.gameState.phase === "action"; pass++) {
      const waiting = seats.botSeats().filter((seat) => this.host.gameState.offers.some((o) => o.to === seat && o.status === "open"));
      if (waiting.length === 0) return;
      for (const seat of waiting) this.run(seat, botAnswers(this.host.gameState, seat, seats.at(seat)!.bot));
    }
  }

  /** In a running game a dropped player's seat must not go dark: after the grace period a bot plays it until they are back. */
  takeOverLater(seat: number, occupant: Occupant): void {
    this.schedule(() => this.takeOver(seat, occupant), this.graceSeconds * 1000);
  }

  private takeOver(seat: number, occupant: Occupant): void {
    if (this.host.seats.at(seat) !== occupant || occupant.connected || this.host.gameState.phase !== "action") return;
    occupant.bot = this.personalityFor(seat);
    this.run(seat, botCommands(this.host.gameState, seat, occupant.bot));
    this.answer();
    this.host.changed();
  }

  private run(seat: number, commands: PlayerCommand[]): void {
    for (const command of commands) {
      const refusal = this.host.applyQuietly(seat, command);
      // Bots build their lists through the rules, so this would be a bug in a bot: say so, go on.
      if (refusal) this.host.log(`bot in seat ${seat} sent a refused ${command.type}: ${refusal.refused}`);
    }
    this.host.seats.setReady(seat, true);
  }
}
