// The developer's hints: a sealed bid on a plot up for auction; flats, a factory or offices on
// land it leases; a plan amendment; a PRH block for its workers; loans and exchange buy orders.

import type { PlayerCommand } from "../../engine/commands";
import type { GameState } from "../../model/state";
import { available } from "../../rules/commitments";
import { expectedSale, factoryGrant, flatsDemand, officeRent } from "../../rules/construction";
import { expectedProfit } from "../../rules/firms";
import { amendmentKind, planOf } from "../../rules/plans";
import { prhRent } from "../../rules/prh";
import { farmlandQuota } from "../../rules/tickets";
import { isUnlocked } from "../../rules/unlocks";
import { moneyCommands, say, tileFacts, type ActionText, type RoleHints, type Step, type TileHint } from "./common";

/** "Uses one land ticket (farmland)." where the plot is farmland. */
const ticketNote = (s: GameState, tile: number): ActionText[] => (tileFacts(s, tile).use === "farmland" ? [say("usesTicket")] : []);

const tile: TileHint[] = [
  {
    type: "bid",
    actions: (s, seat, tile) => {
      const auction = s.auctions.find((a) => a.tile === tile);
      if (!auction) return [];
      const mine = auction.bids.find((b) => b.seat === seat)?.amount;
      return [
        {
          label: say(mine === undefined ? "bid" : "changeBid"),
          command: { type: "bid", auctionId: auction.id, amount: mine ?? auction.reserve },
          amount: { field: "amount", min: auction.reserve, suggested: mine ?? Math.max(auction.reserve, Math.round(s.map.value[tile] * 0.8)) },
          explain: [say("bidExplain", { reserve: auction.reserve })],
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
          label: say("buildHousing"),
          ownLand: true,
          command: { type: "build", tile, building: "commercialHousing" },
          explain: [say("buildHousingExplain", { cost: c.commercialHousingCost, sale: expectedSale(s, tile), count: flatsDemand(s) }), ...ticketNote(s, tile)],
        },
        {
          label: say("buildFactory"),
          ownLand: true,
          command: { type: "build", tile, building: "factory" },
          explain: [
            factoryGrant(s, tile, "factory") > 0 ? say("factoryCostGrant", { cost: c.factoryCost, grant: factoryGrant(s, tile, "factory") }) : say("factoryCost", { cost: c.factoryCost }),
            say("factoryExplain", { rent: c.factoryRent, count: s.scenario.migrants.jobsPerFactory, profit: expectedProfit(s, tile), minimum: s.scenario.firms.minimumProfit }),
            ...ticketNote(s, tile),
          ],
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
          label: say("amend", { plan }),
          command: { type: "requestAmendment", tile, plan },
          explain: [say(amendmentKind(s, tile, plan) === "technical" ? "amendTechnical" : "amendCompulsory")],
        })),
  },
  {
    type: "build",
    actions: (s, _seat, tile) => {
      const c = s.scenario.construction;
      return [
        {
          label: say("buildOffices"),
          ownLand: true,
          command: { type: "build", tile, building: "office" },
          explain: [say("buildOfficesExplain", { cost: c.officeCost, pct: c.officeRentPct, rent: officeRent(s, tile) })],
        },
      ];
    },
  },
  {
    type: "leasePrhBlock",
    actions: (s, _seat, tile) => [
      {
        label: say("prhBlock"),
        command: { type: "leasePrhBlock", tile },
        explain: [say("prhBlockExplain", { rent: prhRent(s) })],
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
  steps.push({ code: isUnlocked(s, "exchange") ? "devBuildExchange" : "devBuild", params: { spare, count: s.tickets[seat], quota: farmlandQuota(s) } });
  if (s.scenario.renewal.sharePct > 0) steps.push({ code: "devRenewal", params: { pct: s.scenario.renewal.sharePct } });
  return steps;
}

export const developerHints: RoleHints = { tile, seat, steps };
