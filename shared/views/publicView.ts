// What every client sees, computed once from the game state: the room copies it into the synced
// state (server/room/sync.ts) and computes nothing itself; the HUD, the final standings and the
// debrief read the same numbers (one rounding of the scores, one list of cards, one set of
// policy limits).

import type { MapPlaces } from "../model/map";
import type { HomeCapacity } from "./homes";
import { seatAccount, yearOfRound, type GameState, type Role } from "../model/state";
import { openHubs } from "../rules/firms";
import { objectiveStatus, type ObjectiveStatus } from "../rules/objectives";
import { scoreSeat, type ScorePart } from "../rules/scores";
import { cardIndexForRound, isCounterfactual, isUnlocked } from "../rules/unlocks";
import { UNLOCKS, type Unlock } from "../scenarios/schema";
import { cardList, type CardSummary } from "./scenarioView";
import { referenceSet, type ReferenceSet } from "./history";
import type { ValueRules } from "./wire";

/** What never changes once the game is created: sent once to a joining client. */
export interface PublicRules {
  /** This game's event cards, in the scenario's order (the console's and settings' choices). */
  cards: CardSummary[];
  /** The card that opens each mechanic (null: open from the start, or no card opens it). */
  unlockCards: Record<Unlock, { id: string; title: string; year: number } | null>;
  /** What the government may set: PRH rent in percent of market rent, hukou conversions a round in cohorts. */
  limits: { prhRentPct: { min: number; max: number }; hukouQuota: { min: number; max: number } };
  /** Corporate income tax inside a special economic zone, percent. */
  zoneTaxPct: number;
  /** The scenario's numbers land value follows (shared/views/wire.ts derivedLandValues). */
  valueRules: ValueRules;
  /** Cohorts a housing tile can house, by its use (the housing lens's vacancies: views/homes.ts). */
  homeCapacity: HomeCapacity;
  /** Each role's score parts by code (shared/rules/scores.ts ScorePart id), in the order the seats' part values come. */
  scoreLabels: Partial<Record<Role, string[]>>;
  /** The history the debrief sets beside the game (views/history.ts). */
  references?: ReferenceSet;
  /** The map's villages by index (seats and log lines name them; the client picks the language). */
  villages: { name: string; nameZh: string }[];
  /** The map's named places, which tiles are named by (views/placeNames.ts); absent for a map without them. */
  places?: MapPlaces;
}

export interface PublicHub {
  id: string;
  name: string;
  x: number;
  y: number;
  radius: number;
  /** Wan a round a factory within the radius expects, once the hub is open. */
  bonus: number;
  open: boolean;
}

/** What changes as the game goes on (scores apart: publicScores). */
export interface PublicView {
  phase: GameState["phase"];
  round: number;
  rounds: number;
  /** The calendar year of the round (of round 1 in the lobby). */
  year: number;
  scenarioName: string;
  stability: number;
  /** The event plan differs from history. */
  counterfactual: boolean;
  /** Land-ticket exchange: sealed orders this round (counts only) and the last clearing (price per ticket, wan). */
  exchange: { sellOrders: number; buyOrders: number; price: number; volume: number; clearedRound: number };
  prh: GameState["prh"];
  hukouQuota: number;
  /** Mechanics open now. */
  unlocked: Unlock[];
  /** The card in force this round, by id (the client words it; shared/scenarios' title and text in its catalogue). */
  card: { id: string; year: number } | null;
  /** The card that opens the next round ("" for none, or no next round). */
  nextCardId: string;
  hubs: PublicHub[];
  /** Tiles with a manufacturer, in a special economic zone (light rail and the plan, which land
   * values read, are map layers: shared/views/wire.ts). */
  firmTiles: number[];
  zoneTiles: number[];
}

/** A seat's score as every screen shows it: whole points, parts to one decimal. */
export interface PublicScore {
  seat: number;
  score: number;
  parts: ScorePart[];
  /** Wan. */
  balance: number;
  /** The seat's private objective, revealed once the game is over (null before). */
  objective: ObjectiveStatus | null;
}

