// Each role's own score: what GAME.md says the role is judged on, as one number a player can
// rebuild from the screen. Every part is in "points", and a point is worth ¥1 m (100 wan), so
// parts can be compared and added: "your protests cost the government 10 points, as much as
// ¥10 m of budget". The score reads only what the state holds today (balances, the ledger,
// plot deals, cohorts, the map, stability and the recorded rounds). No role wins by doing
// nothing or by sitting on what it has (test/unit/scores.test.ts plays both against the bots).
// Every role's last part is its private objective (shared/rules/objectives.ts): its points
// if met at the end, else 0.
//
// Government = fiscal health + growth + urban population + population target + PRH
//              + farmland kept + red line + stability + private objective
//   fiscal health    (balance - debt) / 100 (¥ m), counted up to a reserve of ¥1,000 m: debt
//                    counts in full and interest is paid out of the balance, but cash beyond a
//                    prudent reserve earns nothing (money hoarded is money not spent on the city)
//   growth           the city's GDP summed over the recorded rounds / 1,000: 10% of the value
//                    added during the game, in ¥ m (the part of output a city's budget sees)
//   urban population 30 per migrant cohort working in the city at the end
//   population target 300 x (urban hukou holders in people / the pledge on the map's scale), at
//                    most 300 (holders: cohorts, village households converted and newcomers
//                    registered through the quota; the pledge: 10 million x the map's 30% share,
//                    rules/population.ts)
//   PRH delivered    25 per cohort living in public rented housing and 25 per PRH unit leased
//                    by an employer, at the end
//   farmland kept    10 x (farmland tiles at the end - farmland tiles after round 1): land
//                    reclaimed for tickets adds, farmland built over subtracts
//   red line         -100 per farmland tile below the national red line
//   stability        10 x (stability - its starting value): each protest (-5) costs 50
// Village = wealth + land kept + security + share of land value received + private objective
//   wealth           balance / 100 (¥ m): savings plus everything earned (farming, rents,
//                    compensation, tickets)
//   land kept        every tile the village still holds at a fair value: the legal minimum
//                    compensation for it (the law's value of rural land, what it is sure to fetch)
//   security         resettlement flats received, at what they cost the city, / 100, and
//                    10 per tile's households granted urban hukou
//   value share      50 x (compensation received / the final value of the tiles given up), 0 if
//                    none were given up: a tile's final value is the most it fetched or is worth
//                    (its sale, its lease, or today's land value), so the part is the share of the
//                    land's final market value the village captured (at most 50 points)
// Developer = net worth + private objective
//   cash             (balance - debt) / 100 (¥ m)
//   land             today's land value of every leased tile not yet built on / 100
//   buildings        each factory and office block at its construction cost / 100 (flats
//                    are sold on completion, so their value is already cash)
// Migrant = savings + quality of life + private objective
//   savings          balance / 100 (¥ m)
//   quality of life  summed over the rounds (read from each round's rent payment in the
//                    ledger, which says where the cohort lived):
//                      city job: 3 per round in a city home (dorm, room or flat)
//                      home: coast 0, dormitory 1, village or informal room 2,
//                      public rented flat 4, commercial flat 5
//                      commute: minus the home tile's travel cost to the core today / 50,
//                      for a room or flat
//                      (a dormitory is at the workplace: no commute)
//   hukou            20 if the cohort holds urban hukou at the end (schools, pensions, family)

import { useCode } from "../model/map";
import { hukouPeople, pledgePeople } from "./population";
import { minimumCompensation } from "./land";
import { objectiveStatus } from "./objectives";
import { seatAccount, type GameState } from "../model/state";

export interface ScorePart {
  /** The part's code: the client words it (client/i18n/enHints.ts scorePart); `label` is the English for records and exports. */
  id: string;
  label: string;
  value: number;
}
export interface Score {
  score: number;
  parts: ScorePart[];
}

