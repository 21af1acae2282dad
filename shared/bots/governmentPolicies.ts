// The government bot's policies beyond land deals (shared/bots/government.ts runs them each
// round): the hukou quota, PRH estates and their rent, state-enterprise sites, informal housing
// on reserve land, zones, and industrial plots for factories. Each is a hint's action
// (views/hints/government.ts) with the bot's own numbers.

import { available } from "../rules/commitments";
import { tenureCode, useCode } from "../model/map";
import { landValue } from "../rules/accessibility";
import { isUnlocked } from "../rules/unlocks";
import { expectedProfit, firmArrivals } from "../rules/firms";
import { planOf } from "../rules/plans";
import type { BotTurn } from "./common";
import type { GameState } from "../model/state";
import type { GovernmentPersonality } from "./personalities";

const COLLECTIVE = tenureCode("villageCollective");
const RESERVE = tenureCode("landReserve");
const FARMLAND = useCode("farmland");
const PRH = useCode("prhEstate");
const FACTORY = useCode("factory");
const SOE = useCode("stateIndustry");
const INFORMAL = useCode("informalHousing");

/**
 * The wider model's policies:
 *   hukou quota   growth 1, balanced 1, welfare 2 cohorts a round
 *   PRH estates   once open: welfare keeps building (one a round, up to 4), balanced up to 2,
 *                 growth none; on the reserve plot it holds back (not up for auction) with the
 *                 most factories within the firms' housing radius (labour housed for the
 *                 zones), then the shortest commute
 *   SOE sites     growth relocates the state enterprise whose site would gain most as housing
 *                 land (one a round) when the gain is twice the relocation cost, balanced at
 *                 four times, welfare never
 *   informal      growth and balanced demolish informal housing on their reserve land
 *   PRH rent      an estate with free units and nobody living in it: balanced lowers the rent
 *                 share to 40%, welfare to the lowest allowed (a dormitory bed is cheaper than a
 *                 flat at 60%)
 *   zones         once open: growth designates up to 3, balanced 2, welfare none; centred on
 *                 its industrial plot where a firm would earn most, else on the factory or
 *                 held plot where one would
 */
