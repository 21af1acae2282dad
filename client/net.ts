// The page's only link to the server: create or join a room and send typed messages.
import type { CreateOptions } from "./ui/lobby";
import { Client, type Room } from "colyseus.js";
import type { PlayerCommand } from "../shared/engine/commands";
import type { ClientMessage, ClientMessageType, ErrorMessage, InspectReply, MapAtRound, PrivateView } from "../shared/protocol";
import { ROOM_NAME } from "../shared/roomName";
import type { RoomState } from "../server/room/schema";

export interface Listeners {
  onState(state: RoomState): void;
  onPrivate(view: PrivateView): void;
  onInspect(reply: InspectReply): void;
  onMapAtRound(snapshot: MapAtRound): void;
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
    this.room.onMessage("mapAtRound", l.onMapAtRound);
    this.room.onMessage("error", l.onError);
    this.room.onLeave(l.onLeave);
  }
}

function serverUrl(): string {
  return `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}`;
}

/** `solo`: one player against bots (bots take every other seat when the game starts). */
export async function createGame(name: string, options: CreateOptions = {}): Promise<Connection> {
  return remember(new Connection(await new Client(serverUrl()).create<RoomState>(ROOM_NAME, { name, ...options })), name);
}

export async function joinGame(code: string, name: string): Promise<Connection> {
  const clean = code.trim().toUpperCase();
  try {
    return remember(new Connection(await new Client(serverUrl()).joinById<RoomState>(clean, { name })), name);
  } catch (e) {
    if (/not found/i.test((e as Error).message)) throw new Error(`No game with the code ${clean} is running. Check the code on the teacher's screen.`);
    throw e;
  }
}

// A reload or a dropped connection should not cost a student their seat: the tab remembers its
// room, name and reconnection token, and comes back with them (the server keeps a dropped seat
// for a minute, and gives it back to the same name after that).
const SESSION_KEY = "shancheng.session";
interface Saved {
  code: string;
  name: string;
  token: string;
}

function remember(conn: Connection, name: string): Connection {
  const saved: Saved = { code: conn.code, name, token: conn.room.reconnectionToken };
  sessionStorage.setItem(SESSION_KEY, JSON.stringify(saved));
  return conn;
}

export function forgetSession(): void {
  sessionStorage.removeItem(SESSION_KEY);
}

/** Back into the game this tab was in, if it still runs; null otherwise. */
export async function resumeGame(): Promise<Connection | null> {
  const raw = sessionStorage.getItem(SESSION_KEY);
  if (!raw) return null;
  const saved = JSON.parse(raw) as Saved;
  try {
    return remember(new Connection(await new Client(serverUrl()).reconnect<RoomState>(saved.token)), saved.name);
  } catch {
    try {
      return await joinGame(saved.code, saved.name);
    } catch {
      forgetSession();
      return null;
    }
  }
}
