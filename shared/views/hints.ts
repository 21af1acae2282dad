// What a seat can do now: the one legal-move generator behind the tile inspector's buttons,
// the role panel's "next steps", the random test player and (for bridges) the government bot.
// Every candidate is checked by running it through `applyCommand`, so a hint can never offer
// something the rules would refuse.

import type { PlayerCommand } from "../engine/commands";
import { applyCommand } from "../engine/apply";
import { formatMoney } from "../model/events";
import { available } from "../rules/commitments";
import { housingDemandPct, officeRent } from "../rules/construction";
import { minimumCompensation } from "../rules/land";
import { PLANS } from "../model/map";
import { amendmentKind, planOf } from "../rules/plans";
import { prhRent } from "../rules/prh";
import { freeTickets } from "../rules/tickets";
import { tenureOf, terrainOf, useOf } from "../rules/tiles";
import { isUnlocked } from "../rules/unlocks";
import type { GameState } from "../model/state";

export interface TileAction {
  /** Button text, e.g. "Offer compensation". */
  label: string;
  /** The command to send; `amount.field` names the number the player may change first. */
  command: PlayerCommand;
  amount?: { field: "compensation" | "reserve" | "amount"; min: number; suggested: number };
  /** Yes/no parts of the command the player may switch on first (a compensation package). */
  toggles?: { field: "hukou" | "flats"; label: string }[];
  /** One sentence on what happens, shown beside the button. */
  explain: string;
  /** What a seat normally does with land it holds: if refused there, the player is told why. */
  ownLand?: true;
}

/** The legal actions for a seat on a tile. */
export const tileActions = (s: GameState, seat: number, tile: number): TileAction[] => tileOptions(s, seat, tile).actions;

/**
 * The legal actions, and — on land the seat holds — why the other usual actions are refused
 * there now (a developer's new farmland plot cannot be built on without a land ticket).
 */
export function tileOptions(s: GameState, seat: number, tile: number): { actions: TileAction[]; blocked: string[] } {
  const actions: TileAction[] = [];
  const blocked = new Set<string>();
  for (const candidate of candidateActions(s, seat, tile)) {
    const result = applyCommand(s, seat, candidate.command);
    if (result.ok) actions.push(candidate);
    else if (candidate.ownLand && s.map.holder[tile] === seat) blocked.add(`${candidate.label}: ${result.error}`);
  }
  return { actions, blocked: [...blocked] };
}

