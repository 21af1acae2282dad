// The lens bar over a map: a button per lens (keys 1-6, 0 for the plain map), one lens at a
// time, and the lens's key — each class's colour and pattern, its range in the lens's unit and
// how many tiles it has. The lens is worked out when the map, the lens or the preview changes
// (client/lensState.ts, shared/views/lenses.ts) and painted once; nothing is done per frame.
import type { RoomState } from "../../server/room/schema";
import { LENSES, type Lens, type LensClass, type LensData } from "../../shared/views/lenses";
import { commutesNow, lensOf, newLensMemory, observe, type LensMemory, type Preview } from "../lensState";
import type { Commute } from "../../shared/views/commutes";
import { seatName, tileName } from "./names";
import { previewSentence } from "./pricePanel";
import { observeAuctions } from "../auctionResults";
import { hoverPreviews } from "../lensHover";
import type { InspectReply } from "../../shared/protocol";
import { paint, swatchOf } from "../lensPaint";
import type { LensExtras } from "../scenes/lensLayer";
import { historyOf, mapOf, rulesOf, type MapView } from "../synced";
import { h, fill } from "./dom";
import { money } from "./money";
import { lang, t } from "../i18n";

/** What the bar draws the lens on (the map scene). */
export interface LensTarget {
  showLens(data: LensData | null, extras: LensExtras): void;
}

export interface LensView {
  state: RoomState;
  mySeat: number;
  /** Changes whenever anything a lens reads may have changed (the change counters of map, lists, seats). */
  version: string;
  /** The selected tile (-1: none): a preview asked for stays on while it is selected. */
  selected: number;
}

export interface LensBar {
  element: HTMLElement;
  /** The page's memory of earlier rounds (the ticket arcs, last round's values). */
  memory: LensMemory;
  update(target: LensTarget, view: LensView): void;
  /** Show what an order would do in the change lens, while its tile stays selected and the map unchanged (the inspector's "show it on the map"). */
  showPreview(preview: Preview, tile: number): void;
  /** The pointer is over a tile (-1: none): for the government, a site's preview on the map. */
  hover(tile: number): void;
  /** The server's inspect reply (it may answer a hovered tile). */
  inspected(reply: InspectReply): void;
}

const KEYS: Record<string, Lens | null> = { "0": null, ...Object.fromEntries(LENSES.map((l, i) => [String(i + 1), l])) };

function swatchCanvas(data: LensData, index: number): HTMLCanvasElement {
  const c = h("canvas", { width: 20, height: 20, class: "lens-swatch", "aria-hidden": "true" });
  const g = c.getContext("2d");
  if (g) paint(g, 0, 0, 20, swatchOf(data, index));
  return c;
}

function rangeText(data: LensData, c: LensClass): string {
  const fmt = (v: number) => (data.unit === "wan" ? money(v) : String(v));
  if (data.unit === "pct") {
    if (c.from === null) return t("lens.pctTo", { to: -(c.to ?? 0) });
    if (c.from === -1) return t("lens.steady");
    return c.to === null ? t("lens.pctFrom", { from: c.from ?? 0 }) : t("lens.pct", { from: c.from ?? 0, to: c.to ?? 0 });
  }
  if (c.to === null || c.to === undefined) return t("lens.rangeFrom", { from: fmt(c.from ?? 0) });
  return c.from === 0 && data.unit === "cost" ? t("lens.rangeTo", { to: fmt(c.to) }) : t("lens.range", { from: fmt(c.from ?? 0), to: fmt(c.to) });
}

function classLabel(state: RoomState, mySeat: number, data: LensData, c: LensClass): string {
  if (c.seat !== undefined) {
    const name = state.seats[c.seat]?.label ?? "";
    return c.seat === mySeat ? t("lens.you", { name }) : name;
  }
  if (data.unit) return rangeText(data, c);
  return t(`lens.class.${c.id}` as "lens.class.zone");
}

/** The travel lens's choice: cost to the core, or to the nearest place of work. */
function travelToggle(toWork: boolean, choose: (work: boolean) => void): HTMLElement {
  const option = (work: boolean) => h("button", { type: "button", class: "lens-choice", "aria-pressed": String(toWork === work), onclick: () => choose(work) }, t(work ? "lens.toWork" : "lens.toCore"));
  return h("div", { class: "lens-toggle", role: "group", "aria-label": t("lens.travelTo") }, h("span", {}, t("lens.travelTo")), option(false), option(true));
}

