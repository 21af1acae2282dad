// What a joining client receives, and what one changed tile costs afterwards, in bytes of the
// real schema encoding.
import { Encoder } from "@colyseus/schema";
import { describe, expect, it } from "vitest";
import { SYSTEM_SEAT } from "../../shared/engine/commands";
import { applyCommand, createGame } from "../../shared/engine/apply";
import { chongqingScenario } from "../../shared/scenarios/chongqing";
import { loadMapFile } from "../../server/mapFile";
import "../../server/room/room"; // sets Encoder.BUFFER_SIZE for a full map
import { RoomState } from "../../server/room/schema";
import { syncState } from "../../server/room/sync";

describe("the synced state's size", () => {
  it("a whole map goes out once; one changed tile afterwards is a patch of a few bytes", () => {
    const state = new RoomState();
    let game = createGame(chongqingScenario, loadMapFile(), 1);
    const occupants = game.seats.map(() => null);
    syncState(state, game, occupants, 0);
    const encoder = new Encoder(state);
    const initial = encoder.encodeAll().length;
    encoder.discardChanges();

    const started = applyCommand(game, SYSTEM_SEAT, { type: "startGame" });
    if (!started.ok) throw new Error(started.error);
    game = started.state;
    syncState(state, game, occupants, 0);
    encoder.encode();
    encoder.discardChanges();

    // One tile changes use (as a reclamation or a finished building would).
    game = structuredClone(game);
    game.map.use[100] = (game.map.use[100] + 1) % 12;
    syncState(state, game, occupants, 0);
    const patch = encoder.encode().length;
    console.log(`initial state ${initial} B; one-tile patch ${patch} B`);
    expect(initial).toBeGreaterThan(3 * 64 * 48); // it really holds the map
    expect(initial).toBeLessThan(100_000);
    expect(patch).toBeLessThan(32);
  });
});
