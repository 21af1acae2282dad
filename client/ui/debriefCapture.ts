// The debrief's value capture: who got the land's value, plot by plot and in total (the sums are
// valueCapture's, debriefData.ts).
import { OKABE_ITO } from "./debriefData";
import type { DebriefData } from "../../shared/views/debrief";
import { valueCapture, type PlotRow } from "../../shared/views/valueCapture";
import { placeText } from "./names";
import { h } from "./dom";
import { catalogue, lang, t } from "../i18n";
import { formatMoney } from "../i18n/money";

const money = (wan: number): string => formatMoney(wan, lang());
const pct = (part: number, whole: number): string => (whole > 0 ? `${Math.round((100 * part) / whole)}%` : "—");
/** A plot by its place name, or its column and row on a map without named places. */
export const plotName = (data: DebriefData, p: PlotRow): string => {
  const name = data.plotNames?.byTile[p.tile];
  return name && data.plotNames ? placeText(name, data.plotNames.list) : t("place.grid", { x: p.x, y: p.y });
};

export function captureSection(state: DebriefData): HTMLElement {
  const c = valueCapture(state);
  const section = h(
    "section",
    { id: "debrief-capture", class: "debrief-section", tabindex: -1, "aria-labelledby": "debrief-capture-heading" },
    h("h2", { id: "debrief-capture-heading" }, t("capture.heading")),
    h("p", { class: "hint" }, t("capture.hint")),
  );
  if (c.plots.length === 0) {
    section.append(h("p", {}, t("capture.none")));
    return section;
  }
  section.append(
    h(
      "dl",
      { class: "capture-totals" },
      h("dt", {}, t("capture.compensation")),
      h("dd", {}, money(c.totals.compensation)),
      h("dt", {}, t("capture.lease")),
      h("dd", {}, money(c.totals.lease)),
      h("dt", {}, t("capture.sale")),
      h("dd", {}, money(c.totals.sale)),
      h("dt", {}, t("capture.plots")),
      h("dd", {}, t("capture.plotCounts", { taken: c.plots.length, leased: c.plots.filter((p) => p.lease > 0).length, sold: c.sold.plots })),
    ),
  );
  if (c.sold.plots > 0) {
    const parts = [
      { key: "village", label: t("capture.village"), value: c.sold.village, colour: OKABE_ITO.green },
      { key: "city", label: t("capture.city"), value: c.sold.city, colour: OKABE_ITO.blue },
      { key: "developer", label: t("capture.developer"), value: c.sold.developer, colour: OKABE_ITO.purple },
    ];
    const positive = parts.reduce((n, p) => n + Math.max(0, p.value), 0) || 1;
    section.append(
      h("h3", {}, t("capture.shares", { count: c.sold.plots, sale: money(c.sold.sale) })),
      h(
        "div",
        { class: "share-bar", role: "img", "aria-label": parts.map((p) => t("capture.share", { label: p.label, pct: pct(p.value, c.sold.sale) })).join(", ") },
        ...parts.map((p) => {
          const w = (100 * Math.max(0, p.value)) / positive;
          return h("span", { class: `share share-${p.key} pattern-${p.key}`, style: `width:${w}%;background:${p.colour}` }, w >= 9 ? pct(p.value, c.sold.sale) : "");
        }),
      ),
      h("ul", { class: "share-key" }, ...parts.map((p) => h("li", {}, h("span", { class: `key-swatch pattern-${p.key}`, style: `background:${p.colour}` }), t("capture.shareKey", { label: p.label, money: money(p.value), pct: pct(p.value, c.sold.sale) })))),
    );
  } else {
    section.append(h("p", {}, t("capture.noneSold")));
  }
  section.append(
    h(
      "table",
      { class: "capture-table" },
      h("caption", {}, t("capture.caption")),
      h("thead", {}, h("tr", {}, ...Object.values(catalogue().capture.columns).map((text) => h("th", { scope: "col" }, text)))),
      h(
        "tbody",
        {},
        ...c.plots.map((p) =>
          h(
            "tr",
            {},
            h("th", { scope: "row" }, plotName(state, p)),
            h("td", {}, money(p.compensation)),
            h("td", {}, p.lease ? money(p.lease) : t("capture.notLeased")),
            h("td", {}, p.sale ? money(p.sale) : t("capture.notSold")),
            h("td", {}, p.sale ? pct(p.compensation, p.sale) : ""),
            h("td", {}, p.sale ? pct(p.lease - p.compensation, p.sale) : ""),
            h("td", {}, p.sale ? pct(p.sale - p.lease, p.sale) : ""),
          ),
        ),
      ),
    ),
  );
  return section;
}
