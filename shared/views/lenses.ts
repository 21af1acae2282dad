// The map's lenses: one class per tile for each way of looking at the map (who holds it, what it
// is worth, how that changed, how far it is from the core, what the plan says, who lives there).
// Computed from what every client holds (the synced layers, the derived land values, the tile
// lists) once when the map or the lens changes, never per frame; the client only picks a colour
// and a pattern for each class and words its legend.

import { TENURES, TERRAINS, USES, planCode, withinReach } from "../model/map";
import { travelCosts } from "../rules/accessibility";
import type { Scenario } from "../scenarios/schema";
import { asMapState, type MapLayers, type ValueRules } from "./wire";
import { freeHomes, homesOf, type HomeCapacity, type TileHomes } from "./homes";

export const LENSES = ["holders", "value", "change", "travel", "plan", "housing"] as const;
export type Lens = (typeof LENSES)[number];

/** What the lenses read: the room's synced state gives every field, and so does a game state (tests). */
export interface LensSource {
  map: MapLayers & { value: number[] };
  /** Land values a round ago (wan per tile), or null when not known. */
  previous: number[] | null;
  rules: ValueRules;
  seats: { role: string }[];
  zoneTiles: number[];
  hubs: { x: number; y: number; radius: number; open: boolean }[];
  /** The home tile of every migrant cohort that lives on a tile. */
  homes: number[];
  /** PRH estate tiles with a unit rented by an employer (one entry per unit). */
  prhBlocks: number[];
  /** Cohorts a housing tile can house, by use (public rules); null where who lives where is not known (the debrief's replay of a past round): no vacancies then. */
  homeCapacity: HomeCapacity | null;
  /** Travel costs to the nearest place of work (views/commutes.ts travelToJobs): the travel lens shows them instead of the cost to the core. */
  jobTravel?: number[];
}

/** One class of a lens's legend: an id the client words and colours, the range it covers (scales) or the seat (holders), and how many tiles are in it. */
export interface LensClass {
  id: string;
  /** Scales: the lower bound, inclusive, and the upper bound, exclusive (null: no bound), in the lens's unit. */
  from?: number | null;
  to?: number | null;
  seat?: number;
  tiles: number;
  /** Housing: homes free on the class's tiles, in cohorts (capacity less cohorts and employer blocks). */
  free?: number;
}

export interface LensData {
  lens: Lens;
  /** Per tile: an index into `classes`, or -1 (drawn plain). */
  tileClass: Int16Array;
  classes: LensClass[];
  /** Unit of the scale bounds: wan per tile, percent, or travel-cost points; none for categories. */
  unit: "wan" | "pct" | "cost" | null;
}

const WATER = TERRAINS.indexOf("water");
const MOUNTAIN = TERRAINS.indexOf("mountain");
const RESERVE = TENURES.indexOf("landReserve");
const VILLAGE_LAND = TENURES.indexOf("villageCollective");
const FARMLAND = USES.indexOf("farmland");
const PRH = USES.indexOf("prhEstate");
const INDUSTRIAL = planCode("industrial");
const RESIDENTIAL = planCode("residential");
const GREEN = planCode("green");

/** Travel cost to the core of every tile (rules/accessibility.ts), from the synced layers. */
export function travelCostsOf(layers: MapLayers, rules: ValueRules): number[] {
  const map = asMapState(layers);
  // travelCosts reads only scenario.travelCost; the network was just worked out for the land values, so this is a cache hit.
  return travelCosts(map, rules as Scenario);
}

/** Scale classes from bounds: [b0, b1), [b1, b2), … [bn, ∞). */
function scale(id: string, bounds: number[]): LensClass[] {
  return bounds.map((from, i) => ({ id: `${id}${i}`, from, to: i + 1 < bounds.length ? bounds[i + 1] : null, tiles: 0 }));
}

function classify(lens: Lens, classes: LensClass[], tiles: number, classOf: (t: number) => number, unit: LensData["unit"]): LensData {
  const tileClass = new Int16Array(tiles);
  for (let t = 0; t < tiles; t++) {
    const c = classOf(t);
    tileClass[t] = c;
    if (c >= 0) classes[c].tiles++;
  }
  return { lens, tileClass, classes, unit };
}

const binOf = (classes: LensClass[], v: number): number => {
  for (let i = classes.length - 1; i >= 0; i--) if (v >= (classes[i].from ?? Number.NEGATIVE_INFINITY)) return i;
  return 0;
};

/** Who holds each tile: the government (state land), the land reserve, PRH estates, and each village and developer seat. */
function holders(src: LensSource): LensData {
  const m = src.map;
  const seatsHolding = [...new Set(m.holder.filter((h) => h >= 0 && src.seats[h]?.role !== "government"))].sort((a, b) => a - b);
  const classes: LensClass[] = [{ id: "government", tiles: 0 }, { id: "reserve", tiles: 0 }, { id: "prh", tiles: 0 }, ...seatsHolding.map((seat) => ({ id: src.seats[seat].role, seat, tiles: 0 }))];
  const seatClass = new Map(seatsHolding.map((seat, i) => [seat, 3 + i]));
  return classify("holders", classes, m.terrain.length, (t) => {
    if (m.terrain[t] === WATER || m.terrain[t] === MOUNTAIN) return -1;
    if (m.use[t] === PRH) return 2;
    const seat = seatClass.get(m.holder[t]);
    if (seat !== undefined) return seat;
    return m.tenure[t] === RESERVE ? 1 : m.tenure[t] === VILLAGE_LAND ? -1 : 0;
  }, null);
}

