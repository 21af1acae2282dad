// A chart's numbers as a table, folded under the chart: for a screen reader, and for anyone who
// wants the exact figures behind a line (rows by year, a column per series with its unit).
import type { ChartDef } from "./debriefData";
import { lang, t } from "../i18n";
import { formatNumber } from "../i18n/money";
import { h } from "./dom";

/** One decimal, in the page's number format; an empty cell where a series has no value that year. */
const cell = (v: number | null): string => (v === null ? "—" : formatNumber(Math.round(v * 10) / 10, lang()));

/** `def`'s lines (one per series, a value per year of `years`) as a <details> table. */
export function chartTable(def: ChartDef, years: number[], lines: (number | null)[][]): HTMLDetailsElement {
  return h(
    "details",
    { class: "chart-table" },
    h("summary", {}, t("a11y.chartTable")),
    h(
      "table",
      {},
      h("caption", {}, def.title),
      h("thead", {}, h("tr", {}, h("th", { scope: "col" }, t("charts.year")), ...def.series.map((s) => h("th", { scope: "col" }, `${s.label} (${s.right ? (def.rightUnit ?? "") : def.unit})`)))),
      h("tbody", {}, ...years.map((year, i) => h("tr", {}, h("th", { scope: "row" }, String(year)), ...lines.map((line) => h("td", {}, cell(line[i] ?? null)))))),
    ),
  );
}
