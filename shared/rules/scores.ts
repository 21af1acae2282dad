// Each role's own score: what GAME.md says the role is judged on, as one number a player can
// rebuild from the screen. Every part is in "points", and a point is worth ¥1 m (100 wan), so
// parts can be compared and added: "your protests cost the government 10 points, as much as
// ¥10 m of budget". The score reads only what the state holds today (balances, the ledger,
// plot deals, cohorts, the map, stability and the recorded rounds).
//
// Government = fiscal health + growth + urban population + PRH + farmland kept + red line + stability
//   fiscal health    (balance - debt) / 100 (¥ m)
//   growth           20 per tile built up by developers during the game (commercial housing,
//                    factory or offices on leased land)
//   urban population 30 per migrant cohort working in the city at the end, and 15 per urban
//                    hukou holder (cohorts and village tiles' households converted)
//   PRH delivered    25 per cohort living in public rented housing at the end
//   farmland kept    10 x (farmland tiles at the end - farmland tiles after round 1): land
//                    reclaimed for tickets adds, farmland built over subtracts
//   red line         -100 per farmland tile below the national red line
//   stability        10 x (stability - its starting value): each protest (-5) costs 50
// Village = wealth + land kept + resettlement + share of land value received
//   wealth           balance / 100 (¥ m): savings plus everything earned (farming, rents,
//                    compensation, tickets)
//   land kept        every tile the village still holds counts at the legal minimum
//                    compensation for it (what it is sure to fetch): security
//   resettlement     resettlement flats received, at what they cost the city, / 100, and
//                    10 per tile's households granted urban hukou
//   value share      50 x (compensation received / today's land value of the tiles given
//                    up), 0 if none were given up: the share of the land's market value the
//                    village actually captured (at most 50 points)
// Developer = net worth
//   cash             (balance - debt) / 100 (¥ m)
//   land             today's land value of every leased tile not yet built on / 100
//   buildings        each factory and office block at its construction cost / 100 (flats
//                    are sold on completion, so their value is already cash)
// Migrant = savings + quality of life
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
import { convertedVillageTiles, hukouCohorts } from "./hukou";
import { minimumCompensation } from "./land";
import { seatAccount, type GameState } from "../model/state";

export interface ScorePart {
  label: string;
  value: number;
}
export interface Score {
  score: number;
  parts: ScorePart[];
}

export const SCORE_WEIGHTS = {
  governmentPerBuilding: 20,
  governmentPerCityCohort: 30,
  governmentPerHukouHolder: 15,
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

function total(parts: ScorePart[]): Score {
  const clean = parts.map((p) => ({ label: p.label, value: round1(p.value) }));
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
  const developers = new Set(s.seats.filter((x) => x.role === "developer").map((x) => x.id));
  let built = 0;
  let farmland = 0;
  for (let t = 0; t < s.map.use.length; t++) {
    const use = s.map.use[t];
    if ((use === HOUSING || use === FACTORY || use === OFFICE) && developers.has(s.map.holder[t])) built++;
    if (use === FARMLAND) farmland++;
  }
  const farmlandAfterRound1 = s.history[0]?.farmlandTiles ?? farmland;
  const inCity = s.cohorts.filter((c) => c.job !== "coast").length;
  const inPrh = s.cohorts.filter((c) => c.home.kind === "tile" && s.map.use[c.home.tile] === PRH).length;
  return total([
    { label: "fiscal health (balance less debt, ¥ m)", value: pts(balance - s.debt[seatId]) },
    { label: "growth (tiles built up)", value: w.governmentPerBuilding * built },
    { label: "urban population (cohorts in city jobs)", value: w.governmentPerCityCohort * inCity },
    { label: "urban hukou holders", value: w.governmentPerHukouHolder * (hukouCohorts(s) + convertedVillageTiles(s)) },
    { label: "PRH delivered (households housed)", value: w.governmentPerPrhHousehold * inPrh },
    { label: "farmland kept (vs after round 1)", value: w.governmentPerFarmland * (farmland - farmlandAfterRound1) },
    { label: "red line (tiles below it)", value: -w.governmentPerTileBelowRedLine * Math.max(0, s.redLineTiles - farmland) },
    { label: "stability (vs start)", value: w.governmentPerStability * (s.stability - s.scenario.stability.start) },
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
      valueGivenUp += s.map.value[tr.tile];
    }
  }
  const share = valueGivenUp > 0 ? Math.min(1, compensation / valueGivenUp) : 0;
  return total([
    { label: "wealth (balance, ¥ m)", value: pts(balance) },
    { label: "land kept (at the legal minimum, ¥ m)", value: pts(kept) },
    { label: "resettlement flats and urban hukou", value: pts(s.resettlementFlats[seatId] * s.scenario.resettlement.flatsPerTile) + SCORE_WEIGHTS.villagePerHukouTile * s.villageHukou[seatId] },
    { label: "share of land value received", value: SCORE_WEIGHTS.villageValueShare * share },
  ]);
}

function developerScore(s: GameState, seatId: number, balance: number): Score {
  let land = 0;
  let buildings = 0;
  for (let t = 0; t < s.map.holder.length; t++) {
    if (s.map.holder[t] !== seatId) continue;
    const use = s.map.use[t];
    if (use === FACTORY) buildings += s.scenario.construction.factoryCost;
    else if (use === OFFICE) buildings += s.scenario.construction.officeCost;
    else if (use !== HOUSING) land += s.map.value[t];
  }
  return total([
    { label: "cash less debt (¥ m)", value: pts(balance - s.debt[seatId]) },
    { label: "unbuilt leased land at land value (¥ m)", value: pts(land) },
    { label: "factories at cost (¥ m)", value: pts(buildings) },
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
  return total([
    { label: "savings (balance, ¥ m)", value: pts(balance) },
    { label: "city job (rounds x 3)", value: job },
    { label: "home quality", value: home },
    { label: "commute", value: -commute },
    { label: "urban hukou", value: s.cohorts.find((c) => c.seat === seatId)?.hukou ? w.migrantHukou : 0 },
  ]);
}
