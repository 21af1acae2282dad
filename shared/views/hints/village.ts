// A village's hints: reclaim a house plot for a land ticket, or build rooms to let, on its
// land; a sell order on the ticket exchange.

import type { PlayerCommand } from "../../engine/commands";
import type { GameState } from "../../model/state";
import { freeTickets } from "../../rules/tickets";
import { say, tileFacts, type RoleHints, type Step, type TileHint } from "./common";

const tile: TileHint[] = [
  {
    type: "reclaim",
    actions: (s, _seat, tile) => [
      {
        label: say("reclaim"),
        ownLand: true,
        command: { type: "reclaim", tile },
        explain: [say("reclaimExplain", { cost: s.scenario.tickets.reclamationCost })],
      },
    ],
  },
  {
    type: "buildInformal",
    actions: (s, _seat, tile) => {
      const sc = s.scenario;
      return [
        {
          label: say("buildInformal"),
          ownLand: true,
          command: { type: "buildInformal", tile },
          explain: [say("buildInformalExplain", { cost: sc.informal.buildCost, count: sc.migrants.capacity.informalHousing, rent: sc.migrants.rent.villageRoom }), ...(tileFacts(s, tile).use === "farmland" ? [say("redLineNote")] : [])],
        },
      ];
    },
  },
];

const seat = (): PlayerCommand[] => [{ type: "exchangeOrder", side: "sell", tickets: 1, price: 3_000 }];

const steps = (s: GameState, seat: number): Step[] => [{ code: "village", params: { count: freeTickets(s, seat) } }];

export const villageHints: RoleHints = { tile, seat, steps };