/** Land value, wan per tile, in six bands of the value at the core (0-10-20-35-50-70-100%). */
function value(src: LensSource): LensData {
  const top = src.rules.landValue.flatAtCore;
  const classes = scale("value", [0, 10, 20, 35, 50, 70].map((pct) => Math.round((top * pct) / 100)));
  const m = src.map;
  return classify("value", classes, m.terrain.length, (t) => (m.value[t] > 0 ? binOf(classes, m.value[t]) : -1), "wan");
}

/** Change of land value since a round ago, percent: falls below −1%, steady within ±1%, rises in three bands. */
function change(src: LensSource): LensData {
  const classes = scale("change", [Number.NEGATIVE_INFINITY, -1, 1, 5, 20]);
  classes[0].from = null;
  const m = src.map;
  const before = src.previous;
  return classify("change", classes, m.terrain.length, (t) => {
    if (!before || before[t] <= 0) return -1;
    return binOf(classes, ((m.value[t] - before[t]) * 100) / before[t]);
  }, "pct");
}

/** Travel cost to the core (or to the nearest work), in bands of the scenario's half-value cost (the cost at which land is worth half the core's; at 4x it keeps a fifth). */
function travel(src: LensSource): LensData {
  const half = src.rules.landValue.halfCost;
  const classes = scale("travel", [0, 0.5, 1, 2, 3, 4].map((f) => Math.round(half * f)));
  const access = src.jobTravel ?? travelCostsOf(src.map, src.rules);
  return classify("travel", classes, access.length, (t) => (src.map.terrain[t] === MOUNTAIN ? -1 : binOf(classes, access[t])), "cost");
}

/**
 * The plan: special economic zones, each planned use (the map's plan layer, amendments included
 * once passed: industrial, residential, green), the reach of transport hubs on unplanned land,
 * and unplanned farmland (the red line counts all farmland: the key gives the total).
 */
function plan(src: LensSource): LensData {
  const m = src.map;
  const zone = new Set(src.zoneTiles);
  const classes: LensClass[] = ["zone", "industrial", "residential", "green", "hubOpen", "hubPlanned", "farmland"].map((id) => ({ id, tiles: 0 }));
  const planned = new Map([INDUSTRIAL, RESIDENTIAL, GREEN].map((code, i) => [code, 1 + i]));
  const reach = (open: boolean, t: number) => src.hubs.some((h) => h.open === open && withinReach(m, h, t));
  return classify("plan", classes, m.terrain.length, (t) => {
    if (zone.has(t)) return 0;
    const p = planned.get(m.plan[t]);
    if (p !== undefined) return p;
    if (m.terrain[t] === WATER || m.terrain[t] === MOUNTAIN) return -1;
    if (reach(true, t)) return 4;
    if (reach(false, t)) return 5;
    return m.use[t] === FARMLAND ? 6 : -1;
  }, null);
}

/**
 * Homes: tiles with no home free (vacancies: none), tiles where migrant cohorts live with homes
 * still free, PRH estates (with units rented by employers), commercial flats, village rooms,
 * informal housing, and old urban fabric (no cohort is housed there). Each class counts its free
 * homes (views/homes.ts).
 */
function housing(src: LensSource): LensData {
  const m = src.map;
  const lived = new Set(src.homes);
  const rented = new Set(src.prhBlocks);
  const homes = src.homeCapacity ? homesOf(m.use, src.homeCapacity, src.homes, src.prhBlocks) : new Map<number, TileHomes>();
  const ids = ["full", "migrants", "prhRented", "prh", "commercialHousing", "villageHousing", "informalHousing", "oldUrban"];
  const classes: LensClass[] = ids.map((id) => ({ id, tiles: 0, free: id === "oldUrban" || !src.homeCapacity ? undefined : 0 }));
  const classOf = (t: number): number => {
    const h = homes.get(t);
    if (h && freeHomes(h) === 0) return 0;
    if (lived.has(t)) return 1;
    if (m.use[t] === PRH) return rented.has(t) ? 2 : 3;
    const i = ids.indexOf(USES[m.use[t]]);
    return i >= 4 ? i : -1;
  };
  const data = classify("housing", classes, m.terrain.length, classOf, null);
  for (const [t, h] of homes) {
    const c = data.tileClass[t];
    if (c >= 0) classes[c].free = (classes[c].free ?? 0) + freeHomes(h);
  }
  return data;
}

const BUILD: Record<Lens, (src: LensSource) => LensData> = { holders, value, change, travel, plan, housing };

export const lensData = (lens: Lens, src: LensSource): LensData => BUILD[lens](src);

