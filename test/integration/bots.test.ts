// Bots in the room: a solo game played to the end by one scripted person with bots in every
// other seat; a dropped player's seat taken over by a bot and handed back; empty seats filled.
import { matchMaker } from "@colyseus/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../../server/app";
import type { ShanchengRoom } from "../../server/room/room";
import { SYSTEM_SEAT } from "../../shared/engine/commands";
import { hashState } from "../../shared/engine/hash";
import type { MapAtRound } from "../../shared/protocol";
import { replay } from "../../shared/engine/replay";
import { createRoom, joinRoom, roundTrip, until } from "../helpers/clients";
import { historyOf } from "../../client/synced";

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ port: 0, roomDefaults: { botGraceSeconds: 0.3 } });
});
afterAll(async () => {
  await server?.close();
});

const roomOf = (id: string) => matchMaker.getLocalRoomById(id) as ShanchengRoom;

describe("bots in the room", () => {
  it("a solo game: bots take every other seat, act every round, and the game runs to its end on the player's Ready", async () => {
    const me = await createRoom(server.port, "Solo", { solo: true, seed: 7 });
    await until(() => (me.room.state.seats?.length ?? 0) > 0, "state");
    expect(me.room.state.solo).toBe(true);
    const seat = me.room.state.seats.findIndex((s) => s.role === "migrant");
    me.room.send("takeSeat", { seat });
    await until(() => me.privateView !== null, "seated");
    me.room.send("startGame", {});
    await until(() => me.room.state.phase === "action", "started");
    expect([...me.room.state.seats].filter((s) => s.bot !== "").length).toBe(me.room.state.seats.length - 1);
    const room = roomOf(me.room.roomId);
    while (me.room.state.phase === "action") {
      const round = me.room.state.round;
      me.room.send("command", { command: { type: "chooseWorkAndHome", job: "construction", home: { kind: "dorm" } } });
      await roundTrip(me);
      me.room.send("ready", { ready: true });
      await until(() => me.room.state.round !== round || me.room.state.phase === "ended", `round ${round} ends on Ready`);
    }
    expect(me.room.state.phase).toBe("ended");
    expect(me.errors).toEqual([]);
    // Bots acted through commands in the log: every role other than mine sent something.
    const botRoles = new Set(room.gameRecord.log.filter((e) => e.seat !== SYSTEM_SEAT && e.seat !== seat).map((e) => room.gameState.seats[e.seat].role));
    expect([...botRoles].sort()).toEqual(["developer", "government", "migrant", "village"]);
    expect(hashState(replay(room.gameRecord))).toBe(hashState(room.gameState));
    expect(historyOf(me.room.state)[11].round).toBe(12);
    // The debrief's map replay: a snapshot per round; the last one is the map now.
    const snapshots: MapAtRound[] = [];
    me.room.onMessage("mapAtRound", (m: MapAtRound) => snapshots.push(m));
    me.room.send("mapAtRound", { round: 12 });
    me.room.send("mapAtRound", { round: 0 });
    me.room.send("mapAtRound", { round: 13 });
    await until(() => snapshots.length === 2 && me.errors.length === 1, "two snapshots and a refusal");
    expect(snapshots[0].use).toEqual(room.gameState.map.use);
    expect(snapshots[1].use).toEqual(replay({ ...room.gameRecord, log: [] }).map.use);
    expect(me.errors[0].message).toMatch(/Round 13 has not been played yet/);
    await me.room.leave();
  });

  it("a player who drops out is replaced by a bot after the grace period and gets the seat back on rejoining with the seat's secret", async () => {
    const host = await createRoom(server.port, "Host");
    const guest = await joinRoom(server.port, host.room.roomId, "Guest");
    await until(() => (guest.room.state.seats?.length ?? 0) > 0, "synced");
    const seat = host.room.state.seats.findIndex((s) => s.role === "village");
    host.room.send("takeSeat", { seat: 0 });
    guest.room.send("takeSeat", { seat });
    await until(() => host.room.state.seats[seat].player === "Guest" && host.privateView !== null, "both seated");
    host.room.send("startGame", {});
    await until(() => host.room.state.phase === "action", "started");
    await guest.room.leave(false); // a drop
    await until(() => host.room.state.seats[seat].bot !== "", "a bot takes the seat", 5000);
    expect(host.room.state.seats[seat].player).toBe("Guest");
    // The bot is ready: the host alone ends the round.
    host.room.send("ready", { ready: true });
    await until(() => host.room.state.round === 2, "round 2");
    const back = await joinRoom(server.port, host.room.roomId, "Guest", guest.seatSecret!);
    await until(() => host.room.state.seats[seat].bot === "" && host.room.state.seats[seat].connected, "the player has the seat back");
    await until(() => back.privateView?.seat === seat, "private view");
    await back.room.leave();
    await host.room.leave();
  });

  it("before the start, a seated player can fill the empty seats with bots", async () => {
    const host = await createRoom(server.port, "Host");
    await until(() => (host.room.state.seats?.length ?? 0) > 0, "synced");
    host.room.send("fillWithBots", {});
    await until(() => host.errors.length > 0, "refused without a seat");
    expect(host.errors.at(-1)?.message).toMatch(/Take a seat/);
    host.room.send("takeSeat", { seat: 0 });
    await until(() => host.privateView !== null, "seated");
    host.room.send("fillWithBots", {});
    await until(() => [...host.room.state.seats].every((s) => s.player !== ""), "every seat filled");
    expect([...host.room.state.seats].filter((s) => s.bot).length).toBe(host.room.state.seats.length - 1);
    await host.room.leave();
  });

  it("bots play the personality chosen for their role; an unknown one refuses the room", async () => {
    const host = await createRoom(server.port, "Host", { bots: { village: "reclaim", government: "welfare" } });
    await until(() => (host.room.state.seats?.length ?? 0) > 0, "synced");
    host.room.send("takeSeat", { seat: host.room.state.seats.findIndex((s) => s.role === "migrant") });
    await until(() => host.privateView !== null, "seated");
    host.room.send("fillWithBots", {});
    await until(() => [...host.room.state.seats].every((s) => s.player !== ""), "filled");
    const bots = [...host.room.state.seats].filter((s) => s.bot);
    expect(new Set(bots.filter((s) => s.role === "village").map((s) => s.bot))).toEqual(new Set(["reclaim"]));
    expect(bots.find((s) => s.role === "government")?.bot).toBe("welfare");
    expect(bots.find((s) => s.role === "developer")?.bot).toBe("buildToSell");
    await host.room.leave();
    await expect(createRoom(server.port, "Host", { bots: { village: "anarchist" } })).rejects.toThrow(/bots.village: pick one of sellEarly, holdOut, reclaim/);
  });
});
