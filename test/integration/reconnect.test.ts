import { Client } from "colyseus.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../../server/app";
import type { RoomState } from "../../server/room/schema";
import { createRoom, joinRoom, roundTrip, until, type Player } from "../helpers/clients";

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ port: 0 });
});
afterAll(async () => {
  await server?.close();
});

async function hostAndGuest(): Promise<{ host: Player; guest: Player; seat: number }> {
  const host = await createRoom(server.port, "Host");
  const guest = await joinRoom(server.port, host.room.roomId, "Guest");
  await until(() => [host, guest].every((p) => (p.room.state.seats?.length ?? 0) > 0), "synced");
  const seat = host.room.state.seats.findIndex((s) => s.role === "developer");
  guest.room.send("takeSeat", { seat });
  await until(() => host.room.state.seats[seat]?.player === "Guest", "guest seated");
  return { host, guest, seat };
}

describe("leaving and coming back", () => {
  it("leaving on purpose frees the seat", async () => {
    const { host, guest, seat } = await hostAndGuest();
    await guest.room.leave(true);
    await until(() => host.room.state.seats[seat].player === "", "seat freed");
    await host.room.leave();
  });

  it("a dropped connection keeps the seat; reconnecting with the token takes it back", async () => {
    const { host, guest, seat } = await hostAndGuest();
    const token = guest.room.reconnectionToken;
    await guest.room.leave(false); // a drop, not a goodbye
    await until(() => host.room.state.seats[seat].connected === false, "seat shown as disconnected");
    expect(host.room.state.seats[seat].player).toBe("Guest");
    const again = await new Client(`ws://127.0.0.1:${server.port}`).reconnect<RoomState>(token);
    await until(() => host.room.state.seats[seat].connected, "seat connected again");
    await until(() => (again.state.seats?.length ?? 0) > 0, "state after reconnecting");
    expect(again.state.seats[seat].player).toBe("Guest");
    await again.leave();
    await host.room.leave();
  });

  it("a dropped player who joins again by code with the seat's secret gets the same seat", async () => {
    const { host, guest, seat } = await hostAndGuest();
    await guest.room.leave(false);
    await until(() => host.room.state.seats[seat].connected === false, "disconnected");
    const back = await joinRoom(server.port, host.room.roomId, "Guest", guest.seatSecret!);
    await until(() => host.room.state.seats[seat].connected, "seat connected again");
    await until(() => back.privateView !== null, "private view for the returning player");
    expect(back.privateView?.seat).toBe(seat);
    await back.room.leave();
    await host.room.leave();
  });

  it("joining needs a display name", async () => {
    await expect(new Client(`ws://127.0.0.1:${server.port}`).create("shancheng", { name: "  " })).rejects.toThrow(/display name/);
  });
});

describe("readiness when someone leaves", () => {
  it("the round ends once everyone still seated and connected is ready", async () => {
    const { host, guest } = await hostAndGuest();
    host.room.send("takeSeat", { seat: host.room.state.seats.findIndex((s) => s.role === "government") });
    await until(() => host.privateView !== null, "host seated");
    host.room.send("startGame", {});
    await until(() => host.room.state.phase === "action", "started");
    host.room.send("ready", { ready: true });
    await until(() => host.room.state.seats.some((s) => s.ready), "host ready");
    expect(host.room.state.round).toBe(1);
    await guest.room.leave(false); // the guest drops out without pressing Ready
    await until(() => host.room.state.round === 2, "round 2 without waiting for the dropped guest");
    await host.room.leave();
  });
});

describe("a silent drop", () => {
  it("a player back with the seat's secret takes their seat even before the server noticed the drop; the name alone does not", async () => {
    const { host, guest, seat } = await hostAndGuest();
    // The old connection still looks alive. Someone else under the same name asks for the seat: refused.
    const namesake = await joinRoom(server.port, host.room.roomId, "Guest");
    await until(() => (namesake.room.state.seats?.length ?? 0) > 0, "synced");
    namesake.room.send("takeSeat", { seat });
    await until(() => namesake.errors.length > 0 || namesake.privateView !== null, "an answer");
    expect(namesake.errors).toEqual([{ refused: "takeSeat", code: "seatTaken", params: { seat, player: "Guest" }, message: expect.stringMatching(/taken by Guest/) }]);
    // The player comes back with the secret: the seat moves to the new connection at once.
    const back = await joinRoom(server.port, host.room.roomId, "Guest", guest.seatSecret!);
    await until(() => back.privateView?.seat === seat, "seat handed to the returning player");
    expect(host.room.state.seats[seat].connected).toBe(true);
    // ...and when the old connection is found dead, the seat stays with the new one.
    await guest.room.leave(false);
    await roundTrip(host);
    await until(() => host.room.state.seats[seat].connected, "still connected");
    expect(namesake.privateView).toBeNull();
    for (const p of [back, namesake, host]) await p.room.leave();
  });
});
