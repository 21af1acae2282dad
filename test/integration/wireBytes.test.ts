// The wire targets of issue #11, as bounds on what `npm run bench:wire` measures (bytes, not
// time): over a whole bot game, a joining client receives at most half the room state's JSON,
// and a round's patch (median) is at most 1/100 of it.
import { describe, expect, it } from "vitest";
import { measureWireBytes, median } from "../helpers/wireBytes";

describe("bytes on the wire over a whole bot game", () => {
  it("join <= 0.5x the room state's JSON; a round's patch <= 1/100 of it", async () => {
    const { joins, roundPatches } = await measureWireBytes();
    expect(roundPatches.length).toBe(12);
    const finalJson = joins.at(-1)!.json;
    for (const j of joins) expect(j.bytes / j.json, `join after round ${j.round}`).toBeLessThanOrEqual(0.5);
    expect(median(roundPatches)).toBeLessThanOrEqual(finalJson / 100);
  }, 60_000);
});
