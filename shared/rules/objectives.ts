// Private objectives (scenario: shared/scenarios/objectives.ts): each seat draws one of its
// role's at creation, from the game's seed (the generator's first state, not advanced, so the
// draw changes no other random outcome), and scores its points if the objective is met at the
// end. What counts, per id (the state today; the ledger for what happened over the game):
//   promisedBridge    bridges the seat paid for (ledger "bridge" payments) >= target
//   prhPledge         cohorts living in PRH + PRH units leased by employers >= target
//   hukouPledge       urban hukou holders: cohorts + village tiles' households converted >= target
//   hukouForChildren  the village's households granted urban hukou (tiles' worth) >= target
//   flatInTown        resettlement flats the village received (tiles' worth) >= target
//   ticketIncome      wan the seat received for land tickets (exchange and direct sales) >= target
//   partnerFactory    factories the seat holds >= target
//   headquarters      office blocks the seat holds >= target
//   flatsSold         commercial-housing sales to the seat (one per tile built) >= target
//   bringFamily       the cohort holds urban hukou (target 1)
//   sendMoneyHome     wan the cohort sent home >= target
//   settledHome       the cohort lives in a PRH estate or a commercial flat (target 1)

import { nextRandom } from "../engine/rng";
import { useCode } from "../model/map";
import { seatAccount, type GameState, type Seat } from "../model/state";
import type { ObjectiveId, PrivateObjective } from "../scenarios/objectives";
import type { Scenario } from "../scenarios/schema";
import { convertedVillageTiles, hukouCohorts } from "./hukou";

/** Each seat's objective id ("" when its role has none in the scenario), drawn from the seed's generator state. */
export function drawObjectives(scenario: Scenario, seats: Seat[], rng: number): (ObjectiveId | "")[] {
  return seats.map((seat) => {
    // A scenario stored before objectives existed has none (its session is refused on resume anyway: its states hash differently).
    const mine = (scenario.privateObjectives ?? []).filter((o) => o.role === seat.role);
    if (mine.length === 0) return "";
    const roll = nextRandom((rng ^ Math.imul(seat.id + 1, 0x27d4eb2d)) | 0).value;
    return mine[Math.floor(roll * mine.length)].id;
  });
}

/** The seat's objective as the scenario defines it, or null. */
export function objectiveOf(s: GameState, seat: number): PrivateObjective | null {
  const id = s.objectives[seat];
  return (s.scenario.privateObjectives ?? []).find((o) => o.id === id && o.role === s.seats[seat]?.role) ?? null;
}

const PRH = useCode("prhEstate");
const FACTORY = useCode("factory");
const OFFICE = useCode("office");
const COMMERCIAL = useCode("commercialHousing");

/** How far the seat has come on its objective, in the objective's unit. */
export function objectiveProgress(s: GameState, seat: number, id: ObjectiveId): number {
  const me = seatAccount(seat);
  const paid = (reason: string, to: boolean) => s.ledger.filter((t) => t.reason === reason && (to ? t.to === me : t.from === me));
  const held = (use: number) => {
    let n = 0;
    for (let t = 0; t < s.map.use.length; t++) if (s.map.use[t] === use && s.map.holder[t] === seat) n++;
    return n;
  };
  const cohort = s.cohorts.find((c) => c.seat === seat);
  switch (id) {
    case "promisedBridge":
      return paid("bridge", false).length;
    case "prhPledge":
      return s.cohorts.filter((c) => c.home.kind === "tile" && s.map.use[c.home.tile] === PRH).length + s.prhBlocks.length;
    case "hukouPledge":
      return hukouCohorts(s) + convertedVillageTiles(s);
    case "hukouForChildren":
      return s.villageHukou[seat];
    case "flatInTown":
      return s.resettlementFlats[seat];
    case "ticketIncome":
      return paid("ticket", true).reduce((a, t) => a + t.amount, 0);
    case "partnerFactory":
      return held(FACTORY);
    case "headquarters":
      return held(OFFICE);
    case "flatsSold":
      return paid("sale", true).length;
    case "bringFamily":
      return cohort?.hukou ? 1 : 0;
    case "sendMoneyHome":
      return paid("remittance", false).reduce((a, t) => a + t.amount, 0);
    case "settledHome":
      return cohort?.home.kind === "tile" && (s.map.use[cohort.home.tile] === PRH || s.map.use[cohort.home.tile] === COMMERCIAL) ? 1 : 0;
  }
}

/** A seat's objective: its id and threshold, its points if met, how far the seat got, and whether that meets it. */
export interface ObjectiveStatus {
  id: ObjectiveId;
  target: number;
  points: number;
  progress: number;
  met: boolean;
}

/** The seat's objective, its progress, and whether it is met now. */
export function objectiveStatus(s: GameState, seat: number): ObjectiveStatus | null {
  const o = objectiveOf(s, seat);
  if (!o) return null;
  const progress = objectiveProgress(s, seat, o.id);
  return { id: o.id, target: o.target, points: o.points, progress, met: progress >= o.target };
}
