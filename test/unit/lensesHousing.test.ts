// Commutes and vacancies on the small river map, with the travel costs worked out from the
// scenario's entry costs (flat 10, ferry 80, urban 6): where the rules put a cohort's work, and
// how many homes each housing tile has free.
import { describe, expect, it } from "vitest";
import { commutesOf, travelToJobs, type CommuteSource } from "../../shared/views/commutes";
import { freeHomes, homesOf } from "../../shared/views/homes";
import { lensData, type LensSource } from "../../shared/views/lenses";
import type { Job } from "../../shared/model/state";
import { MIG1, at, started } from "../helpers/game";

const s = started();
const rules = { travelCost: s.scenario.travelCost, landValue: s.scenario.landValue };
const capacity = { ...s.scenario.migrants.capacity, prhEstate: s.scenario.prh.capacity };
const HOME = at(9, 0); // a village house plot on the east bank

const source = (job: Job, firmTiles: number[] = [], sites: number[] = []): CommuteSource => ({ map: { ...s.map }, rules, cohorts: [{ seat: MIG1, job, home: HOME }], firmTiles, sites });

describe("commutes", () => {
  it("services: at the core (1,0), 290 = two flat tiles 10 + 10, the river by ferry 3 x 80, two farms 10 + 10, the house plot 10 — the home's travel cost to the core, as the score counts it", () => {
    expect(commutesOf(source("services"))).toEqual([{ seat: MIG1, job: "services", home: HOME, work: at(1, 0), cost: 290, coreCost: 290 }]);
  });

  it("factory: the nearest firm by travel cost, (8,4) on the same bank at 5 x 10 = 50, not the one across the river", () => {
    const [c] = commutesOf(source("factory", [at(0, 2), at(8, 4)]));
    expect([c.work, c.cost]).toEqual([at(8, 4), 50]);
  });

  it("construction with nothing being built works at the core; with a site, at the site", () => {
    expect(commutesOf(source("construction"))[0].work).toBe(at(1, 0));
    expect(commutesOf(source("construction", [], [at(7, 0)]))[0]).toMatchObject({ work: at(7, 0), cost: 20 });
  });

  it("the coast has no line", () => {
    expect(commutesOf(source("coast"))).toEqual([]);
  });

  it("travel cost to jobs: the house plot is 290 from the core's services alone, 50 once a firm opens at (8,4); the firm's tile 0", () => {
    const costs = (firmTiles: number[]) => travelToJobs({ map: { ...s.map }, rules, firmTiles, sites: [] });
    expect(costs([])[HOME]).toBe(290);
    expect(costs([])).toEqual(s.map.access);
    expect([costs([at(8, 4)])[HOME], costs([at(8, 4)])[at(8, 4)]]).toEqual([50, 0]);
  });
});

describe("vacancies", () => {
  // Village house plots at (9,0), (9,1) and (8,2), one cohort's room each (scenario capacity 1).
  it("a cohort on (9,0) fills it; the other two plots keep one home free each", () => {
    const homes = homesOf(s.map.use, capacity, [HOME], []);
    expect([...homes.keys()].sort((a, b) => a - b)).toEqual([HOME, at(9, 1), at(8, 2)].sort((a, b) => a - b));
    expect(homes.get(HOME)).toEqual({ capacity: 1, taken: 1 });
    expect(freeHomes(homes.get(at(9, 1))!)).toBe(1);
  });

  it("the housing lens: (9,0) in 'no home free', the other plots as village rooms with 2 homes free; a second cohort on the full plot counts no negative home", () => {
    const src: LensSource = { map: { ...s.map }, previous: null, rules, seats: s.seats, zoneTiles: [], hubs: [], homes: [HOME], prhBlocks: [], homeCapacity: capacity };
    const d = lensData("housing", src);
    expect(d.classes[d.tileClass[HOME]]).toMatchObject({ id: "full", tiles: 1, free: 0 });
    expect(d.classes[d.tileClass[at(9, 1)]]).toMatchObject({ id: "villageHousing", tiles: 2, free: 2 });
    const crowded = lensData("housing", { ...src, homes: [HOME, HOME] });
    expect(crowded.classes.find((c) => c.id === "full")).toMatchObject({ tiles: 1, free: 0 });
    // A past round's replay knows no homes: no vacancies are claimed.
    const replay = lensData("housing", { ...src, homes: [], homeCapacity: null });
    expect(replay.classes[replay.tileClass[HOME]]).toMatchObject({ id: "villageHousing", tiles: 3 });
    expect(replay.classes.every((c) => c.free === undefined)).toBe(true);
  });
});
