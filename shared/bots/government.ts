// The municipal government bot. Its round, in order:
//   1. answer villages' counter-offers: accept up to its ceiling (a share of the tile's land
//      value), else meet them half way if that is under the ceiling, else refuse;
//   2. release reserve plots to auction, dearest first, at a reserve of a share of land value
//      (a growth-first government releases everything, the others hold some back);
//   3. in rounds 1, 3, 5 and 7: a bridge, if one of the three river crossings nearest the core
//      would add enough land value (the sum over all buildable tiles, bots/bridges.ts) for its
//      cost, and the budget has at least three spans' cost spare;
//   3b. light rail from 2013, while its free budget is above twice the score's cash reserve: up
//      to 4 (growth) or 3 (balanced) tiles a round, each the one adding most land value, at
//      least 2 (growth) or 4 (balanced) times its cost (bots/rail.ts); welfare builds none;
//   4. offer compensation for the village tiles with the biggest gap between land value and
//      the offer, within a share of its spare budget (land financing), only enough to top the
//      reserve up to the stock it wants (unsold reserve land earns nothing). Homes count for 70%
//      of their value, rooms to let (informal housing, cleared by demolition) 90%, farmland
//      60% of its value (a developer cannot build on it without a land ticket); a growth-first
//      government counts it at full value, less the ticket price, for as many plots as villages
//      have tickets to spare.
// Personalities:
//   growth   low offers (10% of value), releases every plot, puts up to half its spare budget
//            into offers, bridges that add twice their cost in land value, buys farmland as far
//            as villages have land tickets for it
//   balanced offers 15% of value, releases up to 6 plots a round, puts at most 35% of its spare
//            budget into offers, bridges only at four times their cost, buys farmland as far
//            as villages have land tickets for it
//   welfare  generous offers (25% of value, fewer protests), releases up to 4 plots a round,
//            builds no bridges
// Balanced and welfare offer the households of house plots urban hukou and resettlement flats
// (the flats out of the cash offer).
// Plan amendments: growth approves any, balanced those for industry, welfare those for housing.
// Policies of the wider model (hukou quota, PRH, SOE sites, informal housing, zones, industrial
// plots): shared/bots/governmentPolicies.ts.
// Every action is one the hints offer (views/hints/government.ts), with the bot's own amounts.

import type { PlayerCommand } from "../engine/commands";
import { available } from "../rules/commitments";
import { tileCandidates } from "../views/hints";
import { tenureCode, terrainCode, useCode } from "../model/map";
import { crossingSpan } from "../rules/infrastructure";
import { minimumCompensation } from "../rules/land";
import { planOf } from "../rules/plans";
import { bridgeGains } from "./bridges";
import { industry, policies } from "./governmentPolicies";
import { extendRail } from "./rail";
import { BotTurn, botDice, largestFirst, openOffersTo } from "./common";

import type { GovernmentPersonality } from "./personalities";

interface GovernmentStyle {
  /** First offer, percent of land value (never under the legal minimum). */
  offerPct: number;
  /** The most it pays in a negotiation, percent of land value. */
  ceilingPct: number;
  /** Auction reserve, percent of land value. */
  reservePct: number;
  /** Reserve plots released per round. */
  releasePerRound: number;
  /** Share of the spare budget that may go into new offers, percent. */
  spendPct: number;
  /** New offers per round. */
  offersPerRound: number;
  /** Unleased reserve plots it is content to hold: it buys land only to top the reserve up to this. */
  reserveStock: number;
  /** Build a bridge when the land value it adds is at least this many times its cost (0: never). */
  bridgeReturn: number;
  /** Light-rail tiles it adds a round from its spare budget, and the return each must bring (bots/rail.ts). */
  railPerRound: number;
  railReturn: number;
  /** Buy farmland at full value when villages have land tickets to spare for it. */
  farmlandForTickets: boolean;
  /** Industrial plots it keeps planned and on offer for factories, per manufacturer looking inland a round. */
  industrialStock: number;
  /** Offers households on house plots urban hukou and resettlement flats with the cash. */
  resettle: boolean;
}

export const GOVERNMENT_STYLES: Record<GovernmentPersonality, GovernmentStyle> = {
  growth: { offerPct: 10, ceilingPct: 25, reservePct: 40, releasePerRound: 99, spendPct: 50, offersPerRound: 10, reserveStock: 14, bridgeReturn: 2, railPerRound: 8, railReturn: 2, farmlandForTickets: true, industrialStock: 2, resettle: false },
  balanced: { offerPct: 15, ceilingPct: 30, reservePct: 50, releasePerRound: 6, spendPct: 35, offersPerRound: 6, reserveStock: 8, bridgeReturn: 4, railPerRound: 6, railReturn: 4, farmlandForTickets: true, industrialStock: 2, resettle: true },
  welfare: { offerPct: 25, ceilingPct: 45, reservePct: 50, releasePerRound: 4, spendPct: 25, offersPerRound: 4, reserveStock: 6, bridgeReturn: 0, railPerRound: 0, railReturn: 0, farmlandForTickets: false, industrialStock: 1, resettle: true },
};