/** The tiles whose layer holds `value` (a plain loop: flatMap's array per tile made this a third of a sync). */
function tilesWith(layer: number[], value = 1): number[] {
  const tiles: number[] = [];
  for (let t = 0; t < layer.length; t++) if (layer[t] === value) tiles.push(t);
  return tiles;
}

export function publicRules(game: GameState): PublicRules {
  const s = game.scenario;
  const scoreLabels: PublicRules["scoreLabels"] = {};
  for (const seat of game.seats) scoreLabels[seat.role] ??= scoreSeat(game, seat.id).parts.map((p) => p.id);
  const opener = (u: Unlock) => {
    if (s.events.length === 0 || s.unlockedFromStart.includes(u)) return null;
    const card = s.events.find((e) => e.unlocks.includes(u));
    return card ? { id: card.id, title: card.title, year: card.year } : null;
  };
  return {
    cards: cardList(s),
    unlockCards: Object.fromEntries(UNLOCKS.map((u) => [u, opener(u)])) as PublicRules["unlockCards"],
    // The quota is refused above the number of cohorts (rules/hukou.ts setHukouQuota).
    limits: { prhRentPct: { min: s.prh.minRentPct, max: s.prh.maxRentPct }, hukouQuota: { min: 0, max: game.cohorts.length } },
    zoneTaxPct: s.firms.zoneTaxPct,
    valueRules: { travelCost: s.travelCost, landValue: s.landValue },
    homeCapacity: { ...s.migrants.capacity, prhEstate: s.prh.capacity },
    scoreLabels,
    references: referenceSet(s),
    villages: game.map.villages.map((v) => ({ name: v.name, nameZh: v.nameZh })),
    ...(game.map.places ? { places: game.map.places } : {}),
  };
}

export function publicView(game: GameState): PublicView {
  const s = game.scenario;
  const card = game.eventCard >= 0 ? s.events[game.eventCard] : null;
  const next = game.phase !== "ended" && game.round < s.rounds ? cardIndexForRound(game, game.round + 1) : -1;
  const open = new Set(openHubs(game).map((h) => h.id));
  return {
    phase: game.phase,
    round: game.round,
    rounds: s.rounds,
    year: yearOfRound(s, game.round),
    scenarioName: s.name,
    stability: game.stability,
    counterfactual: isCounterfactual(game),
    exchange: {
      sellOrders: game.exchange.filter((o) => o.side === "sell").length,
      buyOrders: game.exchange.filter((o) => o.side === "buy").length,
      price: game.lastClearing.price,
      volume: game.lastClearing.volume,
      clearedRound: game.lastClearing.round,
    },
    prh: game.prh,
    hukouQuota: game.hukouQuota,
    unlocked: UNLOCKS.filter((u) => isUnlocked(game, u)),
    card: card ? { id: card.id, year: card.year } : null,
    nextCardId: s.events[next]?.id ?? "",
    hubs: s.firms.hubs.map((h) => ({ id: h.id, name: h.name, x: h.x, y: h.y, radius: h.radius, bonus: h.bonus, open: open.has(h.id) })),
    firmTiles: game.firms.map((f) => f.tile),
    zoneTiles: tilesWith(game.map.zone),
  };
}

/** Every seat's score, rounded once here (whole points; the parts keep scoreSeat's one decimal). */
export function publicScores(game: GameState): PublicScore[] {
  return game.seats.map((seat) => {
    const score = scoreSeat(game, seat.id);
    const objective = game.phase === "ended" ? objectiveStatus(game, seat.id) : null;
    return { seat: seat.id, score: Math.round(score.score), parts: score.parts.map((p) => ({ id: p.id, label: p.label, value: p.value })), balance: game.balances[seatAccount(seat.id)] ?? 0, objective };
  });
}
