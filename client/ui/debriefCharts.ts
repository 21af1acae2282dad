// The debrief's charts: the city round by round, grouped as chartGroups (debriefData.ts) lists
// them, each with a sentence for screen readers, in the page's language: the chart's texts come
// from the catalogue's chart.<id> section (localChart), its numbers from debriefData.ts.
import type { PlotSet } from "./charts";
import { catalogue, lang, t } from "../i18n";
import { formatNumber } from "../i18n/money";
import { chartGroups, DASHES, type ChartDef, type ChartGroup, type SeriesDef } from "./debriefData";
import type { DebriefData } from "../../shared/views/debrief";
import { h } from "./dom";

/** Another timeline of the game drawn on the same charts (a what-if branch), with its name. */
export interface Timeline {
  label: string;
  data: DebriefData;
}

export function chartsSection(state: DebriefData, rounds: number): HTMLElement {
  const section = h("section", { id: "debrief-charts", class: "debrief-section", tabindex: -1, "aria-labelledby": "debrief-charts-heading" }, h("h2", { id: "debrief-charts-heading" }, t("charts.heading")));
  if (rounds === 0) {
    section.append(h("p", { class: "hint" }, t("charts.none")));
    return section;
  }
  section.append(h("p", { class: "hint" }, t("charts.hint")));
  for (const group of localGroups(state)) {
    section.append(
      h("h3", { class: "chart-group" }, group.heading),
      h(
        "div",
        { class: "chart-grid" },
        ...group.charts.map((c) =>
          h("figure", { class: "chart", id: c.id, tabindex: -1, "data-chart": c.id }, h("figcaption", {}, h("strong", {}, c.title), h("span", { class: "chart-note" }, c.note)), h("div", { class: "chart-plot", role: "img", "aria-label": describe(c, state) })),
        ),
      ),
    );
  }
  return section;
}

/** The chart in words, for a screen reader: each series' first and last value. */
function describe(c: ChartDef, state: DebriefData): string {
  const history = state.history;
  const first = history[0];
  const last = history.at(-1)!;
  const num = (v: number) => formatNumber(Math.round(v * 10) / 10, lang());
  const series = c.series.map((s) => t("charts.describeSeries", { label: s.label, first: num(s.value(first)), firstYear: first.year, last: num(s.value(last)), lastYear: last.year }));
  return t("charts.describe", { title: c.title, unit: c.unit, series: series.join(lang() === "zh-CN" ? "；" : "; ") });
}

/** Draw every chart whose figure chartsSection put in `content`: the game, then each branch's lines dashed. */
export function drawCharts(state: DebriefData, content: HTMLElement, plots: PlotSet, branches: Timeline[] = []): void {
  if (state.history.length === 0) return;
  const years = [...new Set([state, ...branches.map((b) => b.data)].flatMap((d) => d.history.map((r) => r.year)))].sort((a, b) => a - b);
  const column = (data: DebriefData, s: SeriesDef) => {
    const byYear = new Map(data.history.map((r) => [r.year, s.value(r)]));
    return years.map((y) => byYear.get(y) ?? null);
  };
  const defs = new Map(localGroups(state).flatMap((g) => g.charts.map((c) => [c.id, c] as const)));
  for (const box of content.querySelectorAll<HTMLElement>(".chart-plot")) {
    const def = defs.get(box.parentElement?.dataset.chart ?? "");
    if (!def) continue;
    const series = [...def.series];
    const lines = def.series.map((s) => column(state, s));
    branches.forEach((b, k) => {
      for (const s of def.series) {
        series.push({ ...s, label: t("whatIf.seriesOf", { branch: b.label, label: s.label }), dash: DASHES[(k + 1) % DASHES.length] });
        lines.push(column(b.data, s));
      }
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
    series: def.series.map((s, i) => ({ ...s, label: text.series[i] ?? s.label })),
  };
}

const GROUPS = ["economy", "land", "people", "firms", "stability"] as const;

/** The debrief's chart groups in the page's language. */
function localGroups(state: DebriefData): ChartGroup[] {
  return chartGroups(state).map((g) => ({
    ...g,
    heading: (GROUPS as readonly string[]).includes(g.id) ? t(`charts.groups.${g.id as (typeof GROUPS)[number]}`) : g.heading,
    charts: g.charts.map(localChart),
  }));
}
