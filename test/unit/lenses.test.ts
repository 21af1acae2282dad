// The lenses' classes on the small river map, with the numbers worked out: a farm across the
// river before and after a bridge, in every lens.
import { describe, expect, it } from "vitest";
import { lensData, type LensSource } from "../../shared/views/lenses";
import { pairTickets, ticketUses } from "../../shared/views/ticketFlows";
import { useCode } from "../../shared/model/map";
import type { GameState } from "../../shared/model/state";
import { GOV, VILLAGE, at, endRound, must, started } from "../helpers/game";

const FARM = at(7, 0);
const tilesWith = (list: number[], code: number) => list.flatMap((v, t) => (v === code ? [t] : []));

function source(s: GameState, previous: number[] | null = null): LensSource {
  return {
    map: { ...s.map },
    previous,
    rules: { travelCost: s.scenario.travelCost, landValue: s.scenario.landValue },
    seats: s.seats,
    zoneTiles: tilesWith(s.map.zone, 1),
    hubs: [],
    homes: s.cohorts.flatMap((c) => (c.home.kind === "tile" ? [c.home.tile] : [])),
    prhBlocks: s.prhBlocks.map((b) => b.tile),
    homeCapacity: { ...s.scenario.migrants.capacity, prhEstate: s.scenario.prh.capacity },
  };
}
const classAt = (src: LensSource, lens: Parameters<typeof lensData>[0], tile: number) => {
  const d = lensData(lens, src);
  return d.classes[d.tileClass[tile]] ?? null;
};

describe("lenses", () => {
  const before = started();
  const after = endRound(must(before, GOV, { type: "buildInfrastructure", infra: "bridge", tile: at(5, 0), axis: "ew" }).state).state;

  it("land value: the farm's 16,216 is in the 12,000-21,000 band (20-35% of the core's 60,000); 42,254 after the bridge in the top one", () => {
    expect(classAt(source(before), "value", FARM)).toMatchObject({ id: "value2", from: 12_000, to: 21_000 });
    expect(classAt(source(after), "value", FARM)).toMatchObject({ id: "value5", from: 42_000, to: null });
    // Water is worth nothing and has no class.
    expect(classAt(source(before), "value", at(5, 0))).toBeNull();
  });

  it("change: +160.6% across the new bridge (a rise above 20%); the west bank steady; nothing without last round", () => {
    expect(classAt(source(after, before.map.value), "change", FARM)).toMatchObject({ id: "change4", from: 20, to: null });
    expect(classAt(source(after, before.map.value), "change", at(2, 0))).toMatchObject({ id: "change1", from: -1, to: 1 });
    expect(lensData("change", source(after)).classes.every((c) => c.tiles === 0)).toBe(true);
  });

  it("travel cost: 270 by ferry is in the 200-300 band; 42 over the bridge below 50", () => {
    expect(classAt(source(before), "travel", FARM)).toMatchObject({ id: "travel3", from: 200, to: 300 });
    expect(classAt(source(after), "travel", FARM)).toMatchObject({ id: "travel0", from: 0, to: 50 });
  });

  it("holders: the village holds the far bank, the government the west bank, the reserve its two tiles", () => {
    const d = lensData("holders", source(before));
    expect(d.classes[d.tileClass[FARM]]).toMatchObject({ id: "village", seat: VILLAGE });
    expect(d.classes[d.tileClass[at(2, 0)]].id).toBe("government");
    expect(d.classes.find((c) => c.id === "reserve")?.tiles).toBe(2);
    expect(d.tileClass[at(5, 0)]).toBe(-1); // the river
  });

  it("plan: the plan layer's uses; a reserve tile replanned green at resolution moves from the 19 residential tiles to green", () => {
    const planned = endRound(must(before, GOV, { type: "setPlan", tile: at(0, 4), plan: "green" }).state).state;
    const count = (s: GameState, id: string) => lensData("plan", source(s)).classes.find((c) => c.id === id)?.tiles;
    expect(classAt(source(before), "plan", at(0, 4))?.id).toBe("residential");
    expect([count(before, "residential"), count(before, "green")]).toEqual([19, 0]);
    expect(classAt(source(planned), "plan", at(0, 4))?.id).toBe("green");
    expect([count(planned, "residential"), count(planned, "green")]).toEqual([18, 1]);
  });

  it("plan and housing: farmland under the red line; house plots let as rooms", () => {
    expect(classAt(source(before), "plan", FARM)?.id).toBe("farmland");
    expect(classAt(source(before), "housing", at(9, 0))?.id).toBe("villageHousing");
    expect(classAt(source(before), "housing", at(0, 0))?.id).toBe("oldUrban");
  });
});

describe("ticket flows", () => {
  it("a reclaimed plot and a farm built on pair into one arc; a second conversion without a plot has none", () => {
    const house = useCode("villageHousing");
    const farm = useCode("farmland");
    const flats = useCode("commercialHousing");
    const round1 = [house, farm, farm, house];
    const round2 = [farm, flats, flats, house];
    expect(ticketUses(round1, round2)).toEqual({ reclaimed: [0], converted: [1, 2] });
    const waiting = [0];
    expect(pairTickets(waiting, [1, 2], 2, 900)).toEqual([{ from: 0, to: 1, round: 2, price: 900 }]);
    expect(waiting).toEqual([]);
  });
});
