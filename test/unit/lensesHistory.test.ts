// The map's history in the synced edits: the room marks each round's opening among the edits,
// so a page that joins at round 3 reads the same ticket arcs and last round's values as one that
// watched from the start (server/room/sync.ts, shared/views/wire.ts layersByRound, client/lensState.ts).
import { describe, expect, it } from "vitest";
import { RoomState } from "../../server/room/schema";
import { syncState } from "../../server/room/sync";
import { useCode } from "../../shared/model/map";
import type { GameState } from "../../shared/model/state";
import { layersByRound, roundMarker } from "../../shared/views/wire";
import { newLensMemory, observe } from "../../client/lensState";
import { mapOf } from "../../client/synced";
import { at, started } from "../helpers/game";

const HOUSE = at(9, 0);
const FARM = at(8, 0);
const tiles = 50; // the river map: 10 x 5

/** The game as the next round opens, with tiles' uses changed as a resolution would. */
function nextRound(s: GameState, uses: [number, string][]): GameState {
  const next = structuredClone(s);
  next.round += 1;
  for (const [t, use] of uses) next.map.use[t] = useCode(use as "farmland");
  return next;
}

describe("the map's history for a page that joins late", () => {
  const round1 = started();
  // Round 1 resolves: the village returns its house plot to farmland. Round 2: flats on a farm.
  const round2 = nextRound(round1, [[HOUSE, "farmland"]]);
  const round3 = nextRound(round2, [[FARM, "commercialHousing"]]);
  const room = new RoomState();
  for (const s of [round1, round2, round3]) syncState(room, s, s.seats.map(() => null), 0);

  it("marks each round's opening after its edits: round 2's marker follows the reclaimed plot's edit", () => {
    const edits = [...room.map.edits];
    expect(edits.filter((e) => e >= roundMarker(tiles, 0))).toEqual([1, 2, 3].map((r) => roundMarker(tiles, r)));
    // The use layer (layer 2) of (9,0) to farmland: (2 x 50 + 9) x 64 + the farmland code.
    expect(edits.indexOf((2 * tiles + HOUSE) * 64 + useCode("farmland"))).toBe(edits.indexOf(roundMarker(tiles, 2)) - 1);
    const rounds = layersByRound(room.map.width, room.map.height, room.map.core, room.map.layers, room.map.edits);
    expect([...rounds.keys()]).toEqual([1, 2, 3]);
    expect(rounds.get(1)!.use[HOUSE]).toBe(useCode("villageHousing"));
    expect(rounds.get(2)!.use[HOUSE]).toBe(useCode("farmland"));
    expect(rounds.get(3)!.use[FARM]).toBe(useCode("commercialHousing"));
    expect(rounds.get(3)!.use).toEqual(mapOf(room).use);
  });

  it("a fresh page at round 3 draws the ticket's arc from (9,0) to (8,0) and knows round 2's values", () => {
    const memory = newLensMemory();
    observe(memory, room);
    expect(memory.arcs).toEqual([{ from: HOUSE, to: FARM, round: 2, price: 0 }]);
    // Round 2's values are those of the map as round 2 opened (nothing that moves a value changed since but the flats).
    expect(memory.previous).toHaveLength(tiles);
    expect(memory.previous![at(2, 0)]).toBe(mapOf(room).value[at(2, 0)]);
  });
});
