// The plan and its amendments. Every buildable tile has a planned use: residential,
// industrial, green (parks and public facilities) or none (rural land outside the urban plan).
// A developer may build flats only on residential plots and factories only on industrial ones.
//
// The government plans land it holds (and, once the 2006 experimental-zone card has opened
// rural regulatory planning, village land too), at resolution. A developer who wants another
// use on a plot it leases asks for an amendment:
//   technical   the plot touches a tile already planned for the use asked (a boundary
//               correction): approved at once and in force at this resolution
//   compulsory  any other change of use, and every change away from green: the government
//               approves or refuses, and an approved change comes into force one round later
// Source: amendments are either compulsory (use, capacity, green space, public facilities:
// slower, need approval) or technical (boundaries, disputes, corrections: quick); after 2006
// rural areas were brought under regulatory detail plans.

import type { GameEvent } from "../model/events";
import { PLANS, neighbours, planCode, tenureCode, terrainCode, useCode, type Plan } from "../model/map";
import type { GameState } from "../model/state";
import { refuse, type Refusal } from "../engine/refusal";
import { describeTile, offMap } from "./tiles";
import { isUnlocked } from "./unlocks";

export const planOf = (s: GameState, tile: number): Plan => PLANS[s.map.plan[tile]];

/** The plan a map starts with: state land by what stands on it, everything else outside the plan. */
export function initialPlan(map: { terrain: number[]; tenure: number[]; use: number[] }): number[] {
  const industrial = new Set([useCode("stateIndustry"), useCode("factory")]);
  const [flat, slope, collective] = [terrainCode("flat"), terrainCode("slope"), tenureCode("villageCollective")];
  const [none, industry, residential] = [planCode("none"), planCode("industrial"), planCode("residential")];
  return map.terrain.map((terrain, t) => {
    if (terrain !== flat && terrain !== slope) return none;
    if (map.tenure[t] === collective) return none;
    return industrial.has(map.use[t]) ? industry : residential;
  });
}

/** What a building needs the plan to say. */
export const planFor = (building: "commercialHousing" | "factory" | "office"): Plan => (building === "factory" ? "industrial" : "residential");

const buildable = (s: GameState, tile: number) => s.map.terrain[tile] === terrainCode("flat") || s.map.terrain[tile] === terrainCode("slope");

export function setPlan(s: GameState, seat: number, tile: number, plan: Plan): GameEvent[] | Refusal {
  const bad = offMap(s, tile);
  if (bad) return bad;
  if (!buildable(s, tile)) return refuse("Only flat land and slopes are planned.", "notBuildable", { tile });
  const village = s.map.tenure[tile] === tenureCode("villageCollective");
  if (village && !isUnlocked(s, "ruralPlanning")) return refuse("Village land comes under planning with the 2006 experimental zone (the 2007 card).", "locked", { what: "ruralPlanning" });
  if (!village && s.map.holder[tile] !== seat) return refuse(`${describeTile(s, tile)} is leased: its holder must ask for an amendment.`, "notYours", { tile });
  if (planOf(s, tile) === plan) return refuse(`The plan already says ${plan} here.`, "samePlan", { tile, plan });
  if (s.orders.some((o) => o.kind === "plan" && o.tiles.includes(tile))) return refuse("The plan for this tile is already being changed this round.", "alreadyOrdered", { tile });
  s.orders.push({ kind: "plan", seat, tiles: [tile], plan });
  return [{ type: "orderQueued", seat, order: { what: "plan", tile, plan } }];
}

/** Technical if the tile touches one already planned for that use and the change is not away from green. */
export function amendmentKind(s: GameState, tile: number, plan: Plan): "technical" | "compulsory" {
  if (planOf(s, tile) === "green") return "compulsory";
  return neighbours(s.map, tile).some((n) => planOf(s, n) === plan) ? "technical" : "compulsory";
}

export function requestAmendment(s: GameState, seat: number, tile: number, plan: Plan): GameEvent[] | Refusal {
  const bad = offMap(s, tile);
  if (bad) return bad;
  if (s.map.holder[tile] !== seat || s.map.tenure[tile] !== tenureCode("stateUrban")) return refuse(`You can ask to amend the plan only for land you lease; ${describeTile(s, tile)} is not yours.`, "notYours", { tile });
  if (plan === "none") return refuse("Leased urban land stays in the plan.", "staysPlanned", { tile });
  if (planOf(s, tile) === plan) return refuse(`The plan already says ${plan} here.`, "samePlan", { tile, plan });
  if (s.offers.some((o) => o.kind === "amendment" && o.tile === tile && o.status !== "refused") || s.amendments.some((a) => a.tile === tile))
    return refuse("An amendment for this plot is already under way.", "amendmentPending", { tile });
  const kind = amendmentKind(s, tile, plan);
  const id = s.nextId++;
  const gov = s.seats.findIndex((x) => x.role === "government");
  // A technical amendment is approved at once; a compulsory one waits for the government.
  s.offers.push({ id, kind: "amendment", from: seat, to: gov, tile, plan, amendment: kind, amount: 0, status: kind === "technical" ? "accepted" : "open" });
  return [{ type: "offerMade", offerId: id }];
}

/** Resolution step 1 (after expropriations): approved amendments start; due ones and plan orders come into force. */
export function settlePlans(s: GameState): GameEvent[] {
  const events: GameEvent[] = [];
  for (const o of s.offers) {
    if (o.kind !== "amendment") continue;
    if (o.status === "open") events.push({ type: "offerLapsed", offerId: o.id, reason: "noAnswer", seat: o.to, tile: o.tile });
    if (o.status !== "accepted") continue;
    const readyAtRound = s.round + (o.amendment === "compulsory" ? 1 : 0);
    s.amendments = [...s.amendments, { tile: o.tile, plan: o.plan, readyAtRound }];
  }
  s.amendments = s.amendments.filter((a) => {
    if (a.readyAtRound > s.round) return true;
    s.map.plan[a.tile] = planCode(a.plan);
    events.push({ type: "planChanged", tiles: [a.tile], plan: a.plan, amendment: true });
    return false;
  });
  return events;
}

export function completePlanOrder(s: GameState, order: { tiles: number[]; plan: Plan }): GameEvent[] {
  for (const t of order.tiles) s.map.plan[t] = planCode(order.plan);
  return [{ type: "planChanged", tiles: order.tiles, plan: order.plan, amendment: false }];
}
