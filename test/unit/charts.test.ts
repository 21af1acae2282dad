// The charts' look (client/ui/charts.ts): axes from zero with headroom, ticks at the rounds'
// years, whole-number ticks for counts, line styles that differ in print. Worked numbers.
import type uPlot from "uplot";
import { describe, expect, it } from "vitest";
import { chartOptions } from "../../client/ui/charts";
import { DASHES, OKABE_ITO, type ChartDef } from "../../client/ui/debriefData";

const years = Array.from({ length: 12 }, (_, i) => 1997 + 2 * i); // 12 rounds, 1997-2019
const def: ChartDef = {
  id: "chart-test",
  title: "Test",
  unit: "¥ m",
  note: "",
  series: [
    { label: "A", colour: OKABE_ITO.blue, value: (r) => r.gdp },
    { label: "B", colour: OKABE_ITO.black, value: (r) => r.gdp },
  ],
};
const u = {} as uPlot;
type RangeFn = (u: uPlot, min: number, max: number) => [number, number];
type SplitsFn = (u: uPlot, axis: number, min: number, max: number) => number[];
type ValuesFn = (u: uPlot, splits: number[]) => string[];

describe("chartOptions", () => {
  it("puts the x axis half a round beyond the first and last year", () => {
    expect(chartOptions(def, years, 2, 800).scales!.x.range).toEqual([1996, 2020]);
  });

  it("ticks every year when there is room, every other year on a narrow chart of more than 7 rounds", () => {
    const splits = (width: number) => (chartOptions(def, years, 2, width).axes![0].splits as SplitsFn)(u, 0, 0, 0);
    expect(splits(800)).toEqual(years);
    expect(splits(600)).toEqual([1997, 2001, 2005, 2009, 2013, 2017]);
  });

  it("starts the y axis at zero (or the lowest value below it) with 8% headroom above", () => {
    const range = chartOptions(def, years, 2, 800).scales!.y.range as RangeFn;
    expect(range(u, 10, 100)).toEqual([0, 108]);
    expect(range(u, -50, 100)).toEqual([-50, 112]); // 100 + 150 * 0.08
    expect(range(u, 0, 0)).toEqual([0, 5]); // a chart of zeros still has ticks
  });

  it("keeps a fixed range where the chart has one (stability 0-100)", () => {
    expect(chartOptions({ ...def, range: [0, 100] }, years, 2, 800).scales!.y.range).toEqual([0, 100]);
  });

  it("allows tenths on money axes only, and prints large values whole with thousands separators", () => {
    const yAxis = (unit: string) => chartOptions({ ...def, unit }, years, 2, 800).axes![1];
    expect((yAxis("¥ m").incrs as number[]).slice(0, 4)).toEqual([0.1, 0.2, 0.5, 1]);
    expect((yAxis("tiles").incrs as number[])[0]).toBe(1);
    expect((yAxis("¥ m").values as ValuesFn)(u, [0, 2.34, 12_345.6])).toEqual(["0", "2.3", "12,346"]);
  });

  it("dashes the black line of a multi-line chart, and adds a right-hand axis only when a series needs it", () => {
    const options = chartOptions(def, years, 2, 800);
    expect(options.series.slice(1).map((s) => s.dash)).toEqual([DASHES[0], DASHES[1]]);
    expect(options.axes).toHaveLength(2);
    const twoAxes = chartOptions({ ...def, rightUnit: "%", series: [def.series[0], { ...def.series[1], right: true }] }, years, 2, 800);
    expect(twoAxes.axes).toHaveLength(3);
    expect(twoAxes.series[2].scale).toBe("right");
    expect(Object.keys(twoAxes.scales!)).toEqual(["x", "y", "right"]);
  });
});
