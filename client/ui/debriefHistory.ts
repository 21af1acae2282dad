// "Your city vs Chongqing": the scenario's figures from history beside the class's game, metric
// by metric (views/history.ts), with the ledger's largest contributors (views/contributors.ts)
// worded as sentences. Several timelines (what-if branches) get a column each.
import { catalogue, lang, t } from "../i18n";
import { formatMoney, formatNumber } from "../i18n/money";
import type { DebriefData } from "../../shared/views/debrief";
import { compareWithHistory, type Comparison } from "../../shared/views/history";
import type { Contributor } from "../../shared/views/contributors";
import type { Timeline } from "./debriefCharts";
import { h } from "./dom";

const num = (v: number): string => formatNumber(v, lang());

/** A number in a figure's unit ("14% a year", "3,000,000 people"). */
const inUnit = (c: Comparison, v: number): string => t(`history.value.${c.unit}`, { value: num(v) });

/** What history says, in the figure's unit (a value, a band, a ceiling or a claim). */
function historySide(c: Comparison): string {
  const { value, lo, hi } = c.target;
  const claim = c.reference.claim ? t(`history.claim.${c.reference.claim}`) : "";
  if (value !== undefined) return inUnit(c, value);
  if (lo !== undefined && hi !== undefined) return [claim, t(`history.value.${c.unit}`, { value: t("history.band", { lo: num(lo), hi: num(hi) }) })].filter(Boolean).join(t("history.join"));
  if (hi !== undefined) return [claim, t(`history.value.${c.unit}`, { value: t("history.below", { hi: num(hi) }) })].filter(Boolean).join(t("history.join"));
  return claim;
}

/** One contributor as a sentence: "Municipal government: released 40 plots for ¥2.1 bn in 2003–2006 (80% of all)". */
export function contributorSentence(c: Contributor, data: DebriefData): string {
  const reasons = catalogue().history.reason as Record<string, string>;
  const what = (reasons[c.reason] ?? reasons[`${c.reason}_other`]) ? t(`history.reason.${c.reason as "lease"}`, { count: c.count, money: formatMoney(c.amount, lang()) }) : c.reason;
  return t("history.contributor", { seat: data.seats[c.seat]?.label ?? `#${c.seat}`, what, from: c.from, to: c.to, share: c.sharePct });
}

const metricName = (c: Comparison): string => t(`history.metric.${c.id}`, { from: c.reference.from, to: c.reference.to });

export interface HistoryOptions {
  /** The section's heading (history.heading, "Your city vs Chongqing", by default). */
  heading?: string;
  /** The main game's column heading (history.columns.game by default). */
  mainLabel?: string;
  /** Show the ledger's contributors (the main game's): on by default. */
  why?: boolean;
}

export function historySection(main: DebriefData, branches: Timeline[] = [], options: HistoryOptions = {}): HTMLElement {
  const why = options.why ?? true;
  const section = h("section", { id: "debrief-history", class: "debrief-section", tabindex: -1, "aria-labelledby": "debrief-history-heading" }, h("h2", { id: "debrief-history-heading" }, options.heading ?? t("history.heading")), h("p", { class: "hint" }, t("history.hint")));
  if (!main.references || main.references.figures.length === 0) return section;
  const input = (d: DebriefData) => ({ history: d.history, deals: d.deals, references: main.references! });
  const rows = compareWithHistory(input(main));
  const others = branches.map((b) => compareWithHistory(input(b.data)));
  const cols = catalogue().history.columns;
  const gameCell = (c: Comparison) => h("td", { class: `verdict-${c.verdict}` }, c.game === null ? "—" : inUnit(c, c.game), " ", h("span", { class: "verdict" }, t(`history.verdict.${c.verdict}`)));
  section.append(
    h(
      "table",
      { class: "history-table" },
      h("thead", {}, h("tr", {}, h("th", { scope: "col" }, cols.metric), h("th", { scope: "col" }, cols.history), h("th", { scope: "col" }, options.mainLabel ?? cols.game), ...branches.map((b) => h("th", { scope: "col" }, b.label)), why ? h("th", { scope: "col" }, cols.why) : null)),
      h(
        "tbody",
        {},
        ...rows.map((c, i) => {
          const mine = (main.contributors ?? []).filter((x) => x.metric === c.id);
          const reasons = !main.contributors ? h("p", { class: "hint" }, t("history.noLedger")) : mine.length === 0 ? t("history.none") : h("ul", { class: "contributors" }, ...mine.map((x) => h("li", {}, contributorSentence(x, main))));
          return h(
            "tr",
            { "data-metric": c.id },
            h("th", { scope: "row" }, metricName(c)),
            h("td", {}, historySide(c), c.reference.pledge && main.references ? t("history.pledge", { pct: main.references.mapSharePct }) : "", h("small", { class: "source" }, t("history.source", { source: (catalogue().history.cite as Record<string, string>)[c.id] ?? c.reference.source }))),
            gameCell(c),
            ...others.map((o) => gameCell(o[i])),
            why ? h("td", {}, reasons) : null,
          );
        }),
      ),
    ),
  );
  return section;
}