/** The housing lens's notes: each cohort's commute (home, workplace, both travel costs), and the cohorts in dormitories, which have no tile. */
function housingNotes(state: RoomState, commutes: Commute[]): (HTMLElement | null)[] {
  const dorms = [...state.seats].filter((s) => s.role === "migrant" && s.homeKind === "dorm").length;
  return [
    h("p", { class: "lens-commutes-title" }, t(commutes.length > 0 ? "lens.commutes" : "lens.commutesNone")),
    commutes.length > 0
      ? h(
          "ul",
          { class: "lens-commutes" },
          ...commutes.map((c) => h("li", {}, t(`lens.commute.${c.job as "factory"}`, { seat: seatName(state, c.seat), home: tileName(state, c.home), work: tileName(state, c.work), cost: c.cost, coreCost: c.coreCost }))),
        )
      : null,
    dorms > 0 ? h("p", { class: "hint" }, t("lens.dorms", { count: dorms })) : null,
    h("p", { class: "hint" }, t("lens.vacancyNote", { ...rulesOf(state).homeCapacity })),
  ];
}

function legendView(view: LensView, data: LensData, memory: LensMemory, preview: Preview | null, commutes: Commute[], toWork: boolean): HTMLElement[] {
  const { state, mySeat } = view;
  const notes: (HTMLElement | null)[] = [];
  if (data.lens === "change" && preview) {
    notes.push(h("p", { class: "lens-preview" }, previewSentence(preview)));
    notes.push(h("ul", { class: "lens-gainers" }, ...preview.byHolder.slice(0, 4).map((g) => h("li", {}, t("lens.gainer", { who: state.seats[g.holder]?.label ?? t("inspector.noOne"), gain: money(g.gain) })))));
  } else if (data.lens === "change" && !memory.previous) notes.push(h("p", { class: "hint" }, t("lens.noPrevious")));
  if (data.lens === "plan") {
    const last = historyOf(state).at(-1);
    if (last) notes.push(h("p", {}, t("lens.redLine", { farmland: last.farmlandTiles, redLine: last.redLineTiles })));
  }
  if (data.lens === "plan" || data.lens === "holders") notes.push(h("p", { class: "lens-arcs" }, t(memory.arcs.length > 0 ? "lens.arcs" : "lens.arcsNone")));
  if (data.lens === "housing") notes.push(...housingNotes(state, commutes).filter((e): e is HTMLElement => e !== null));
  return [
    h("h3", {}, t(`lens.name.${data.lens}`)),
    h("p", { class: "hint" }, t(data.lens === "change" && preview ? "lens.previewHint" : data.lens === "travel" && toWork ? "lens.hintTravelWork" : `lens.hint.${data.lens}`)),
    data.unit ? h("p", { class: "lens-unit" }, t(data.lens === "change" && preview ? "lens.unit.pctPreview" : `lens.unit.${data.unit}`, rulesOf(state).valueRules.travelCost)) : null,
    lensKey(state, mySeat, data),
    ...notes,
  ].filter((e): e is HTMLElement => e !== null);
}

/** A lens's classes: swatch, name or range, and tile count (empty categories left out). */
export function lensKey(state: RoomState, mySeat: number, data: LensData): HTMLElement {
  return h(
    "ul",
    { class: "lens-key" },
    ...data.classes.map((c, i) =>
      c.tiles === 0 && !data.unit
        ? null
        : h(
            "li",
            { "data-class": c.id },
            swatchCanvas(data, i),
            h("span", {}, classLabel(state, mySeat, data, c)),
            h("span", { class: "lens-count" }, t("lens.tiles", { count: c.tiles }), c.free !== undefined && c.id !== "full" ? ` · ${t("lens.free", { count: c.free })}` : ""),
          ),
    ),
  );
}

/** For a page that keeps no change counters (the console): everything the lenses read, in short. */
export const lensVersion = (s: RoomState): string =>
  JSON.stringify([s.round, s.phase, s.map.layers.length, s.map.edits.length, s.zoneTiles.length, [...s.hubs].map((hub) => hub.open), s.prhBlocks.length, [...s.seats].map((seat) => seat.homeTile), s.history.length]);

/**
 * `ask` sends the server an `inspect` for a tile the government rests the pointer on (its legal
 * orders give the hover preview); the page hands the reply to `inspected`.
 */
