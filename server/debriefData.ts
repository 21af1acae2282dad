// The debrief's data as plain JSON, built from a game state: what GET /api/sessions/:code/debrief
// answers (server/app.ts). The state is the live room's, or the stored command log replayed
// (shared/replay.ts), so a past session's debrief can be reopened after a server restart.
// The page draws the same object (client/ui/debriefData.ts DebriefData) as it draws a live room.
import type { DebriefData, DebriefSeat } from "../client/ui/debriefData";
import { isCounterfactual } from "../shared/rules/unlocks";
import { scoreSeat } from "../shared/rules/scores";
import { seatAccount, type GameState } from "../shared/model/state";
import type { SessionStatus } from "./records";

export interface DebriefContext {
  code: string;
  status: SessionStatus;
  /** Players' names by seat, when a live room knows them. */
  players?: string[];
}

/** Pure: the same state gives the same object (scores rounded as the room syncs them). */
export function buildDebriefData(game: GameState, context: DebriefContext): DebriefData {
  const width = game.map.width || 1;
  const deals = Object.entries(game.deals)
    .map(([key, d]) => {
      const tile = Number(key);
      return { tile, x: tile % width, y: Math.floor(tile / width), compensation: d.compensation, lease: d.lease, sale: d.sale };
    })
    .sort((a, b) => a.tile - b.tile);
  const seats: DebriefSeat[] = game.seats.map((seat) => {
    const score = scoreSeat(game, seat.id);
    return {
      id: seat.id,
      role: seat.role,
      label: seat.label,
      player: context.players?.[seat.id] ?? "",
      score: Math.round(score.score),
      scoreParts: score.parts.map((p) => ({ label: p.label, value: p.value })),
      balance: game.balances[seatAccount(seat.id)] ?? 0,
    };
  });
  return {
    code: context.code,
    status: context.status,
    phase: game.phase,
    round: game.round,
    rounds: game.scenario.rounds,
    scenarioName: game.scenario.name,
    counterfactual: isCounterfactual(game),
    history: game.history.map((r) => structuredClone(r)),
    deals,
    seats,
  };
}
