// The tile inspector: what a tile is, who holds it, what it is worth, what was paid for it, and
// the buttons for what your seat may do there (as the server lists them: never a dead button).
import type { PlayerCommand } from "../../shared/engine/commands";
import { money } from "./money";
import type { TileAction } from "../../shared/views/hints";
import type { InspectReply } from "../../shared/protocol";
import { TENURES, TERRAINS, USES, withinReach } from "../../shared/model/map";
import type { RoomState } from "../../server/room/schema";
import { FRAMES, legend } from "../tileFrames";
import { h } from "./dom";
import { mapOf, rulesOf } from "../synced";
import { plotSplit, type PlotSplit } from "../../shared/views/valueCapture";

/** The legend's human name for a terrain, tenure or use ("villageCollective" -> "Village collective land"). */
const label = (name: string): string => legend.find((l) => FRAMES[l.frame].value === name)?.label ?? name;

function actionRow(action: TileAction, send: (c: PlayerCommand) => void, index: number): HTMLElement {
  if (!action.amount) {
    return h("div", { class: "action" }, h("button", { type: "button", class: "primary", onclick: () => send(action.command) }, action.label), h("p", { class: "explain" }, action.explain));
  }
  const { field, min, suggested } = action.amount;
  const id = `amount-${index}`;
  const input = h("input", { id, type: "number", min, step: 100, value: suggested });
  const shown = h("span", { class: "in-millions", "aria-live": "polite" }, `= ${money(suggested)}`);
  input.addEventListener("input", () => (shown.textContent = `= ${money(Number(input.value) || 0)}`));
  const fieldName = field === "compensation" ? "Compensation" : field === "reserve" ? "Reserve price" : "Your bid";
  const toggles = (action.toggles ?? []).map((t) => ({ field: t.field, box: h("input", { type: "checkbox", id: `${id}-${t.field}` }), label: t.label }));
  return h(
    "div",
    { class: "action" },
    h("label", { for: id }, `${fieldName} in wan (万, ¥10,000)`),
    h("div", { class: "amount-row" }, input, shown),
    ...toggles.map((t) => h("div", { class: "toggle-row" }, t.box, h("label", { for: t.box.id }, t.label))),
    h(
      "button",
      {
        type: "button",
        class: "primary",
        onclick: () => send({ ...action.command, [field]: Math.round(Number(input.value)), ...Object.fromEntries(toggles.map((t) => [t.field, t.box.checked])) } as PlayerCommand),
      },
      action.label,
    ),
    h("p", { class: "explain" }, action.explain),
  );
}

/** The value-capture lesson in one sentence: who got what share of what the land finally sold for. */
function captureLine(split: PlotSplit): string {
  return `Of the ${money(split.sale)} the land finally sold for, the village got ${split.pct.village}%, the city ${split.pct.city}% and the developer ${split.pct.developer}% (before building costs).`;
}

/** `options` null: not asked for (a hovered tile) or not yet answered. */
/** Hubs whose reach covers a tile. */
const hubsNear = (state: RoomState, tile: number) => [...state.hubs].filter((hub) => withinReach(mapOf(state), hub, tile));

const PLAN_WORDS = { none: "Outside the urban plan (rural)", residential: "Residential", industrial: "Industrial", green: "Green space and public facilities" };

export function inspectorView(state: RoomState, tile: number, options: InspectReply | null, selected: boolean, send: (c: PlayerCommand) => void): HTMLElement {
  const m = mapOf(state);
  if (tile < 0 || tile >= m.terrain.length) {
    return h("section", { class: "inspector", "aria-labelledby": "inspector-heading" }, h("h2", { id: "inspector-heading" }, "Tile"), h("p", { class: "hint" }, "Click a tile on the map to see what it is and what you can do there."));
  }
  const x = tile % m.width;
  const y = Math.floor(tile / m.width);
  const holder = m.holder[tile];
  const deal = state.deals.get(String(tile));
  const split = deal ? plotSplit(deal) : null;
  const auction = [...state.auctions].find((a) => a.tile === tile);
  return h(
    "section",
    { class: "inspector", "aria-labelledby": "inspector-heading" },
    h("h2", { id: "inspector-heading" }, `Tile (${x},${y})`),
    h(
      "dl",
      { class: "facts" },
      h("dt", {}, "Terrain"),
      h("dd", { "aria-label": "Terrain" }, label(TERRAINS[m.terrain[tile]])),
      h("dt", {}, "Tenure"),
      h("dd", { "aria-label": "Tenure" }, label(TENURES[m.tenure[tile]])),
      h("dt", {}, "Use"),
      h("dd", { "aria-label": "Use" }, USES[m.use[tile]] === "none" ? "Vacant" : label(USES[m.use[tile]])),
      h("dt", {}, "Held by"),
      h("dd", { "aria-label": "Held by" }, holder >= 0 ? state.seats[holder]?.label ?? "—" : "No one"),
      h("dt", {}, "Land value"),
      h("dd", { "aria-label": "Land value" }, money(m.value[tile])),
      ...(options ? [h("dt", {}, "Planned use"), h("dd", { "aria-label": "Planned use" }, PLAN_WORDS[options.plan])] : []),
      ...(state.zoneTiles.includes(tile) ? [h("dt", {}, "Zone"), h("dd", {}, `Special economic zone (${rulesOf(state).zoneTaxPct}% tax)`)] : []),
      ...(state.firmTiles.includes(tile) ? [h("dt", {}, "Manufacturer"), h("dd", {}, "A firm works here")] : []),
      ...(state.railTiles.includes(tile) ? [h("dt", {}, "Light rail"), h("dd", {}, "A line runs here")] : []),
      ...hubsNear(state, tile).flatMap((hub) => [h("dt", {}, "Near"), h("dd", {}, `${hub.name}${hub.open ? "" : " (not open yet)"}: factories here draw firms (+${money(hub.bonus)} a round)`)]),
    ),
    deal
      ? h(
          "dl",
          { class: "deal", "aria-label": "What was paid for this land" },
          h("dt", {}, "Compensation paid"),
          h("dd", {}, money(deal.compensation)),
          h("dt", {}, "Lease price"),
          h("dd", {}, deal.lease ? money(deal.lease) : "not yet leased"),
          h("dt", {}, "Sale value"),
          h("dd", {}, deal.sale ? money(deal.sale) : "not yet built"),
          split ? h("p", { class: "capture" }, captureLine(split)) : null,
        )
      : null,
    auction ? h("p", { class: "auction-note" }, `Up for auction this round: reserve ${money(auction.reserve)}, ${auction.bidCount} sealed bid(s).`) : null,
    h("h3", {}, "Your options here"),
    optionsView(state, options, selected, send),
  );
}

function optionsView(state: RoomState, options: InspectReply | null, selected: boolean, send: (c: PlayerCommand) => void): HTMLElement {
  if (state.phase === "lobby") return h("p", { class: "hint" }, "Actions open when the game starts.");
  if (state.phase === "ended") return h("p", { class: "hint" }, "The game is over.");
  if (!selected) return h("p", { class: "hint" }, "Click the tile to see what you can do here.");
  if (options === null) return h("p", { class: "hint" }, "Asking the server…");
  const blocked = options.blocked.length > 0 ? h("ul", { class: "blocked", "aria-label": "Not possible here now" }, ...options.blocked.map((b) => h("li", {}, b))) : null;
  if (options.actions.length === 0) return h("div", {}, h("p", { class: "hint" }, "Nothing your seat can do on this tile now."), blocked);
  return h("div", { class: "actions" }, ...options.actions.map((a, i) => actionRow(a, send, i)), blocked);
}
