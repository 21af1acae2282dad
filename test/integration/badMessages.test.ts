// Every kind of bad message is refused with an "error" to its sender alone, changes nothing,
// and the room goes on working.
import { matchMaker } from "@colyseus/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ShanchengRoom } from "../../server/room/room";
import { startServer, type RunningServer } from "../../server/app";
import { createRoom, joinRoom, roundTrip, until, type Player } from "../helpers/clients";
import { mapOf } from "../../client/synced";

let server: RunningServer;
let gov: Player;
let dev: Player;
let watcher: Player;
let govSeat: number;
let devSeat: number;

beforeAll(async () => {
  server = await startServer({ port: 0 });
  gov = await createRoom(server.port, "Gov");
  dev = await joinRoom(server.port, gov.room.roomId, "Dev");
  watcher = await joinRoom(server.port, gov.room.roomId, "Watcher");
  await until(() => [gov, dev, watcher].every((p) => (p.room.state.seats?.length ?? 0) > 0), "state synced");
  govSeat = gov.room.state.seats.findIndex((s) => s.role === "government");
  devSeat = gov.room.state.seats.findIndex((s) => s.role === "developer");
  gov.room.send("takeSeat", { seat: govSeat });
  dev.room.send("takeSeat", { seat: devSeat });
  await until(() => gov.privateView !== null && dev.privateView !== null, "seated");
});
afterAll(async () => {
  for (const p of [gov, dev, watcher]) if (p?.room.connection.isOpen) await p.room.leave();
  await server?.close();
});

/** The room as the server holds it: the engine state and the synced state, as text. */
function serverSide(): string {
  const room = matchMaker.getLocalRoomById(gov.room.roomId) as ShanchengRoom;
  return JSON.stringify(room.gameState) + JSON.stringify(room.state.toJSON());
}

/** Send from `player`, wait for its error, and check nobody else heard of it and nothing changed. */
async function expectRefused(player: Player, type: string | number, payload: unknown, message: RegExp): Promise<void> {
  for (const p of [gov, dev, watcher]) p.errors.length = 0;
  await roundTrip(gov);
  const before = serverSide();
  player.room.send(type as string, payload);
  await until(() => player.errors.length === 1, `an error for ${String(type)}`);
  expect(player.errors[0].message).toMatch(message);
  await roundTrip(gov);
  await roundTrip(watcher);
  for (const other of [gov, dev, watcher].filter((p) => p !== player)) expect(other.errors).toEqual([]);
  expect(serverSide()).toBe(before);
}

describe("bad messages", () => {
  it("wrong phase: acting before the game starts", async () => {
    await expectRefused(gov, "command", { command: { type: "expropriate", tile: 0, compensation: 1_500 } }, /not started/);
  });

  it("no seat: starting, acting or readying without a seat", async () => {
    await expectRefused(watcher, "startGame", {}, /Take a seat/);
    await expectRefused(watcher, "command", { command: { type: "bid", auctionId: 0, amount: 1 } }, /Take a seat/);
    await expectRefused(watcher, "ready", { ready: true }, /Take a seat/);
  });

  it("wrong seat: taking a taken seat, a second seat, or a seat that does not exist", async () => {
    await expectRefused(watcher, "takeSeat", { seat: govSeat }, /taken by Gov/);
    await expectRefused(dev, "takeSeat", { seat: devSeat + 1 }, /already have a seat/);
    await expectRefused(watcher, "takeSeat", { seat: 60 }, /no seat 60/);
  });

  it("wrong shape: missing fields, extra fields, wrong types, non-objects, NaN, negative and huge numbers", async () => {
    await expectRefused(watcher, "takeSeat", {}, /Malformed "takeSeat".*seat/);
    await expectRefused(watcher, "takeSeat", { seat: 1, as: "government" }, /Malformed/);
    await expectRefused(watcher, "takeSeat", { seat: "1" }, /Malformed/);
    await expectRefused(watcher, "takeSeat", "government", /Malformed/);
    await expectRefused(watcher, "takeSeat", [1], /Malformed/);
    await expectRefused(watcher, "takeSeat", { seat: Number.NaN }, /Malformed/);
    await expectRefused(watcher, "takeSeat", { seat: -1 }, /Malformed/);
    await expectRefused(watcher, "inspect", { tile: 1e12 }, /Malformed/);
  });

  it("unknown message types, by name or number", async () => {
    await expectRefused(dev, "teleport", { x: 1 }, /Unknown message type "teleport"/);
    await expectRefused(dev, 42, {}, /Unknown message type "42"/);
  });

  it("an oversized message (over 2 KB) is refused unread", async () => {
    await expectRefused(dev, "command", { command: { type: "bid", auctionId: 0, amount: 1, pad: "x".repeat(3_000) } }, /too large/);
  });

  it("once the game runs: commands of another role, commands that pretend to be another seat, malformed commands", async () => {
    gov.room.send("startGame", {});
    await until(() => [gov, dev, watcher].every((p) => p.room.state.phase === "action"), "started");
    await expectRefused(dev, "command", { command: { type: "expropriate", tile: 0, compensation: 1_500 } }, /Only the government/);
    await expectRefused(dev, "command", { command: { type: "bid", auctionId: 0, amount: 1 }, seat: govSeat }, /Malformed/);
    await expectRefused(dev, "command", { command: { type: "bid", auctionId: 0, amount: 1, seat: govSeat } }, /Malformed/);
    await expectRefused(dev, "command", { command: { type: "build", tile: 0, building: "castle" } }, /Malformed.*building/);
    await expectRefused(dev, "command", { command: null }, /Malformed/);
    await expectRefused(gov, "command", { command: { type: "endActionPhase" } }, /Malformed/);
    await expectRefused(gov, "ready", { ready: "yes" }, /Malformed/);
  });

  it("after all that, the room still works for everyone", async () => {
    gov.errors.length = 0;
    const tile = [...mapOf(gov.room.state).tenure].findIndex((t, i) => t === 2 && mapOf(gov.room.state).use[i] === 1);
    gov.room.send("command", { command: { type: "expropriate", tile, compensation: 1_500 } });
    await until(() => watcher.room.state.offers.length === 1, "the offer reaches every client");
    expect(gov.errors).toEqual([]);
  });

  it("a message over the transport's 4 KB cap closes only its sender's socket; the room goes on", async () => {
    const closed = new Promise<number>((resolve) => watcher.room.onLeave(resolve));
    watcher.room.send("inspect", { tile: 1, pad: "x".repeat(5_000) });
    expect(await closed).toBeGreaterThan(1000);
    gov.room.send("ready", { ready: false });
    await roundTrip(gov);
    expect(gov.errors).toEqual([]);
    expect(matchMaker.getLocalRoomById(gov.room.roomId)).toBeDefined();
  });
});