const COLLECTIVE = tenureCode("villageCollective");
const RESERVE = tenureCode("landReserve");
const HOUSE_PLOTS = new Set([useCode("villageHousing"), useCode("informalHousing")]);
const FARMLAND = useCode("farmland");
const INFORMAL = useCode("informalHousing");
const BRIDGE = useCode("bridge");
const WATER = terrainCode("water");

export function governmentBot(p: BotTurn, personality: GovernmentPersonality, answersOnly: boolean): void {
  const style = GOVERNMENT_STYLES[personality];
  const { state: s, seat } = p;
  const ceiling = (tile: number) => Math.max(minimumCompensation(s, tile), Math.round((s.map.value[tile] * style.ceilingPct) / 100));

  // 1. Counter-offers from villages.
  for (const o of openOffersTo(p.state, seat)) {
    if (o.kind === "amendment") {
      // Plan amendments: growth approves any, balanced industry (jobs), welfare housing.
      const approve = personality === "growth" || (personality === "balanced" ? o.plan === "industrial" : o.plan === "residential");
      p.tryHint("offers", "respondOffer", {}, { offerId: o.id, accept: approve });
      continue;
    }
    if (o.kind !== "expropriation") {
      p.tryHint("offers", "respondOffer", {}, { offerId: o.id, accept: false });
      continue;
    }
    const max = ceiling(o.tile);
    if (o.amount <= max && p.tryHint("offers", "respondOffer", {}, { offerId: o.id, accept: true })) continue;
    const mine = [...p.state.offers].reverse().find((x) => x.kind === "expropriation" && x.tile === o.tile && x.from === seat);
    const middle = Math.round(((mine?.amount ?? minimumCompensation(s, o.tile)) + o.amount) / 2);
    if (middle <= max && middle !== o.amount && p.tryHint("offers", "counterOffer", { amount: middle }, { offerId: o.id })) continue;
    p.tryHint("offers", "respondOffer", {}, { offerId: o.id, accept: false });
  }
  if (answersOnly) return;

  // 2. Auctions: reserve plots held by the government, dearest first.
  const { tenure, holder, use: uses, value: values } = s.map;
  const reserve: number[] = [];
  for (const t of p.held()) if (tenure[t] === RESERVE) reserve.push(t);
  // Industrial plots first (cheap land for factories), then the dearest.
  const industrial = (t: number) => (planOf(s, t) === "industrial" ? 1 : 0);
  reserve.sort((a, b) => industrial(b) - industrial(a) || s.map.value[b] - s.map.value[a] || a - b);
  // Plots being re-planned for industry wait for the plan (it changes at resolution).
  industry(p, style.industrialStock, reserve);
  const replanning = new Set(p.state.orders.flatMap((o) => (o.kind === "plan" ? o.tiles : [])));
  let released = 0;
  for (const tile of reserve) {
    if (released >= style.releasePerRound) break;
    if (replanning.has(tile)) continue;
    if (p.tryHint(tile, "releaseAuction", { reserve: Math.round((s.map.value[tile] * style.reservePct) / 100) })) released++;
  }

  // 3. A bridge; light rail from the spare budget.
  if (style.bridgeReturn > 0) bridge(p, style.bridgeReturn);
  extendRail(p, style.railPerRound, style.railReturn);

  // 3b. Policies: the hukou quota, public rented housing, a zone; industrial plots.
  policies(p, s, personality, reserve.slice(released));

  // 4. Expropriation offers: the biggest value gap first; house plots (homes) last.
  const wanted = Math.min(style.offersPerRound, style.reserveStock - (reserve.length - released));
  if (wanted <= 0) return;
  // Ties are broken by a seeded jitter under one wan: a hash of the tile and this round's dice.
  const salt = Math.floor(botDice(s, seat)() * 0x7fffffff);
  const jitter = (t: number) => ((Math.imul(t + 1, 0x9e3779b1) ^ salt) >>> 0) / 4294967296;
  // Farmland needs a land ticket to build on, so it counts at 60% of its value; but a government
  // that also buys farmland counts as many farmland plots at full value (less the last ticket
  // price) as villages have tickets to spare: held or being verified, and not yet waited for by
  // a developer's farmland plot or a farmland auction.
  let spareTickets = 0;
  if (style.farmlandForTickets) {
    spareTickets = s.pendingTickets.length;
    for (const seatInfo of s.seats) if (seatInfo.role === "village") spareTickets += s.tickets[seatInfo.id];
    for (let t = 0; t < uses.length; t++) if (uses[t] === FARMLAND && tenure[t] !== COLLECTIVE && s.seats[holder[t]]?.role === "developer") spareTickets--;
    for (const a of s.auctions) if (s.map.use[a.tile] === FARMLAND) spareTickets--;
  }
  const e = s.scenario.expropriation;
  const tiles: number[] = [];
  const offers: number[] = [];
  const gains: number[] = [];
  for (let t = 0; t < tenure.length; t++) {
    const value = values[t];
    if (tenure[t] !== COLLECTIVE || value <= 0) continue;
    const use = uses[t];
    const housing = HOUSE_PLOTS.has(use);
    const offer = Math.max(housing ? e.minimumPerHousingTile : e.minimumPerFarmTile, Math.round((value * style.offerPct) / 100));
    // Homes count for 70% of their value (rehousing, resistance); rooms to let for 90% (clearing
    // them costs only the demolition and the tenants' move); farmland for 60% (a ticket or quota).
    const weight = use === INFORMAL ? 0.9 : housing ? 0.7 : use === FARMLAND ? 0.6 : 1;
    tiles.push(t);
    offers.push(offer);
    gains.push(value * weight - offer + jitter(t));
  }
  if (spareTickets > 0) {
    // The farmland plots with the biggest gains (equal gains: the first on the map).
    const farms: number[] = [];
    for (let i = 0; i < tiles.length; i++) if (uses[tiles[i]] === FARMLAND) farms.push(i);
    const ticketPrice = Math.max(1_500, s.lastClearing.price);
    let topped = 0;
    for (const f of largestFirst(farms.map((i) => gains[i]))) {
      if (topped++ >= spareTickets) break;
      gains[farms[f]] += s.map.value[tiles[farms[f]]] * 0.4 - ticketPrice;
    }
  }
  let budget = Math.floor((available(p.state, seat) * style.spendPct) / 100);
  let made = 0;
  for (const i of largestFirst(gains)) {
    if (made >= wanted) break;
    // Homes: balanced and welfare offer the households urban hukou and resettlement flats,
    // the flats paid out of the cash they would have offered (never under the legal minimum).
    const home = style.resettle && HOUSE_PLOTS.has(s.map.use[tiles[i]]);
    const cash = home ? Math.max(minimumCompensation(s, tiles[i]), offers[i] - s.scenario.resettlement.flatsPerTile) : offers[i];
    const cost = cash + (home ? s.scenario.resettlement.flatsPerTile : 0);
    if (cost > budget) continue;
    if (p.tryHint(tiles[i], "expropriate", home ? { compensation: cash, hukou: true, flats: true } : { compensation: cash })) {
      budget -= cost;
      made++;
    }
  }
}

