// A migrant cohort's hints: live on a housing tile (a room, a flat, a PRH unit) with one of the
// city jobs; hukou, remittances, the coast and dormitories for the seat.

import type { PlayerCommand } from "../../engine/commands";
import type { GameState } from "../../model/state";
import { homeRent, wageOf } from "../../rules/labour";
import { say, tileFacts, type RoleHints, type Step, type TileHint } from "./common";

const tile: TileHint[] = [
  {
    type: "chooseWorkAndHome",
    actions: (s, _seat, tile) => {
      const prh = tileFacts(s, tile).use === "prhEstate";
      const rent = homeRent(s, { kind: "tile", tile });
      return (["construction", "services", "factory"] as const).map((job) => ({
        label: say(prh ? "applyFlat" : "liveHere", { job }),
        command: { type: "chooseWorkAndHome", job, home: { kind: "tile", tile } },
        explain: [say("workExplain", { wage: wageOf(s, job), rent }), ...(prh ? [say("lotteryNote")] : [])],
      }));
    },
  },
];

const seat = (): PlayerCommand[] => [
  { type: "applyHukou" },
  { type: "setRemittance", amount: 300 },
  { type: "chooseWorkAndHome", job: "coast", home: { kind: "coast" } },
  { type: "chooseWorkAndHome", job: "construction", home: { kind: "dorm" } },
  { type: "chooseWorkAndHome", job: "factory", home: { kind: "dorm" } },
];

function steps(s: GameState, seat: number): Step[] {
  const me = s.cohorts.find((c) => c.seat === seat);
  const steps: Step[] = [{ code: "migrantChoose", params: {} }];
  if (me && !me.hukou && me.job !== "coast") steps.push({ code: "migrantHukou", params: { count: s.hukouQuota } });
  return steps;
}

export const migrantHints: RoleHints = { tile, seat, steps };
