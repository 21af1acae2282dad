// The debrief's data built from a game state on the server (the live room's, or a stored log
// replayed): GET /api/sessions/:code/debrief. The type is in debrief.ts.

import type { GameState } from "../model/state";
import { isCounterfactual } from "../rules/unlocks";
import type { DebriefData } from "./debrief";
import { publicScores } from "./publicView";
import { plotRows } from "./valueCapture";

export interface DebriefContext {
  code: string;
  status: string;
  /** Players' names by seat, when a live room knows them. */
  players?: string[];
}

/** Pure: the same state gives the same object. */
export function buildDebriefData(game: GameState, context: DebriefContext): DebriefData {
  const scores = publicScores(game);
  return {
    code: context.code,
    status: context.status,
    phase: game.phase,
    round: game.round,
    rounds: game.scenario.rounds,
    scenarioName: game.scenario.name,
    counterfactual: isCounterfactual(game),
    history: game.history.map((r) => structuredClone(r)),
    deals: plotRows(Object.entries(game.deals), game.map.width),
    seats: game.seats.map((seat, i) => ({ id: seat.id, role: seat.role, label: seat.label, player: context.players?.[seat.id] ?? "", score: scores[i].score, scoreParts: scores[i].parts, balance: scores[i].balance, objective: scores[i].objective })),
  };
}

