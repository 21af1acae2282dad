// Hukou (household registration) and remittances.
// Source: the city pledged ten million more registered urban residents by 2020; expropriated
// New North Zone villagers were granted urban citizenship; migrants who worked in the city
// without it were outsiders to its welfare.
//
//   quota       the government sets how many cohorts it converts per round (0 or more)
//   apply       a cohort with a city job and a city home applies; at step 5 applicants are
//               granted hukou up to the quota, in a seeded lottery order
//   cost        each hukou-holding cohort costs the city serviceCostPerCohort a round, each
//               village tile's households converted by expropriation serviceCostPerVillageTile
//   demand      every hukou-holding cohort adds housingDemandPct% to flat prices
//   remittance  a cohort names a sum it sends its home village every round (if it has it)

import type { GameEvent } from "../model/events";
import { nextRandom } from "../engine/rng";
import type { GameState } from "../model/state";
import { refuse, type Refusal } from "../engine/refusal";

export function setHukouQuota(s: GameState, cohorts: number): GameEvent[] | Refusal {
  if (cohorts > s.cohorts.length) return refuse(`There are only ${s.cohorts.length} migrant cohort(s) to convert.`, "quotaTooHigh", { cohorts, max: s.cohorts.length });
  s.hukouQuota = cohorts;
  return [{ type: "policySet", policy: { what: "hukouQuota", cohorts } }];
}

export function applyHukou(s: GameState, seat: number): GameEvent[] | Refusal {
  const cohort = s.cohorts.find((c) => c.seat === seat)!;
  if (cohort.hukou) return refuse("Your cohort already holds urban hukou.", "alreadyHukou");
  if (cohort.applyingHukou) return refuse("You have already applied this round.", "alreadyApplied");
  const job = cohort.next?.job ?? cohort.job;
  if (job === "coast") return refuse("Only cohorts working and living in the city can apply for urban hukou.", "notCityWorker");
  cohort.applyingHukou = true;
  return [{ type: "orderQueued", seat, order: { what: "hukou", quota: s.hukouQuota } }];
}

export function setRemittance(s: GameState, seat: number, amount: number): GameEvent[] | Refusal {
  const cohort = s.cohorts.find((c) => c.seat === seat)!;
  cohort.remittance = amount;
  return [{ type: "orderQueued", seat, order: { what: "remit", amount } }];
}

/** Step 5, after moves: applicants still in the city are granted hukou up to the quota. */
export function settleHukou(s: GameState): GameEvent[] {
  const events: GameEvent[] = [];
  const applicants = s.cohorts.filter((c) => c.applyingHukou);
  let quota = s.hukouQuota;
  while (applicants.length > 0) {
    const draw = nextRandom(s.rng);
    s.rng = draw.state;
    const [c] = applicants.splice(Math.floor(draw.value * applicants.length), 1);
    c.applyingHukou = false;
    const granted = quota > 0 && c.job !== "coast";
    if (granted) quota--;
    c.hukou = c.hukou || granted;
    events.push({ type: "hukouDecided", seat: c.seat, granted });
  }
  return events;
}

export const hukouCohorts = (s: GameState): number => s.cohorts.filter((c) => c.hukou).length;
export const convertedVillageTiles = (s: GameState): number => s.villageHukou.reduce((a, b) => a + b, 0);
