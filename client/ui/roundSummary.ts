// "Your round": after each resolution, what the round did for this seat — money at the start and
// the end of it, each offer it made or answered (accepted, refused, countered, protested, or left
// unanswered) and each auction it bid in (won, or lost to whom and for how much, with every bid
// and why the winner won: client/auctionResults.ts, from the log's lines). Built only from
// what the page already had: the synced state seen during the round and the seat's own bids.
import type { RoomState } from "../../server/room/schema";
import type { PrivateView } from "../../shared/protocol";
import { t } from "../i18n";
import { mapOf } from "../synced";
import { foldable, h } from "./dom";
import { money } from "./money";
import { seatName, tileName } from "./names";
import { auctionResultOf } from "../auctionResults";
import { bidsText } from "./logText";

interface SeenOffer {
  from: number;
  to: number;
  tile: number;
  amount: number;
  kind: string;
  status: string;
}
interface Round {
  round: number;
  year: number;
  seat: number;
  balance: number;
  offers: Map<number, SeenOffer>;
  /** Auctions this seat bid in: tile and the sealed bid (wan). */
  bids: Map<number, { tile: number; amount: number }>;
}
export interface RoundSummary {
  round: number;
  year: number;
  before: number;
  after: number;
  lines: string[];
}

/** The line for an offer this seat made or received, by how it ended. */
function offerLine(state: RoomState, seat: number, o: SeenOffer): string {
  const mine = o.from === seat;
  const other = seatName(state, mine ? o.to : o.from);
  const what = o.kind === "expropriation" ? t("summary.land", { tile: tileName(state, o.tile), amount: money(o.amount) }) : o.kind === "tickets" ? t("summary.tickets", { amount: money(o.amount) }) : t("summary.amendment", { tile: tileName(state, o.tile) });
  const status = ["accepted", "refused", "countered", "resisted", "open"].includes(o.status) ? o.status : "open";
  return t(mine ? `summary.made.${status as "open"}` : `summary.got.${status as "open"}`, { other, what });
}

/** Follows one seat's rounds; `observe` with every state, `summary` once a round has resolved. */
export function roundTracker() {
  let current: Round | null = null;
  let last: RoundSummary | null = null;

  function close(state: RoomState): void {
    if (!current) return;
    const r = current;
    const m = mapOf(state);
    const lines = [...r.offers.values()].map((o) => offerLine(state, r.seat, o));
    for (const { tile, amount } of r.bids.values()) {
      const holder = m.holder[tile];
      const lease = state.deals.get(String(tile))?.lease ?? 0;
      const result = auctionResultOf(state, tile);
      const bids = result && result.bids.length > 0 ? ` ${t("price.auctionAll", { bids: bidsText(state, result.bids), why: t(`log.why.${result.why}`) })}` : "";
      lines.push(
        (holder === r.seat
          ? t("summary.auctionWon", { tile: tileName(state, tile), amount: money(lease || amount) })
          : holder >= 0 && lease > 0
            ? t("summary.auctionLost", { tile: tileName(state, tile), winner: seatName(state, holder), amount: money(lease), bid: money(amount) })
            : t("summary.auctionUnsold", { tile: tileName(state, tile), bid: money(amount) })) + bids,
      );
    }
    last = { round: r.round, year: r.year, before: r.balance, after: state.seats[r.seat]?.balance ?? r.balance, lines };
  }

  return {
    observe(state: RoomState, seat: number, priv: PrivateView | null): void {
      if (seat < 0) return;
      if (current && (current.seat !== seat || state.round !== current.round || state.phase !== "action")) {
        // The round resolved (or the seat changed): sum it up if the seat stayed the same.
        if (current.seat === seat && (state.round > current.round || state.phase === "ended")) close(state);
        current = null;
      }
      if (state.phase !== "action") return;
      current ??= { round: state.round, year: state.year, seat, balance: state.seats[seat]?.balance ?? 0, offers: new Map(), bids: new Map() };
      for (const o of state.offers) if (o.from === seat || o.to === seat) current.offers.set(o.id, { from: o.from, to: o.to, tile: o.tile, amount: o.amount, kind: o.kind, status: o.status });
      for (const b of priv?.bids ?? []) {
        const auction = [...state.auctions].find((a) => a.id === b.auctionId);
        if (auction) current.bids.set(b.auctionId, { tile: auction.tile, amount: b.amount });
      }
    },
    summary: (): RoundSummary | null => last,
    dismiss: (): void => void (last = null),
  };
}

/** The summary as a panel, with a button to put it away. */
export function roundSummaryView(s: RoundSummary, dismiss: () => void): HTMLElement {
  const change = s.after - s.before;
  return h(
    "section",
    { class: "round-summary", "aria-labelledby": "round-summary-heading" },
    h("h2", { id: "round-summary-heading", tabindex: -1 }, t("summary.heading", { round: s.round, year: s.year })),
    h("p", { class: "summary-money" }, t(change >= 0 ? "summary.moneyUp" : "summary.moneyDown", { before: money(s.before), after: money(s.after), change: money(Math.abs(change)) })),
    s.lines.length === 0 ? h("p", { class: "hint" }, t("summary.noDeals")) : foldable("summary-deals", t("summary.deals", { count: s.lines.length }), h("ul", {}, ...s.lines.map((l) => h("li", {}, l)))),
    h("button", { type: "button", class: "link", onclick: dismiss }, t("summary.dismiss")),
  );
}

/** The summary in one sentence, for a screen reader. */
export const summaryHeadline = (s: RoundSummary): string =>
  `${t("summary.heading", { round: s.round, year: s.year })}. ${t(s.after >= s.before ? "summary.moneyUp" : "summary.moneyDown", { before: money(s.before), after: money(s.after), change: money(Math.abs(s.after - s.before)) })}`;
