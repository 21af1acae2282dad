// Two baseline seat policies a role's score must not reward (test/unit/scores.test.ts,
// scripts/margins.ts): "do nothing" sends no command at all (offers to it lapse), and "hoard"
// keeps what the seat has instead of putting it to work:
//   government  sells land (expropriates and auctions, as its bot does) and spends nothing on
//               the city: no infrastructure, PRH, zones, relocation, loans or hukou
//   village     refuses every offer and never reclaims or sells tickets: it keeps all its land
//   developer   buys land as its bot does and never builds on it (a land bank)
//   migrant     the cheapest life: a construction job and an employer dormitory every round,
//               never hukou, no remittances
import { botAnswers, botCommands } from "../../shared/bots/index";
import type { SeatPolicy } from "../../shared/bots/schedule";
import type { PlayerCommand } from "../../shared/engine/commands";
import type { GameState } from "../../shared/model/state";

export const doNothing: SeatPolicy = () => [];

const KEPT: Record<string, PlayerCommand["type"][]> = {
  government: ["expropriate", "releaseAuction", "respondOffer", "counterOffer"],
  developer: ["bid", "respondOffer"],
};

export const hoard: SeatPolicy = (state: GameState, seat: number, pass: number) => {
  const role = state.seats[seat].role;
  if (role === "village") return state.offers.filter((o) => o.to === seat && o.status === "open").map((o) => ({ type: "respondOffer", offerId: o.id, accept: false }));
  if (role === "migrant") return pass === 0 ? [{ type: "chooseWorkAndHome", job: "construction", home: { kind: "dorm" } }] : [];
  const kept = KEPT[role];
  return (pass === 0 ? botCommands(state, seat) : botAnswers(state, seat)).filter((c) => kept.includes(c.type));
};
