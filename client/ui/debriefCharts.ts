// The debrief's charts: the city round by round, grouped as chartGroups (debriefData.ts) lists
// them, each with a sentence for screen readers, in the page's language: the chart's texts come
// from the catalogue's chart.<id> section (localChart), its numbers from debriefData.ts. History
// is drawn beside the game (the scenario's reference figures, views/history.ts, in black), and
// other timelines of the same game (what-if branches) beside the main one, dashed.
import type { PlotSet } from "./charts";
import { catalogue, lang, t } from "../i18n";
import { formatNumber } from "../i18n/money";
import { chartGroups, DASHES, OKABE_ITO, REFERENCE_CHARTS, type ChartDef, type ChartGroup, type SeriesDef } from "./debriefData";
import type { DebriefData } from "../../shared/views/debrief";
import { referenceLines } from "../../shared/views/history";
import { h } from "./dom";
import { chartTable } from "./chartTable";

/** Another timeline of the game drawn on the same charts (a what-if branch), with its name. */
export interface Timeline {
  label: string;
  data: DebriefData;
}

/** The dashes of history's lines: paths dash-dotted, a band's lower edge short dashes and its
 * upper edge dots; the second path or band on one chart takes the next of its kind, so every
 * line of a chart keeps a legend key of its own (none is one of the game's series' DASHES). */
const REFERENCE_DASHES = {
  value: [[10, 3, 2, 3, 2, 3], [22, 4, 2, 4], [20, 3]],
  lo: [[3, 5], [6, 3]],
  hi: [[1, 4], [1, 7]],
} as const;

export function chartsSection(state: DebriefData, rounds: number): HTMLElement {
  const section = h("section", { id: "debrief-charts", class: "debrief-section", tabindex: -1, "aria-labelledby": "debrief-charts-heading" }, h("h2", { id: "debrief-charts-heading" }, t("charts.heading")));
  if (rounds === 0) {
    section.append(h("p", { class: "hint" }, t("charts.none")));
    return section;
  }
  section.append(h("p", { class: "hint" }, t("charts.hint")));
  for (const group of localGroups(state)) {
    section.append(h("h3", { class: "chart-group" }, group.heading), h("div", { class: "chart-grid" }, ...group.charts.map((c) => chartFigure(c, state))));
  }
  return section;
}

/** One chart's figure (drawn by drawCharts); `id` sets the figure's own id (the chart's by default). */
export function chartFigure(c: ChartDef, state: DebriefData, id = c.id): HTMLElement {
  return h("figure", { class: "chart", id, tabindex: -1, "data-chart": c.id }, h("figcaption", {}, h("strong", {}, c.title), h("span", { class: "chart-note" }, c.note)), h("div", { class: "chart-plot", role: "img", "aria-label": describe(c, state) }), chartTable(c, state.history.map((r) => r.year), c.series.map((s) => state.history.map((r, i) => s.value(r, i)))));
}

/** The chart in words, for a screen reader: each series' first and last value. */
function describe(c: ChartDef, state: DebriefData): string {
  const history = state.history;
  const num = (v: number | null) => (v === null ? "—" : formatNumber(Math.round(v * 10) / 10, lang()));
  const at = (s: SeriesDef, i: number) => (history[i] ? s.value(history[i], i) : null);
  const last = history.length - 1;
  const series = c.series.map((s) => t("charts.describeSeries", { label: s.label, first: num(at(s, 0)), firstYear: history[0]?.year ?? "", last: num(at(s, last)), lastYear: history[last]?.year ?? "" }));
  return t("charts.describe", { title: c.title, unit: c.unit, series: series.join(lang() === "zh-CN" ? "；" : "; ") });
}

/** Draw every chart whose figure is in `content`: the main game, history's lines, and each branch. */
export function drawCharts(state: DebriefData, content: HTMLElement, plots: PlotSet, branches: Timeline[] = []): void {
  if (state.history.length === 0) return;
  const years = [...new Set([state, ...branches.map((b) => b.data)].flatMap((d) => d.history.map((r) => r.year)))].sort((a, b) => a - b);
  const defs = new Map(localGroups(state).flatMap((g) => g.charts.map((c) => [c.id, c] as const)));
  const branchDefs = branches.map((b) => new Map(localGroups(b.data).flatMap((g) => g.charts.map((c) => [c.id, c] as const))));
  for (const box of content.querySelectorAll<HTMLElement>(".chart-plot")) {
    const def = defs.get(box.parentElement?.dataset.chart ?? "");
    if (!def) continue;
    const series: SeriesDef[] = [];
    const lines: (number | null)[][] = [];
    const add = (s: SeriesDef, data: DebriefData) => {
      const byYear = new Map(data.history.map((r, i) => [r.year, s.value(r, i)]));
      series.push(s);
      lines.push(years.map((y) => byYear.get(y) ?? null));
    };
    for (const s of def.series) add(s, state);
    branches.forEach((b, k) => {
      const own = branchDefs[k].get(def.id);
      // A branch's lines keep their series' colours, in the branch's own dash, named by the branch.
      for (const s of own?.series.filter((x) => !x.reference) ?? []) add({ ...s, label: t("whatIf.seriesOf", { branch: b.label, label: s.label }), dash: DASHES[(k + 1) % DASHES.length] }, b.data);
    });
    plots.draw({ ...def, series }, years, lines, box);
  }
}

/** A chart's texts (title, units, note, series labels) in the page's language; the chart as
 * debriefData.ts defines it where the catalogue has no such chart. */
export function localChart(def: ChartDef): ChartDef {
  const text = (catalogue().chart as Record<string, { title: string; unit: string; rightUnit?: string; note: string; series: string[] } | undefined>)[def.id];
  if (!text) return def;
  return {
    ...def,
    title: text.title,
    unit: text.unit,
    ...(def.rightUnit !== undefined ? { rightUnit: text.rightUnit ?? def.rightUnit } : {}),
    note: text.note,
    series: def.series.map((s, i) => (s.reference ? s : { ...s, label: text.series[i] ?? s.label })),
  };
}

/** History's lines for chart `id` (the scenario's figures on the game's rounds), labelled in the page's language. */
export function referenceSeries(id: string, data: DebriefData): SeriesDef[] {
  if (!data.references) return [];
  return referenceLines({ history: data.history, deals: data.deals, references: data.references })
    .filter((l) => REFERENCE_CHARTS[l.id].chart === id)
    .map((l, _i, lines) => {
      const scale = REFERENCE_CHARTS[l.id].scale;
      const pool = REFERENCE_DASHES[l.part];
      const nth = lines.filter((o) => o.part === l.part).indexOf(l);
      return { label: (catalogue().history.line as Record<string, string>)[`${l.id}_${l.part}`] ?? l.id, colour: OKABE_ITO.black, dash: [...pool[nth % pool.length]], reference: true, value: (_r: unknown, i: number) => (l.values[i] === null || l.values[i] === undefined ? null : l.values[i]! * scale) };
    });
}

const GROUPS = ["economy", "land", "people", "firms", "stability"] as const;

/** The debrief's chart groups in the page's language, with history's lines. */
function localGroups(state: DebriefData): ChartGroup[] {
  return chartGroups(state).map((g) => ({
    ...g,
    heading: (GROUPS as readonly string[]).includes(g.id) ? t(`charts.groups.${g.id as (typeof GROUPS)[number]}`) : g.heading,
    charts: g.charts.map((c) => {
      const local = localChart(c);
      return { ...local, series: [...local.series, ...referenceSeries(c.id, state)] };
    }),
  }));
}
