// What the start page offers before any game exists: the server's default scenario's cards and
// the limits of its settings (GET /api/scenario). A game's own cards reach its players through
// the public view (publicView.ts), which lists them the same way.

import { yearOfRound } from "../model/state";
import type { Scenario } from "../scenarios/schema";

export interface CardSummary {
  id: string;
  year: number;
  title: string;
}

export interface ScenarioView {
  name: string;
  /** Each round's first and last year (yearOfRound), round 1 first; as many as the scenario's cards. */
  roundYears: { from: number; to: number }[];
  /** The event cards in the scenario's order: one opens each round. */
  cards: CardSummary[];
  /** PRH rent in percent of market rent: the range a government may set, and the start. */
  prhRentPct: { min: number; max: number; start: number };
}

export const cardList = (s: Scenario): CardSummary[] => s.events.map((e) => ({ id: e.id, year: e.year, title: e.title }));

export const scenarioView = (s: Scenario): ScenarioView => ({
  name: s.name,
  roundYears: s.events.map((_, i) => ({ from: yearOfRound(s, i + 1), to: yearOfRound(s, i + 2) - 1 })),
  cards: cardList(s),
  prhRentPct: { min: s.prh.minRentPct, max: s.prh.maxRentPct, start: s.prh.rentPct },
});
