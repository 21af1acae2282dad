// The village bot. Its round, in order:
//   1. answer the government's compensation offers: accept at or above its asking share of the
//      tile's land value, otherwise ask for that share (a counter-offer); a hold-out village
//      protests an offer at the bare legal minimum for valuable land. On a second round of
//      haggling (the government met it half way) it settles for 60% of its ask;
//   2. reclaim empty house plots (no migrant renting there) for land tickets, when tickets sell
//      well enough (or one plot, to try the market, before any ticket has traded);
//   3. put its free land tickets on the exchange at no less than its asking price (a reclaiming
//      village, and a hold-out one when the exchange traded none last round, first offers them
//      directly, at the last clearing price or its ask, to developers whose farmland plots
//      beyond the red line's quota wait for one);
//   4. build rooms to let (informal housing) on a house plot near the core while cohorts work
//      in the city and all its rooms are let, up to maxRooms tiles (sellEarly and reclaim 1,
//      holdOut 2).
// Personalities:
//   sellEarly accepts 5% of land value (never less than the legal minimum); rarely reclaims
//   holdOut   asks for 30% of land value, protests bare-minimum offers on land worth 10x that,
//             and any other first offer with a chance of 30% x its shortfall from the ask
//             (an offer of half the ask: 15%), drawn from the game's seed; offers tickets directly
//             when the exchange traded none last round
//   reclaim   asks 15%; reclaims two empty house plots a round, offers tickets directly to
//             developers who need them, and sells the rest on the exchange
// Reclamation and the exchange order are the hints' actions (views/hints/village.ts) with the
// bot's own numbers; answers and direct ticket offers go to the seats they are for.

import { available } from "../rules/commitments";
import { tenureCode, useCode } from "../model/map";
import type { GameState } from "../model/state";
import { minimumCompensation } from "../rules/land";
import { farmlandQuota, freeTickets } from "../rules/tickets";
import { BotTurn, botDice, openOffersTo, roundsLeft } from "./common";

import type { VillagePersonality } from "./personalities";

interface VillageStyle {
  /** Asking price, percent of land value. */
  askPct: number;
  /** Protest an offer at the legal minimum when the land is worth this many times more (0: never protests). */
  protestAtMultiple: number;
  /** Chance of protesting a first offer that gives nothing of the ask, percent (scaled by the shortfall). */
  protestChance: number;
  /** House plots reclaimed per round (only empty ones). */
  reclaimPerRound: number;
  /** Reclaim only when the last ticket price was at least this (wan); 0 = regardless. */
  reclaimIfTicketPrice: number;
  /** Least price per ticket on the exchange, wan. */
  ticketAsk: number;
  /** Offer tickets directly to developers who need them: always, only when the exchange traded nothing last round, or never. */
  offerDirect: "always" | "exchangeIdle" | "never";
  /** Informal housing tiles it lets at most. */
  maxRooms: number;
}

export const VILLAGE_STYLES: Record<VillagePersonality, VillageStyle> = {
  sellEarly: { askPct: 5, protestAtMultiple: 0, protestChance: 0, reclaimPerRound: 1, reclaimIfTicketPrice: 1_800, ticketAsk: 800, offerDirect: "never", maxRooms: 1 },
  holdOut: { askPct: 30, protestAtMultiple: 10, protestChance: 30, reclaimPerRound: 1, reclaimIfTicketPrice: 2_500, ticketAsk: 2_000, offerDirect: "exchangeIdle", maxRooms: 2 },
  reclaim: { askPct: 15, protestAtMultiple: 0, protestChance: 0, reclaimPerRound: 2, reclaimIfTicketPrice: 0, ticketAsk: 1_200, offerDirect: "always", maxRooms: 1 },
};

const HOUSE_PLOT = useCode("villageHousing");
const INFORMAL = useCode("informalHousing");
const FARMLAND = useCode("farmland");
const URBAN = tenureCode("stateUrban");

/** Urban-tenure farmland (leased, not yet built on) held by each seat, in one pass over the map. */
function urbanFarmlandBySeat(s: GameState): Int32Array {
  const farms = new Int32Array(s.seats.length);
  const { use, holder, tenure } = s.map;
  for (let t = 0; t < use.length; t++) if (use[t] === FARMLAND && tenure[t] === URBAN && holder[t] >= 0) farms[holder[t]]++;
  return farms;
}

