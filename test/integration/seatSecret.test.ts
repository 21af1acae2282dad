// Seats belong to people, not names (issue #12.3, #12.4): a seat is reclaimed only with its own
// rejoin secret or the reconnection token; a display name is a label. Over real sockets.
import { matchMaker } from "@colyseus/core";
import { Client } from "colyseus.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../../server/app";
import type { ShanchengRoom } from "../../server/room/room";
import type { RoomState } from "../../server/room/schema";
import { joinRoom, roundTrip, until, type Player } from "../helpers/clients";
import { logTexts } from "../../client/ui/logText";

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ port: 0 });
});
afterAll(async () => {
  await server?.close();
});

const roomOf = (code: string) => matchMaker.getLocalRoomById(code) as ShanchengRoom;

async function newSession(): Promise<{ code: string; facilitatorSecret: string }> {
  const res = await fetch(`http://127.0.0.1:${server.port}/api/sessions`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
  return (await res.json()) as { code: string; facilitatorSecret: string };
}

async function seated(code: string, name: string, seat: number, secret?: string): Promise<Player> {
  const p = await joinRoom(server.port, code, name, secret);
  await until(() => (p.room.state.seats?.length ?? 0) > 0, `${name} synced`);
  if (!secret) p.room.send("takeSeat", { seat });
  await until(() => p.privateView?.seat === seat, `${name} seated`);
  return p;
}

async function dropped(p: Player, watcher: Player, seat: number): Promise<void> {
  await p.room.leave(false);
  await until(() => watcher.room.state.seats[seat].connected === false, "shown as away");
}

describe("an impostor under the player's name", () => {
  it("gets no seat, before or after the player drops, and the owner's reconnection token still works", async () => {
    const { code } = await newSession();
    const host = await seated(code, "Host", 0);
    const guest = await seated(code, "Guest", 1);
    expect(guest.seatSecret).toMatch(/^[A-Za-z0-9_-]{24}$/);
    // In the room under the same name when the player drops: nothing is handed over.
    const inRoom = await joinRoom(server.port, code, "Guest");
    await until(() => (inRoom.room.state.seats?.length ?? 0) > 0, "synced");
    const token = guest.room.reconnectionToken;
    await dropped(guest, host, 1);
    await roundTrip(inRoom);
    expect(inRoom.privateView).toBeNull();
    // A stranger joining under the name afterwards gets nothing either, and cannot take the seat.
    const stranger = await joinRoom(server.port, code, "Guest");
    await until(() => (stranger.room.state.seats?.length ?? 0) > 0, "synced");
    stranger.room.send("takeSeat", { seat: 1 });
    await until(() => stranger.errors.length > 0, "refused");
    expect(stranger.errors[0]).toMatchObject({ refused: "takeSeat", code: "seatTaken" });
    // A made-up secret is no better than a name.
    const guesser = await joinRoom(server.port, code, "Guest", "A".repeat(24));
    await roundTrip(guesser);
    expect([inRoom, stranger, guesser].map((p) => p.privateView)).toEqual([null, null, null]);
    expect(host.room.state.seats[1]).toMatchObject({ player: "Guest", connected: false });
    // The owner's token still works.
    const again = await new Client(`ws://127.0.0.1:${server.port}`).reconnect<RoomState>(token);
    await until(() => host.room.state.seats[1].connected, "owner back by token");
    for (const p of [inRoom, stranger, guesser, host]) await p.room.leave();
    await again.leave();
  });
});

describe("the seat's secret", () => {
  it("a reload (drop, then a new connection with the secret) keeps the seat; so does a new tab while the old one is open", async () => {
    const { code } = await newSession();
    const host = await seated(code, "Host", 0);
    const ana = await seated(code, "Ana", 2);
    await dropped(ana, host, 2);
    const reloaded = await seated(code, "Ana", 2, ana.seatSecret!);
    await until(() => host.room.state.seats[2].connected, "shown as back");
    expect(host.room.state.seats[2].player).toBe("Ana");
    // A second tab of the same browser: the seat moves to it, the first tab is told and only watches.
    const tab = await seated(code, "Ana", 2, ana.seatSecret!);
    await until(() => reloaded.errors.some((e) => e.code === "seatReclaimed"), "the first tab is told");
    expect(roomOf(code).seats.seatOf(reloaded.room.sessionId)).toBe(-1);
    tab.room.send("chat", { text: "still here" });
    await until(() => logTexts(host.room.state).some((l) => l.endsWith("(Ana): still here")), "the new tab acts for the seat");
    expect(tab.errors).toEqual([]);
    for (const p of [reloaded, tab, host]) await p.room.leave();
  });

  it("50 drops and returns by secret within a minute do not lock the room: each return releases the reservation", async () => {
    const { code } = await newSession();
    const host = await seated(code, "Host", 0);
    let ana = await seated(code, "Ana", 1);
    const secret = ana.seatSecret!;
    const room = roomOf(code);
    for (let i = 0; i < 50; i++) {
      await dropped(ana, host, 1);
      ana = await seated(code, "Ana", 1, secret);
    }
    await until(() => Object.keys(room["reservedSeats"] as object).length === 0, "no reservation left");
    expect(room.locked).toBe(false);
    const late = await joinRoom(server.port, code, "Late");
    await until(() => (late.room.state.seats?.length ?? 0) > 0, "a newcomer still gets in");
    for (const p of [late, ana, host]) await p.room.leave();
  }, 30_000);

  it("the facilitator moves a player: their secret now reclaims the new seat; removed, it reclaims nothing", async () => {
    const session = await newSession();
    const f = await joinRoom(server.port, session.code, "Facilitator");
    let authorized = false;
    f.room.onMessage("facilitator", () => (authorized = true));
    f.room.send("facilitatorAuth", { secret: session.facilitatorSecret });
    await until(() => authorized, "facilitator");
    const bo = await seated(session.code, "Bo", 1);
    f.room.send("console:moveSeat", { from: 1, to: 3 });
    await until(() => bo.privateView?.seat === 3, "moved");
    await dropped(bo, f, 3);
    const back = await seated(session.code, "Bo", 3, bo.seatSecret!);
    f.room.send("console:removePlayer", { seat: 3 });
    await until(() => f.room.state.seats[3].player === "", "removed");
    await back.room.leave();
    const again = await joinRoom(server.port, session.code, "Bo", bo.seatSecret!);
    await roundTrip(again);
    expect(again.privateView).toBeNull();
    expect(f.errors).toEqual([]);
    for (const p of [again, f]) await p.room.leave();
  });
});