export const SCORE_WEIGHTS = {
  /** Wan of balance less debt the government's fiscal health counts, at most. */
  governmentReserve: 100_000,
  /** GDP (wan) per growth point: 10% of value added, in ¥ m. */
  governmentGdpPerPoint: 1_000,
  governmentPerCityCohort: 30,
  governmentPopulationTarget: 300,
  governmentPerPrhHousehold: 25,
  governmentPerTileBelowRedLine: 100,
  villagePerHukouTile: 10,
  migrantHukou: 20,
  governmentPerFarmland: 10,
  governmentPerStability: 10,
  villageValueShare: 50,
  migrantCityJob: 3,
  migrantHome: { coast: 0, dorm: 1, villageRoom: 2, prh: 4, commercialFlat: 5 },
  migrantCommuteDivisor: 50,
} as const;

/** Wan to points (¥ m), to one decimal. */
const pts = (wan: number): number => Math.round(wan) / 100;
const round1 = (x: number): number => Math.round(x * 10) / 10 + 0; // + 0 turns -0 into 0

function total(s: GameState, seatId: number, parts: ScorePart[]): Score {
  const objective = objectiveStatus(s, seatId);
  parts.push({ id: "objective", label: "private objective", value: objective?.met ? objective.points : 0 });
  const clean = parts.map((p) => ({ id: p.id, label: p.label, value: round1(p.value) }));
  return { score: round1(clean.reduce((a, p) => a + p.value, 0)), parts: clean };
}

export function scoreSeat(state: GameState, seatId: number): Score {
  const seat = state.seats[seatId];
  if (!seat) throw new Error(`There is no seat ${seatId}.`);
  const balance = state.balances[seatAccount(seatId)] ?? 0;
  switch (seat.role) {
    case "government":
      return governmentScore(state, seatId, balance);
    case "village":
      return villageScore(state, seatId, balance);
    case "developer":
      return developerScore(state, seatId, balance);
    case "migrant":
      return migrantScore(state, seatId, balance);
  }
}

const HOUSING = useCode("commercialHousing");
const FACTORY = useCode("factory");
const FARMLAND = useCode("farmland");
const PRH = useCode("prhEstate");
const OFFICE = useCode("office");

function governmentScore(s: GameState, seatId: number, balance: number): Score {
  const w = SCORE_WEIGHTS;
  let farmland = 0;
  for (let t = 0; t < s.map.use.length; t++) if (s.map.use[t] === FARMLAND) farmland++;
  const farmlandAfterRound1 = s.history[0]?.farmlandTiles ?? farmland;
  const inCity = s.cohorts.filter((c) => c.job !== "coast").length;
  const inPrh = s.cohorts.filter((c) => c.home.kind === "tile" && s.map.use[c.home.tile] === PRH).length + s.prhBlocks.length;
  const gdp = s.history.reduce((a, r) => a + r.gdp, 0);
  const pledge = pledgePeople(s);
  const target = pledge > 0 ? Math.min(1, hukouPeople(s) / pledge) : 0;
  return total(s, seatId, [
    { id: "fiscalHealth", label: "fiscal health (balance less debt, up to a ¥1,000 m reserve)", value: pts(Math.min(balance - s.debt[seatId], w.governmentReserve)) },
    { id: "growth", label: "growth (10% of GDP over the game, ¥ m)", value: gdp / w.governmentGdpPerPoint },
    { id: "urbanPopulation", label: "urban population (cohorts in city jobs)", value: w.governmentPerCityCohort * inCity },
    { id: "populationTarget", label: "population target (hukou holders vs the target)", value: w.governmentPopulationTarget * target },
    { id: "prhDelivered", label: "PRH delivered (households and employer units)", value: w.governmentPerPrhHousehold * inPrh },
    { id: "farmlandKept", label: "farmland kept (vs after round 1)", value: w.governmentPerFarmland * (farmland - farmlandAfterRound1) },
    { id: "redLine", label: "red line (tiles below it)", value: -w.governmentPerTileBelowRedLine * Math.max(0, s.redLineTiles - farmland) },
    { id: "stability", label: "stability (vs start)", value: w.governmentPerStability * (s.stability - s.scenario.stability.start) },
  ]);
}

