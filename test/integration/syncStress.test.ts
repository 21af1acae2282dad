// Random legal play through the real room for a whole game: after every command and every
// resolution, each client's synced state must equal the server's, and the room's game record
// must replay to the room's engine state. Catches sync bugs no hand-written scenario reaches
// (a 60-line log that keeps trimming, lists that grow and shrink, the game's end).
import { matchMaker } from "@colyseus/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../../server/app";
import type { ShanchengRoom } from "../../server/room/room";
import { hashState } from "../../shared/engine/hash";
import type { PlayerCommand } from "../../shared/engine/commands";
import { seatActions, tileActions } from "../../shared/views/hints";
import { replay } from "../../shared/engine/replay";
import { nextRandom, seedState } from "../../shared/engine/rng";
import { createRoom, joinRoom, roundTrip, until, type Player } from "../helpers/clients";

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ port: 0 });
});
afterAll(async () => {
  await server?.close();
});

const COMMANDS_PER_ROUND = 12;

describe("a whole game of random legal moves over real sockets", () => {
  it("every client mirrors the server after every change, and the record replays to the room's state", async () => {
    const host = await createRoom(server.port, "P0", { seed: 3 });
    const room = matchMaker.getLocalRoomById(host.room.roomId) as ShanchengRoom;
    const seats = room.gameState.seats.length;
    const players: Player[] = [host];
    for (let i = 1; i < seats; i++) players.push(await joinRoom(server.port, host.room.roomId, `P${i}`));
    await until(() => players.every((p) => (p.room.state.seats?.length ?? 0) === seats), "state synced");
    players.forEach((p, i) => p.room.send("takeSeat", { seat: i }));
    await until(() => players.every((p) => p.privateView !== null), "every seat taken");
    host.room.send("startGame", {});
    await until(() => room.gameState.phase === "action", "game started");

    let rng = seedState(42);
    const random = () => {
      const draw = nextRandom(rng);
      rng = draw.state;
      return draw.value;
    };
    const tiles = room.gameState.map.width * room.gameState.map.height;
    const mirrored = async (after: string) => {
      const expected = JSON.stringify(room.state.toJSON());
      await until(() => players.every((p) => JSON.stringify(p.room.state.toJSON()) === expected), `clients mirror the server after ${after}`, 5000);
    };
    /** A legal command for `seat`: answer an offer addressed to it, a loan, policy or move (one
     * time in three), or an action on some tile. */
    const pick = (seat: number): PlayerCommand | null => {
      const g = room.gameState;
      const offer = g.offers.find((o) => o.to === seat && o.status === "open");
      if (offer) return { type: "respondOffer", offerId: offer.id, accept: random() < 0.7 };
      const other = seatActions(g, seat);
      if (other.length > 0 && random() < 1 / 3) return other[Math.floor(random() * other.length)];
      for (let tries = 0; tries < 300; tries++) {
        const actions = tileActions(g, seat, Math.floor(random() * tiles));
        if (actions.length > 0) return actions[Math.floor(random() * actions.length)].command;
      }
      return null;
    };

    /** Command kinds each role sent, to show every role acted. */
    const sent: Record<string, Set<string>> = { government: new Set(), village: new Set(), developer: new Set(), migrant: new Set() };
    while (room.gameState.phase === "action") {
      for (let i = 0; i < COMMANDS_PER_ROUND; i++) {
        const seat = Math.floor(random() * seats);
        const command = pick(seat);
        if (!command) continue;
        sent[room.gameState.seats[seat].role].add(command.type);
        players[seat].room.send("command", { command });
        await roundTrip(players[seat]); // the server has applied it
        await mirrored(JSON.stringify(command));
      }
      const round = room.gameState.round;
      for (const p of players) p.room.send("ready", { ready: true });
      await until(() => room.gameState.round !== round || room.gameState.phase === "ended", `round ${round} resolved`);
      await roundTrip(host);
      await mirrored(`round ${round}`);
    }
    expect(room.state.log.length).toBe(60); // the log has been trimming for most of the game
    // Every role acted, with several kinds of command each.
    for (const [role, kinds] of Object.entries(sent)) expect(kinds.size, `${role}: ${[...kinds]}`).toBeGreaterThanOrEqual(3);
    expect(players.flatMap((p) => p.errors)).toEqual([]);
    expect(hashState(replay(room.gameRecord))).toBe(hashState(room.gameState));
    for (const p of players) await p.room.leave();
  });
});
