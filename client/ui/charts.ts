// The game's line charts (uPlot): one look for the debrief and the compared sessions, and a set
// of drawn plots that follow their boxes' width and are destroyed together.
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import { lang, t } from "../i18n";
import { DASHES, OKABE_ITO, type ChartDef, type PointMark } from "./debriefData";

/** A chart's height and, before its box is laid out, its width, in CSS px. */
const CHART_HEIGHT = 300;
const FALLBACK_WIDTH = 560;

/** The page's fonts (base.css), with the shipped Chinese subset for the axes' Chinese labels. */
const FONT = '"Noto Sans", "Segoe UI", "Noto Sans SC Subset", system-ui, sans-serif';
const CJK_PROBE = '17px "Noto Sans SC Subset"';
const INK = "#1b2430";
const GRID = "rgba(27, 36, 48, 0.15)";

/** A money axis (¥ million in English, 百万元 in Chinese) may need ticks in tenths. */
const isMoney = (unit: string): boolean => unit.startsWith("¥") || unit.startsWith("百万元");

/** A series' line style: its own dash, else one by its place (black, among others, is dashed). */
const dashOf = (def: ChartDef, i: number): number[] => def.series[i].dash ?? (def.series[i].colour === OKABE_ITO.black && def.series.length > 1 ? DASHES[1] : DASHES[i % DASHES.length]);

const HOLLOW_CIRCLE: PointMark = { shape: "circle" };

/** A point marker's outline around (x, y), `r` from its centre to its edge. */
function markPath(shape: PointMark["shape"], x: number, y: number, r: number): string {
  switch (shape) {
    case "square":
      return `M${x - r * 0.85},${y - r * 0.85}h${r * 1.7}v${r * 1.7}h${-r * 1.7}Z`;
    case "triangle":
      return `M${x},${y - r * 1.1}L${x + r},${y + r * 0.8}L${x - r},${y + r * 0.8}Z`;
    case "diamond":
      return `M${x},${y - r * 1.15}L${x + r * 1.15},${y}L${x},${y + r * 1.15}L${x - r * 1.15},${y}Z`;
    case "bar":
      return `M${x - r * 0.45},${y - r * 1.1}h${r * 0.9}v${r * 2.2}h${-r * 0.9}Z`;
    default:
      return `M${x - r},${y}a${r},${r} 0 1,0 ${r * 2},0a${r},${r} 0 1,0 ${-r * 2},0Z`;
  }
}

/**
 * A legend key that is the line itself (colour, dash and point marker, as drawn in the chart),
 * so the series can be told apart without telling colours apart: an SVG as the marker's background.
 */
