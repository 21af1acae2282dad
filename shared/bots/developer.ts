// The developer bot. It values a plot by what flats on it would sell for:
//   expected sale = the rules' own (rules/construction.ts expectedNetSale): land value x
//                   housingSalePct x housing demand (the event card's, raised by hukou holders),
//                   less the city's taxes on the sale,
//   plot's worth  = expected sale - construction cost - a land ticket if it is farmland.
// Its round, in order:
//   1. answer villages' direct ticket offers: buy if it needs tickets and the price per ticket
//      is at most its ticket bid (a third of what flats on its best farmland plot would gain,
//      at least 1,800 wan);
//   2. build on its own unbuilt plots: flats when the sale beats keeping the land (the score
//      counts unbuilt land at its land value), else a factory when what it earns beats the
//      land; farmland only with a free ticket; industrial land where no factory pays: it asks
//      for an amendment to housing. A factory earns
//        factory worth = the zone's fee waiver (rules/construction.ts factoryGrant)
//                        + factoryRent x rounds of rent to the end x factoryPct%
//      where rent is counted only if a manufacturer would take it: its expected profit there
//      (rules/firms.ts, the firms' own formula: tax, subsidies, worker housing, hubs) reaches
//      the firms' minimum, and fewer factories stand vacant than firms look inland a round
//      (else a third of the rent: it waits its turn);
//   3. bid in this round's auctions, best margin first, a share of the plot's worth (flats on
//      housing land, a factory on industrial land; never under the reserve), keeping enough
//      cash to build what it wins (and buy a ticket for farmland), borrowing the shortfall
//      (speculative) when the plot's margin pays two rounds' interest on it;
//   4. buy land tickets on the exchange for farmland plots it cannot build on yet, at its
//      ticket bid.
//   1b. repay debt with the cash beyond its reserve and one plot's construction;
//   2a. short of cash for flats that pay, borrow the shortfall (whole ¥10 m) when the flats'
//       margin covers a round's interest and instalment on it: the sale repays it next round;
//   2b. rent a PRH block for its workers while it has a factory no manufacturer has taken;
// Personalities:
//   speculative bids 85% of worth, holds land until demand is high (>= 120%) or the end is near
//   buildToSell bids 70% of worth, builds as soon as building pays
//   cautious    bids 50% of worth, keeps a third of its cash back, prefers factories (steady rent)
// Building, amendments, bids and ticket orders are the hints' actions (views/hints/developer.ts)
// with the bot's own amounts.

import { available } from "../rules/commitments";
import { duePct } from "../rules/finance";
import { expectedNetSale, factoryGrant, housingDemandPct } from "../rules/construction";
import { expectedProfit, firmArrivals, vacantFactories } from "../rules/firms";
import { planOf } from "../rules/plans";
import { prhRent } from "../rules/prh";
import { balanceOf } from "../rules/ledger";
import { tenureCode, useCode } from "../model/map";
import { farmlandQuota, freeTickets } from "../rules/tickets";
import type { GameState } from "../model/state";
import { BotTurn, botDice, openOffersTo, roundsLeft } from "./common";

import type { DeveloperPersonality } from "./personalities";

interface DeveloperStyle {
  /** Bid, percent of the plot's worth. */
  bidPct: number;
  /** Cash kept back from bids, percent of balance. */
  cashBackPct: number;
  /** Build flats only when housing demand is at least this (percent), or in the last two rounds. */
  buildAtDemand: number;
  /** Factory rent is weighed at this percent (a cautious firm likes steady income). */
  factoryPct: number;
  /** Borrows to win a plot it cannot pay for from cash. */
  borrows: boolean;
}

export const DEVELOPER_STYLES: Record<DeveloperPersonality, DeveloperStyle> = {
  speculative: { bidPct: 85, cashBackPct: 0, buildAtDemand: 120, factoryPct: 100, borrows: true },
  buildToSell: { bidPct: 70, cashBackPct: 10, buildAtDemand: 0, factoryPct: 100, borrows: false },
  cautious: { bidPct: 50, cashBackPct: 33, buildAtDemand: 0, factoryPct: 130, borrows: false },
};

