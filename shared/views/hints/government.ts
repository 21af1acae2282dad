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
import { money, moneyCommands, tileFacts, type RoleHints, type Step, type TileAction, type TileHint } from "./common";

const tile: TileHint[] = [
  {
    type: "expropriate",
    actions: (s, _seat, tile) => {
      if (tenureOf(s, tile) !== "villageCollective") return [];
      const { value, sc } = tileFacts(s, tile);
      const min = minimumCompensation(s, tile);
      return [
        {
          label: "Offer compensation",
          command: { type: "expropriate", tile, compensation: min },
          amount: { field: "compensation", min, suggested: min },
          toggles: [
            { field: "hukou", label: `Urban hukou for its households (${money(sc.hukou.serviceCostPerVillageTile)} a round in services)` },
            { field: "flats", label: `Resettlement flats (${money(sc.resettlement.flatsPerTile)} now)` },
          ],
          explain: `If the village accepts, the tile enters the land reserve at the end of the round. Land value here: ${money(value)}.`,
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
          label: "Auction the lease",
          ownLand: true,
          command: { type: "releaseAuction", tile, reserve },
          amount: { field: "reserve", min: 0, suggested: reserve },
          explain: "Developers bid in secret this round; the highest bid at or above the reserve wins at the end of the round.",
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
            label: axis === "ns" ? "Bridge north-south" : "Bridge east-west",
            command: { type: "buildInfrastructure", infra: "bridge", tile, axis },
            explain: `A bridge cuts travel to the core, so land beyond it gains value. ${money(sc.bridge.costPerTile)} per river tile.`,
          });
      if (terrain === "mountain")
        for (const axis of ["ns", "ew"] as const)
          out.push({
            label: axis === "ns" ? "Tunnel north-south" : "Tunnel east-west",
            command: { type: "buildInfrastructure", infra: "tunnel", tile, axis },
            explain: `A road tunnel through the ridge: ${money(sc.infrastructure.tunnelPerTile)} per ridge tile.`,
          });
      out.push(
        {
          label: "Build a road",
          ownLand: true,
          command: { type: "buildInfrastructure", infra: "road", tile },
          explain: `A road makes this tile as quick to cross as a city street: ${money(terrain === "slope" ? sc.infrastructure.roadSlope : sc.infrastructure.roadFlat)}.`,
        },
        {
          label: "Lay light rail",
          command: { type: "buildInfrastructure", infra: "rail", tile },
          explain: `The fastest way across the city (travel cost ${sc.travelCost.rail} a tile): ${money(sc.infrastructure.railPerTile)}. Lines grow out from the core.`,
        },
      );
      return out;
    },
  },
  {
    type: "buildPrh",
    actions: (s, _seat, tile) => [
      {
        label: "Build a PRH estate",
        ownLand: true,
        command: { type: "buildPrh", tile },
        explain: `${s.scenario.prh.capacity} cohorts' homes at ${s.prh.rentPct}% of market rent; ${money(s.scenario.prh.costPerTile)} borrowed, open after ${s.scenario.prh.buildRounds} round(s).`,
      },
    ],
  },
  {
    type: "designateZone",
    actions: (s, _seat, tile) => {
      const f = s.scenario.firms;
      return [
        {
          label: "Designate an economic zone",
          command: { type: "designateZone", tile },
          explain: `Firms in the ${f.zoneSize}x${f.zoneSize} zone pay ${f.zoneTaxPct}% tax instead of ${f.taxPct}% get ${money(f.zoneSubsidy)} a round of energy subsidy, and the city pays ${money(f.zoneRentSubsidy)} of each zone factory's rent.`,
        },
      ];
    },
  },
  {
    type: "demolishInformal",
    actions: (s, _seat, tile) => [
      {
        label: "Demolish informal housing",
        command: { type: "demolishInformal", tile },
        explain: `Costs ${money(s.scenario.informal.demolitionCost)}; tenants are displaced to the coast and stability falls ${s.scenario.informal.stabilityPerDisplaced} per cohort.`,
      },
    ],
  },
  {
    type: "setPlan",
    actions: (s, _seat, tile) =>
      PLANS.filter((p) => p !== "none" && p !== planOf(s, tile)).map((plan) => ({
        label: `Plan for ${plan} use`,
        command: { type: "setPlan", tile, plan },
        explain: plan === "green" ? "Parks and public facilities: nothing may be built here for sale." : `Developers may build ${plan === "residential" ? "flats" : "factories"} here once leased.`,
      })),
  },
  {
    type: "relocateSoe",
    actions: (s, _seat, tile) => [
      {
        label: "Relocate the state enterprise",
        command: { type: "relocateSoe", tile },
        explain: `Costs ${money(s.scenario.soe.relocationCost)}; the inner-city site enters the land reserve, ready to auction. Land value here: ${money(s.map.value[tile])}.`,
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
  return steps;
}

export const governmentHints: RoleHints = { tile, seat, steps };
