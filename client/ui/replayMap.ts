// The debrief's map replay: the whole map, small, as it stood at the end of a chosen round,
// with a slider over the rounds. The server keeps one snapshot per round ("mapAtRound"); this
// draws it in flat colours (one per use, the reserve outlined) so change over time is what
// the eye sees, not the tiles' detail.
import type { RoomState } from "../../server/room/schema";
import { TERRAINS, USES, tenureCode, type Use } from "../../shared/model/map";
import type { MapAtRound } from "../../shared/protocol";
import { fill, h } from "./dom";
import { historyOf, mapOf } from "../synced";
import { t } from "../i18n";
import type { Catalogue } from "../i18n/catalogue";
import { lensData, type Lens, type LensData } from "../../shared/views/lenses";
import { lensKey } from "./lensBar";
import { paint, swatchOf } from "../lensPaint";
import { rulesOf } from "../synced";
import { anchor, FONT, STYLES } from "../scenes/placeLabels";
import { TILE_SIZE } from "../tileFrames";
import { placeLabel } from "./names";

/** The lenses a snapshot can show: it keeps who held each tile and its use, not rail or homes. */
const REPLAY_LENSES = ["holders", "housing"] as const satisfies readonly Lens[];
type ReplayLens = (typeof REPLAY_LENSES)[number] | "plain";
/** The replay's lens, kept across redraws. */
let replayLens: ReplayLens = "plain";

const CELL = 7;
/** Okabe-Ito based colours per use; terrain shows where nothing is built. */
const USE_COLOURS: Partial<Record<Use, string>> = {
  farmland: "#d9d27a",
  forest: "#4f8a4f",
  villageHousing: "#e69f00",
  informalHousing: "#a0522d",
  oldUrban: "#8c7b6b",
  stateIndustry: "#7a5195",
  commercialHousing: "#0072b2",
  factory: "#003f5c",
  prhEstate: "#cc79a7",
  road: "#555555",
  bridge: "#555555",
};
const TERRAIN_COLOURS: Record<string, string> = { water: "#5b8fbf", flat: "#e8e2c8", slope: "#d6cfae", mountain: "#9e9e9e" };
/** The key: each colour by its name in the catalogue (replay.key.<name>). */
const LEGEND: [keyof Catalogue["replay"]["key"], string][] = [
  ["farmland", USE_COLOURS.farmland!],
  ["villageHousing", USE_COLOURS.villageHousing!],
  ["informalHousing", USE_COLOURS.informalHousing!],
  ["oldUrban", USE_COLOURS.oldUrban!],
  ["commercialHousing", USE_COLOURS.commercialHousing!],
  ["factory", USE_COLOURS.factory!],
  ["prhEstate", USE_COLOURS.prhEstate!],
  ["road", USE_COLOURS.road!],
  ["reserve", "#d55e00"],
];

/** The snapshot's lens data (shared/views/lenses.ts). */
function snapshotLens(state: RoomState, snap: MapAtRound, lens: Exclude<ReplayLens, "plain">): LensData {
  const m = mapOf(state);
  const layers = { width: snap.width, height: snap.height, core: m.core, terrain: m.terrain, tenure: snap.tenure, use: snap.use, holder: snap.holder, plan: [], rail: [], value: [] };
  return lensData(lens, { map: layers, previous: null, rules: rulesOf(state).valueRules, seats: [...state.seats], zoneTiles: [], hubs: [], homes: [], prhBlocks: [], homeCapacity: null });
}

/** The snapshot through a lens, painted as the live map paints it. */
function drawLens(g: CanvasRenderingContext2D, state: RoomState, snap: MapAtRound, lens: Exclude<ReplayLens, "plain">): void {
  const m = mapOf(state);
  const data = snapshotLens(state, snap, lens);
  for (let t = 0; t < data.tileClass.length; t++) {
    const c = data.tileClass[t];
    const x = (t % snap.width) * CELL;
    const y = Math.floor(t / snap.width) * CELL;
    if (c >= 0) paint(g, x, y, CELL, swatchOf(data, c));
    else {
      g.fillStyle = TERRAIN_COLOURS[TERRAINS[m.terrain[t]]] ?? "#ffffff";
      g.fillRect(x, y, CELL, CELL);
    }
  }
}

export function drawSnapshot(canvas: HTMLCanvasElement, state: RoomState, snap: MapAtRound): void {
  canvas.width = snap.width * CELL;
  canvas.height = snap.height * CELL;
  const g = canvas.getContext("2d")!;
  if (replayLens !== "plain") drawLens(g, state, snap, replayLens);
  else drawUses(g, state, snap);
  drawPlaceNames(g, state, snap);
}

