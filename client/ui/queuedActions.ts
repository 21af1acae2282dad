// What this seat has queued this round and may still take back before resolution: its
// unanswered offers, its sealed bids, its order on the ticket exchange and its orders to build,
// reclaim, demolish, relocate, zone or plan — each with a Take back button (the withdraw command,
// rules/withdraw.ts; the money it promised is free again at once).
import type { PlayerCommand } from "../../shared/engine/commands";
import type { PrivateView } from "../../shared/protocol";
import type { RoomState } from "../../server/room/schema";
import { catalogue, t } from "../i18n";
import { h } from "./dom";
import { money } from "./money";
import { tileName } from "./names";
import { describeOffer } from "./offers";

interface Queued {
  text: string;
  command: PlayerCommand;
}

const ORDER_KINDS = ["build", "infra", "reclaim", "informal", "demolish", "relocateSoe", "prh", "zone", "plan"] as const;

function queued(state: RoomState, seat: number, priv: PrivateView | null): Queued[] {
  const terms = catalogue().terms as { building: Record<string, string>; infra: Record<string, string> };
  const out: Queued[] = [];
  for (const o of state.offers) if (o.from === seat && o.status === "open") out.push({ text: describeOffer(state, o), command: { type: "withdraw", withdrawal: { what: "offer", offerId: o.id } } });
  for (const b of priv?.bids ?? []) {
    const auction = [...state.auctions].find((a) => a.id === b.auctionId);
    if (auction) out.push({ text: t("queued.bid", { amount: money(b.amount), tile: tileName(state, auction.tile) }), command: { type: "withdraw", withdrawal: { what: "bid", auctionId: b.auctionId } } });
  }
  const x = priv?.exchangeOrder;
  if (x) out.push({ text: t(x.side === "sell" ? "exchange.mineSell" : "exchange.mineBuy", { count: x.tickets, price: money(x.price) }), command: { type: "withdraw", withdrawal: { what: "exchange" } } });
  for (const o of state.orders) {
    if (o.seat !== seat || o.tiles.length === 0) continue;
    const kind = (ORDER_KINDS as readonly string[]).includes(o.kind) ? (o.kind as (typeof ORDER_KINDS)[number]) : null;
    if (!kind) continue;
    const what = kind === "build" ? (terms.building[o.detail] ?? o.detail) : kind === "infra" ? (terms.infra[o.detail] ?? o.detail) : "";
    out.push({ text: t(`queued.order.${kind}`, { what, tile: tileName(state, o.tiles[0]), count: o.tiles.length }), command: { type: "withdraw", withdrawal: { what: "order", tile: o.tiles[0] } } });
  }
  return out;
}

/** The seat's queued actions with their Take back buttons; null when there are none (or outside the action phase). */
export function queuedActionsView(state: RoomState, seat: number, priv: PrivateView | null, send: (c: PlayerCommand) => void): HTMLElement | null {
  if (state.phase !== "action") return null;
  const items = queued(state, seat, priv);
  if (items.length === 0) return null;
  return h(
    "section",
    { class: "queued", "aria-labelledby": "queued-heading" },
    h("h2", { id: "queued-heading" }, t("queued.heading", { count: items.length })),
    h("p", { class: "hint" }, t("queued.note")),
    h("ul", {}, ...items.map((q, i) => h("li", {}, h("span", { id: `queued-${i}` }, q.text), " ", h("button", { type: "button", class: "link", "aria-describedby": `queued-${i}`, onclick: () => send(q.command) }, t("queued.takeBack"))))),
  );
}
