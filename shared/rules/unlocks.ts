// Event cards open mechanics as the history unfolds: light rail after 2005, the land-ticket
// exchange in 2008, zones and public rented housing with Liangjiang in 2010 (source). Each
// card opens the round its year falls in. A
// scenario without event cards has everything open; a counterfactual plan that drops a card
// keeps its mechanic closed for the whole game.

import type { EventCard, Unlock } from "../scenarios/schema";
import type { GameState } from "../model/state";
import { refuse, type Refusal } from "../engine/refusal";

const WHAT: Record<Unlock, string> = {
  exchange: "The land-ticket exchange",
  rail: "Light rail",
  prh: "Public rented housing",
  zones: "Special economic zones",
  ruralPlanning: "Planning village land",
};

export function isUnlocked(s: GameState, what: Unlock): boolean {
  return s.scenario.events.length === 0 || s.unlocked.includes(what);
}

/** A refusal naming the card that opens the mechanic, or null if it is open. */
export function lockedRefusal(s: GameState, what: Unlock): Refusal | null {
  if (isUnlocked(s, what)) return null;
  const card = s.scenario.events.find((e) => e.unlocks.includes(what));
  return refuse(`${WHAT[what]} is not available yet${card ? ` (it opens with "${card.title}", ${card.year})` : " in this scenario"}.`, "locked", { what });
}

/**
 * The card that opens a round under the scenario's plan: the facilitator's plan if there is one,
 * otherwise history, where each card opens the round its year falls in (a round of two years
 * starting 2007 holds 2007 and 2008); -1 for a round without a card.
 */
export function cardIndexForRound(s: { scenario: GameState["scenario"] }, round: number): number {
  const { events, eventPlan } = s.scenario;
  if (eventPlan) {
    const id = eventPlan[round - 1] ?? "";
    return id === "" ? -1 : events.findIndex((e) => e.id === id);
  }
  return events.findIndex((e) => roundOfYear(s.scenario, e.year) === round);
}

/** The card id opening each round under the scenario's plan ("" for none): what a facilitator's plan starts from. */
export const plannedCards = (s: { scenario: GameState["scenario"] }): string[] =>
  Array.from({ length: s.scenario.rounds }, (_, i) => {
    const index = cardIndexForRound(s, i + 1);
    return index >= 0 ? (s.scenario.events[index]?.id ?? "") : "";
  });

/** The round whose years include `year` (0 or less before the game, above `rounds` after it). */
export const roundOfYear = (scenario: GameState["scenario"], year: number): number => Math.floor((year - scenario.firstYear) / scenario.yearsPerRound) + 1;

/** True when the facilitator dropped or reordered cards (the game is a counterfactual). */
export function isCounterfactual(s: { scenario: GameState["scenario"] }): boolean {
  const { eventPlan, ...history } = s.scenario;
  if (!eventPlan) return false;
  const historical = plannedCards({ scenario: history as GameState["scenario"] });
  return eventPlan.some((id, i) => id !== historical[i]);
}

export function applyCard(s: GameState, card: EventCard): void {
  if (card.housingDemand !== undefined) s.modifiers.housingDemand = card.housingDemand;
  if (card.coastWage !== undefined) s.modifiers.coastWage = card.coastWage;
  if (card.firmInflow !== undefined) s.modifiers.firmInflow = card.firmInflow;
  if (card.creditLimit !== undefined) s.modifiers.creditLimit = card.creditLimit;
  if (card.debtDue !== undefined) s.modifiers.debtDue = card.debtDue;
  for (const u of card.unlocks) if (!s.unlocked.includes(u)) s.unlocked = [...s.unlocked, u];
}
