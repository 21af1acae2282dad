// Comparing sessions, without the page: the same indicators as the debrief's charts
// (debriefData.ts chartGroups), one line per session on a shared axis of years.
import { catalogue, t } from "../i18n";
import type { Catalogue } from "../i18n/catalogue";
import { localChart, referenceSeries } from "./debriefCharts";
import { chartGroups, DASHES, OKABE_ITO, type ChartDef, type PointShape } from "./debriefData";
import type { DebriefData } from "../../shared/views/debrief";

/** One colour per session, in this order (Okabe-Ito, without the yellow). */
/** Each session's point marker, so sessions differ by shape and dash as well as by colour. */
export const SESSION_MARKS: PointShape[] = ["circle", "square", "triangle", "diamond", "bar"];
export const SESSION_COLOURS = [OKABE_ITO.blue, OKABE_ITO.vermillion, OKABE_ITO.green, OKABE_ITO.purple, OKABE_ITO.orange, OKABE_ITO.sky, OKABE_ITO.black];

interface CompareMetric {
  /** Also the key of its title and note in the catalogue (compare.metric.<id>; an empty note: the chart's). */
  id: keyof Catalogue["compare"]["metric"];
  /** The debrief chart and its series (by label) the numbers come from. */
  chart: string;
  series: string[];
  /** A series drawn once (from the first session), in black: e.g. the red line. */
  reference?: string;
}

export const COMPARE_METRICS: CompareMetric[] = [
  { id: "compare-gdp", chart: "chart-gdp", series: ["GDP"] },
  { id: "compare-lease-share", chart: "chart-lease-share", series: ["Lease share"] },
  { id: "compare-residents", chart: "chart-residents", series: ["Urban residents"] },
  { id: "compare-debt", chart: "chart-debt", series: ["Government"] },
  { id: "compare-leases", chart: "chart-revenue", series: ["Land leases"] },
  { id: "compare-capture", chart: "chart-capture", series: ["Compensation to villages", "Lease revenue"] },
  { id: "compare-farmland", chart: "chart-farmland", series: ["Farmland"], reference: "Red line" },
  { id: "compare-hukou", chart: "chart-cohorts", series: ["Hukou holders"] },
  { id: "compare-prh", chart: "chart-prh", series: ["Migrant households"] },
  { id: "compare-income", chart: "chart-income", series: ["Rural / urban income"] },
  { id: "compare-stability", chart: "chart-stability", series: ["Stability"] },
];

export interface CompareSession {
  data: DebriefData;
  /** The legend's name: the code, and the facilitator's label if there is one. */
  name: string;
}

export interface CompareChart {
  /** For chartOptions (charts.ts): title, unit, note, range, and one series per line. */
  def: ChartDef;
  years: number[];
  /** One array per line, aligned on `years` (null where a session has no such round). */
  lines: (number | null)[][];
  /** Per line, the index of its session; -1 for a line drawn once (the red line, history's figures). */
  owners: number[];
}

/** The comparison charts for these sessions (in this order: the first gets the first colour). */
export function compareCharts(sessions: CompareSession[]): CompareChart[] {
  const years = [...new Set(sessions.flatMap((s) => s.data.history.map((r) => r.year)))].sort((a, b) => a - b);
  const charts: CompareChart[] = [];
  for (const metric of COMPARE_METRICS) {
    const series: ChartDef["series"] = [];
    const lines: (number | null)[][] = [];
    const owners: number[] = [];
    let base: ChartDef | undefined;
    sessions.forEach((s, i) => {
      const def = chartGroups(s.data).flatMap((g) => g.charts).find((c) => c.id === metric.chart);
      if (!def) return;
      base ??= def;
      metric.series.forEach((label, j) => {
        const at = def.series.findIndex((x) => x.label === label);
        if (at < 0) return;
        const source = def.series[at];
        const shown = localChart(def).series[at].label;
        const colour = SESSION_COLOURS[i % SESSION_COLOURS.length];
        // Each session its colour, dash and marker's shape; of two measures, the second has filled markers.
        const point = { shape: SESSION_MARKS[i % SESSION_MARKS.length], ...(j > 0 ? { filled: true as const } : {}) };
        series.push({ label: metric.series.length > 1 ? t("compare.seriesOf", { session: s.name, label: shown }) : s.name, colour, dash: DASHES[i % DASHES.length], point, value: source.value });
        const byYear = new Map(s.data.history.map((r, k) => [r.year, source.value(r, k)]));
        lines.push(years.map((y) => byYear.get(y) ?? null));
        owners.push(i);
      });
    });
    if (!base || series.length === 0) continue;
    const refAt = metric.reference ? base.series.findIndex((x) => x.label === metric.reference) : -1;
    const ref = refAt >= 0 ? base.series[refAt] : undefined;
    const first = sessions[0]?.data;
    if (ref && first) {
      series.push({ label: localChart(base).series[refAt].label, colour: OKABE_ITO.black, dash: [6, 6], value: ref.value });
      const byYear = new Map(first.history.map((r, k) => [r.year, ref.value(r, k)]));
      lines.push(years.map((y) => byYear.get(y) ?? null));
      owners.push(-1);
    }
    // History's lines (the scenario's figures) on the first session's rounds.
    if (first) {
      for (const line of referenceSeries(metric.chart, first)) {
        series.push(line);
        const byYear = new Map(first.history.map((r, k) => [r.year, line.value(r, k)]));
        lines.push(years.map((y) => byYear.get(y) ?? null));
        owners.push(-1);
      }
    }
    const text = catalogue().compare.metric[metric.id];
    const local = localChart(base);
    charts.push({ def: { id: metric.id, title: text.title, unit: local.unit, note: text.note || local.note, ...(base.range ? { range: base.range } : {}), series }, years, lines, owners });
  }
  return charts;
}

const csvCell = (s: string): string => (/[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);

/** The comparison as CSV: one row per session and year, one column per line of the charts (its
 * chart's title, the line's name and its unit in the header), then the session's counterfactual flag. */
export function compareCsv(sessions: CompareSession[]): string {
  const charts = compareCharts(sessions);
  // Per session, the lines of its own (the session's colour); history's lines once, as columns of their own.
  const columns = charts.flatMap((c) => c.def.series.map((s, i) => ({ header: `${c.def.title}: ${s.label} (${c.def.unit})`, values: c.lines[i], owner: c.owners[i] })));
  const header = [t("compare.csv.session"), t("compare.csv.year"), ...columns.map((c) => c.header), t("compare.csv.counterfactual")];
  const years = charts[0]?.years ?? [];
  const rows = sessions.flatMap((s, i) =>
    s.data.history.map((r) => {
      const at = years.indexOf(r.year);
      const cells = columns.map((c) => (c.owner === -1 || c.owner === i ? String(c.values[at] ?? "") : ""));
      return [csvCell(s.name), String(r.year), ...cells, s.data.counterfactual ? "1" : "0"].join(",");
    }),
  );
  return `${[header.map(csvCell).join(","), ...rows].join("\n")}\n`;
}
