// Flood control (issue #12.6): a per-client token bucket on every message kind, bad messages
// included, a "slow down" refusal with the code rateLimited, and a disconnect for a client that
// keeps flooding. Over real sockets; the other players keep getting patches.
import { matchMaker } from "@colyseus/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../../server/app";
import { FLOOD_CLOSE_CODE } from "../../server/room/messages";
import type { ShanchengRoom } from "../../server/room/room";
import { createRoom, joinRoom, roundTrip, until, type Player } from "../helpers/clients";
import { logTexts } from "../../client/ui/logText";

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ port: 0 });
});
afterAll(async () => {
  await server?.close();
});

async function twoSeated(): Promise<{ gov: Player; village: Player; room: ShanchengRoom }> {
  const gov = await createRoom(server.port, "Gov");
  const village = await joinRoom(server.port, gov.room.roomId, "Village");
  await until(() => (village.room.state.seats?.length ?? 0) > 0, "synced");
  gov.room.send("takeSeat", { seat: 0 });
  village.room.send("takeSeat", { seat: 1 });
  await until(() => gov.privateView !== null && village.privateView !== null, "seated");
  gov.room.send("startGame", {});
  await until(() => village.room.state.phase === "action", "started");
  return { gov, village, room: matchMaker.getLocalRoomById(gov.room.roomId) as ShanchengRoom };
}

const quotaCommands = (room: ShanchengRoom) => room.gameRecord.log.filter((e) => e.seat === 0 && e.command.type === "setHukouQuota").length;

describe("rate limits", () => {
  it("a burst of 30 commands: 20 are applied, the rest refused with rateLimited; a second later there is room again", async () => {
    const { gov, village, room } = await twoSeated();
    for (let i = 0; i < 30; i++) gov.room.send("command", { command: { type: "setHukouQuota", cohorts: i % 3 } });
    await until(() => gov.errors.length >= 9, "refusals");
    await roundTrip(gov);
    // 20 at once, and perhaps one or two more refilled (10 a second) while they arrived.
    expect(quotaCommands(room)).toBeGreaterThanOrEqual(20);
    expect(quotaCommands(room)).toBeLessThanOrEqual(22);
    expect(gov.errors.length).toBe(30 - quotaCommands(room));
    expect(gov.errors[0]).toEqual({ refused: "command", code: "rateLimited", params: { perSecond: 10 }, message: "Too many messages; slow down." });
    await new Promise((r) => setTimeout(r, 1100));
    gov.errors.length = 0;
    const applied = quotaCommands(room);
    gov.room.send("command", { command: { type: "setHukouQuota", cohorts: 0 } });
    await until(() => quotaCommands(room) === applied + 1, "accepted again");
    expect(gov.errors).toEqual([]);
    for (const p of [gov, village]) await p.room.leave();
  });

  it("bad messages count toward the limit: 25 malformed ones, then a good one is still throttled", async () => {
    const { gov, village } = await twoSeated();
    for (let i = 0; i < 25; i++) gov.room.send("ready", { ready: "yes" });
    gov.room.send("ready", { ready: true });
    await until(() => gov.errors.length === 26, "an answer to each");
    expect(gov.errors.filter((e) => e.code === "badMessage").length).toBe(20);
    expect(gov.errors.filter((e) => e.code === "rateLimited").length).toBe(6);
    expect(village.room.state.seats[0].ready).toBe(false);
    for (const p of [gov, village]) await p.room.leave();
  });

  it("a client that keeps flooding is throttled, then disconnected; the others keep getting patches and acting", async () => {
    const { gov, village, room } = await twoSeated();
    const closed = new Promise<number>((resolve) => gov.room.onLeave(resolve));
    let patches = 0;
    village.room.onStateChange(() => patches++);
    // 1,000 accepted commands a second, as in the issue: a loan and its repayment, over and over.
    const flood = setInterval(() => {
      for (let i = 0; i < 10 && gov.room.connection.isOpen; i++) gov.room.send("command", { command: { type: i % 2 ? "repay" : "borrow", amount: 1 } });
    }, 10);
    try {
      expect(await closed).toBe(FLOOD_CLOSE_CODE);
    } finally {
      clearInterval(flood);
    }
    expect(gov.errors.some((e) => e.code === "rateLimited")).toBe(true);
    // Throttled all along: about the burst, not the thousand it sent.
    const applied = room.gameRecord.log.filter((e) => e.seat === 0 && (e.command.type === "borrow" || e.command.type === "repay")).length;
    expect(applied).toBeLessThanOrEqual(40);
    // The village plays on and sees its own move arrive.
    const before = patches;
    village.room.send("chat", { text: "still here" });
    await until(() => logTexts(village.room.state).some((l) => l.endsWith("(Village): still here")), "the village's line arrives");
    expect(patches).toBeGreaterThan(before);
    expect(village.errors).toEqual([]);
    // The flooder's seat is kept as for any dropped connection.
    expect(room.state.seats[0]).toMatchObject({ player: "Gov", connected: false });
    await village.room.leave();
  });
});