function candidateActions(s: GameState, seat: number, tile: number): TileAction[] {
  const role = s.seats[seat]?.role;
  if (s.phase !== "action" || tile < 0 || tile >= s.map.width * s.map.height) return [];
  const value = s.map.value[tile];
  const use = useOf(s, tile);
  const terrain = terrainOf(s, tile);
  const sc = s.scenario;
  const candidates: TileAction[] = [];
  if (role === "government") {
    if (tenureOf(s, tile) === "villageCollective") {
      const min = minimumCompensation(s, tile);
      candidates.push({
        label: "Offer compensation",
        command: { type: "expropriate", tile, compensation: min },
        amount: { field: "compensation", min, suggested: min },
        toggles: [
          { field: "hukou", label: `Urban hukou for its households (${formatMoney(sc.hukou.serviceCostPerVillageTile)} a round in services)` },
          { field: "flats", label: `Resettlement flats (${formatMoney(sc.resettlement.flatsPerTile)} now)` },
        ],
        explain: `If the village accepts, the tile enters the land reserve at the end of the round. Land value here: ${formatMoney(value)}.`,
      });
    }
    const reserve = Math.round(value / 2);
    candidates.push({
      label: "Auction the lease",
      ownLand: true,
      command: { type: "releaseAuction", tile, reserve },
      amount: { field: "reserve", min: 0, suggested: reserve },
      explain: "Developers bid in secret this round; the highest bid at or above the reserve wins at the end of the round.",
    });
    if (terrain === "water")
      for (const axis of ["ns", "ew"] as const)
        candidates.push({
          label: axis === "ns" ? "Bridge north-south" : "Bridge east-west",
          command: { type: "buildInfrastructure", infra: "bridge", tile, axis },
          explain: `A bridge cuts travel to the core, so land beyond it gains value. ${formatMoney(sc.bridge.costPerTile)} per river tile.`,
        });
    if (terrain === "mountain")
      for (const axis of ["ns", "ew"] as const)
        candidates.push({
          label: axis === "ns" ? "Tunnel north-south" : "Tunnel east-west",
          command: { type: "buildInfrastructure", infra: "tunnel", tile, axis },
          explain: `A road tunnel through the ridge: ${formatMoney(sc.infrastructure.tunnelPerTile)} per ridge tile.`,
        });
    candidates.push(
      {
        label: "Build a road",
        ownLand: true,
        command: { type: "buildInfrastructure", infra: "road", tile },
        explain: `A road makes this tile as quick to cross as a city street: ${formatMoney(terrain === "slope" ? sc.infrastructure.roadSlope : sc.infrastructure.roadFlat)}.`,
      },
      {
        label: "Lay light rail",
        command: { type: "buildInfrastructure", infra: "rail", tile },
        explain: `The fastest way across the city (travel cost ${sc.travelCost.rail} a tile): ${formatMoney(sc.infrastructure.railPerTile)}. Lines grow out from the core.`,
      },
      {
        label: "Build a PRH estate",
        ownLand: true,
        command: { type: "buildPrh", tile },
        explain: `${sc.prh.capacity} cohorts' homes at ${s.prh.rentPct}% of market rent; ${formatMoney(sc.prh.costPerTile)} borrowed, open after ${sc.prh.buildRounds} round(s).`,
      },
      {
        label: "Designate an economic zone",
        command: { type: "designateZone", tile },
        explain: `Firms in the ${sc.firms.zoneSize}x${sc.firms.zoneSize} zone pay ${sc.firms.zoneTaxPct}% tax instead of ${sc.firms.taxPct}% get ${formatMoney(sc.firms.zoneSubsidy)} a round of energy subsidy, and the city pays ${formatMoney(sc.firms.zoneRentSubsidy)} of each zone factory's rent.`,
      },
      {
        label: "Demolish informal housing",
        command: { type: "demolishInformal", tile },
        explain: `Costs ${formatMoney(sc.informal.demolitionCost)}; tenants are displaced to the coast and stability falls ${sc.informal.stabilityPerDisplaced} per cohort.`,
      },
      ...PLANS.filter((p) => p !== "none" && p !== planOf(s, tile)).map(
        (plan): TileAction => ({
          label: `Plan for ${plan} use`,
          command: { type: "setPlan", tile, plan },
          explain: plan === "green" ? "Parks and public facilities: nothing may be built here for sale." : `Developers may build ${plan === "residential" ? "flats" : "factories"} here once leased.`,
        }),
      ),
      {
        label: "Relocate the state enterprise",
        command: { type: "relocateSoe", tile },
        explain: `Costs ${formatMoney(sc.soe.relocationCost)}; the inner-city site enters the land reserve, ready to auction. Land value here: ${formatMoney(value)}.`,
      },
    );
  }
  if (role === "developer") {
    const auction = s.auctions.find((a) => a.tile === tile);
    if (auction) {
      const mine = auction.bids.find((b) => b.seat === seat)?.amount;
      candidates.push({
        label: mine === undefined ? "Place a sealed bid" : "Change your bid",
        command: { type: "bid", auctionId: auction.id, amount: mine ?? auction.reserve },
        amount: { field: "amount", min: auction.reserve, suggested: mine ?? Math.max(auction.reserve, Math.round(value * 0.8)) },
        explain: `Reserve ${formatMoney(auction.reserve)}. Highest bid wins and pays its bid.`,
      });
    }
    const farmland = use === "farmland";
    candidates.push(
      {
        label: "Build commercial housing",
        ownLand: true,
        command: { type: "build", tile, building: "commercialHousing" },
        explain: `Costs ${formatMoney(sc.construction.commercialHousingCost)}; flats sell on completion for about ${formatMoney(Math.round((value * sc.construction.housingSalePct * housingDemandPct(s)) / 10000))}.${farmland ? " Uses one land ticket (farmland)." : ""}`,
      },
      {
        label: "Build a factory",
        ownLand: true,
        command: { type: "build", tile, building: "factory" },
        explain: `Costs ${formatMoney(sc.construction.factoryCost)}. When a manufacturer moves in: rent ${formatMoney(sc.construction.factoryRent)} a round and ${sc.migrants.jobsPerFactory} cohort job(s).${farmland ? " Uses one land ticket (farmland)." : ""}`,
      },
      ...(["residential", "industrial"] as const)
        .filter((p) => p !== planOf(s, tile))
        .map(
          (plan): TileAction => ({
            label: `Ask to re-plan for ${plan} use`,
            command: { type: "requestAmendment", tile, plan },
            explain:
              amendmentKind(s, tile, plan) === "technical"
                ? "A technical amendment (a boundary correction: a neighbouring plot is already planned so): approved, in force at the end of the round."
                : "A compulsory amendment (a change of use): the government decides, and an approved change comes into force a round later.",
          }),
        ),
      {
        label: "Build offices",
        ownLand: true,
        command: { type: "build", tile, building: "office" },
        explain: `Costs ${formatMoney(sc.construction.officeCost)}; let to service firms for ${sc.construction.officeRentPct}% of the land value a round (${formatMoney(officeRent(s, tile))} here now): central plots pay best.`,
      },
      {
        label: "Rent a PRH block for workers",
        command: { type: "leasePrhBlock", tile },
        explain: `${formatMoney(prhRent(s))} a round; housing for your workers makes your factories more attractive to manufacturers.`,
      },
    );
  }
  if (role === "village") {
    candidates.push(
      {
        label: "Reclaim to farmland",
        ownLand: true,
        command: { type: "reclaim", tile },
        explain: `Costs ${formatMoney(sc.tickets.reclamationCost)}; a land ticket follows after verification, to sell to a developer.`,
      },
      {
        label: "Build rooms to let",
        ownLand: true,
        command: { type: "buildInformal", tile },
        explain: `Informal housing: costs ${formatMoney(sc.informal.buildCost)}, lets to ${sc.migrants.capacity.informalHousing} migrant cohorts at ${formatMoney(sc.migrants.rent.villageRoom)} a round each. The government may demolish it.${use === "farmland" ? " Farmland lost counts against the red line." : ""}`,
      },
    );
  }
  if (role === "migrant") {
    const rent = use === "commercialHousing" ? sc.migrants.rent.commercialFlat : use === "prhEstate" ? prhRent(s) : sc.migrants.rent.villageRoom;
    for (const job of ["construction", "services", "factory"] as const)
      candidates.push({
        label: `${use === "prhEstate" ? "Apply for a flat" : "Live here"}, work in ${job}`,
        command: { type: "chooseWorkAndHome", job, home: { kind: "tile", tile } },
        explain: `Wage ${formatMoney(sc.migrants.wage[job])} a round, rent here ${formatMoney(rent)}.${use === "prhEstate" ? " If more apply than flats are free, a lottery decides." : ""}`,
      });
  }
  return candidates;
}