export function policies(p: BotTurn, s: GameState, personality: GovernmentPersonality, heldBack: number[]): void {
  const quota = personality === "welfare" ? 2 : 1;
  if (s.hukouQuota !== quota) p.tryHint("seat", "setHukouQuota", { cohorts: Math.min(quota, s.cohorts.length) });
  const { use: uses, tenure, zone } = s.map;
  let estates = s.projects.length;
  for (let t = 0; t < uses.length; t++) if (uses[t] === PRH) estates++;
  const maxEstates = { growth: 0, balanced: 4, welfare: 5 }[personality];
  if (estates < maxEstates && isUnlocked(s, "prh")) {
    const r = s.scenario.firms.housingRadius;
    const factories: number[] = [];
    for (let t = 0; t < uses.length; t++) if (uses[t] === FACTORY) factories.push(t);
    const near = new Map(heldBack.map((t) => [t, factories.filter((f) => Math.abs((f % s.map.width) - (t % s.map.width)) + Math.abs(Math.floor(f / s.map.width) - Math.floor(t / s.map.width)) <= r).length]));
    const sites = [...heldBack].sort((a, b) => near.get(b)! - near.get(a)! || s.map.access[a] - s.map.access[b] || a - b);
    for (const tile of sites.slice(0, 3)) if (p.tryHint(tile, "buildPrh")) break;
  }
  // State enterprises: an inner-city site planned for industry is worth far more as housing
  // land; growth relocates one a round when that gain is twice the cost, balanced at four times.
  const soeReturn = { growth: 2, balanced: 4, welfare: 0 }[personality];
  if (soeReturn > 0) {
    const gain = (t: number) => landValue(s.map.terrain[t], s.map.access[t], s.scenario) - s.map.value[t];
    let best = -1;
    for (let t = 0; t < uses.length; t++) if (uses[t] === SOE && gain(t) >= soeReturn * s.scenario.soe.relocationCost && (best < 0 || gain(t) > gain(best))) best = t;
    if (best >= 0 && available(s, p.seat) >= 2 * s.scenario.soe.relocationCost && !s.orders.some((o) => o.kind === "relocateSoe")) p.tryHint(best, "relocateSoe");
  }
  // Informal housing on reserve land must be cleared before the plot can be built on: growth
  // and balanced demolish it (its tenants are displaced); welfare leaves it standing.
  if (personality !== "welfare")
    for (const t of p.held())
      if (uses[t] === INFORMAL && tenure[t] === RESERVE && !p.state.orders.some((o) => o.kind === "demolish" && o.tile === t)) p.tryHint(t, "demolishInformal");
  const rentPct = { growth: 0, balanced: 40, welfare: s.scenario.prh.minRentPct }[personality];
  if (rentPct > 0 && s.prh.rentPct > rentPct) {
    const lived = new Set(s.cohorts.flatMap((c) => (c.home.kind === "tile" ? [c.home.tile] : [])));
    if (s.map.use.some((u, t) => u === PRH && !lived.has(t))) p.try({ type: "setPrhPolicy", rentPct, eligibility: s.prh.eligibility });
  }
  let zoned = 0;
  for (let t = 0; t < zone.length; t++) zoned += zone[t];
  const zones = Math.ceil(zoned / 9); // about one zone per 9 tiles
  const maxZones = { growth: 3, balanced: 2, welfare: 0 }[personality];
  if (zones < maxZones && isUnlocked(s, "zones")) {
    // Over its industrial plots (planned, or being planned this round) where a firm would earn
    // most; else where a firm would earn most: a factory or a plot it holds.
    const replanned = new Set(p.state.orders.flatMap((o) => (o.kind === "plan" && o.plan === "industrial" ? o.tiles : [])));
    const industrialPlot = (t: number) => (s.map.tenure[t] === RESERVE && (planOf(s, t) === "industrial" || replanned.has(t)) ? 1 : 0);
    const sites: number[] = heldBack.filter((t) => zone[t] === 0);
    const held = new Set(heldBack);
    for (let t = 0; t < uses.length; t++) if (zone[t] === 0 && tenure[t] !== COLLECTIVE && (uses[t] === FACTORY || planOf(s, t) === "industrial") && !held.has(t)) sites.push(t);
    const profit = new Map(sites.map((t) => [t, expectedProfit(s, t)]));
    sites.sort((a, b) => industrialPlot(b) - industrialPlot(a) || profit.get(b)! - profit.get(a)! || a - b);
    for (const tile of sites.slice(0, 3)) if (p.tryHint(tile, "designateZone")) break;
  }
}

/**
 * Industrial land: it keeps `industrialStock` reserve plots for each manufacturer looking inland
 * a round (the event cards raise their number) planned for industry (plots planned
 * so wait a round for auction: the plan changes at resolution), choosing the reserve plots
 * in a zone first, then where a manufacturer would expect the most profit, if that reaches the
 * firms' minimum (not
 * farmland, which would need a land ticket as well).
 */
export function industry(p: BotTurn, industrialStock: number, reserve: number[]): void {
  const s = p.state;
  const stock = reserve.filter((t) => planOf(s, t) === "industrial").length;
  const wanted = industrialStock * firmArrivals(s);
  let planned = s.orders.filter((o) => o.kind === "plan" && o.plan === "industrial").length;
  if (stock + planned >= wanted) return;
  // Not farmland: a factory there would need a land ticket too.
  const profit = new Map<number, number>();
  for (const t of reserve) if (planOf(s, t) === "residential" && s.map.use[t] !== FARMLAND) profit.set(t, expectedProfit(s, t));
  const candidates = [...profit.keys()].filter((t) => profit.get(t)! >= s.scenario.firms.minimumProfit);
  // Inside a zone first (its incentives are the point of it), then where a firm earns most.
  candidates.sort((a, b) => s.map.zone[b] - s.map.zone[a] || profit.get(b)! - profit.get(a)! || a - b);
  for (const tile of candidates) {
    if (stock + planned >= wanted) break;
    if (p.tryHint(tile, "setPlan", {}, { plan: "industrial" })) planned++;
  }
}