export function lineKey(colour: string, dash: number[], point: PointMark = HOLLOW_CIRCLE): string {
  const mark = `<path class="mark-${point.shape}" d="${markPath(point.shape, 24, 8, 4.5)}" fill="${point.filled ? colour : "#fff"}" stroke="${colour}" stroke-width="2"/>`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="48" height="16"><line x1="1" y1="8" x2="47" y2="8" stroke="${colour}" stroke-width="3" stroke-dasharray="${dash.join(" ") || "none"}"/>${mark}</svg>`;
  return `url("data:image/svg+xml,${encodeURIComponent(svg)}") center / contain no-repeat`;
}

/** uPlot's points for a series with its own marker: drawn here (uPlot draws only circles); false tells uPlot to draw none of its own. */
function drawMarks(point: PointMark, colour: string): uPlot.Series.Points.Show {
  return (u, si, i0, i1) => {
    const ctx = u.ctx;
    const r = 5 * uPlot.pxRatio;
    const scale = u.series[si].scale ?? "y";
    ctx.save();
    ctx.lineWidth = 2 * uPlot.pxRatio;
    ctx.strokeStyle = colour;
    ctx.fillStyle = point.filled ? colour : "#fff";
    for (let i = i0; i <= i1; i++) {
      const v = u.data[si][i];
      if (v === null || v === undefined) continue;
      const path = new Path2D(markPath(point.shape, u.valToPos(u.data[0][i], "x", true), u.valToPos(v, scale, true), r));
      ctx.fill(path);
      ctx.stroke(path);
    }
    ctx.restore();
    return false;
  };
}

/** uPlot options for `def` over `years` (one round apart by `step` years), drawn `width` px wide. */
export function chartOptions(def: ChartDef, years: number[], step: number, width: number): uPlot.Options {
  const axisFont = `17px ${FONT}`;
  const labelFont = `bold 18px ${FONT}`;
  // Ticks at the rounds' years; every other one when the axis would be crowded.
  const every = years.length > 7 && width < 700 ? 2 : 1;
  // From zero (or below, for a negative balance), with room above the highest point; a chart
  // of zeros still gets a few whole-number ticks.
  const fromZero = (_u: uPlot, min: number, max: number): uPlot.Range.MinMax => {
    const lo = Math.min(0, min);
    const hi = max > lo ? max + (max - lo) * 0.08 : lo + 5;
    return [lo, hi];
  };
  // Counts (tiles, cohorts) have whole-number ticks; money may need tenths.
  const incrs = (money: boolean) => [...(money ? [0.1, 0.2, 0.5] : []), 1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10_000, 20_000, 50_000, 100_000, 200_000, 500_000, 1_000_000];
  const yAxis = (scale: string, label: string, side: 1 | 3): uPlot.Axis => ({
    scale,
    side,
    label,
    font: axisFont,
    labelFont,
    labelSize: 30,
    size: 78,
    stroke: INK,
    grid: { show: side === 3, stroke: GRID, width: 1 },
    incrs: incrs(isMoney(label)),
    ticks: { stroke: GRID },
    values: (_u, splits) => splits.map((v) => (Math.abs(v) >= 10 || v === 0 ? Math.round(v).toLocaleString("en") : String(Math.round(v * 10) / 10))),
  });
  const hasRight = def.series.some((s) => s.right);
  return {
    width,
    height: CHART_HEIGHT,
    legend: { live: false, markers: { width: 0, fill: (_u, i) => (i > 0 ? lineKey(def.series[i - 1].colour, dashOf(def, i - 1), def.series[i - 1].point) : "none") } },
    cursor: { drag: { x: false, y: false } },
    scales: {
      x: { time: false, range: [years[0] - step / 2, years[years.length - 1] + step / 2] },
      y: { range: def.range ?? fromZero },
      ...(hasRight ? { right: { range: fromZero } } : {}),
    },
    axes: [
      {
        label: t("charts.year"),
        font: axisFont,
        labelFont,
        labelSize: 30,
        size: 40,
        stroke: INK,
        grid: { show: false },
        ticks: { stroke: GRID },
        splits: () => years.filter((_, i) => i % every === 0),
        values: (_u, splits) => splits.map((v) => String(v)),
      },
      yAxis("y", def.unit, 3),
      ...(hasRight ? [yAxis("right", def.rightUnit ?? "", 1)] : []),
    ],
    series: [
      { label: t("charts.year") },
      ...def.series.map((s, i) => ({
        label: s.label,
        stroke: s.colour,
        width: 3,
        dash: dashOf(def, i),
        scale: s.right ? "right" : "y",
        points: s.point ? { show: drawMarks(s.point, s.colour) } : { show: true, size: 10, width: 2, stroke: s.colour, fill: "#fff" },
      })),
    ],
  };
}

/** The plots drawn on a page: resized with the window, shrunk for print, destroyed on redraw. */
export class PlotSet {
  private plots: { plot: uPlot; box: HTMLElement }[] = [];

  /** Draw a chart of `def` over `years` (one line per series in `lines`) into `box`. */
  draw(def: ChartDef, years: number[], lines: (number | null)[][], box: HTMLElement): void {
    const step = years.length > 1 ? years[1] - years[0] : 1;
    const plot = new uPlot(chartOptions(def, years, step, box.clientWidth || FALLBACK_WIDTH), [years, ...lines] as uPlot.AlignedData, box);
    this.plots.push({ plot, box });
    // The canvas does not wait for a webfont: once the Chinese subset has loaded, draw the axes again.
    if (lang() === "zh-CN" && !document.fonts.check(CJK_PROBE, "年")) void document.fonts.load(CJK_PROBE, "年").then(() => this.plots.some((p) => p.plot === plot) && plot.redraw(false, true));
  }

  /** Each plot as wide as its box again (after a window resize or printing). */
  fit(): void {
    for (const { plot, box } of this.plots) plot.setSize({ width: box.clientWidth || FALLBACK_WIDTH, height: CHART_HEIGHT });
  }

  /** Every plot at one size (for paper). */
  setSize(size: { width: number; height: number }): void {
    for (const { plot } of this.plots) plot.setSize(size);
  }

  destroy(): void {
    for (const { plot } of this.plots) plot.destroy();
    this.plots = [];
  }
}
