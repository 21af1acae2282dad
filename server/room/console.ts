// The facilitator's console (client/ui/console.ts). Every control is a "console:*" message,
// checked like any message (rate, size, shape) and then refused unless the socket proved it
// holds the facilitator secret. Changes to the game itself (start, end the phase, the next card,
// end the game) are system commands in the record, so the game replays exactly; the rest
// (clock, seats, broadcasts) is the room's own business.

import { isPersonality, PERSONALITIES } from "../../shared/bots";
import { SYSTEM_SEAT, type Command } from "../../shared/engine/commands";
import { refuse, type Refusal } from "../../shared/engine/refusal";
import type { GameState } from "../../shared/model/state";
import type { ClientMessage, ClientMessageType } from "../../shared/protocol";
import { broadcastEntry, packEntry } from "../../shared/views/logEntries";
import type { BotSeats } from "./botSeats";
import type { PhaseClock } from "./clock";
import type { Seats } from "./seats";

/** What a facilitator control answers a socket that is not the facilitator's. */
export const NOT_FACILITATOR = "Only the session's facilitator can do that: open the console with the private facilitator link.";

export type ConsoleMessageType = Extract<ClientMessageType, `console:${string}`>;
export type ConsoleControls = { [T in ConsoleMessageType]: (message: ClientMessage<T>) => Refusal | void };

/** What the console needs of the room. */
export interface ConsoleHost {
  readonly gameState: GameState;
  readonly seats: Seats;
  readonly bots: BotSeats;
  readonly phaseClock: PhaseClock;
  readonly solo: boolean;
  applySystem(command: Command): Refusal | void;
  /** Bots take every empty seat. */
  fillWithBots(): void;
  /** Sync, send the private views, and end the phase if every person is ready. */
  changed(): void;
  /** A line in everyone's log, kept in the session's messages. */
  say(line: string, seat: number, text: string): void;
  /** Tell one connection, as an "error" to it alone. */
  tell(sessionId: string, refused: string, refusal: Refusal): void;
}

export class FacilitatorConsole {
  /** Session ids of the clients that proved they hold the facilitator secret. */
  private readonly facilitators = new Set<string>();
  /** The facilitator's last broadcast, and when (ms since epoch). */
  broadcast = "";
  broadcastAt = 0;

  constructor(
    private readonly host: ConsoleHost,
    /** Checks a secret against the stored hash (server/records.ts). */
    private readonly checkSecret: (secret: string) => boolean,
  ) {}

  /** The facilitator proves it holds the secret the session was created with; `confirm` answers it. */
  auth(sessionId: string, secret: string, confirm: () => void): Refusal | void {
    if (!this.checkSecret(secret)) return refuse("That is not this session's facilitator secret.", "wrongSecret");
    this.facilitators.add(sessionId);
    confirm();
  }

  isFacilitator(sessionId: string): boolean {
    return this.facilitators.has(sessionId);
  }

  forget(sessionId: string): void {
    this.facilitators.delete(sessionId);
  }

  /** The controls, by message type (the room refuses each one to anyone but the facilitator). */
  controls(): ConsoleControls {
    const h = this.host;
    const inAction = (sentence: string, code: "wrongPhase" | "notPaused" | "alreadyPaused" = "wrongPhase"): Refusal | void => (h.gameState.phase === "action" ? undefined : refuse(sentence, code));
    return {
      "console:start": ({ bots }) => {
        if (h.gameState.phase !== "lobby") return refuse(h.gameState.phase === "ended" ? "The game is over." : "The game has already started.", "wrongPhase");
        if (bots || h.solo) h.fillWithBots();
        return h.applySystem({ type: "startGame" });
      },
      "console:pause": () => inAction("The clock only runs in an action phase; there is nothing to pause.") ?? this.then(h.phaseClock.pause()),
      "console:resume": () => inAction("The clock is not paused.", "notPaused") ?? this.then(h.phaseClock.resume()),
      "console:extend": ({ seconds }) => {
        if (h.gameState.phase !== "action") return refuse("The clock only runs in an action phase.", "wrongPhase");
        if (seconds === 0) return refuse("Give a number of seconds to add (or, negative, to take away).", "badInput");
        h.phaseClock.extend(seconds);
        h.changed();
      },
      "console:endPhase": () => inAction("There is no action phase to end.") ?? h.applySystem({ type: "endActionPhase" }),
      "console:moveSeat": ({ from, to }) => this.moveSeat(from, to),
      "console:removePlayer": ({ seat }) => this.removePlayer(seat),
      "console:fillSeat": ({ seat, personality }) => this.fillSeat(seat, personality),
      "console:broadcast": ({ text }) => {
        this.broadcast = text;
        this.broadcastAt = Date.now();
        h.say(packEntry(broadcastEntry(text)), SYSTEM_SEAT, text);
        h.changed();
      },
      "console:setNextCard": ({ id }) => h.applySystem({ type: "setNextCard", id }),
      "console:endGame": () => h.applySystem({ type: "endGame" }),
    };
  }

  /** A clock change that was not refused shows at once. */
  private then(refusal: Refusal | void): Refusal | void {
    if (refusal) return refusal;
    this.host.changed();
  }

  private moveSeat(from: number, to: number): Refusal | void {
    const moved = this.host.seats.move(from, to);
    if ("code" in moved) return moved;
    // In a running game no seat goes dark: a bot plays the seat the player left.
    if (this.host.gameState.phase === "action") this.host.bots.seat(from);
    this.host.changed();
  }

  private removePlayer(seat: number): Refusal | void {
    const running = this.host.gameState.phase === "action";
    const removed = this.host.seats.remove(seat, running);
    if ("code" in removed) return removed;
    if (running) this.host.bots.seat(seat);
    if (removed.sessionId && !removed.bot)
      this.host.tell(removed.sessionId, "console:removePlayer", refuse(`The facilitator has taken you out of ${this.host.seats.label(seat)}. Pick a free seat, or ask the facilitator.`, "removedFromSeat", { seat }));
    this.host.changed();
  }

  private fillSeat(seat: number, personality: string | undefined): Refusal | void {
    const { gameState: game, seats } = this.host;
    const bad = seats.exists(seat);
    if (bad) return bad;
    if (game.phase === "ended") return refuse("The game is over.", "wrongPhase");
    const taken = seats.fillable(seat);
    if (taken) return taken;
    const role = game.seats[seat].role;
    if (personality !== undefined && !isPersonality(role, personality))
      return refuse(`"${personality}" is not a ${role} personality: pick one of ${PERSONALITIES[role].join(", ")}.`, "unknownPersonality", { personality, role });
    this.host.bots.seat(seat, personality);
    this.host.changed();
  }
}
