// What a seat can do now: the one legal-move generator behind the tile inspector's buttons,
// the role panel's "next steps", and (later) the bots. Every candidate is checked by running
// it through `applyCommand`, so a hint can never offer something the rules would refuse.

import type { PlayerCommand } from "./commands";
import { applyCommand } from "./engine";
import { formatMoney } from "./events";
import { available } from "./ledger";
import { minimumCompensation } from "./rules/land";
import { freeTickets } from "./rules/tickets";
import { useOf } from "./rules/tiles";
import type { GameState } from "./state";

export interface TileAction {
  /** Button text, e.g. "Offer compensation". */
  label: string;
  /** The command to send; `amount.field` names the number the player may change first. */
  command: PlayerCommand;
  amount?: { field: "compensation" | "reserve" | "amount"; min: number; suggested: number };
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
  const candidates: TileAction[] = [];
  if (role === "government") {
    const min = minimumCompensation(s, tile);
    candidates.push({
      label: "Offer compensation",
      command: { type: "expropriate", tile, compensation: min },
      amount: { field: "compensation", min, suggested: min },
      explain: `If the village accepts, the tile enters the land reserve at the end of the round. Land value here: ${formatMoney(value)}.`,
    });
    const reserve = Math.round(value / 2);
    candidates.push({
      label: "Auction the lease",
      ownLand: true,
      command: { type: "releaseAuction", tile, reserve },
      amount: { field: "reserve", min: 0, suggested: reserve },
      explain: "Developers bid in secret this round; the highest bid at or above the reserve wins at the end of the round.",
    });
    for (const axis of ["ns", "ew"] as const)
      candidates.push({
        label: axis === "ns" ? "Bridge north-south" : "Bridge east-west",
        command: { type: "buildBridge", tile, axis },
        explain: "A bridge cuts travel to the core, so land beyond it gains value.",
      });
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
    const farmland = useOf(s, tile) === "farmland";
    candidates.push(
      {
        label: "Build commercial housing",
        ownLand: true,
        command: { type: "build", tile, building: "commercialHousing" },
        explain: `Costs ${formatMoney(s.scenario.construction.commercialHousingCost)}; flats sell on completion for about ${formatMoney(Math.round((value * s.scenario.construction.housingSalePct * s.modifiers.housingDemand) / 10000))}.${farmland ? " Uses one land ticket (farmland)." : ""}`,
      },
      {
        label: "Build a factory",
        ownLand: true,
        command: { type: "build", tile, building: "factory" },
        explain: `Costs ${formatMoney(s.scenario.construction.factoryCost)}; rent ${formatMoney(s.scenario.construction.factoryRent)} a round and ${s.scenario.migrants.jobsPerFactory} cohort job(s).${farmland ? " Uses one land ticket (farmland)." : ""}`,
      },
    );
  }
  if (role === "village") {
    candidates.push({
      label: "Reclaim to farmland",
      ownLand: true,
      command: { type: "reclaim", tile },
      explain: `Costs ${formatMoney(s.scenario.tickets.reclamationCost)}; a land ticket follows after verification, to sell to a developer.`,
    });
  }
  if (role === "migrant") {
    const rent = useOf(s, tile) === "commercialHousing" ? s.scenario.migrants.rent.commercialFlat : s.scenario.migrants.rent.villageRoom;
    for (const job of ["construction", "services", "factory"] as const)
      candidates.push({
        label: `Live here, work in ${job}`,
        command: { type: "chooseWorkAndHome", job, home: { kind: "tile", tile } },
        explain: `Wage ${formatMoney(s.scenario.migrants.wage[job])} a round, rent here ${formatMoney(rent)}.`,
      });
  }
  return candidates;
}

/** Plain sentences for the role panel: what this seat can usefully do right now. */
export function nextSteps(s: GameState, seat: number): string[] {
  const me = s.seats[seat];
  if (!me) return [];
  if (s.phase === "lobby") return ["When everyone who is playing has a seat, press Start game. Empty seats stay idle."];
  if (s.phase === "ended") return ["The game is over: see the final balances."];
  const steps: string[] = [];
  for (const o of s.offers)
    if (o.to === seat && o.status === "open")
      steps.push(o.kind === "ticketSale" ? `Answer offer #${o.id}: land tickets for sale.` : me.role === "village" ? `Answer offer #${o.id} for your land: accept, refuse, ask for more, or protest.` : `Answer offer #${o.id}: the village names its price.`);
  const money = formatMoney(available(s, seat));
  switch (me.role) {
    case "government":
      steps.push(`You have ${money} to spend. Click a village tile to offer compensation, a reserve tile (red-and-white dashed border) to auction it, or a river tile to bridge it.`);
      break;
    case "developer":
      if (s.auctions.length > 0) steps.push(`${s.auctions.length} plot(s) are up for auction: click one to bid.`);
      steps.push(`You have ${money}. Click land you lease to build on it. Farmland needs a land ticket (you hold ${s.tickets[seat]}); buy them on the exchange or from a village.`);
      break;
    case "village":
      steps.push(`Click one of your house plots to reclaim it for a land ticket; answer the government's offers. Tickets to sell on the exchange or to a developer: ${freeTickets(s, seat)}.`);
      break;
    case "migrant":
      steps.push("Choose where to work and live: stay on the coast, or click a village house plot or a flat to move to the city.");
      break;
  }
  return steps;
}