/** The map's place names over the snapshot, as the game's map draws them, at the replay's scale. */
function drawPlaceNames(g: CanvasRenderingContext2D, state: RoomState, snap: MapAtRound): void {
  g.textAlign = "center";
  g.textBaseline = "middle";
  g.lineJoin = "round";
  for (const p of rulesOf(state).places?.list ?? []) {
    const at = anchor(p, snap.width, snap.height);
    if (!at) continue;
    const s = STYLES[p.kind];
    // The game's map draws 32 px tiles; the replay's are CELL px, its names a little larger than in proportion.
    g.font = `${s.italic ? "italic " : ""}bold ${Math.round((s.size * CELL * 1.6) / TILE_SIZE)}px ${FONT}`;
    g.strokeStyle = s.halo;
    g.lineWidth = 3;
    g.strokeText(placeLabel(p), at[0] * CELL, at[1] * CELL);
    g.fillStyle = s.colour;
    g.fillText(placeLabel(p), at[0] * CELL, at[1] * CELL);
  }
}

/** Each tile in its use's colour (terrain where nothing is built), the land reserve outlined. */
function drawUses(g: CanvasRenderingContext2D, state: RoomState, snap: MapAtRound): void {
  const reserve = tenureCode("landReserve");
  const terrain = mapOf(state).terrain;
  for (let t = 0; t < snap.use.length; t++) {
    const x = (t % snap.width) * CELL;
    const y = Math.floor(t / snap.width) * CELL;
    g.fillStyle = USE_COLOURS[USES[snap.use[t]]] ?? TERRAIN_COLOURS[TERRAINS[terrain[t]]] ?? "#ffffff";
    g.fillRect(x, y, CELL, CELL);
    if (snap.tenure[t] === reserve) {
      g.strokeStyle = "#d55e00";
      g.lineWidth = 2;
      g.strokeRect(x + 1, y + 1, CELL - 2, CELL - 2);
    }
  }
}

/**
 * The replay section. `ask(round)` requests a snapshot; `shown` is the last one received (or
 * null). The slider runs from the start (0) to the last resolved round.
 */
export function replayMapView(state: RoomState, shown: MapAtRound | null, ask: (round: number) => void): HTMLElement {
  const last = state.history.length;
  const round = shown?.round ?? last;
  const canvas = h("canvas", { class: "replay-map", role: "img", "aria-label": t("replay.mapAt", { round }) });
  if (shown) drawSnapshot(canvas, state, shown);
  const slider = h("input", { id: "replay-round", type: "range", min: 0, max: last, step: 1, value: round });
  // Ask once the slider rests for a moment, not for every step it passes while dragged.
  let pending = 0;
  slider.addEventListener("input", () => {
    window.clearTimeout(pending);
    pending = window.setTimeout(() => ask(Number(slider.value)), 120);
  });
  const key = h("div", {});
  const plainKey = () => h("ul", { class: "replay-legend" }, ...LEGEND.map(([name, colour]) => h("li", {}, h("span", { class: "swatch-flat", style: `background: ${colour}` }), t(`replay.key.${name}`))));
  const showKey = () => fill(key, replayLens === "plain" || !shown ? plainKey() : lensKey(state, -1, snapshotLens(state, shown, replayLens)));
  showKey();
  const lensChoice = h(
    "select",
    {
      id: "replay-lens",
      onchange: (e: Event) => {
        replayLens = (e.target as HTMLSelectElement).value as ReplayLens;
        if (shown) drawSnapshot(canvas, state, shown);
        showKey();
      },
    },
    ...(["plain", ...REPLAY_LENSES] as const).map((l) => h("option", { value: l, selected: l === replayLens }, t(l === "plain" ? "lens.off" : `lens.name.${l}`))),
  );
  const years = historyOf(state).map((record) => record.year);
  const showing = (r: number) => (r === 0 ? t("replay.showingStart", { year: years[0] ?? state.year }) : t("replay.showingRound", { round: r, from: years[r - 1], to: years[r - 1] + 1 }));
  return h(
    "section",
    { class: "replay", "aria-labelledby": "replay-heading" },
    h("h2", { id: "replay-heading" }, t("replay.title")),
    h("label", { for: "replay-round" }, showing(round)),
    slider,
    h("label", { for: "replay-lens" }, t("lens.replayLabel")),
    lensChoice,
    canvas,
    key,
  );
}
