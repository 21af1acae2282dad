// A solo player meets a working economy, over real sockets: bots react within the round to what
// the person does (shared/bots/schedule.ts, the reaction pass). A human government auctions
// plots after the bots' round and bot developers bid, win and build; a human village's
// counter-offer is answered by the bot government; a human developer's ticket buy order is met
// by bot villages' tickets once the exchange is open.
import { matchMaker } from "@colyseus/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../../server/app";
import type { ShanchengRoom } from "../../server/room/room";
import { tenureCode, useCode } from "../../shared/model/map";
import { seatAccount, type Role } from "../../shared/model/state";
import { minimumCompensation } from "../../shared/rules/land";
import { createRoom, roundTrip, until, type Player } from "../helpers/clients";

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ port: 0 });
});
afterAll(async () => {
  await server?.close();
});

const roomOf = (p: Player) => matchMaker.getLocalRoomById(p.room.roomId) as ShanchengRoom;

/** A solo room in which the person takes the first seat of `role`; the game started. */
async function solo(role: Role, options: Record<string, unknown>): Promise<{ me: Player; seat: number }> {
  const me = await createRoom(server.port, "Solo", { solo: true, ...options });
  await until(() => (me.room.state.seats?.length ?? 0) > 0, "state");
  const seat = me.room.state.seats.findIndex((s) => s.role === role);
  me.room.send("takeSeat", { seat });
  await until(() => me.privateView !== null, "seated");
  me.room.send("startGame", {});
  await until(() => me.room.state.phase === "action", "started");
  return { me, seat };
}

async function command(me: Player, c: Record<string, unknown>): Promise<void> {
  const before = me.errors.length;
  me.room.send("command", { command: c });
  await roundTrip(me);
  expect(me.errors.slice(before)).toEqual([]);
}

async function ready(me: Player): Promise<void> {
  const round = me.room.state.round;
  me.room.send("ready", { ready: true });
  await until(() => me.room.state.round !== round || me.room.state.phase === "ended", `round ${round} ends on Ready`);
}

const VILLAGE_LAND = tenureCode("villageCollective");
const RESERVE = tenureCode("landReserve");
const FARMLAND = useCode("farmland");

describe("a solo player meets a working economy", () => {
  it("a human government auctions plots mid-round: bot developers bid, win and build", async () => {
    const { me } = await solo("government", { seed: 21, settings: { rounds: 6 } });
    const room = roomOf(me);
    // Round 1: buy the six most valuable village tiles that need no land ticket to build on, at
    // half their land value (above every bot village's ask).
    const g = room.gameState;
    const tiles = g.map.tenure
      .flatMap((t, tile) => (t === VILLAGE_LAND && g.map.use[tile] !== FARMLAND ? [tile] : []))
      .sort((a, b) => g.map.value[b] - g.map.value[a] || a - b)
      .slice(0, 6);
    for (const tile of tiles) await command(me, { type: "expropriate", tile, compensation: Math.max(minimumCompensation(g, tile), Math.round(g.map.value[tile] / 2)) });
    await ready(me);
    // Round 2: the bots have played their round; the person now auctions the reserve's plots at 10% of their value.
    const reserve = room.gameState.map.tenure.flatMap((t, tile) => (t === RESERVE && tiles.includes(tile) ? [tile] : []));
    expect(reserve.length).toBeGreaterThan(2);
    for (const tile of reserve) await command(me, { type: "releaseAuction", tile, reserve: Math.round(room.gameState.map.value[tile] / 10) });
    const developers = new Set(room.gameState.seats.filter((s) => s.role === "developer").map((s) => s.id));
    const mine = room.gameState.auctions.filter((a) => reserve.includes(a.tile));
    expect(mine.length).toBe(reserve.length);
    // Before the round resolves, bot developers bid on them.
    expect(mine.some((a) => a.bids.some((b) => developers.has(b.seat)))).toBe(true);
    await ready(me);
    const won = reserve.filter((tile) => developers.has(room.gameState.map.holder[tile]));
    expect(won.length).toBeGreaterThan(0);
    // Over the following rounds the winners build on what they won.
    while (me.room.state.phase === "action" && !room.gameRecord.log.some((e) => developers.has(e.seat) && e.command.type === "build" && won.includes(e.command.tile))) await ready(me);
    expect(room.gameRecord.log.some((e) => developers.has(e.seat) && e.command.type === "build" && won.includes(e.command.tile))).toBe(true);
    await me.room.leave();
  });

  it("a human village's counter-offer is answered by the bot government within the round", async () => {
    const { me, seat } = await solo("village", { seed: 5, settings: { rounds: 6 } });
    const room = roomOf(me);
    let countered: number | null = null;
    while (me.room.state.phase === "action" && countered === null) {
      const offer = room.gameState.offers.find((o): o is Extract<typeof o, { kind: "expropriation" }> => o.to === seat && o.status === "open" && o.kind === "expropriation");
      if (!offer) {
        await ready(me);
        continue;
      }
      await command(me, { type: "counterOffer", offerId: offer.id, amount: Math.round(offer.amount * 1.5) });
      countered = room.gameState.offers.find((o) => o.from === seat && o.kind === "expropriation" && o.tile === offer.tile && o.id > offer.id)!.id;
    }
    expect(countered).not.toBeNull();
    // Still in the same round: the government bot accepted, refused or met it half way.
    const mine = room.gameState.offers.find((o) => o.id === countered)!;
    expect(mine.status).not.toBe("open");
    await me.room.leave();
  });

  it("a human developer's ticket buy order is met by bot villages once the exchange is open", async () => {
    // The exchange's card opens round 1, so villages reclaim house plots for tickets from the start.
    const { me, seat } = await solo("developer", { seed: 9, settings: { rounds: 6, eventPlan: ["ticketsAndCrisis", "", "", "", "", ""] } });
    const room = roomOf(me);
    const villages = new Set(room.gameState.seats.filter((s) => s.role === "village").map((s) => seatAccount(s.id)));
    const bought = () => room.gameState.ledger.filter((t) => t.from === seatAccount(seat) && villages.has(t.to) && t.reason === "ticket");
    while (me.room.state.phase === "action" && bought().length === 0) {
      await command(me, { type: "exchangeOrder", side: "buy", tickets: 2, price: 4_000 });
      await ready(me);
    }
    expect(bought().length).toBeGreaterThan(0);
    expect(room.gameState.tickets[seat]).toBeGreaterThan(0);
    await me.room.leave();
  });
});
