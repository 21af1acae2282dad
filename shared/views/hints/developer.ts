// The developer's hints: a sealed bid on a plot up for auction; flats, a factory or offices on
// land it leases; a plan amendment; a PRH block for its workers; loans and exchange buy orders.

import type { PlayerCommand } from "../../engine/commands";
import type { GameState } from "../../model/state";
import { available } from "../../rules/commitments";
import { expectedSale, factoryGrant, flatsDemand, officeRent } from "../../rules/construction";
import { expectedProfit } from "../../rules/firms";
import { amendmentKind, planOf } from "../../rules/plans";
import { prhRent } from "../../rules/prh";
import { isUnlocked } from "../../rules/unlocks";
import { money, moneyCommands, tileFacts, type RoleHints, type Step, type TileHint } from "./common";

/** " Uses one land ticket (farmland)." where the plot is farmland. */
const ticketNote = (s: GameState, tile: number): string => (tileFacts(s, tile).use === "farmland" ? " Uses one land ticket (farmland)." : "");

const tile: TileHint[] = [
  {
    type: "bid",
    actions: (s, seat, tile) => {
      const auction = s.auctions.find((a) => a.tile === tile);
      if (!auction) return [];
      const mine = auction.bids.find((b) => b.seat === seat)?.amount;
      return [
        {
          label: mine === undefined ? "Place a sealed bid" : "Change your bid",
          command: { type: "bid", auctionId: auction.id, amount: mine ?? auction.reserve },
          amount: { field: "amount", min: auction.reserve, suggested: mine ?? Math.max(auction.reserve, Math.round(s.map.value[tile] * 0.8)) },
          explain: `Reserve ${money(auction.reserve)}. Highest bid wins and pays its bid.`,
        },
      ];
    },
  },
  {
    type: "build",
    actions: (s, _seat, tile) => {
      const c = s.scenario.construction;
      return [
        {
          label: "Build commercial housing",
          ownLand: true,
          command: { type: "build", tile, building: "commercialHousing" },
          explain: `Costs ${money(c.commercialHousingCost)}; flats sell on completion for about ${money(expectedSale(s, tile))} (the market buys ${flatsDemand(s)} tile(s) of flats at full price this round; later ones sell for less).${ticketNote(s, tile)}`,
        },
        {
          label: "Build a factory",
          ownLand: true,
          command: { type: "build", tile, building: "factory" },
          explain: `Costs ${money(c.factoryCost)}${factoryGrant(s, tile, "factory") > 0 ? ` (the zone pays ${money(factoryGrant(s, tile, "factory"))} of it)` : ""}. When a manufacturer moves in: rent ${money(c.factoryRent)} a round and ${s.scenario.migrants.jobsPerFactory} cohort job(s); a firm would expect ${money(expectedProfit(s, tile))} a round here (it needs ${money(s.scenario.firms.minimumProfit)}).${ticketNote(s, tile)}`,
        },
      ];
    },
  },
  {
    type: "requestAmendment",
    actions: (s, _seat, tile) =>
      (["residential", "industrial"] as const)
        .filter((p) => p !== planOf(s, tile))
        .map((plan) => ({
          label: `Ask to re-plan for ${plan} use`,
          command: { type: "requestAmendment", tile, plan },
          explain:
            amendmentKind(s, tile, plan) === "technical"
              ? "A technical amendment (a boundary correction: a neighbouring plot is already planned so): approved, in force at the end of the round."
              : "A compulsory amendment (a change of use): the government decides, and an approved change comes into force a round later.",
        })),
  },
  {
    type: "build",
    actions: (s, _seat, tile) => {
      const c = s.scenario.construction;
      return [
        {
          label: "Build offices",
          ownLand: true,
          command: { type: "build", tile, building: "office" },
          explain: `Costs ${money(c.officeCost)}; let to service firms for ${c.officeRentPct}% of the land value a round (${money(officeRent(s, tile))} here now): central plots pay best.`,
        },
      ];
    },
  },
  {
    type: "leasePrhBlock",
    actions: (s, _seat, tile) => [
      {
        label: "Rent a PRH block for workers",
        command: { type: "leasePrhBlock", tile },
        explain: `${money(prhRent(s))} a round; housing for your workers makes your factories more attractive to manufacturers.`,
      },
    ],
  },
];

function seat(s: GameState, seat: number): PlayerCommand[] {
  return [...moneyCommands(s, seat), { type: "exchangeOrder", side: "buy", tickets: 1, price: Math.min(5_000, Math.max(0, available(s, seat))) }];
}

function steps(s: GameState, seat: number, spare: number): Step[] {
  const steps: Step[] = [];
  if (s.auctions.length > 0) steps.push({ code: "devAuctions", params: { count: s.auctions.length } });
  steps.push({ code: isUnlocked(s, "exchange") ? "devBuildExchange" : "devBuild", params: { spare, count: s.tickets[seat] } });
  return steps;
}

export const developerHints: RoleHints = { tile, seat, steps };
