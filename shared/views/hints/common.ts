// What every role's hints share: the shape of a tile action, the facts about a tile the
// candidates are built from, the money commands (government and developers), the role panel's
// lines for offers waiting for an answer; every text as a code and parameters, worded by the
// client (client/i18n/enHints.ts).

import type { PlayerCommand } from "../../engine/commands";
import type { Offer } from "../../model/offers";
import type { GameState } from "../../model/state";
import { available } from "../../rules/commitments";
import { terrainOf, useOf } from "../../rules/tiles";

/** Every text of a tile action (its button, a toggle, a sentence of its explanation), by code;
 * the client words it (client/i18n/enHints.ts action.<code>) with the parameters: sums in wan,
 * counts, a plan or a job by its key. */
export const ACTION_TEXTS = [
  ...["offerCompensation", "hukouToggle", "flatsToggle", "expropriateExplain", "auction", "auctionExplain", "bridgeNs", "bridgeEw", "bridgeExplain", "tunnelNs", "tunnelEw", "tunnelExplain"],
  ...["road", "roadExplain", "rail", "railExplain", "prhEstate", "prhEstateExplain", "zone", "zoneExplain", "demolish", "demolishExplain", "plan", "planGreen", "planResidential", "planIndustrial"],
  ...["relocateSoe", "relocateSoeExplain", "bid", "changeBid", "bidExplain", "buildHousing", "buildHousingExplain", "usesTicket", "buildFactory", "factoryCost", "factoryCostGrant", "factoryExplain"],
  ...["amend", "amendTechnical", "amendCompulsory", "buildOffices", "buildOfficesExplain", "prhBlock", "prhBlockExplain", "reclaim", "reclaimExplain", "buildInformal", "buildInformalExplain", "redLineNote"],
  ...["applyFlat", "liveHere", "workExplain", "lotteryNote"],
] as const;
export interface ActionText {
  code: (typeof ACTION_TEXTS)[number];
  params: Record<string, number | string>;
}
export const say = (code: ActionText["code"], params: ActionText["params"] = {}): ActionText => ({ code, params });

export interface TileAction {
  /** The button's text, e.g. "Offer compensation". */
  label: ActionText;
  /** The command to send; `amount.field` names the number the player may change first. */
  command: PlayerCommand;
  amount?: { field: "compensation" | "reserve" | "amount"; min: number; suggested: number };
  /** Yes/no parts of the command the player may switch on first (a compensation package). */
  toggles?: { field: "hukou" | "flats"; label: ActionText }[];
  /** What happens, in a sentence or two, shown beside the button. */
  explain: ActionText[];
  /** What a seat normally does with land it holds: if refused there, the player is told why. */
  ownLand?: true;
}

/** The candidates of one command type on a tile (none where it makes no sense to offer it). */
export interface TileHint {
  type: PlayerCommand["type"];
  actions(s: GameState, seat: number, tile: number): TileAction[];
}

/** Every line of the role panel's "what you can do now", with its parameters (seats and tiles by
 * number, sums in wan, counts); the client words them. */
export const STEP_CODES = [
  "lobby",
  "ended",
  "answerTickets",
  "answerTicketsMany",
  "answerAmendment",
  "answerAmendmentMany",
  "answerLand",
  "answerLandMany",
  "answerCounter",
  "answerCounterMany",
  "govSpend",
  "govPrh",
  "govRail",
  "govRenewal",
  "devAuctions",
  "devBuild",
  "devBuildExchange",
  "devRenewal",
  "village",
  "migrantChoose",
  "migrantHukou",
] as const;
export interface Step {
  code: (typeof STEP_CODES)[number];
  params: Record<string, number>;
}

/** One role's candidates, before the rules check them (views/hints/index.ts does). */
export interface RoleHints {
  /** Actions about one tile, by command type, in the order the inspector shows them. */
  tile: TileHint[];
  /** Actions not about a tile; amounts are typical examples the panels let a player change. */
  seat(s: GameState, seat: number): PlayerCommand[];
  /** The role panel's lines after the offers waiting; `spare` is what the seat can still promise, wan. */
  steps(s: GameState, seat: number, spare: number): Step[];
}

/** What the candidates for a tile are built from. */
export const tileFacts = (s: GameState, tile: number) => ({ value: s.map.value[tile], use: useOf(s, tile), terrain: terrainOf(s, tile), sc: s.scenario });

/** A loan and a repayment (government and developers borrow from the bank). */
export function moneyCommands(s: GameState, seat: number): PlayerCommand[] {
  const money = available(s, seat);
  return [
    { type: "borrow", amount: 20_000 },
    { type: "repay", amount: Math.min(s.debt[seat], Math.max(1, money)) },
  ];
}

/** One line per kind of offer waiting for this seat's answer (a busy government may get many):
 * one offer by who made it and for what, several by their number. */
export function offerSteps(s: GameState, seat: number): Step[] {
  const steps: Step[] = [];
  const waiting = s.offers.filter((o) => o.to === seat && o.status === "open");
  const say = (kind: Offer["kind"], one: Step["code"], many: Step["code"]) => {
    const list = waiting.filter((o) => o.kind === kind);
    const o = list[0];
    if (list.length === 1) steps.push({ code: one, params: o.kind === "ticketSale" ? { from: o.from, count: o.tickets } : { from: o.from, tile: o.tile } });
    else if (list.length > 1) steps.push({ code: many, params: { count: list.length } });
  };
  say("ticketSale", "answerTickets", "answerTicketsMany");
  say("amendment", "answerAmendment", "answerAmendmentMany");
  if (s.seats[seat].role === "village") say("expropriation", "answerLand", "answerLandMany");
  else say("expropriation", "answerCounter", "answerCounterMany");
  return steps;
}
