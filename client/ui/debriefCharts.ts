// The debrief's charts: the city round by round, grouped as chartGroups (debriefData.ts) lists
// them, each with a sentence for screen readers.
import type { PlotSet } from "./charts";
import { chartGroups, type ChartDef } from "./debriefData";
import type { DebriefData } from "../../shared/views/debrief";
import { h } from "./dom";

export function chartsSection(state: DebriefData, rounds: number): HTMLElement {
  const section = h("section", { id: "debrief-charts", class: "debrief-section", tabindex: -1, "aria-labelledby": "debrief-charts-heading" }, h("h2", { id: "debrief-charts-heading" }, "The city, round by round"));
  if (rounds === 0) {
    section.append(h("p", { class: "hint" }, "No round has been resolved yet: the charts start after the first round."));
    return section;
  }
  section.append(h("p", { class: "hint" }, "One point per round, at the year the round began. How each number is computed: docs/rules.md, “What the game records”."));
  for (const group of chartGroups(state)) {
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
  const num = (v: number) => (Math.round(v * 10) / 10).toLocaleString("en");
  return `${c.title} (${c.unit}): ${c.series.map((s) => `${s.label} ${num(s.value(first))} in ${first.year}, ${num(s.value(last))} in ${last.year}`).join("; ")}.`;
}

/** Draw every chart whose figure chartsSection put in `content`. */
export function drawCharts(state: DebriefData, content: HTMLElement, plots: PlotSet): void {
  const history = state.history;
  if (history.length === 0) return;
  const years = history.map((r) => r.year);
  const defs = new Map(chartGroups(state).flatMap((g) => g.charts.map((c) => [c.id, c] as const)));
  for (const box of content.querySelectorAll<HTMLElement>(".chart-plot")) {
    const def = defs.get(box.parentElement?.dataset.chart ?? "");
    if (!def) continue;
    plots.draw(def, years, def.series.map((s) => history.map((r) => s.value(r))), box);
  }
}
