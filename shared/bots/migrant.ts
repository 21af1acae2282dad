// The migrant-cohort bot. Each round it weighs every job-and-home pair the hints offer it
// (views/hints/migrant.ts: the coast and the dormitories for the seat, the city jobs on a
// housing tile), per round:
//   money   = wage - rent - living costs (wan, rules/labour.ts), counted in points of ¥1 m (100 wan)
//   quality = city job 3 + home (coast 0, dormitory 1, village room 2, flat 5)
//             - travel cost of the home tile to the core / 50   (the score's own weights)
// and moves to the best by money x moneyWeight + quality x qualityWeight; it stays put when
// nothing is better (so it never churns). Rooms, flats and estates: the few of each kind with
// the best quality and commute are weighed, and the rules check the choice (they may be full).
// Public rented flats count as homes too (quality 4, at the PRH rent); the lottery may refuse.
// A cohort in the city applies for urban hukou when there is a quota (not the wage chaser).
// Personalities:
//   hukouSaver weighs money and quality as the score does (1 : 1): saves and settles in the city
//   wageChaser counts only the wage: goes wherever pay is highest (the coast when it pays)
//   family     weighs quality twice and never takes a dormitory bed: a room or flat near the
//              core for the family, or the coast; sends ¥2 m a round home

import { USES, useCode } from "../model/map";
import type { GameState, Home, Job } from "../model/state";
import { firmJobs, homeRent, wageOf } from "../rules/labour";
import { SCORE_WEIGHTS } from "../rules/scores";
import { seatCandidates, tileCandidates } from "../views/hints";
import type { BotTurn } from "./common";

import type { MigrantPersonality } from "./personalities";

interface MigrantStyle {
  moneyWeight: number;
  qualityWeight: number;
  /** Count only the wage (not rent and living costs). */
  wageOnly: boolean;
  /** Never a dormitory bed (a family needs a home). */
  noDorm: boolean;
}

export const MIGRANT_STYLES: Record<MigrantPersonality, MigrantStyle> = {
  hukouSaver: { moneyWeight: 1, qualityWeight: 1, wageOnly: false, noDorm: false },
  wageChaser: { moneyWeight: 1, qualityWeight: 0, wageOnly: true, noDorm: false },
  family: { moneyWeight: 1, qualityWeight: 2, wageOnly: false, noDorm: true },
};

/** 1 for the uses a cohort can live on, by use code. */
const HOUSING_USE = Uint8Array.from(USES, (u) => (["villageHousing", "informalHousing", "commercialHousing", "prhEstate"].includes(u) ? 1 : 0));
const FLAT = useCode("commercialHousing");
const PRH = useCode("prhEstate");
/** Housing tiles weighed per round and kind of home: the best by home quality and commute. */
const HOMES_WEIGHED = 5;

interface WeighedHome {
  tile: number;
  points: number;
}

interface Move {
  job: Job;
  home: Home;
}

const sameHome = (a: Home, b: Home): boolean => a.kind === b.kind && (a.kind !== "tile" || (b.kind === "tile" && a.tile === b.tile));

/** The score's points for living in a home, before the commute. */
function homePoints(s: GameState, home: Home): number {
  return home.kind === "tile" ? tilePoints(s, home.tile) : SCORE_WEIGHTS.migrantHome[home.kind];
}

/** The score's points for living on a housing tile, before the commute. */
function tilePoints(s: GameState, tile: number): number {
  const w = SCORE_WEIGHTS.migrantHome;
  const use = s.map.use[tile];
  return use === FLAT ? w.commercialFlat : use === PRH ? w.prh : w.villageRoom;
}

export function migrantBot(p: BotTurn, personality: MigrantPersonality, answersOnly: boolean): void {
  if (answersOnly) return;
  const { state: s, seat } = p;
  const style = MIGRANT_STYLES[personality];
  const w = SCORE_WEIGHTS;
  const cohort = s.cohorts.find((c) => c.seat === seat);
  if (!cohort) return;
  const worth = ({ job, home }: Move): number => {
    const money = style.wageOnly ? wageOf(s, job) : wageOf(s, job) - homeRent(s, home) - s.scenario.migrants.livingCost;
    const commute = home.kind === "tile" ? s.map.access[home.tile] : 0;
    const quality = (job === "coast" ? 0 : w.migrantCityJob) + homePoints(s, home) - commute / w.migrantCommuteDivisor;
    return (style.moneyWeight * money) / 100 + style.qualityWeight * quality;
  };

  // The coast and the dormitories (not for a family), then the best few rooms and flats.
  const moves: Move[] = [];
  const add = (c: ReturnType<typeof seatCandidates>[number]) => {
    if (c.type === "chooseWorkAndHome" && !(style.noDorm && c.home.kind === "dorm")) moves.push({ job: c.job, home: c.home });
  };
  seatCandidates(s, seat).forEach(add);
  // The best few of each kind of home (flats, rooms, estates) are weighed: rent, not only home
  // quality and commute, decides. Best first; equal points: the first on the map.
  const better = (a: WeighedHome, b: WeighedHome) => b.points - a.points || a.tile - b.tile;
  const best = new Map<number, WeighedHome[]>();
  const { use, access } = s.map;
  for (let t = 0; t < use.length; t++) {
    if (HOUSING_USE[use[t]] === 0) continue;
    const points = tilePoints(s, t) - access[t] / w.migrantCommuteDivisor;
    let kept = best.get(use[t]);
    if (!kept) best.set(use[t], (kept = []));
    // Kept in order, the best HOMES_WEIGHED of this use so far: a better one pushes the last out
    // (tiles come in map order, so one with the last one's points comes after it).
    if (kept.length === HOMES_WEIGHED) {
      if (points <= kept[HOMES_WEIGHED - 1].points) continue;
      kept.pop();
    }
    const home = { tile: t, points };
    let at = kept.length;
    while (at > 0 && better(home, kept[at - 1]) < 0) at--;
    kept.splice(at, 0, home);
  }
  const weighed = [...best.values()].flat().sort(better);
  for (const h of weighed) tileCandidates(s, seat, h.tile, "chooseWorkAndHome").forEach((a) => add(a.command));
  // Where it is now (or has already chosen) is an option too, and wins ties.
  const current: Move = cohort.next ?? { job: cohort.job, home: cohort.home };
  const isCurrent = (m: Move) => m.job === current.job && sameHome(m.home, current.home);
  if (!moves.some(isCurrent)) moves.push(current);
  const noFactoryJobs = firmJobs(s) === 0;
  const open = moves.filter((m) => !(noFactoryJobs && m.job === "factory"));
  const value = open.map((m) => worth(m) + (isCurrent(m) ? 0.01 : 0));
  for (const m of open.map((_, i) => i).sort((a, b) => value[b] - value[a]).map((i) => open[i])) {
    if (isCurrent(m)) break; // staying is best
    if (p.try({ type: "chooseWorkAndHome", job: m.job, home: m.home })) break;
  }
  // Settling in the city: ask for urban hukou whenever there is a quota (the wage chaser does not).
  if (personality !== "wageChaser" && !cohort.hukou && s.hukouQuota > 0) p.tryHint("seat", "applyHukou");
  // Families send part of what they save home every round.
  if (personality === "family" && cohort.remittance === 0) p.tryHint("seat", "setRemittance", { amount: 200 });
}