export function lensBar(onSwitch: () => void, ask: (tile: number) => void = () => undefined): LensBar {
  let current: Lens | null = null;
  let drawnFor = "";
  const memory = newLensMemory();
  const hovering = hoverPreviews(ask, onSwitch);
  /** The travel lens: to the core (false) or to the nearest work (true). */
  let toWork = false;
  const travelTarget = (work: boolean) => {
    toWork = work;
    onSwitch();
  };
  let lastView: LensView | null = null;
  /** The preview asked for, its tile, and the map it was worked out on (set at the next update, which the request itself causes). */
  let pinned: { preview: Preview; tile: number; map: MapView | null } | null = null;
  const buttons = new Map<Lens | null, HTMLButtonElement>();
  const legend = h("div", { class: "lens-legend", "aria-live": "polite", hidden: true });
  const bar = h("div", { class: "lens-bar", role: "toolbar" });
  /** The hovered site's preview in one line, as a tooltip over the map. */
  const hoverLine = h("p", { class: "lens-hover", role: "status", hidden: true });
  const element = h("div", { class: "lens-overlay" }, bar, hoverLine, legend);
  const select = (lens: Lens | null) => {
    current = lens;
    onSwitch();
  };
  const labelButtons = () => {
    bar.setAttribute("aria-label", t("lens.bar"));
    fill(
      bar,
      ...([null, ...LENSES] as (Lens | null)[]).map((lens, i) => {
        const b = h(
          "button",
          { type: "button", class: "lens-button", "data-lens": lens ?? "off", "aria-pressed": String(current === lens), title: `${t(lens ? `lens.hint.${lens}` : "lens.offHint")} (${t("lens.key", { key: i })})`, onclick: () => select(lens) },
          h("kbd", {}, String(i)),
          " ",
          lens ? t(`lens.name.${lens}`) : t("lens.off"),
        );
        buttons.set(lens, b);
        return b;
      }),
    );
  };
  document.addEventListener("keydown", (e) => {
    const target = e.target as HTMLElement | null;
    if (e.ctrlKey || e.metaKey || e.altKey || !(e.key in KEYS) || !element.isConnected) return;
    if (target && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))) return;
    select(KEYS[e.key]);
  });
  let labelledIn = "";
  return {
    element,
    memory,
    showPreview(preview, tile) {
      pinned = { preview, tile, map: null };
      select("change");
    },
    hover(tile) {
      if (lastView) hovering.hover(lastView.state, lastView.mySeat, tile);
    },
    inspected(reply) {
      if (lastView) hovering.inspected(lastView.state, reply);
    },
    update(target, view) {
      lastView = view;
      observe(memory, view.state);
      observeAuctions(view.state);
      const m = mapOf(view.state);
      if (pinned) pinned.map ??= m;
      if (pinned && (pinned.tile !== view.selected || pinned.map !== m)) pinned = null;
      // A pinned preview (the inspector's button) stays in the change lens; a hovered site's shows on the plain map or the change lens.
      const hovered = current === null || current === "change" ? hovering.current(view.state) : null;
      const preview = (current === "change" ? pinned?.preview : null) ?? hovered;
      const lens = preview ? "change" : current;
      hoverLine.hidden = !hovered;
      hoverLine.textContent = hovered ? `${previewSentence(hovered)} ${hovered.byHolder.slice(0, 3).map((g) => t("lens.gainer", { who: view.state.seats[g.holder]?.label ?? t("inspector.noOne"), gain: money(g.gain) })).join("; ")}` : "";
      const key = JSON.stringify([lens, view.version, view.mySeat, preview?.tiles, preview?.axis, preview?.total, view.state.round, lang(), memory.arcs.length, toWork]);
      if (key === drawnFor) return;
      drawnFor = key;
      if (labelledIn !== lang()) labelButtons();
      labelledIn = lang();
      for (const [lens, b] of buttons) b.setAttribute("aria-pressed", String(lens === current));
      const data = lens ? lensOf(lens, view.state, memory, preview, toWork) : null;
      const shownArcs = current === "plan" || current === "holders" ? memory.arcs : [];
      const role = view.state.seats[view.mySeat]?.role;
      // The government holds all state land: a frame on each of its tiles would only be noise.
      const framed = role === "village" || role === "developer" ? view.mySeat : -1;
      const commutes = current === "housing" ? commutesNow(view.state) : [];
      target.showLens(data, { mySeat: framed, holder: m.holder, terrain: m.terrain, outline: preview ? preview.tiles : [], arcs: shownArcs, commutes: commutes.map((c) => ({ from: c.home, to: c.work })) });
      legend.hidden = data === null;
      if (data) fill(legend, ...legendView(view, data, memory, preview, commutes, toWork), ...(lens === "travel" ? [travelToggle(toWork, travelTarget)] : []));
    },
  };
}