/**
 * The legal actions a seat can take that are not about one tile: loans, policies, hukou,
 * remittances, the exchange, dormitory and coastal jobs. Amounts are typical examples; the
 * panels let a player choose others. Every one is checked through `applyCommand`.
 */
export function seatActions(s: GameState, seat: number): PlayerCommand[] {
  const role = s.seats[seat]?.role;
  if (s.phase !== "action") return [];
  const candidates: PlayerCommand[] = [];
  const money = available(s, seat);
  if (role === "government" || role === "developer") {
    candidates.push({ type: "borrow", amount: 20_000 }, { type: "repay", amount: Math.min(s.debt[seat], Math.max(1, money)) });
  }
  if (role === "government") {
    candidates.push({ type: "setHukouQuota", cohorts: (s.hukouQuota + 1) % (s.cohorts.length + 1) });
    candidates.push({ type: "setPrhPolicy", rentPct: s.prh.rentPct === 60 ? 80 : 60, eligibility: s.prh.eligibility === "cityWorkers" ? "hukouHolders" : "cityWorkers" });
  }
  if (role === "developer") candidates.push({ type: "exchangeOrder", side: "buy", tickets: 1, price: Math.min(5_000, Math.max(0, money)) });
  if (role === "village") candidates.push({ type: "exchangeOrder", side: "sell", tickets: 1, price: 3_000 });
  if (role === "migrant") {
    candidates.push(
      { type: "applyHukou" },
      { type: "setRemittance", amount: 300 },
      { type: "chooseWorkAndHome", job: "coast", home: { kind: "coast" } },
      { type: "chooseWorkAndHome", job: "construction", home: { kind: "dorm" } },
      { type: "chooseWorkAndHome", job: "factory", home: { kind: "dorm" } },
    );
  }
  return candidates.filter((c) => applyCommand(s, seat, c).ok);
}

