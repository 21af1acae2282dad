// Migrant cohorts choose where to work and where to live; the move happens at resolution step 5.
// A coastal job means living on the coast. A city job needs a city home: an employer dormitory
// (factory and construction jobs only), a room in a village house plot or informal housing, a
// commercial flat, or a public rented housing unit (rules/prh.ts: eligibility and lottery).
// Jobs, homes and their capacity: rules/labour.ts.

import type { GameEvent } from "../model/events";
import type { Home, GameState, Job } from "../model/state";
import { factoryWorkers, firmJobs, housingCapacity, residents } from "./labour";
import { prhApplicationRefusal } from "./prh";
import { refuse, type Refusal } from "../engine/refusal";
import { describeTile, offMap, useOf } from "./tiles";

export function chooseWorkAndHome(s: GameState, seat: number, job: Job, home: Home): GameEvent[] | Refusal {
  if (job === "coast" && home.kind !== "coast") return refuse("Working on the coast means living on the coast.", "jobAndHomeApart", { job, home: home.kind });
  if (job !== "coast" && home.kind === "coast") return refuse("A job in the city needs a home in the city: a dormitory, a village room or a flat.", "jobAndHomeApart", { job, home: home.kind });
  if (home.kind === "dorm" && job !== "factory" && job !== "construction") return refuse("Only factory and construction employers offer dormitories.", "noDormitory", { job });
  if (job === "factory" && factoryWorkers(s, seat) >= firmJobs(s))
    return refuse(`All ${firmJobs(s)} factory job(s) are taken; jobs come with manufacturers moving into factories.`, "noJobsLeft", { jobs: firmJobs(s) });
  if (home.kind === "tile") {
    const bad = offMap(s, home.tile);
    if (bad) return bad;
    const capacity = housingCapacity(s, home.tile);
    if (capacity === 0) return refuse(`Nobody can rent a home at ${describeTile(s, home.tile)}.`, "cannotRent", { tile: home.tile });
    if (useOf(s, home.tile) === "prhEstate") {
      // Applications may outnumber free units: the lottery at resolution decides (rules/prh.ts).
      const no = prhApplicationRefusal(s, seat, home.tile, job !== "coast");
      if (no) return no;
    } else if (residents(s, home.tile, seat) >= capacity) return refuse(`${describeTile(s, home.tile)} is full (${capacity} cohort(s)).`, "homeFull", { tile: home.tile, capacity });
  }
  const cohort = s.cohorts.find((c) => c.seat === seat)!;
  cohort.next = { job, home };
  return [{ type: "orderQueued", seat, order: { what: "move" } }];
}

/** Resolution step 5: queued moves happen. */
export function settleMoves(s: GameState): GameEvent[] {
  const events: GameEvent[] = [];
  for (const c of s.cohorts) {
    if (!c.next) continue;
    c.job = c.next.job;
    c.home = c.next.home;
    c.next = null;
    events.push({ type: "cohortMoved", seat: c.seat, job: c.job, home: c.home });
  }
  return events;
}

/** A housing tile was demolished: its tenants go back to the coast (and count as displaced). */
export function displaceTenants(s: GameState, tile: number): GameEvent[] {
  const events: GameEvent[] = [];
  for (const c of s.cohorts) {
    if (c.home.kind === "tile" && c.home.tile === tile) {
      s.displaced += 1;
      c.job = "coast";
      c.home = { kind: "coast" };
      events.push({ type: "cohortMoved", seat: c.seat, job: c.job, home: c.home });
    }
    if (c.next?.home.kind === "tile" && c.next.home.tile === tile) c.next = null;
  }
  return events;
}
