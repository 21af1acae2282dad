// The page's only link to the server: create or join a room and send typed messages.
import { Client, type Room } from "colyseus.js";
import type { PlayerCommand } from "../shared/commands";
import type { ClientMessage, ClientMessageType, ErrorMessage, InspectReply, PrivateView } from "../shared/protocol";
import { ROOM_NAME } from "../shared/roomName";
import type { RoomState } from "../server/schema";

export interface Listeners {
  onState(state: RoomState): void;
  onPrivate(view: PrivateView): void;
  onInspect(reply: InspectReply): void;
  onError(error: ErrorMessage): void;
  onLeave(code: number): void;
}

export class Connection {
  constructor(readonly room: Room<RoomState>) {}

  get code(): string {
    return this.room.roomId;
  }

  send<T extends ClientMessageType>(type: T, message: ClientMessage<T>): void {
    this.room.send(type, message);
  }

  command(command: PlayerCommand): void {
    this.send("command", { command });
  }

  listen(l: Listeners): void {
    this.room.onStateChange((state) => l.onState(state));
    this.room.onMessage("private", l.onPrivate);
    this.room.onMessage("inspect", l.onInspect);
    this.room.onMessage("error", l.onError);
    this.room.onLeave(l.onLeave);
  }
}

function serverUrl(): string {
  return `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}`;
}

export async function createGame(name: string): Promise<Connection> {
  return new Connection(await new Client(serverUrl()).create<RoomState>(ROOM_NAME, { name }));
}

export async function joinGame(code: string, name: string): Promise<Connection> {
  return new Connection(await new Client(serverUrl()).joinById<RoomState>(code.trim().toUpperCase(), { name }));
}
