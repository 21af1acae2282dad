// The debrief's data: one plain object, the same for a live room and a past session. The server
// builds it from a game state (debriefBuilder.ts, for GET /api/sessions/:code/debrief); the page
// builds the same from the synced room state (client/ui/debriefData.ts debriefFromRoom), both from
// the public view's numbers. Only types and light helpers here: the page's debrief chunk imports
// this file and must not pull in the rules.

import type { RoundRecord } from "../model/state";
import type { PlotRow } from "./valueCapture";
import type { TileNames } from "./placeNames";
import type { ObjectiveStatus } from "../rules/objectives";
import type { ScorePart } from "../rules/scores";
import type { Contributor } from "./contributors";
import type { ReferenceSet } from "./history";
import type { Evidence } from "./questions";

/** One seat's outcome: its score (rounded as publicScores rounds it) and the score's parts. */
export interface DebriefSeat {
  id: number;
  role: string;
  label: string;
  /** The player's name; "" when not known (a past session: the records keep no names). */
  player: string;
  score: number;
  scoreParts: ScorePart[];
  /** Wan. */
  balance: number;
  /** Its private objective, revealed once the game is over (null before, or when it has none). */
  objective: ObjectiveStatus | null;
}

/** A facilitator's change to the game, from the command log: the next card chosen, or the game ended early. */
export interface Intervention {
  /** The round under way when it was made. */
  round: number;
  type: "setNextCard" | "endGame";
  /** setNextCard: the card chosen ("" for none). */
  card?: string;
}

/** Everything the debrief shows, as plain JSON. */
export interface DebriefData {
  /** The session's code, when known. */
  code?: string;
  /** The stored session's status (lobby | running | ended), for a past session. */
  status?: string;
  /** "lobby" | "action" | "ended" */
  phase: string;
  round: number;
  rounds: number;
  scenarioName: string;
  /** The event plan differs from history. */
  counterfactual: boolean;
  /** The card id that opened each round ("" for none), when known (the server's debrief). */
  eventPlan?: string[];
  /** What the facilitator changed during the game, when known (the server's debrief). */
  interventions?: Intervention[];
  /** The figures from history set beside the game (views/history.ts); none when not known. */
  references?: ReferenceSet;
  /** The ledger's largest contributors to each figure (views/contributors.ts), when known. */
  contributors?: Contributor[];
  /** What only the whole state knows, for the four questions (views/questions.ts), when known. */
  evidence?: Evidence;
  /** One record per resolved round. */
  history: RoundRecord[];
  /** Every plot the government took: compensation, lease and sale, wan; by tile. */
  deals: PlotRow[];
  /** The plots' place names (views/placeNames.ts), on a map with named places. */
  plotNames?: TileNames;
  seats: DebriefSeat[];
}

/** One seat's line in the debrief's outcomes table. */
export interface Outcome {
  id: number;
  role: string;
  label: string;
  player: string;
  balance: number;
  /** null when the seat has no score parts (nothing scored yet): the balance stands in for it. */
  score: number | null;
  parts: ScorePart[];
  objective: ObjectiveStatus | null;
}

export function outcomes(data: Pick<DebriefData, "seats">): Outcome[] {
  return data.seats.map((s) => {
    const parts = s.scoreParts.map((p) => ({ id: p.id, label: p.label, value: p.value }));
    return { id: s.id, role: s.role, label: s.label, player: s.player, balance: s.balance, score: parts.length > 0 ? s.score : null, parts, objective: s.objective ?? null };
  });
}
