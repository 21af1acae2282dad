// Real colyseus.js clients against a real server over sockets, for integration tests.
import { Client, type Room } from "colyseus.js";
import type { ErrorMessage, PrivateView, SeatSecretMessage } from "../../shared/protocol";
import { ROOM_NAME } from "../../shared/protocol";
import type { RoomState } from "../../server/room/schema";

export interface Player {
  room: Room<RoomState>;
  errors: ErrorMessage[];
  privateView: PrivateView | null;
  /** The rejoin secret of the seat this client took (the browser keeps it in localStorage). */
  seatSecret: string | null;
}

function track(room: Room<RoomState>): Player {
  const player: Player = { room, errors: [], privateView: null, seatSecret: null };
  room.onMessage("error", (e: ErrorMessage) => player.errors.push(e));
  room.onMessage("private", (v: PrivateView) => (player.privateView = v));
  room.onMessage("inspect", () => undefined);
  room.onMessage("seatSecret", (m: SeatSecretMessage) => (player.seatSecret = m.secret));
  return player;
}

export async function createRoom(port: number, name: string, options: Record<string, unknown> = {}): Promise<Player> {
  const room = await new Client(`ws://127.0.0.1:${port}`).create<RoomState>(ROOM_NAME, { name, ...options });
  return track(room);
}

/** `seatSecret`: a seat's rejoin secret, as a browser that sat there before sends it. */
export async function joinRoom(port: number, code: string, name: string, seatSecret?: string): Promise<Player> {
  const room = await new Client(`ws://127.0.0.1:${port}`).joinById<RoomState>(code, seatSecret ? { name, seatSecret } : { name });
  return track(room);
}

/**
 * Start a facilitator's session as its teacher does: from the console (a student cannot start
 * it). Joins without a seat, proves the secret, sends console:start (`bots`: bots fill the empty
 * seats first), leaves once round 1 is open.
 */
export async function startAsFacilitator(port: number, code: string, secret: string, { bots = false } = {}): Promise<void> {
  const console = track(await new Client(`ws://127.0.0.1:${port}`).joinById<RoomState>(code, { name: "Teacher" }));
  const proved = new Promise<void>((resolve) => console.room.onMessage("facilitator", () => resolve()));
  console.room.send("facilitatorAuth", { secret });
  await proved;
  console.room.send("console:start", bots ? { bots } : {});
  await until(() => console.room.state.phase === "action", "the facilitator started the game");
  await console.room.leave();
}

/** Wait until `check` holds after some state change or message (polling; fails after `ms`). */
export async function until(check: () => boolean, what: string, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for: ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Send a message and wait until the server has answered every message sent before it. */
export async function roundTrip(player: Player): Promise<void> {
  const reply = new Promise<void>((resolve) => player.room.onMessage("inspect", () => resolve()));
  player.room.send("inspect", { tile: 0 });
  await reply;
}
