// What a player's messages do once the gate (messages.ts) has checked their rate and shape:
// take or leave a seat, start, fill the empty seats with bots, talk, be ready, inspect a tile,
// send a command, ask for the map of a past round or earlier lines of the log. Each answers nothing or a Refusal.

import type { Client } from "@colyseus/core";
import { parseCommand, type Command } from "../../shared/engine/commands";
import { refuse, type Refusal } from "../../shared/engine/refusal";
import type { GameState } from "../../shared/model/state";
import type { InspectReply, SeatSecretMessage } from "../../shared/protocol";
import { tileOptions } from "../../shared/views/hints";
import type { Handler } from "./messages";
import type { RoomState } from "./schema";
import { logPage } from "./sync";
import { chatEntry, packEntry } from "../../shared/views/logEntries";
import type { Seats } from "./seats";
import type { Session } from "./session";

export type PlayerMessageType = "takeSeat" | "leaveSeat" | "startGame" | "fillWithBots" | "chat" | "ready" | "inspect" | "command" | "mapAtRound" | "logPage";

/** What the players' messages need of the room. */
export interface PlayerHost {
  readonly roomId: string;
  readonly gameState: GameState;
  readonly seats: Seats;
  readonly session: Session;
  readonly state: RoomState;
  readonly solo: boolean;
  /** A facilitator's session: the console, not a student, starts it and fills its seats. */
  readonly facilitated: boolean;
  /** Through the engine and the records; bots answer; the result is synced. */
  apply(seat: number, command: Command): Refusal | void;
  applySystem(command: Command): Refusal | void;
  fillWithBots(): void;
  /** Only who sits where changed: sync the seats, send the views, end the phase if every person is ready. */
  seatsChanged(): void;
  say(line: string, seat: number, text: string): void;
}

const nameOf = (client: Client): string => (client.userData as { name: string }).name;

export function playerHandlers(h: PlayerHost): { [T in PlayerMessageType]: Handler<T> } {
  /** The client's seat, or the refusal `sentence` if it has none. */
  const seated = (client: Client, sentence: string) => h.seats.seated(client.sessionId, sentence);
  return {
    takeSeat: (client, { seat }) => {
      const taken = h.seats.take(client.sessionId, nameOf(client), seat);
      if ("code" in taken) return taken;
      // The secret goes to this browser alone; the room keeps its hash (seats.ts).
      const message: SeatSecretMessage = { code: h.roomId, seat, secret: taken.secret };
      client.send("seatSecret", message);
      h.seatsChanged();
    },
    leaveSeat: (client) => {
      if (h.seats.leave(client.sessionId) < 0) return refuse("You do not have a seat.", "notSeated");
      h.seatsChanged();
    },
    startGame: (client) => {
      if (h.facilitated) return refuse("Your teacher starts this game from the console.", "consoleOnly");
      const seat = seated(client, "Take a seat before starting the game.");
      if (typeof seat !== "number") return seat;
      if (h.solo) h.fillWithBots();
      return h.applySystem({ type: "startGame" });
    },
    fillWithBots: (client) => {
      if (h.facilitated) return refuse("Your teacher fills empty seats from the console.", "consoleOnly");
      const seat = seated(client, "Take a seat before filling the others with bots.");
      if (typeof seat !== "number") return seat;
      if (h.gameState.phase !== "lobby") return refuse("Bots fill empty seats before the game starts; a player who drops out is replaced by a bot anyway.", "wrongPhase");
      h.fillWithBots();
    },
    /** Players talk through the log (offers and deals are made with commands); the gate allows one line a second. */
    chat: (client, { text }) => {
      const seat = seated(client, "Take a seat to talk to the others.");
      if (typeof seat !== "number") return seat;
      h.say(packEntry(chatEntry(seat, nameOf(client), text)), seat, text);
    },
    ready: (client, { ready }) => {
      const seat = seated(client, "Take a seat first.");
      if (typeof seat !== "number") return seat;
      if (h.gameState.phase !== "action") return refuse("Ready only counts during the action phase.", "wrongPhase");
      h.seats.setReady(seat, ready);
      h.seatsChanged();
    },
    inspect: (client, { tile }) => {
      // The planned use is on the synced map (its plan layer): the reply carries the seat's options only.
      const reply: InspectReply = { tile, ...tileOptions(h.gameState, h.seats.seatOf(client.sessionId), tile) };
      client.send("inspect", reply);
    },
    command: (client, { command }) => {
      const seat = seated(client, "Take a seat before acting.");
      if (typeof seat !== "number") return seat;
      const parsed = parseCommand(command);
      if (!parsed.ok) return refuse(parsed.error, "badInput");
      return h.apply(seat, parsed.command);
    },
    mapAtRound: (client, { round }) => {
      const snapshot = h.session.mapAt(round);
      if ("code" in snapshot) return snapshot;
      client.send("mapAtRound", snapshot);
    },
    logPage: (client, { before }) => void client.send("logPage", logPage(h.state, before)),
  };
}
