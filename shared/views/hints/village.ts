// A village's hints: reclaim a house plot for a land ticket, or build rooms to let, on its
// land; a sell order on the ticket exchange.

import type { PlayerCommand } from "../../engine/commands";
import type { GameState } from "../../model/state";
import { freeTickets } from "../../rules/tickets";
import { money, tileFacts, type RoleHints, type Step, type TileHint } from "./common";

const tile: TileHint[] = [
  {
    type: "reclaim",
    actions: (s, _seat, tile) => [
      {
        label: "Reclaim to farmland",
        ownLand: true,
        command: { type: "reclaim", tile },
        explain: `Costs ${money(s.scenario.tickets.reclamationCost)}; a land ticket follows after verification, to sell to a developer.`,
      },
    ],
  },
  {
    type: "buildInformal",
    actions: (s, _seat, tile) => {
      const sc = s.scenario;
      return [
        {
          label: "Build rooms to let",
          ownLand: true,
          command: { type: "buildInformal", tile },
          explain: `Informal housing: costs ${money(sc.informal.buildCost)}, lets to ${sc.migrants.capacity.informalHousing} migrant cohorts at ${money(sc.migrants.rent.villageRoom)} a round each. The government may demolish it.${tileFacts(s, tile).use === "farmland" ? " Farmland lost counts against the red line." : ""}`,
        },
      ];
    },
  },
];

const seat = (): PlayerCommand[] => [{ type: "exchangeOrder", side: "sell", tickets: 1, price: 3_000 }];

const steps = (s: GameState, seat: number): Step[] => [{ code: "village", params: { count: freeTickets(s, seat) } }];

export const villageHints: RoleHints = { tile, seat, steps };
