// The debrief's data built from a game state on the server (the live room's, or a stored log
// replayed): GET /api/sessions/:code/debrief. The type is in debrief.ts.

import type { LoggedCommand } from "../engine/replay";
import { yearOfRound, type GameState } from "../model/state";
import { isCounterfactual, plannedCards } from "../rules/unlocks";
import { largestContributors } from "./contributors";
import type { DebriefData, Intervention } from "./debrief";
import { referenceSet } from "./history";
import { publicScores } from "./publicView";
import { gatherEvidence } from "./questions";
import { plotRows } from "./valueCapture";
import { tileNames, type TileNames } from "./placeNames";

export interface DebriefContext {
  code: string;
  status: string;
  /** Players' names by seat, when a live room knows them. */
  players?: string[];
  /** The session's command log, for the facilitator's interventions. */
  log?: LoggedCommand[];
}

/** The facilitator's changes in a command log, each with the round under way: the game starts
 * with round 1 and every end of an action phase begins the next. */
export function interventions(log: LoggedCommand[]): Intervention[] {
  let round = 0;
  const out: Intervention[] = [];
  for (const { command } of log) {
    if (command.type === "startGame") round = 1;
    else if (command.type === "endActionPhase") round++;
    else if (command.type === "setNextCard") out.push({ round, type: "setNextCard", card: command.id });
    else if (command.type === "endGame") out.push({ round, type: "endGame" });
  }
  return out;
}

/** Pure: the same state gives the same object. */
export function buildDebriefData(game: GameState, context: DebriefContext): DebriefData {
  const scores = publicScores(game);
  const s = game.scenario;
  const years = (round: number) => ({ from: yearOfRound(s, round), to: yearOfRound(s, round) + s.yearsPerRound - 1 });
  return {
    code: context.code,
    status: context.status,
    phase: game.phase,
    round: game.round,
    rounds: s.rounds,
    scenarioName: s.name,
    counterfactual: isCounterfactual(game),
    eventPlan: plannedCards(game),
    ...(context.log ? { interventions: interventions(context.log) } : {}),
    references: referenceSet(s),
    contributors: largestContributors(game.ledger, years),
    evidence: gatherEvidence(game),
    history: game.history.map((r) => structuredClone(r)),
    deals: plotRows(Object.entries(game.deals), game.map.width),
    ...withPlotNames(tileNames(game.map, Object.keys(game.deals).map(Number))),
    seats: game.seats.map((seat, i) => ({ id: seat.id, role: seat.role, label: seat.label, player: context.players?.[seat.id] ?? "", score: scores[i].score, scoreParts: scores[i].parts, balance: scores[i].balance, objective: scores[i].objective })),
  };
}

/** The plots' place names, left out on a map without places. */
const withPlotNames = (names: TileNames | undefined): { plotNames?: TileNames } => (names ? { plotNames: names } : {});
