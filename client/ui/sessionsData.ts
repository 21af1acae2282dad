// Comparing sessions, without the page: the same indicators as the debrief's charts
// (debriefData.ts chartGroups), one line per session on a shared axis of years.
import { chartGroups, DASHES, OKABE_ITO, type ChartDef } from "./debriefData";
import type { DebriefData } from "../../shared/views/debrief";

/** One colour per session, in this order (Okabe-Ito, without the yellow). */
export const SESSION_COLOURS = [OKABE_ITO.blue, OKABE_ITO.vermillion, OKABE_ITO.green, OKABE_ITO.purple, OKABE_ITO.orange, OKABE_ITO.sky, OKABE_ITO.black];

interface CompareMetric {
  id: string;
  title: string;
  /** The debrief chart and its series (by label) the numbers come from. */
  chart: string;
  series: string[];
  /** A series drawn once (from the first session), in black: e.g. the red line. */
  reference?: string;
  /** The chart's note, where the debrief chart's own would describe series not drawn here. */
  note?: string;
}

export const COMPARE_METRICS: CompareMetric[] = [
  { id: "compare-gdp", title: "GDP per round", chart: "chart-gdp", series: ["GDP"] },
  { id: "compare-debt", title: "Government debt", chart: "chart-debt", series: ["Government"], note: "The government's outstanding bank loans at the end of the round (PRH loans included)." },
  { id: "compare-leases", title: "Revenue from land leases", chart: "chart-revenue", series: ["Land leases"], note: "Land-lease payments to the government in the round." },
  { id: "compare-capture", title: "Compensation paid vs lease revenue", chart: "chart-capture", series: ["Compensation to villages", "Lease revenue"], note: "Compensation paid to villages in the round (solid) and land-lease payments to the government (dashed)." },
  { id: "compare-farmland", title: "Farmland and the red line", chart: "chart-farmland", series: ["Farmland"], reference: "Red line" },
  { id: "compare-hukou", title: "Hukou holders", chart: "chart-cohorts", series: ["Hukou holders"], note: "Urban-hukou holders: migrant cohorts plus village tiles' households converted." },
  { id: "compare-prh", title: "PRH units lived in by migrant households", chart: "chart-prh", series: ["Migrant households"], note: "Public rented housing units lived in by migrant cohorts (not rented as blocks by employers)." },
  { id: "compare-income", title: "Rural income, % of urban", chart: "chart-income", series: ["Rural / urban income"] },
  { id: "compare-stability", title: "Social stability", chart: "chart-stability", series: ["Stability"] },
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
}

/** The comparison charts for these sessions (in this order: the first gets the first colour). */
export function compareCharts(sessions: CompareSession[]): CompareChart[] {
  const years = [...new Set(sessions.flatMap((s) => s.data.history.map((r) => r.year)))].sort((a, b) => a - b);
  const charts: CompareChart[] = [];
  for (const metric of COMPARE_METRICS) {
    const series: ChartDef["series"] = [];
    const lines: (number | null)[][] = [];
    let base: ChartDef | undefined;
    sessions.forEach((s, i) => {
      const def = chartGroups(s.data).flatMap((g) => g.charts).find((c) => c.id === metric.chart);
      if (!def) return;
      base ??= def;
      metric.series.forEach((label, j) => {
        const source = def.series.find((x) => x.label === label);
        if (!source) return;
        const colour = SESSION_COLOURS[i % SESSION_COLOURS.length];
        // One measure: sessions differ by colour and line style. Two: the style tells the measure.
        const dash = metric.series.length > 1 ? DASHES[j % DASHES.length] : DASHES[i % DASHES.length];
        series.push({ label: metric.series.length > 1 ? `${s.name}: ${label}` : s.name, colour, dash, value: source.value });
        const byYear = new Map(s.data.history.map((r) => [r.year, source.value(r)]));
        lines.push(years.map((y) => byYear.get(y) ?? null));
      });
    });
    if (!base || series.length === 0) continue;
    const ref = metric.reference ? base.series.find((x) => x.label === metric.reference) : undefined;
    const first = sessions[0]?.data;
    if (ref && first) {
      series.push({ label: metric.reference!, colour: OKABE_ITO.black, dash: [6, 6], value: ref.value });
      const byYear = new Map(first.history.map((r) => [r.year, ref.value(r)]));
      lines.push(years.map((y) => byYear.get(y) ?? null));
    }
    charts.push({ def: { id: metric.id, title: metric.title, unit: base.unit, note: metric.note ?? base.note, ...(base.range ? { range: base.range } : {}), series }, years, lines });
  }
  return charts;
}
