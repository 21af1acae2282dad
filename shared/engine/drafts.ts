// The copies a command works on, so `applyCommand` never changes the state it was given.
// Rules write their draft in place (push an order, set an offer's status, a tile's use); each
// draft copies exactly what its commands may write in place and shares the rest, which the
// rules only read or replace whole (`s.loans = [...s.loans, loan]`). This keeps a legality
// check cheap enough to run for every hint and every bot try.

import type { GameState, MapState } from "../model/state";
import { clonePlain } from "./clone";

/** What an action-phase command may write in place (commandTable.ts lists it per command). */
export type DraftPart = "offers" | "auctions" | "orders" | "exchange" | "cohorts";

const COPY: { [K in DraftPart]: (s: GameState) => Partial<GameState> } = {
  // Answers set an offer's status: the offers themselves are copied.
  offers: (s) => ({ offers: s.offers.map((o) => ({ ...o })) }),
  // A bid replaces the auction's list of bids.
  auctions: (s) => ({ auctions: s.auctions.map((a) => ({ ...a })) }),
  orders: (s) => ({ orders: [...s.orders] }),
  exchange: (s) => ({ exchange: [...s.exchange] }),
  // A cohort's queued move, hukou application and remittance are set in place.
  cohorts: (s) => ({ cohorts: s.cohorts.map((c) => ({ ...c })) }),
};

/** A copy for an action-phase command: a new top level, and new copies of the parts it writes. */
export function actionDraft(s: GameState, writes: readonly DraftPart[]): GameState {
  const draft = { ...s };
  for (const part of writes) Object.assign(draft, COPY[part](s));
  return draft;
}

/**
 * A copy for a system command (resolution, the facilitator's changes), which may write almost
 * anything: a deep copy, except that the ledger and the recorded rounds only ever grow (entries
 * are appended, never changed), so the copy shares their entries in new arrays; the scenario is
 * replaced whole when a card plan changes; and the map's per-tile arrays are flat lists of
 * numbers, copied with `slice`, except those no rule writes in place: the terrain, and the
 * travel costs and land values that resolution replaces whole (rules/accessibility.ts
 * updateLandValues); the village names are never written. This keeps resolution's cost from
 * growing with the length of the game.
 */
export function resolutionDraft(s: GameState): GameState {
  const { ledger, history, scenario, map, ...rest } = s;
  return { ...clonePlain(rest), map: copyMap(map), ledger: [...ledger], history: [...history], scenario } as GameState;
}

function copyMap(m: MapState): MapState {
  return {
    ...m,
    tenure: m.tenure.slice(),
    use: m.use.slice(),
    holder: m.holder.slice(),
    zone: m.zone.slice(),
    rail: m.rail.slice(),
    plan: m.plan.slice(),
  };
}
