// A log line or a role panel's step in the reader's language: the catalogue's text for its code
// (log.<code>, client/i18n/enLog.ts; hint.<code>, enHints.ts) with its parameters made readable first — seats, tiles, villages and
// cards by name, sums in wan as money, the game's words from `terms` and the log's own lists.
import type { RoomState } from "../../server/room/schema";
import { unpackEntry, type LogEntry } from "../../shared/views/logEntries";
import type { ActionText, Step } from "../../shared/views/hints";
import { catalogue, lang, t } from "../i18n";
import type { Key, Params } from "../i18n/catalogue";
import { formatMoney, formatNumber } from "../i18n/money";
import { cardTitle, seatName, tileName, villageName } from "./names";
import { logOf, rulesOf } from "../synced";
import { unpackBids } from "../../shared/views/auctionResults";
import type { AuctionBid } from "../../shared/model/events";

/** An auction's bids, best first: "Developer 1 ¥310 m, Developer 2 ¥290 m". */
export const bidsText = (state: RoomState, bids: AuctionBid[]): string =>
  bids.map((b) => t("log.bid", { seat: seatName(state, b.seat), amount: formatMoney(b.amount, lang()) })).join(t("log.bidSeparator"));

/** Parameters that are sums of wan. */
const MONEY = new Set(["spare", "value", "rent", "minimum", "grant", "subsidy", "rentSubsidy", "wage", "amount", "compensation", "reserve", "price", "sale", "cost", "profit", "debt"]);
const SEATS = new Set(["seat", "from", "to"]);
/** Parameters worded by a section of `terms`. */
const TERMS = { building: "building", infra: "infra", plan: "plan", job: "job", side: "side" } as const;
/** Parameters worded by a list of the log's own. */
const LISTS = { package: "package", home: "home", room: "room", eligibility: "eligibility", why: "why" } as const;

function readable(state: RoomState, name: string, value: string | number): string | number {
  if (MONEY.has(name)) return formatMoney(Number(value), lang());
  if (SEATS.has(name)) return seatName(state, Number(value));
  if (name === "tile") return tileName(state, Number(value));
  if (name === "village") return villageName(state, Number(value));
  if (name === "people") return formatNumber(Number(value), lang(), 0);
  if (name === "bids") return bidsText(state, unpackBids(String(value)));
  if (name === "card") {
    const card = rulesOf(state).cards[Number(value)];
    return card ? cardTitle(card.id, card.title) : value;
  }
  if (name in TERMS) return (catalogue().terms[TERMS[name as keyof typeof TERMS]] as Record<string, string>)[String(value)] ?? value;
  if (name in LISTS) return (catalogue().log[LISTS[name as keyof typeof LISTS]] as Record<string, string>)[String(value)] ?? value;
  return value;
}

/** A code's parameters as the reader reads them (a plural's `count` stays a number). */
export const readableParams = (state: RoomState, params: Record<string, string | number>): Params => Object.fromEntries(Object.entries(params).map(([name, value]) => [name, readable(state, name, value)]));

export const entryText = (state: RoomState, entry: LogEntry): string => t(`log.${entry.code}` as Key, readableParams(state, entry.params));

/** A tile action's text (its button, a toggle, a sentence of its explanation): sums, plans and jobs. */
export function actionText(text: ActionText): string {
  const terms = catalogue().terms;
  const params: Params = Object.fromEntries(
    Object.entries(text.params).map(([name, value]) => [name, MONEY.has(name) ? formatMoney(Number(value), lang()) : name === "plan" ? terms.plan[value as keyof typeof terms.plan] : name === "job" ? terms.job[value as keyof typeof terms.job] : value]),
  );
  return t(`action.${text.code}` as Key, params);
}

/** A tile action's explanation: its sentences, one after the other. */
export const explainText = (texts: ActionText[]): string => texts.map(actionText).join(lang() === "zh-CN" ? "" : " ");

/** A line of the role panel's "what you can do now" (shared/views/hints Step). */
export const stepText = (state: RoomState, step: Step): string => t(`hint.${step.code}` as Key, readableParams(state, step.params));

/** A packed line (as synced) in the reader's language. */
export function lineText(state: RoomState, packed: string): string {
  const entry = unpackEntry(packed);
  return entry ? entryText(state, entry) : t("log.unknown");
}

/** The synced ring's lines in the reader's language, oldest first. */
export const logTexts = (state: RoomState): string[] => logOf(state).map((line) => lineText(state, line));
