// The village bot. Its round, in order:
//   1. answer the government's compensation offers: accept at or above its asking share of the
//      tile's land value, otherwise ask for that share (a counter-offer); a hold-out village
//      protests an offer at the bare legal minimum for valuable land. On a second round of
//      haggling (the government met it half way) it settles for 60% of its ask;
//   2. reclaim empty house plots (no migrant renting there) for land tickets, when tickets sell
//      well enough (or one plot, to try the market, before any ticket has traded);
//   3. put its free land tickets on the exchange at no less than its asking price (a reclaiming
//      village first offers them directly to developers whose farmland plots wait for one).
// Personalities:
//   sellEarly accepts 5% of land value (never less than the legal minimum); rarely reclaims
//   holdOut   asks for 30% of land value, protests bare-minimum offers on land worth 10x that
//   reclaim   asks 15%; reclaims two empty house plots a round, offers tickets directly to
//             developers who need them, and sells the rest on the exchange
// Reclamation and the exchange order are the hints' actions (views/hints/village.ts) with the
// bot's own numbers; answers and direct ticket offers go to the seats they are for.

import { available } from "../rules/commitments";
import { tenureCode, useCode } from "../model/map";
import { minimumCompensation } from "../rules/land";
import { freeTickets } from "../rules/tickets";
import { BotTurn, openOffersTo, roundsLeft } from "./common";

import type { VillagePersonality } from "./personalities";

interface VillageStyle {
  /** Asking price, percent of land value. */
  askPct: number;
  /** Protest an offer at the legal minimum when the land is worth this many times more (0: never). */
  protestAtMultiple: number;
  /** House plots reclaimed per round (only empty ones). */
  reclaimPerRound: number;
  /** Reclaim only when the last ticket price was at least this (wan); 0 = regardless. */
  reclaimIfTicketPrice: number;
  /** Least price per ticket on the exchange, wan. */
  ticketAsk: number;
  /** Offer tickets directly to developers who need them. */
  offerDirect: boolean;
}

export const VILLAGE_STYLES: Record<VillagePersonality, VillageStyle> = {
  sellEarly: { askPct: 5, protestAtMultiple: 0, reclaimPerRound: 1, reclaimIfTicketPrice: 1_800, ticketAsk: 800, offerDirect: false },
  holdOut: { askPct: 30, protestAtMultiple: 10, reclaimPerRound: 1, reclaimIfTicketPrice: 2_500, ticketAsk: 2_000, offerDirect: false },
  reclaim: { askPct: 15, protestAtMultiple: 0, reclaimPerRound: 2, reclaimIfTicketPrice: 0, ticketAsk: 1_200, offerDirect: true },
};

const HOUSE_PLOT = useCode("villageHousing");
const FARMLAND = useCode("farmland");
const URBAN = tenureCode("stateUrban");

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
    if (o.amount >= accept && p.tryHint("offers", "respondOffer", {}, { offerId: o.id, accept: true })) continue;
    if (!haggled && style.protestAtMultiple > 0 && o.amount <= min && value >= min * style.protestAtMultiple && p.tryHint("offers", "resistOffer", {}, { offerId: o.id })) continue;
    if (!haggled && ask > o.amount && p.tryHint("offers", "counterOffer", { amount: ask }, { offerId: o.id })) continue;
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
    for (let t = 0; t < s.map.use.length; t++) if (s.map.use[t] === HOUSE_PLOT && s.map.holder[t] === seat && !occupied.has(t)) plots.push(t);
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
  if (style.offerDirect)
    for (const dev of s.seats) {
      if (dev.role !== "developer") continue;
      let farms = 0;
      for (let t = 0; t < s.map.use.length; t++) if (s.map.holder[t] === dev.id && s.map.use[t] === FARMLAND && s.map.tenure[t] === URBAN) farms++;
      const need = farms - s.tickets[dev.id];
      const n = Math.min(need, freeTickets(p.state, seat));
      if (n > 0) p.tryHint("offers", "offerTickets", { tickets: n, price: n * Math.max(style.ticketAsk, ticketPrice) }, { to: dev.id });
    }
  const free = freeTickets(p.state, seat);
  if (free > 0) p.tryHint("seat", "exchangeOrder", { tickets: free, price: Math.max(style.ticketAsk, Math.round(ticketPrice * 0.9)) });
}