export function villageBot(p: BotTurn, personality: VillagePersonality, answersOnly: boolean): void {
  const style = VILLAGE_STYLES[personality];
  const { state: s, seat } = p;

  // 1. Offers for our land.
  for (const o of openOffersTo(p.state, seat)) {
    if (o.kind !== "expropriation") {
      p.tryHint("offers", "respondOffer", {}, { offerId: o.id, accept: false });
      continue;
    }
    const min = minimumCompensation(s, o.tile);
    const value = s.map.value[o.tile];
    const ask = Math.max(min, Math.round((value * style.askPct) / 100));
    // Did we already ask once for this tile this round? Then the government's answer is a compromise.
    const haggled = p.state.offers.some((x) => x.kind === "expropriation" && x.tile === o.tile && x.from === seat);
    const accept = haggled ? Math.round(ask * 0.6) : ask;
    // A package is worth its cash, the flats at what they cost the city and hukou at the
    // score's 10 points (1,000 wan) for the tile's households.
    const worth = o.amount + (o.flats ? s.scenario.resettlement.flatsPerTile : 0) + (o.hukou ? 1_000 : 0);
    if (worth >= accept && p.tryHint("offers", "respondOffer", {}, { offerId: o.id, accept: true })) continue;
    // A lowball first offer risks a protest: at the bare minimum for valuable land always,
    // otherwise with a chance of protestChance% x how far the package falls short of the ask.
    const lowball = o.amount <= min && value >= min * style.protestAtMultiple;
    const risk = (style.protestChance * Math.max(0, 1 - worth / ask)) / 100;
    if (!haggled && style.protestAtMultiple > 0 && (lowball || botDice(s, seat, o.tile)() < risk) && p.tryHint("offers", "resistOffer", {}, { offerId: o.id })) continue;
    if (!haggled && ask > worth && p.tryHint("offers", "counterOffer", { amount: ask - (worth - o.amount) }, { offerId: o.id })) continue;
    p.tryHint("offers", "respondOffer", {}, { offerId: o.id, accept: false });
  }
  if (answersOnly) return;

  // 2. Reclaim empty house plots for tickets (not in the last round: the ticket would come too late).
  const ticketPrice = s.lastClearing.price;
  // Before any ticket has traded, a village with none (and none being verified) tries the
  // market with one plot, whatever the price.
  const untested = s.tickets[seat] === 0 && !s.pendingTickets.some((t) => t.seat === seat) && s.history.every((h) => h.ticketVolume === 0);
  if (roundsLeft(s) >= s.scenario.tickets.verificationRounds + 1 && (ticketPrice >= style.reclaimIfTicketPrice || untested)) {
    const occupied = new Set<number>();
    for (const c of s.cohorts) {
      if (c.home.kind === "tile") occupied.add(c.home.tile);
      if (c.next?.home.kind === "tile") occupied.add(c.next.home.tile);
    }
    const plots: number[] = [];
    for (const t of p.held()) if (s.map.use[t] === HOUSE_PLOT && !occupied.has(t)) plots.push(t);
    // Far-out plots first: they are worth least to keep and to sell.
    plots.sort((a, b) => s.map.value[a] - s.map.value[b] || a - b);
    const offered = new Set(p.state.offers.filter((o) => o.kind === "expropriation").map((o) => o.tile));
    let done = 0;
    for (const tile of plots) {
      if (done >= (ticketPrice >= style.reclaimIfTicketPrice ? style.reclaimPerRound : 1) || available(p.state, seat) < s.scenario.tickets.reclamationCost + 200) break;
      if (offered.has(tile)) continue;
      if (p.tryHint(tile, "reclaim")) done++;
    }
  }

  // 3. A reclaiming village first offers tickets directly to developers whose farmland plots
  //    wait for one (at its asking price each), then puts the rest on the exchange.
  const exchangeIdle = s.lastClearing.round !== s.round - 1 || s.lastClearing.volume === 0;
  if (style.offerDirect === "always" || (style.offerDirect === "exchangeIdle" && exchangeIdle)) {
    const farms = urbanFarmlandBySeat(s);
    for (const dev of s.seats) {
      if (dev.role !== "developer") continue;
      // Farmland above the red line is built on without a ticket: only the plots beyond the quota need one.
      const need = Math.max(0, farms[dev.id] - farmlandQuota(p.state)) - s.tickets[dev.id];
      const n = Math.min(need, freeTickets(p.state, seat));
      if (n > 0) p.tryHint("offers", "offerTickets", { tickets: n, price: n * Math.max(style.ticketAsk, ticketPrice) }, { to: dev.id });
    }
  }
  const free = freeTickets(p.state, seat);
  if (free > 0) p.tryHint("seat", "exchangeOrder", { tickets: free, price: Math.max(style.ticketAsk, Math.round(ticketPrice * 0.9)) });

  // 4. Rooms to let: while cohorts work in the city and every room the village lets is taken,
  //    it builds rooms on its house plot nearest the core (one a round, not in the last round).
  if (roundsLeft(s) < 1 || !s.cohorts.some((c) => c.job !== "coast")) return;
  const lived = new Set(s.cohorts.flatMap((c) => (c.home.kind === "tile" ? [c.home.tile] : [])));
  let rooms = 0;
  let empty = 0;
  const sites: number[] = [];
  for (const t of p.held()) {
    if (s.map.use[t] === INFORMAL) {
      rooms++;
      if (!lived.has(t)) empty++;
    } else if (s.map.use[t] === HOUSE_PLOT && !lived.has(t)) sites.push(t);
  }
  if (empty > 0 || rooms >= style.maxRooms) return;
  sites.sort((a, b) => s.map.access[a] - s.map.access[b] || a - b);
  for (const tile of sites.slice(0, 3)) if (p.tryHint(tile, "buildInformal")) break;
}