function villageScore(s: GameState, seatId: number, balance: number): Score {
  const me = seatAccount(seatId);
  let kept = 0;
  for (let t = 0; t < s.map.holder.length; t++) if (s.map.holder[t] === seatId) kept += minimumCompensation(s, t);
  let compensation = 0;
  let valueGivenUp = 0;
  const seen = new Set<number>();
  for (const tr of s.ledger) {
    if (tr.reason !== "compensation" || tr.to !== me) continue;
    compensation += tr.amount;
    if (tr.tile >= 0 && !seen.has(tr.tile)) {
      seen.add(tr.tile);
      const deal = s.deals[tr.tile];
      valueGivenUp += Math.max(s.map.value[tr.tile], deal?.lease ?? 0, deal?.sale ?? 0);
    }
  }
  const share = valueGivenUp > 0 ? Math.min(1, compensation / valueGivenUp) : 0;
  return total(s, seatId, [
    { id: "wealth", label: "wealth (balance, ¥ m)", value: pts(balance) },
    { id: "landKept", label: "land kept (at its fair value, the legal minimum, ¥ m)", value: pts(kept) },
    { id: "security", label: "security (resettlement flats and urban hukou)", value: pts(s.resettlementFlats[seatId] * s.scenario.resettlement.flatsPerTile) + SCORE_WEIGHTS.villagePerHukouTile * s.villageHukou[seatId] },
    { id: "valueShare", label: "share of the land's final value received", value: SCORE_WEIGHTS.villageValueShare * share },
  ]);
}

function developerScore(s: GameState, seatId: number, balance: number): Score {
  let land = 0;
  let buildings = 0;
  for (let t = 0; t < s.map.holder.length; t++) {
    if (s.map.holder[t] !== seatId) continue;
    const use = s.map.use[t];
    // Flats are sold on completion: their value is in the cash already. A factory or an office
    // block stays the developer's, on land that keeps its value (net worth, GAME.md).
    if (use === HOUSING) continue;
    land += s.map.value[t];
    if (use === FACTORY) buildings += s.scenario.construction.factoryCost;
    else if (use === OFFICE) buildings += s.scenario.construction.officeCost;
  }
  return total(s, seatId, [
    { id: "cash", label: "cash less debt (¥ m)", value: pts(balance - s.debt[seatId]) },
    { id: "leasedLand", label: "leased land at land value (¥ m)", value: pts(land) },
    { id: "buildings", label: "factories and offices at cost (¥ m)", value: pts(buildings) },
  ]);
}

type HomeKind = keyof typeof SCORE_WEIGHTS.migrantHome;

/** Where a cohort lived each round, read from its rent payments (one per round): who was paid says what the home was. */
export function migrantHomesByRound(s: GameState, seatId: number): { round: number; home: HomeKind; tile: number }[] {
  const me = seatAccount(seatId);
  const out: { round: number; home: HomeKind; tile: number }[] = [];
  for (const tr of s.ledger) {
    if (tr.from !== me || (tr.reason !== "rent" && tr.reason !== "prhRent")) continue;
    if (tr.reason === "prhRent") out.push({ round: tr.round, home: "prh", tile: tr.tile });
    else if (tr.to === "economy") out.push({ round: tr.round, home: tr.amount === s.scenario.migrants.rent.dorm ? "dorm" : "coast", tile: -1 });
    else {
      const landlord = s.seats[Number(tr.to.slice("seat:".length))];
      out.push({ round: tr.round, home: landlord?.role === "developer" ? "commercialFlat" : "villageRoom", tile: tr.tile });
    }
  }
  return out;
}

function migrantScore(s: GameState, seatId: number, balance: number): Score {
  const w = SCORE_WEIGHTS;
  let job = 0;
  let home = 0;
  let commute = 0;
  for (const r of migrantHomesByRound(s, seatId)) {
    if (r.home !== "coast") job += w.migrantCityJob;
    home += w.migrantHome[r.home];
    if (r.tile >= 0) commute += (s.map.access[r.tile] ?? 0) / w.migrantCommuteDivisor;
  }
  return total(s, seatId, [
    { id: "savings", label: "savings (balance, ¥ m)", value: pts(balance) },
    { id: "cityJob", label: "city job (rounds x 3)", value: job },
    { id: "homeQuality", label: "home quality", value: home },
    { id: "commute", label: "commute", value: -commute },
    { id: "hukou", label: "urban hukou", value: s.cohorts.find((c) => c.seat === seatId)?.hukou ? w.migrantHukou : 0 },
  ]);
}
