// The migrant-cohort bot. Each round it weighs every job-and-home pair it may take, per round:
//   money   = wage - rent - living costs (wan), counted in points of ¥1 m (100 wan)
//   quality = city job 3 + home (coast 0, dormitory 1, village room 2, flat 5)
//             - travel cost of the home tile to the core / 50   (the score's own weights)
// and moves to the best by money x moneyWeight + quality x qualityWeight; it stays put when
// nothing is better (so it never churns). Rooms and flats: the few with the cheapest commute
// are checked with the rules (they may be full).
// Public rented flats count as homes too (quality 4, at the PRH rent); the lottery may refuse.
// A cohort in the city applies for urban hukou when there is a quota (not the wage chaser).
// Personalities:
//   hukouSaver weighs money and quality as the score does (1 : 1): saves and settles in the city
//   wageChaser counts only the wage: goes wherever pay is highest (the coast when it pays)
//   family     weighs quality twice and never takes a dormitory bed: a room or flat near the
//              core for the family, or the coast; sends ¥2 m a round home

import type { PlayerCommand } from "../engine/commands";
import { useCode } from "../model/map";
import { firmJobs } from "../rules/labour";
import { prhRent } from "../rules/prh";
import { SCORE_WEIGHTS } from "../rules/scores";
import type { GameState, Home, Job } from "../model/state";
import { Planner } from "./common";

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

const HOUSING_USES = new Set([useCode("villageHousing"), useCode("informalHousing"), useCode("commercialHousing"), useCode("prhEstate")]);
const FLAT = useCode("commercialHousing");
const PRH = useCode("prhEstate");
const CITY_JOBS: Job[] = ["factory", "construction", "services"];

interface Option {
  job: Job;
  home: Home;
  value: number;
}

const sameHome = (a: Home, b: Home): boolean => a.kind === b.kind && (a.kind !== "tile" || (b.kind === "tile" && a.tile === b.tile));

export function migrantCommands(s: GameState, seat: number, personality: MigrantPersonality, answersOnly = false): PlayerCommand[] {
  if (answersOnly) return [];
  const style = MIGRANT_STYLES[personality];
  const m = s.scenario.migrants;
  const w = SCORE_WEIGHTS;
  const cohort = s.cohorts.find((c) => c.seat === seat);
  if (!cohort) return [];
  const wage = (job: Job) => (job === "coast" ? Math.round((m.wage.coast * s.modifiers.coastWage) / 100) : m.wage[job]);
  const worth = (job: Job, rent: number, homePoints: number, commute: number): number => {
    const money = style.wageOnly ? wage(job) : wage(job) - rent - m.livingCost;
    const quality = (job === "coast" ? 0 : w.migrantCityJob) + homePoints - commute / w.migrantCommuteDivisor;
    return (style.moneyWeight * money) / 100 + style.qualityWeight * quality;
  };

  const options: Option[] = [{ job: "coast", home: { kind: "coast" }, value: worth("coast", m.rent.coast, w.migrantHome.coast, 0) }];
  if (!style.noDorm) for (const job of ["factory", "construction"] as const) options.push({ job, home: { kind: "dorm" }, value: worth(job, m.rent.dorm, w.migrantHome.dorm, 0) });
  // Rooms and flats: the best few by home quality and commute.
  const tiles: { tile: number; rent: number; points: number }[] = [];
  for (let t = 0; t < s.map.use.length; t++) {
    if (!HOUSING_USES.has(s.map.use[t])) continue;
    const kind = s.map.use[t] === FLAT ? "commercialFlat" : s.map.use[t] === PRH ? "prh" : "villageRoom";
    const rent = kind === "commercialFlat" ? m.rent.commercialFlat : kind === "prh" ? prhRent(s) : m.rent.villageRoom;
    tiles.push({ tile: t, rent, points: w.migrantHome[kind] - s.map.access[t] / w.migrantCommuteDivisor });
  }
  tiles.sort((a, b) => b.points - a.points || a.tile - b.tile);
  for (const t of tiles.slice(0, 12))
    for (const job of CITY_JOBS) options.push({ job, home: { kind: "tile", tile: t.tile }, value: worth(job, t.rent, t.points + s.map.access[t.tile] / w.migrantCommuteDivisor, s.map.access[t.tile]) });
  // Where it is now (or has already chosen) is an option too, and wins ties.
  const current = cohort.next ?? { job: cohort.job, home: cohort.home };
  if (current.home.kind === "tile" && !tiles.slice(0, 12).some((t) => current.home.kind === "tile" && t.tile === current.home.tile)) {
    const t = tiles.find((x) => current.home.kind === "tile" && x.tile === current.home.tile);
    if (t) options.push({ job: current.job, home: current.home, value: worth(current.job, t.rent, t.points + s.map.access[t.tile] / w.migrantCommuteDivisor, s.map.access[t.tile]) });
  }
  const noFactoryJobs = firmJobs(s) === 0;
  const ranked = options
    .filter((o) => !(noFactoryJobs && o.job === "factory"))
    .map((o) => ({ ...o, value: o.value + (o.job === current.job && sameHome(o.home, current.home) ? 0.01 : 0) }))
    .sort((a, b) => b.value - a.value);
  const p = new Planner(s, seat);
  for (const o of ranked) {
    if (o.job === current.job && sameHome(o.home, current.home)) break; // staying is best
    if (p.try({ type: "chooseWorkAndHome", job: o.job, home: o.home })) break;
  }
  // Settling in the city: ask for urban hukou whenever there is a quota (the wage chaser does not).
  if (personality !== "wageChaser" && !cohort.hukou && s.hukouQuota > 0) p.try({ type: "applyHukou" });
  // Families send part of what they save home every round.
  if (personality === "family" && cohort.remittance === 0) p.try({ type: "setRemittance", amount: 200 });
  return p.commands;
}
