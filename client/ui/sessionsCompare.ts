// Several sessions on the same charts (?compare=CODE,CODE,…): one line per session, each session
// with its own colour, dash and point marker on every chart and in the key (compareCharts, sessionsData.ts).
import { lineKey, PlotSet } from "./charts";
import { DASHES } from "./debriefData";
import { lang, t } from "../i18n";
import { formatNumber } from "../i18n/money";
import { chartTable } from "./chartTable";
import { fill, h } from "./dom";
import { fetchDebrief } from "./sessionsApi";
import { compareCharts, compareCsv, SESSION_COLOURS, SESSION_MARKS, type CompareSession } from "./sessionsData";
import { historySection } from "./debriefHistory";
import { download } from "./debrief";
import { nameOf, type SessionsPage } from "./sessionsLists";
import { keptSessions } from "./sessionsStore";

export const compareBox = h("section", { id: "compare", class: "sessions-section", "aria-labelledby": "compare-heading" });
/** The comparison's plots: the page resizes them with the window. */
export const comparePlots = new PlotSet();
let compared: { sessions: CompareSession[]; errors: string[] } | null = null;
let compareKey = "";

export async function showCompare(page: SessionsPage, codes: string[]): Promise<void> {
  const key = codes.join(",");
  if (key === compareKey && compared) return;
  compareKey = key;
  const kept = new Map(keptSessions().map((k) => [k.code, k]));
  fill(compareBox, h("h2", { id: "compare-heading" }, t("compare.heading")), h("p", {}, t("compare.reading", { count: codes.length })));
  const results = await Promise.all(
    codes.map(async (code) => {
      const k = kept.get(code);
      if (!k) return { error: t("compare.noSecret", { code }) };
      try {
        return { session: { data: await fetchDebrief(code, k.secret), name: nameOf(k) } };
      } catch (e) {
        return { error: t("compare.failed", { code, reason: (e as Error).message }) };
      }
    }),
  );
  if (compareKey !== key) return;
  compared = { sessions: results.flatMap((r) => (r.session ? [r.session] : [])), errors: results.flatMap((r) => (r.error ? [r.error] : [])) };
  drawCompare(page);
}

export function hideCompare(): void {
  comparePlots.destroy();
  compareKey = "";
  compared = null;
  fill(compareBox);
  compareBox.hidden = true;
}

/** Draw the comparison read last (again, e.g. after a change of language). */
export function drawCompare(page: SessionsPage): void {
  if (!compared) return;
  comparePlots.destroy();
  compareBox.hidden = false;
  const { sessions, errors } = compared;
  const charts = compareCharts(sessions);
  const withRounds = sessions.filter((s) => s.data.history.length > 0);
  fill(
    compareBox,
    h("h2", { id: "compare-heading", tabindex: -1 }, t("compare.headingCodes", { codes: sessions.map((s) => s.data.code).join(", ") })),
    h(
      "ul",
      { class: "compare-key" },
      ...sessions.map((s, i) =>
        h("li", {}, h("span", { class: "key-swatch key-line", style: `background:${lineKey(SESSION_COLOURS[i % SESSION_COLOURS.length], DASHES[i % DASHES.length], { shape: SESSION_MARKS[i % SESSION_MARKS.length] })}` }), t("compare.key", { name: s.name, scenario: s.data.scenarioName, where: s.data.phase === "ended" ? t("compare.ended") : t("compare.roundOf", { round: s.data.round, rounds: s.data.rounds }), resolved: t("compare.resolved", { count: s.data.history.length }) }) + (s.data.counterfactual ? t("compare.counterfactual") : "")),
      ),
    ),
    ...errors.map((e) => h("p", { class: "error" }, t("compare.couldNotRead", { error: e }))),
    h("p", { class: "hint" }, t("compare.hint")),
    h("p", {}, h("button", { type: "button", onclick: () => page.go("?sessions") }, t("compare.close")), " ", h("button", { type: "button", onclick: () => download(`shancheng-compare-${sessions.map((s) => s.data.code ?? "").join("-").toLowerCase()}.csv`, "text/csv", compareCsv(sessions)) }, t("compare.download"))),
    sessions[0] ? historySection(sessions[0].data, sessions.slice(1).map((s) => ({ label: s.name, data: s.data })), { heading: t("compare.historyHeading"), mainLabel: sessions[0].name, why: false }) : null,
    withRounds.length === 0
      ? h("p", {}, t("compare.noRounds"))
      : h(
          "div",
          { class: "chart-grid" },
          ...charts.map((c) => h("figure", { class: "chart", id: c.def.id, "data-chart": c.def.id }, h("figcaption", {}, h("strong", {}, c.def.title), h("span", { class: "chart-note" }, c.def.note)), h("div", { class: "chart-plot", role: "img", "aria-label": summary(c) }), chartTable(c.def, c.years, c.lines))),
        ),
  );
  if (withRounds.length === 0) return;
  for (const c of charts) {
    const box = compareBox.querySelector<HTMLElement>(`#${c.def.id} .chart-plot`);
    if (!box || c.years.length === 0) continue;
    comparePlots.draw(c.def, c.years, c.lines, box);
  }
}

/** The chart in words: each line's last value. */
function summary(c: ReturnType<typeof compareCharts>[number]): string {
  const num = (v: number) => formatNumber(Math.round(v * 10) / 10, lang());
  const parts = c.def.series.map((s, i) => {
    const values = c.lines[i];
    let last = values.length - 1;
    while (last >= 0 && values[last] === null) last--;
    return last < 0 ? t("compare.noRoundsSeries", { label: s.label }) : t("compare.lastValue", { label: s.label, value: num(values[last]!), year: c.years[last] });
  });
  return t("charts.describe", { title: c.def.title, unit: c.def.unit, series: parts.join(lang() === "zh-CN" ? "；" : "; ") });
}

