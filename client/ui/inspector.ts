// The tile inspector: what a tile is, who holds it, what it is worth, what was paid for it, and
// the buttons for what your seat may do there (as the server lists them: never a dead button).
import type { PlayerCommand } from "../../shared/engine/commands";
import { money } from "./money";
import { moneyField } from "./moneyField";
import type { TileAction } from "../../shared/views/hints";
import type { InspectReply } from "../../shared/protocol";
import { PLANS, TENURES, TERRAINS, USES, withinReach } from "../../shared/model/map";
import type { RoomState } from "../../server/room/schema";
import { h } from "./dom";
import { mapOf, rulesOf } from "../synced";
import { plotSplit, type PlotSplit } from "../../shared/views/valueCapture";
import { catalogue, t } from "../i18n";
import { hubName, namesIn, seatName, tileHeading } from "./names";
import { actionText, explainText } from "./logText";
import { refusalText } from "../i18n/refusals";
import type { TicketArc } from "../../shared/views/ticketFlows";
import type { Preview } from "../lensState";
import { auctionResultView, previewLines, splitBar, ticketLine, whyThisPrice } from "./pricePanel";
import { auctionResultOf } from "../auctionResults";

/** The map key's name for a terrain, tenure or use ("villageCollective" -> "Village collective land"). */
const label = (name: string): string => (catalogue().legend.frame as Record<string, string>)[name] ?? name;

function actionRow(action: TileAction, send: (c: PlayerCommand) => void, index: number): HTMLElement {
  if (!action.amount) {
    return h("div", { class: "action" }, h("button", { type: "button", class: "primary", onclick: () => send(action.command) }, actionText(action.label)), h("p", { class: "explain" }, explainText(action.explain)));
  }
  const { field, min, suggested } = action.amount;
  const id = `amount-${index}`;
  const amount = moneyField(id, suggested, min);
  const fieldName = t(field === "compensation" ? "inspector.field.compensation" : field === "reserve" ? "inspector.field.reserve" : "inspector.field.amount");
  const toggles = (action.toggles ?? []).map((t) => ({ field: t.field, box: h("input", { type: "checkbox", id: `${id}-${t.field}` }), label: actionText(t.label) }));
  return h(
    "div",
    { class: "action" },
    h("label", { for: id }, fieldName),
    amount.row,
    ...toggles.map((t) => h("div", { class: "toggle-row" }, t.box, h("label", { for: t.box.id }, t.label))),
    h(
      "button",
      {
        type: "button",
        class: "primary",
        onclick: () => send({ ...action.command, [field]: amount.wan(), ...Object.fromEntries(toggles.map((t) => [t.field, t.box.checked])) } as PlayerCommand),
      },
      actionText(action.label),
    ),
    h("p", { class: "explain" }, explainText(action.explain)),
  );
}

/** The value-capture lesson in one sentence: who got what share of what the land finally sold for. */
function captureLine(split: PlotSplit): string {
  return t("inspector.capture", { sale: money(split.sale), village: split.pct.village, city: split.pct.city, developer: split.pct.developer });
}

/** `options` null: not asked for (a hovered tile) or not yet answered. */
/** Hubs whose reach covers a tile. */
const hubsNear = (state: RoomState, tile: number) => [...state.hubs].filter((hub) => withinReach(mapOf(state), hub, tile));

/** What the map's lenses lend the inspector: the land tickets this page saw used (client/lensState.ts) and a way to show a preview on the map. */
export interface InspectorLenses {
  arcs: TicketArc[];
  showPreview(preview: Preview): void;
}