/** Water tiles next to land, nearest the core first: where bridges are worth looking at. */
const BRIDGE_CANDIDATES = 12;
/** Whole crossings weighed per look. */
const BRIDGE_SPANS = 3;

function bridge(p: BotTurn, minReturn: number): void {
  const s = p.state;
  const { width, height } = s.map;
  const cost = s.scenario.bridge.costPerTile;
  // A bridge pays back over many rounds: it looks in rounds 1, 3, 5 and 7 only.
  if (s.round % 2 === 0 || s.round > 7 || available(s, p.seat) < 3 * cost) return;
  const land = (x: number, y: number) => x >= 0 && y >= 0 && x < width && y < height && s.map.terrain[y * width + x] !== WATER;
  const shore: number[] = [];
  for (let t = 0; t < s.map.terrain.length; t++) {
    if (s.map.terrain[t] !== WATER || s.map.use[t] === BRIDGE) continue;
    const x = t % width;
    const y = Math.floor(t / width);
    if (land(x - 1, y) || land(x + 1, y) || land(x, y - 1) || land(x, y + 1)) shore.push(t);
  }
  // The nearest the core first (equal travel costs: the first on the map).
  const nearest: number[] = [];
  for (const i of largestFirst(shore.map((t) => -s.map.access[t]))) {
    if (nearest.length >= BRIDGE_CANDIDATES) break;
    nearest.push(shore[i]);
  }
  const gainOf = bridgeGains(s);
  let best: { command: PlayerCommand; gain: number } | null = null;
  const tried = new Set<string>();
  for (const tile of nearest)
    for (const action of tileCandidates(s, p.seat, tile, "buildInfrastructure")) {
      const c = action.command;
      if (c.type !== "buildInfrastructure" || c.infra !== "bridge") continue;
      const span = crossingSpan(s, c.tile, c.axis ?? "ns", "bridge");
      if (!Array.isArray(span) || span.length * cost > available(s, p.seat) || tried.has(span.join(",")) || tried.size >= BRIDGE_SPANS) continue;
      tried.add(span.join(","));
      const gain = gainOf(span);
      if (gain >= minReturn * span.length * cost && (!best || gain > best.gain)) best = { command: c, gain };
    }
  if (best) p.try(best.command);
}