/** Plain sentences for the role panel: what this seat can usefully do right now. */
export function nextSteps(s: GameState, seat: number): string[] {
  const me = s.seats[seat];
  if (!me) return [];
  if (s.phase === "lobby") return ["When everyone who is playing has a seat, press Start game. Empty seats stay idle."];
  if (s.phase === "ended") return ["The game is over: see the final balances."];
  const steps: string[] = [];
  // Offers waiting for this seat's answer, one line per kind (a busy government may send many).
  const waiting = s.offers.filter((o) => o.to === seat && o.status === "open");
  const ids = (kind: string) => waiting.filter((o) => o.kind === kind).map((o) => `#${o.id}`);
  const say = (kind: string, one: string, many: (n: number) => string) => {
    const list = ids(kind);
    if (list.length === 1) steps.push(one.replace("#", list[0]));
    else if (list.length > 1) steps.push(many(list.length));
  };
  say("ticketSale", "Answer offer #: land tickets for sale.", (n) => `Answer ${n} offers of land tickets in the offers panel.`);
  say("amendment", "Answer request #: a developer asks to change the plan (approve or refuse).", (n) => `Answer ${n} requests to change the plan in the offers panel (approve or refuse).`);
  if (me.role === "village")
    say("expropriation", "Answer offer # for your land: accept, refuse, ask for more, or protest.", (n) => `Answer ${n} offers for your land in the offers panel: accept, refuse, ask for more, or protest.`);
  else say("expropriation", "Answer offer #: the village names its price.", (n) => `Answer ${n} counter-offers in the offers panel: the villages name their prices.`);
  const money = formatMoney(available(s, seat));
  switch (me.role) {
    case "government":
      steps.push(`You have ${money} to spend. Click a village tile to offer compensation, a reserve tile (red-and-white dashed border) to auction it, a river to bridge it or a ridge to tunnel it.`);
      if (isUnlocked(s, "prh")) steps.push("Public rented housing and economic zones are open: click state land you hold to build an estate or designate a zone.");
      if (isUnlocked(s, "rail")) steps.push("Light rail is open: lines grow out from the core, one tile at a time.");
      break;
    case "developer":
      if (s.auctions.length > 0) steps.push(`${s.auctions.length} plot(s) are up for auction: click one to bid.`);
      steps.push(`You have ${money}. Click land you lease to build on it. Farmland needs a land ticket (you hold ${s.tickets[seat]}); buy them ${isUnlocked(s, "exchange") ? "on the exchange or " : ""}from a village. Short of money? Borrow below.`);
      break;
    case "village":
      steps.push(`Click one of your house plots to reclaim it for a land ticket, or your land to build rooms to let; answer the government's offers. Tickets to sell: ${freeTickets(s, seat)}.`);
      break;
    case "migrant": {
      const me = s.cohorts.find((c) => c.seat === seat);
      steps.push("Choose where to work and live: stay on the coast, or click a village room, an informal room, a flat or a PRH estate to move to the city.");
      if (me && !me.hukou && me.job !== "coast") steps.push(`You work in the city: apply for urban hukou below (quota this round: ${s.hukouQuota}).`);
      break;
    }
  }
  return steps;
}
