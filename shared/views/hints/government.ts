// The government's hints: compensation offers on village land, auctions, bridges and tunnels,
// roads and rail, PRH estates, zones, demolition, the plan and state-enterprise relocation on a
// tile; loans, the hukou quota and the PRH policy for the seat.

import type { PlayerCommand } from "../../engine/commands";
import { PLANS } from "../../model/map";
import type { GameState } from "../../model/state";
import { minimumCompensation } from "../../rules/land";
import { planOf } from "../../rules/plans";
import { tenureOf } from "../../rules/tiles";
import { isUnlocked } from "../../rules/unlocks";
import { moneyCommands, say, tileFacts, type RoleHints, type Step, type TileAction, type TileHint } from "./common";

const tile: TileHint[] = [
  {
    type: "expropriate",
    actions: (s, _seat, tile) => {
      if (tenureOf(s, tile) !== "villageCollective") return [];
      const { value, sc } = tileFacts(s, tile);
      const min = minimumCompensation(s, tile);
      return [
        {
          label: say("offerCompensation"),
          command: { type: "expropriate", tile, compensation: min },
          amount: { field: "compensation", min, suggested: min },
          toggles: [
            { field: "hukou", label: say("hukouToggle", { cost: sc.hukou.serviceCostPerVillageTile }) },
            { field: "flats", label: say("flatsToggle", { cost: sc.resettlement.flatsPerTile }) },
          ],
          explain: [say("expropriateExplain", { value })],
        },
      ];
    },
  },
  {
    type: "releaseAuction",
    actions: (s, _seat, tile) => {
      const reserve = Math.round(s.map.value[tile] / 2);
      return [
        {
          label: say("auction"),
          ownLand: true,
          command: { type: "releaseAuction", tile, reserve },
          amount: { field: "reserve", min: 0, suggested: reserve },
          explain: [say("auctionExplain")],
        },
      ];
    },
  },
  {
    type: "buildInfrastructure",
    actions: (s, _seat, tile) => {
      const { terrain, sc } = tileFacts(s, tile);
      const out: TileAction[] = [];
      if (terrain === "water")
        for (const axis of ["ns", "ew"] as const)
          out.push({
            label: say(axis === "ns" ? "bridgeNs" : "bridgeEw"),
            command: { type: "buildInfrastructure", infra: "bridge", tile, axis },
            explain: [say("bridgeExplain", { cost: sc.bridge.costPerTile })],
          });
      if (terrain === "mountain")
        for (const axis of ["ns", "ew"] as const)
          out.push({
            label: say(axis === "ns" ? "tunnelNs" : "tunnelEw"),
            command: { type: "buildInfrastructure", infra: "tunnel", tile, axis },
            explain: [say("tunnelExplain", { cost: sc.infrastructure.tunnelPerTile })],
          });
      out.push(
        {
          label: say("road"),
          ownLand: true,
          command: { type: "buildInfrastructure", infra: "road", tile },
          explain: [say("roadExplain", { cost: terrain === "slope" ? sc.infrastructure.roadSlope : sc.infrastructure.roadFlat })],
        },
        {
          label: say("rail"),
          command: { type: "buildInfrastructure", infra: "rail", tile },
          explain: [say("railExplain", { travel: sc.travelCost.rail, cost: sc.infrastructure.railPerTile })],
        },
      );
      return out;
    },
  },
  {
    type: "buildPrh",
    actions: (s, _seat, tile) => [
      {
        label: say("prhEstate"),
        ownLand: true,
        command: { type: "buildPrh", tile },
        explain: [say("prhEstateExplain", { homes: s.scenario.prh.capacity, rentPct: s.prh.rentPct, cost: s.scenario.prh.costPerTile, count: s.scenario.prh.buildRounds })],
      },
    ],
  },
  {
    type: "designateZone",
    actions: (s, _seat, tile) => {
      const f = s.scenario.firms;
      return [
        {
          label: say("zone"),
          command: { type: "designateZone", tile },
          explain: [say("zoneExplain", { size: f.zoneSize, zoneTaxPct: f.zoneTaxPct, taxPct: f.taxPct, subsidy: f.zoneSubsidy, rentSubsidy: f.zoneRentSubsidy })],
        },
      ];
    },
  },
  {
    type: "demolishInformal",
    actions: (s, _seat, tile) => [
      {
        label: say("demolish"),
        command: { type: "demolishInformal", tile },
        explain: [say("demolishExplain", { cost: s.scenario.informal.demolitionCost, stability: s.scenario.informal.stabilityPerDisplaced })],
      },
    ],
  },
  {
    type: "setPlan",
    actions: (s, _seat, tile) =>
      PLANS.filter((p) => p !== "none" && p !== planOf(s, tile)).map((plan) => ({
        label: say("plan", { plan }),
        command: { type: "setPlan", tile, plan },
        explain: [say(plan === "green" ? "planGreen" : plan === "residential" ? "planResidential" : "planIndustrial")],
      })),
  },
  {
    type: "relocateSoe",
    actions: (s, _seat, tile) => [
      {
        label: say("relocateSoe"),
        command: { type: "relocateSoe", tile },
        explain: [say("relocateSoeExplain", { cost: s.scenario.soe.relocationCost, value: s.map.value[tile] })],
      },
    ],
  },
];

function seat(s: GameState, seat: number): PlayerCommand[] {
  return [
    ...moneyCommands(s, seat),
    { type: "setHukouQuota", cohorts: (s.hukouQuota + 1) % (s.cohorts.length + 1) },
    { type: "setPrhPolicy", rentPct: s.prh.rentPct === 60 ? 80 : 60, eligibility: s.prh.eligibility === "cityWorkers" ? "hukouHolders" : "cityWorkers" },
  ];
}

function steps(s: GameState, _seat: number, spare: number): Step[] {
  const steps: Step[] = [{ code: "govSpend", params: { spare } }];
  if (isUnlocked(s, "prh")) steps.push({ code: "govPrh", params: {} });
  if (isUnlocked(s, "rail")) steps.push({ code: "govRail", params: {} });
  // Old-city renewal by the builders beyond the players (rules/renewal.ts), when the scenario has it.
  if (s.scenario.renewal.sharePct > 0) steps.push({ code: "govRenewal", params: { count: s.renewedTiles } });
  return steps;
}

export const governmentHints: RoleHints = { tile, seat, steps };
