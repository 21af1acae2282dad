// The inspector's explanations: "why this price?" (the land value taken apart by
// shared/views/priceParts.ts), who got what of a sold plot as a stacked bar, where a land ticket
// came from or went, and what a bridge, tunnel, road or rail section would add (the preview).
import type { RoomState } from "../../server/room/schema";
import type { InspectReply } from "../../shared/protocol";
import { priceParts } from "../../shared/views/priceParts";
import type { PlotSplit } from "../../shared/views/valueCapture";
import type { TicketArc } from "../../shared/views/ticketFlows";
import { infraActions, previewOf, type Preview } from "../lensState";
import { mapOf, rulesOf } from "../synced";
import { foldable, h } from "./dom";
import { money } from "./money";
import { tileName } from "./names";
import { t } from "../i18n";
import type { AuctionResult } from "../auctionResults";
import { seatName } from "./names";

/** A plot's last auction once cleared: who won and why, and every bid best first (the winner's marked; a higher bid than the winner's was skipped because its seat could not pay). */
export function auctionResultView(state: RoomState, r: AuctionResult): HTMLElement {
  const why = t(`log.why.${r.why}`);
  const winnerAt = r.bids.findIndex((b) => b.seat === r.winner);
  return h(
    "div",
    { class: "auction-result" },
    h("h3", {}, t("price.auctionTitle")),
    h("p", {}, r.winner >= 0 ? t("price.auctionWon", { winner: seatName(state, r.winner), price: money(r.price), reserve: money(r.reserve), why }) : t("price.auctionUnsold", { reserve: money(r.reserve), why })),
    r.bids.length > 0
      ? h(
          "ol",
          { class: "auction-bids" },
          ...r.bids.map((b, i) => {
            const note = i === winnerAt ? t("price.auctionWinner") : winnerAt < 0 || i < winnerAt ? t("price.auctionShort") : "";
            return h("li", { class: i === winnerAt ? "winner" : "" }, t("price.auctionBid", { seat: seatName(state, b.seat), amount: money(b.amount) }), note ? ` (${note})` : "");
          }),
        )
      : null,
  );
}

/** The land value from its parts, every number the rules' own. */
export function whyThisPrice(state: RoomState, tile: number): HTMLElement {
  const m = mapOf(state);
  const p = priceParts(m, rulesOf(state).valueRules, tile);
  const steps = p.unbuildable
    ? [t("price.unbuildable")]
    : [
        t("price.core", { value: money(p.flatAtCore) }),
        t("price.distance", { cost: p.travelCost, pct: p.distancePct, half: p.halfCost }),
        ...(p.slopePct !== 100 ? [t("price.slope", { pct: p.slopePct })] : []),
        ...(p.industrialPct !== 100 ? [t("price.industrial", { pct: p.industrialPct })] : []),
        t("price.result", { value: money(p.value) }),
      ];
  const why = foldable(
    "why-price",
    t("price.title"),
    h("ol", {}, ...steps.map((s) => h("li", {}, s))),
    p.legs.length > 0 ? h("p", {}, t("price.route")) : null,
    p.legs.length > 0 ? h("ul", { class: "route-legs" }, ...p.legs.map((l) => h("li", {}, t("price.leg", { kind: t(`price.legKind.${l.kind}`), count: l.tiles, cost: l.cost })))) : null,
  );
  why.classList.add("why-price");
  return why;
}

/** Village, city and developer shares of a sold plot as one bar (width by share) with its labels. */
export function splitBar(split: PlotSplit): HTMLElement {
  const parts = (["village", "city", "developer"] as const).filter((k) => split.pct[k] > 0);
  return h(
    "div",
    { class: "split", role: "img", "aria-label": t("price.split") },
    h("div", { class: "split-bar" }, ...parts.map((k) => h("span", { class: `split-${k}`, style: `width: ${split.pct[k]}%` }))),
    h("ul", { class: "split-key" }, ...parts.map((k) => h("li", { class: `split-${k}` }, `${t(`price.splitPart.${k}`)}: ${money(split[k])} (${split.pct[k]}%)`))),
  );
}

/** A land ticket's journey through this tile, if this page saw one. */
export function ticketLine(state: RoomState, tile: number, arcs: TicketArc[]): HTMLElement | null {
  const into = arcs.find((a) => a.to === tile);
  if (into) return h("p", { class: "ticket-line" }, t("price.ticket", { tile: tileName(state, into.from), price: money(into.price) }));
  const out = arcs.find((a) => a.from === tile);
  return out ? h("p", { class: "ticket-line" }, t("price.ticketFrom", { tile: tileName(state, out.to) })) : null;
}

/** "If a bridge (north–south) were built here, land would gain ¥… in all." */
export function previewSentence(p: Preview): string {
  const what = p.axis ? t("lens.withAxis", { what: t(`lens.infra.${p.infra}`), axis: t(`lens.axis.${p.axis}`) }) : t(`lens.infra.${p.infra}`);
  return t("lens.preview", { what, total: money(p.total) });
}

/** What each infrastructure order the server lists here would add to land values, and who holds the land that gains. */
export function previewLines(state: RoomState, options: InspectReply | null, showPreview: (p: Preview) => void): HTMLElement | null {
  const orders = options ? infraActions(options.actions) : [];
  if (orders.length === 0) return null;
  return h(
    "div",
    { class: "infra-preview" },
    ...orders.map((order) => {
      const p = previewOf(state, order);
      const gainers = p.byHolder.slice(0, 3).map((g) => t("lens.gainer", { who: state.seats[g.holder]?.label ?? t("inspector.noOne"), gain: money(g.gain) }));
      return h("p", {}, previewSentence(p), gainers.length ? ` ${gainers.join("; ")} ` : " ", h("button", { type: "button", class: "show-preview", onclick: () => showPreview(p) }, t("lens.showPreview")));
    }),
  );
}