export function inspectorView(state: RoomState, tile: number, options: InspectReply | null, selected: boolean, send: (c: PlayerCommand) => void, lenses?: InspectorLenses): HTMLElement {
  const m = mapOf(state);
  if (tile < 0 || tile >= m.terrain.length) {
    return h("section", { class: "inspector", "aria-labelledby": "inspector-heading" }, h("h2", { id: "inspector-heading" }, t("inspector.tile")), h("p", { class: "hint" }, t("inspector.clickTile")));
  }
  const holder = m.holder[tile];
  const heading = tileHeading(state, tile);
  const deal = state.deals.get(String(tile));
  const split = deal ? plotSplit(deal) : null;
  const auction = [...state.auctions].find((a) => a.tile === tile);
  const lastAuction = auctionResultOf(state, tile);
  return h(
    "section",
    { class: "inspector", "aria-labelledby": "inspector-heading" },
    h("h2", { id: "inspector-heading" }, heading.name),
    heading.grid ? h("p", { class: "hint tile-grid" }, heading.grid) : null,
    h(
      "dl",
      { class: "facts" },
      h("dt", {}, t("inspector.terrain")),
      h("dd", { "aria-label": t("inspector.terrain") }, label(TERRAINS[m.terrain[tile]])),
      h("dt", {}, t("inspector.tenure")),
      h("dd", { "aria-label": t("inspector.tenure") }, label(TENURES[m.tenure[tile]])),
      h("dt", {}, t("inspector.use")),
      h("dd", { "aria-label": t("inspector.use") }, USES[m.use[tile]] === "none" ? t("inspector.vacant") : label(USES[m.use[tile]])),
      h("dt", {}, t("inspector.heldBy")),
      h("dd", { "aria-label": t("inspector.heldBy") }, holder >= 0 ? (state.seats[holder] ? seatName(state, holder) : "—") : t("inspector.noOne")),
      h("dt", {}, t("inspector.value")),
      h("dd", { "aria-label": t("inspector.value") }, money(m.value[tile])),
      h("dt", {}, t("inspector.planned")),
      h("dd", { "aria-label": t("inspector.planned") }, t(`inspector.plan.${PLANS[m.plan[tile]] ?? "none"}`)),
      ...(state.zoneTiles.includes(tile) ? [h("dt", {}, t("inspector.zone")), h("dd", {}, t("inspector.zoneValue", { pct: rulesOf(state).zoneTaxPct }))] : []),
      ...(state.firmTiles.includes(tile) ? [h("dt", {}, t("inspector.firm")), h("dd", {}, t("inspector.firmValue"))] : []),
      ...(m.rail[tile] === 1 ? [h("dt", {}, t("inspector.rail")), h("dd", {}, t("inspector.railValue"))] : []),
      ...hubsNear(state, tile).flatMap((hub) => [h("dt", {}, t("inspector.near")), h("dd", {}, t(hub.open ? "inspector.hub" : "inspector.hubClosed", { hub: hubName(hub.id, hub.name), bonus: money(hub.bonus) }))]),
    ),
    deal
      ? h(
          "dl",
          { class: "deal", "aria-label": t("inspector.paid") },
          h("dt", {}, t("inspector.compensation")),
          h("dd", {}, money(deal.compensation)),
          h("dt", {}, t("inspector.lease")),
          h("dd", {}, deal.lease ? money(deal.lease) : t("inspector.notLeased")),
          h("dt", {}, t("inspector.sale")),
          h("dd", {}, deal.sale ? money(deal.sale) : t("inspector.notBuilt")),
          split ? h("p", { class: "capture" }, captureLine(split)) : null,
          split ? splitBar(split) : null,
        )
      : null,
    whyThisPrice(state, tile),
    ticketLine(state, tile, lenses?.arcs ?? []),
    auction ? h("p", { class: "auction-note" }, t("inspector.auction", { reserve: money(auction.reserve), count: auction.bidCount })) : null,
    !auction && lastAuction ? auctionResultView(state, lastAuction) : null,
    h("h3", {}, t("inspector.options")),
    selected && lenses ? previewLines(state, options, lenses.showPreview) : null,
    optionsView(state, options, selected, send),
  );
}

function optionsView(state: RoomState, options: InspectReply | null, selected: boolean, send: (c: PlayerCommand) => void): HTMLElement {
  if (state.phase === "lobby") return h("p", { class: "hint" }, t("inspector.notStarted"));
  if (state.phase === "ended") return h("p", { class: "hint" }, t("inspector.over"));
  if (!selected) return h("p", { class: "hint" }, t("inspector.clickAgain"));
  if (options === null) return h("p", { class: "hint" }, t("inspector.asking"));
  const blocked = options.blocked.length > 0 ? h("ul", { class: "blocked", "aria-label": t("inspector.blocked") }, ...options.blocked.map((b) => h("li", {}, `${actionText(b.action)}: ${refusalText(b.code, b.params, b.message, namesIn(state))}`))) : null;
  if (options.actions.length === 0) return h("div", {}, h("p", { class: "hint" }, t("inspector.nothing")), blocked);
  return h("div", { class: "actions" }, ...options.actions.map((a, i) => actionRow(a, send, i)), blocked);
}
