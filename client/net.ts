// The page's only link to the server: create or join a room and send typed messages.
import type { CreateOptions } from "./ui/lobby";
import { Client, type Room } from "colyseus.js";
import type { PlayerCommand } from "../shared/engine/commands";
import type { ClientMessage, ClientMessageType, ErrorMessage, InspectReply, MapAtRound, PrivateView, SeatSecretMessage } from "../shared/protocol";
import { ROOM_NAME } from "../shared/roomName";
import type { RoomState } from "../server/room/schema";
import { t } from "./i18n";

export interface Listeners {
  onState(state: RoomState): void;
  onPrivate(view: PrivateView): void;
  onInspect(reply: InspectReply): void;
  onMapAtRound(snapshot: MapAtRound): void;
  onError(error: ErrorMessage): void;
  onLeave(code: number): void;
}

export class Connection {
  constructor(
    readonly room: Room<RoomState>,
    readonly name: string,
  ) {
    // The room sends a seat's secret once, when this connection takes the seat.
    room.onMessage("seatSecret", (m: SeatSecretMessage) => keepSeatSecret(m.code, name, m.secret));
  }

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
  return remember(new Connection(await new Client(serverUrl()).create<RoomState>(ROOM_NAME, { name, ...options }), name));
}

export async function joinGame(code: string, name: string): Promise<Connection> {
  const clean = code.trim().toUpperCase();
  try {
    const seatSecret = seatSecretFor(clean, name);
    return remember(new Connection(await new Client(serverUrl()).joinById<RoomState>(clean, seatSecret ? { name, seatSecret } : { name }), name));
  } catch (e) {
    if (/not found/i.test((e as Error).message)) throw new Error(t("lobby.noSuchGame", { code: clean }));
    throw e;
  }
}

// A reload or a dropped connection should not cost a student their seat: the tab remembers its
// room, name and reconnection token (sessionStorage), and comes back with them; the server keeps
// a dropped seat for a minute for the token. The browser keeps each seat's rejoin secret
// (localStorage, by room code and name), which reclaims the seat at any time, from this tab or
// another. It is sent only with the name it was issued to: two people sharing a browser (two
// tabs, two names) each keep their own and do not swap seats.
const SESSION_KEY = "shancheng.session";
const SEAT_SECRETS_KEY = "shancheng.seatSecrets";
/** Seat secrets kept per browser (the newest rooms'). */
const MAX_SEAT_SECRETS = 20;
interface Saved {
  code: string;
  name: string;
  token: string;
}
/** By `${code}/${name}`. */
type SeatSecrets = Record<string, { secret: string; at: number }>;
const secretKey = (code: string, name: string): string => `${code}/${name.trim()}`;

function remember(conn: Connection): Connection {
  const saved: Saved = { code: conn.code, name: conn.name, token: conn.room.reconnectionToken };
  sessionStorage.setItem(SESSION_KEY, JSON.stringify(saved));
  return conn;
}

function seatSecrets(): SeatSecrets {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(SEAT_SECRETS_KEY) ?? "{}");
    return parsed && typeof parsed === "object" ? (parsed as SeatSecrets) : {};
  } catch {
    return {};
  }
}

function keepSeatSecret(code: string, name: string, secret: string): void {
  const kept = { ...seatSecrets(), [secretKey(code, name)]: { secret, at: Date.now() } };
  const newest = Object.entries(kept).sort(([, a], [, b]) => b.at - a.at).slice(0, MAX_SEAT_SECRETS);
  localStorage.setItem(SEAT_SECRETS_KEY, JSON.stringify(Object.fromEntries(newest)));
}

export function seatSecretFor(code: string, name: string): string | undefined {
  return seatSecrets()[secretKey(code, name)]?.secret;
}

// A seat's secret outlives the tab's session: after a restart the server still knows the seat's
// owner. A secret whose seat was given up is harmless (the room no longer has its hash).
export function forgetSession(): void {
  sessionStorage.removeItem(SESSION_KEY);
}

/** Back into the game this tab was in, if it still runs; null otherwise. */
export async function resumeGame(): Promise<Connection | null> {
  const raw = sessionStorage.getItem(SESSION_KEY);
  if (!raw) return null;
  const saved = JSON.parse(raw) as Saved;
  try {
    return remember(new Connection(await new Client(serverUrl()).reconnect<RoomState>(saved.token), saved.name));
  } catch {
    try {
      return await joinGame(saved.code, saved.name);
    } catch {
      forgetSession();
      return null;
    }
  }
}
