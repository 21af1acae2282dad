// The page's memory of earlier rounds (client/lensState.ts) over a real synced room state: a
// village reclaims a house plot, sells the ticket to a developer, who builds flats on farmland
// with it; the page that watched those rounds draws one arc from the plot to the flats, and the
// change lens compares with the round before.
import { describe, expect, it } from "vitest";
import "../../server/room/room"; // sets Encoder.BUFFER_SIZE for a full map
import { RoomState } from "../../server/room/schema";
import { syncState } from "../../server/room/sync";
import { lensOf, newLensMemory, observe } from "../../client/lensState";
import { planCode } from "../../shared/model/map";
import type { GameState } from "../../shared/model/state";
import { ALL_OPEN, DEV1, VILLAGE, at, endRound, must, setTile, started } from "../helpers/game";

const PLOT = at(9, 0);
const FARM = at(8, 1);

describe("the page's memory of earlier rounds", () => {
  it("draws a ticket's arc from the reclaimed plot to the farmland built on with it", () => {
    let s = started(ALL_OPEN);
    setTile(s, FARM, "stateUrban", "farmland", DEV1);
    s.map.plan[FARM] = planCode("residential");
    const room = new RoomState();
    const memory = newLensMemory();
    const watch = (g: GameState) => {
      syncState(room, g, g.seats.map(() => null), 0);
      observe(memory, room);
    };
    watch(s);
    s = endRound(must(s, VILLAGE, { type: "reclaim", tile: PLOT }).state).state;
    watch(s);
    expect(lensOf("change", room, memory, null).classes.some((c) => c.tiles > 0)).toBe(true);
    s = endRound(s).state; // the ticket is verified
    watch(s);
    expect(s.tickets[VILLAGE]).toBe(1);
    s = must(s, VILLAGE, { type: "offerTickets", to: DEV1, tickets: 1, price: 500 }).state;
    s = endRound(must(s, DEV1, { type: "respondOffer", offerId: s.offers[s.offers.length - 1].id, accept: true }).state).state;
    watch(s);
    expect(memory.arcs).toEqual([]);
    s = endRound(must(s, DEV1, { type: "build", tile: FARM, building: "commercialHousing" }).state).state;
    watch(s);
    expect(memory.arcs).toEqual([{ from: PLOT, to: FARM, round: s.round - 1, price: room.ticketPrice }]);
    // Seen again in the same round, nothing is paired twice.
    watch(s);
    expect(memory.arcs).toHaveLength(1);
  });
});