const URBAN = tenureCode("stateUrban");
const PRH_ESTATE = useCode("prhEstate");
const FARMLAND = useCode("farmland");
const CLEARABLE = new Set(["none", "farmland", "forest", "villageHousing"].map((u) => useCode(u as never)));

/** What one ticket is worth to a developer now, wan: the last clearing price, or a guess. */
const ticketWorth = (s: GameState): number => Math.max(1_500, s.lastClearing.price);

/** Cash a developer keeps back from bids, wan. */
const keep0 = (style: DeveloperStyle, balance: number): number => Math.round((balance * style.cashBackPct) / 100);

export function developerBot(p: BotTurn, personality: DeveloperPersonality, answersOnly: boolean): void {
  const style = DEVELOPER_STYLES[personality];
  const { state: s, seat } = p;
  const c = s.scenario.construction;
  const left = roundsLeft(s);

  // My unbuilt plots, and how many are farmland (each needs a ticket to build on).
  const plots: number[] = [];
  for (const t of p.held()) if (s.map.tenure[t] === URBAN && CLEARABLE.has(s.map.use[t])) plots.push(t);
  // Farmland above the red line is the city's quota: only the plots beyond it need a ticket.
  const farmPlots = Math.max(0, plots.filter((t) => s.map.use[t] === FARMLAND).length - farmlandQuota(s));

  // What it offers per ticket: a third of what flats on its best farmland plot would gain (at
  // least 1,800 wan), so a ticket's price follows what building on farmland is worth.
  // Worked out once per plot (the sort below asks many times), on the state the turn began with.
  const paysOn = new Map<number, number>();
  const flatsPay = (t: number): number => {
    let pays = paysOn.get(t);
    if (pays === undefined) paysOn.set(t, (pays = expectedNetSale(s, t) - c.commercialHousingCost - s.map.value[t]));
    return pays;
  };
  const ticketBid = Math.max(1_800, Math.round(Math.max(0, ...plots.filter((t) => s.map.use[t] === FARMLAND).map(flatsPay)) / 3));

  // 1. Ticket offers from villages.
  for (const o of openOffersTo(p.state, seat)) {
    if (o.kind !== "ticketSale") {
      p.tryHint("offers", "respondOffer", {}, { offerId: o.id, accept: false });
      continue;
    }
    const need = farmPlots - freeTickets(p.state, seat);
    const ok = need >= o.tickets && o.amount <= o.tickets * ticketBid;
    if (!(ok && p.tryHint("offers", "respondOffer", {}, { offerId: o.id, accept: true }))) p.tryHint("offers", "respondOffer", {}, { offerId: o.id, accept: false });
  }
  if (answersOnly) return;

  // 1b. Debt costs interest every round: repay what the cash beyond its reserve and a plot's
  //     construction covers.
  const spare = available(p.state, seat) - keep0(style, balanceOf(s, seat)) - c.commercialHousingCost;
  if (s.debt[seat] > 0 && spare > 0) p.tryHint("seat", "repay", { amount: Math.min(s.debt[seat], spare) });

  // 2. Build.
  const lateGame = left <= 1;
  const firmsLooking = firmArrivals(s);
  const waiting = vacantFactories(s).length + s.orders.filter((o) => o.kind === "build" && o.building === "factory").length;
  const rentShare = (t: number) => (expectedProfit(s, t) < s.scenario.firms.minimumProfit ? 0 : waiting < firmsLooking ? 1 : 1 / 3);
  const factoryWorth = (t: number) => factoryGrant(s, t, "factory") + (c.factoryRent * (left + 1) * rentShare(t) * style.factoryPct) / 100;
  const factoryPays = (t: number) => factoryWorth(t) - s.map.value[t];
  plots.sort((a, b) => flatsPay(b) - flatsPay(a) || a - b);
  for (const tile of plots) {
    const flats = flatsPay(tile);
    const factory = factoryPays(tile);
    const flatsNow = flats > 0 && (housingDemandPct(s) >= style.buildAtDemand || lateGame);
    if (flatsNow && flats >= factory && (p.tryHint(tile, "build", {}, { building: "commercialHousing" }) || borrowToBuild(p, tile, flats, left))) continue;
    // A factory needs industrial land: where the plan says otherwise, ask for an amendment first.
    if (factory > 0 && factory > (flatsNow ? flats : 0) && !p.tryHint(tile, "build", {}, { building: "factory" })) p.tryHint(tile, "requestAmendment", {}, { plan: "industrial" });
    // Industrial land no manufacturer would take: ask to re-plan it for housing (its value
    // would rise to housing land's; the government decides).
    else if (factory <= 0 && planOf(s, tile) === "industrial" && left > 1) p.tryHint(tile, "requestAmendment", {}, { plan: "residential" });
  }

  // 2b. Housing for workers: with a factory no manufacturer has taken (or one ordered this
  // round, before the firms choose), rent one PRH block a round (a block counts as worker housing for every factory it holds, rules/firms.ts) while
  // the block costs less than the factory's rent would bring.
  const FACTORY = useCode("factory");
  const taken = new Set(s.firms.map((f) => f.tile));
  const idle = p.held().some((t) => s.map.use[t] === FACTORY && !taken.has(t)) || p.state.orders.some((o) => o.kind === "build" && o.seat === seat && o.building === "factory");
  if (idle && prhRent(s) < c.factoryRent && left > 0)
    for (let t = 0; t < s.map.use.length; t++) if (s.map.use[t] === PRH_ESTATE && p.tryHint(t, "leasePrhBlock")) break;

  // 3. Bid.
  const dice = botDice(s, seat, 1);
  const keep = keep0(style, balanceOf(s, seat));
  const auctions = p.state.auctions
    .map((a) => {
      const farmland = s.map.use[a.tile] === FARMLAND;
      const build = planOf(s, a.tile) === "industrial" ? factoryWorth(a.tile) : expectedNetSale(s, a.tile) - c.commercialHousingCost;
      const worth = Math.max(build - (farmland ? ticketWorth(s) : 0), s.map.value[a.tile]);
      return { a, worth, margin: worth - a.reserve };
    })
    .filter((x) => x.margin > 0)
    .sort((x, y) => y.margin - x.margin || x.a.id - y.a.id);
  for (const { a, worth } of auctions) {
    // Game's end: land bought now is scored at its value, so never pay more than that.
    const cap = left === 0 ? Math.min(worth, s.map.value[a.tile]) : worth;
    const amount = Math.round((cap * (style.bidPct + 6 * dice() - 3)) / 100);
    if (amount < a.reserve) continue;
    // Keep the money to build there (and to buy the ticket farmland needs); short of it, a bot
    // that borrows does so when the plot's margin over the bid pays a round's interest twice.
    const farmland = s.map.use[a.tile] === FARMLAND;
    const short = keep + c.commercialHousingCost + (farmland ? ticketWorth(s) : 0) - (available(p.state, seat) - amount);
    if (short > 0) {
      const loan = Math.ceil(short / 10_000) * 10_000;
      const pays = style.borrows && left > 1 && worth - amount >= (2 * loan * s.scenario.finance.interestPct) / 100;
      if (!(pays && p.tryHint("seat", "borrow", { amount: loan }))) continue;
    }
    p.tryHint(a.tile, "bid", { amount });
  }

  // 4. Tickets for farmland plots: worth up to half of what building flats on the best one gains.
  const need = farmPlots - freeTickets(p.state, seat);
  if (need > 0 && left > 0) {
    const price = ticketBid;
    const n = Math.min(need, Math.floor((available(p.state, seat) - keep) / price));
    if (n > 0) p.tryHint("seat", "exchangeOrder", { tickets: n, price });
  }
}

/** Short of cash for flats on `tile`: borrow the shortfall (whole ¥10 m) and build, when the flats' margin pays a round's interest and instalment on it. */
function borrowToBuild(p: BotTurn, tile: number, margin: number, left: number): boolean {
  const s = p.state;
  const short = s.scenario.construction.commercialHousingCost - available(s, p.seat);
  if (short <= 0 || left < 1) return false;
  const loan = Math.ceil(short / 1_000) * 1_000;
  // Flats sell when built, so the loan is repaid the next round: one round's interest and instalment.
  const cost = (loan * (s.scenario.finance.interestPct + duePct(s))) / 100;
  if (margin < cost || !p.tryHint("seat", "borrow", { amount: loan })) return false;
  return p.tryHint(tile, "build", {}, { building: "commercialHousing" });
}
