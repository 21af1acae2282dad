// Private views under load (issue #12, speed under load): a seat's view goes to its client when
// it changed and only then. A watcher joining sends nobody a view; taking a seat sends that
// client its own; a command sends the views it changed (the borrower's finance line), not one to
// every seated client. What a client holds is always the view the engine gives its seat now.
import { matchMaker } from "@colyseus/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../../server/app";
import type { ShanchengRoom } from "../../server/room/room";
import type { PrivateView } from "../../shared/protocol";
import { privateView } from "../../shared/views/privateView";
import { createRoom, joinRoom, roundTrip, until, type Player } from "../helpers/clients";

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ port: 0 });
});
afterAll(async () => {
  await server?.close();
});

/** Every private view a client received, in order. */
function views(player: Player): PrivateView[] {
  const got: PrivateView[] = [];
  player.room.onMessage("private", (v: PrivateView) => got.push(v));
  return got;
}

const withoutClock = ({ serverTime: _, ...rest }: PrivateView) => rest;

describe("private views", () => {
  it("go only to the clients whose view changed", async () => {
    const gov = await createRoom(server.port, "Gov");
    const village = await joinRoom(server.port, gov.room.roomId, "Village");
    const [govViews, villageViews] = [views(gov), views(village)];
    await until(() => (village.room.state.seats?.length ?? 0) > 0, "synced");
    gov.room.send("takeSeat", { seat: 0 });
    await until(() => govViews.length === 1, "the government's view");
    village.room.send("takeSeat", { seat: 1 });
    await until(() => villageViews.length === 1, "the village's view");
    await roundTrip(gov);
    // The village sitting down changed nothing the government sees.
    expect(govViews).toHaveLength(1);

    const watcher = await joinRoom(server.port, gov.room.roomId, "Watcher");
    const watcherViews = views(watcher);
    await until(() => (watcher.room.state.seats?.length ?? 0) > 0, "the watcher synced");
    await Promise.all([roundTrip(gov), roundTrip(village)]);
    expect([govViews.length, villageViews.length, watcherViews.length]).toEqual([1, 1, 0]);

    gov.room.send("startGame", {});
    await until(() => govViews.length === 2 && villageViews.length === 2, "round 1's views");
    // The government borrows 1 wan: its finance line changes, the village's view does not.
    gov.room.send("command", { command: { type: "borrow", amount: 1 } });
    await until(() => govViews.length === 3, "the borrower's new view");
    await Promise.all([roundTrip(gov), roundTrip(village)]);
    expect(govViews[2].finance!.queued).toBe(govViews[1].finance!.queued + 1);
    expect(villageViews).toHaveLength(2);
    expect(watcherViews).toHaveLength(0);

    const room = matchMaker.getLocalRoomById(gov.room.roomId) as ShanchengRoom;
    expect(withoutClock(govViews.at(-1)!)).toEqual(withoutClock(privateView(room.gameState, 0, 0)));
    expect(withoutClock(villageViews.at(-1)!)).toEqual(withoutClock(privateView(room.gameState, 1, 0)));
    await Promise.all([gov.room.leave(), village.room.leave(), watcher.room.leave()]);
  });

  it("a player who leaves a seat and sits down again gets the view again", async () => {
    const gov = await createRoom(server.port, "Gov");
    const govViews = views(gov);
    gov.room.send("takeSeat", { seat: 0 });
    await until(() => govViews.length === 1, "seated");
    gov.room.send("leaveSeat", {});
    await until(() => gov.room.state.seats[0].player === "", "left");
    gov.room.send("takeSeat", { seat: 0 });
    await until(() => govViews.length === 2, "the view again");
    expect(withoutClock(govViews[1])).toEqual(withoutClock(govViews[0]));
    await gov.room.leave();
  });
});
