// The debrief's value capture: who got the land's value, plot by plot and in total (the sums are
// valueCapture's, debriefData.ts).
import { OKABE_ITO } from "./debriefData";
import type { DebriefData } from "../../shared/views/debrief";
import { valueCapture } from "../../shared/views/valueCapture";
import { h } from "./dom";
import { money } from "./money";

const pct = (part: number, whole: number): string => (whole > 0 ? `${Math.round((100 * part) / whole)}%` : "—");

export function captureSection(state: DebriefData): HTMLElement {
  const c = valueCapture(state);
  const section = h(
    "section",
    { id: "debrief-capture", class: "debrief-section", tabindex: -1, "aria-labelledby": "debrief-capture-heading" },
    h("h2", { id: "debrief-capture-heading" }, "Value capture: who got the land's value?"),
    h("p", { class: "hint" }, "Each plot the government took: the compensation paid to the village, the lease price the developer paid the city, and what the developer sold the buildings for."),
  );
  if (c.plots.length === 0) {
    section.append(h("p", {}, "No land has changed hands yet."));
    return section;
  }
  section.append(
    h(
      "dl",
      { class: "capture-totals" },
      h("dt", {}, "Compensation paid to villages"),
      h("dd", {}, money(c.totals.compensation)),
      h("dt", {}, "Lease revenue to the city"),
      h("dd", {}, money(c.totals.lease)),
      h("dt", {}, "Sale value of what was built"),
      h("dd", {}, money(c.totals.sale)),
      h("dt", {}, "Plots"),
      h("dd", {}, `${c.plots.length} taken, ${c.plots.filter((p) => p.lease > 0).length} leased, ${c.sold.plots} sold`),
    ),
  );
  if (c.sold.plots > 0) {
    const parts = [
      { key: "village", label: "Villages (compensation)", value: c.sold.village, colour: OKABE_ITO.green },
      { key: "city", label: "City (lease less compensation)", value: c.sold.city, colour: OKABE_ITO.blue },
      { key: "developer", label: "Developers (sale less lease, before building costs)", value: c.sold.developer, colour: OKABE_ITO.purple },
    ];
    const positive = parts.reduce((n, p) => n + Math.max(0, p.value), 0) || 1;
    section.append(
      h("h3", {}, `Shares of the sale value of the ${c.sold.plots} ${c.sold.plots === 1 ? "plot" : "plots"} sold (${money(c.sold.sale)})`),
      h(
        "div",
        { class: "share-bar", role: "img", "aria-label": parts.map((p) => `${p.label} ${pct(p.value, c.sold.sale)}`).join(", ") },
        ...parts.map((p) => {
          const w = (100 * Math.max(0, p.value)) / positive;
          return h("span", { class: `share share-${p.key}`, style: `width:${w}%;background:${p.colour}` }, w >= 9 ? pct(p.value, c.sold.sale) : "");
        }),
      ),
      h("ul", { class: "share-key" }, ...parts.map((p) => h("li", {}, h("span", { class: "key-swatch", style: `background:${p.colour}` }), `${p.label}: ${money(p.value)} (${pct(p.value, c.sold.sale)})`))),
    );
  } else {
    section.append(h("p", {}, "No plot has been built on and sold yet, so the shares of the final sale value are not known."));
  }
  section.append(
    h(
      "table",
      { class: "capture-table" },
      h("caption", {}, "Per plot, by sale value"),
      h("thead", {}, h("tr", {}, ...["Plot", "Compensation to the village", "Lease to the city", "Sale by the developer", "Village share", "City share", "Developer share"].map((t) => h("th", { scope: "col" }, t)))),
      h(
        "tbody",
        {},
        ...c.plots.map((p) =>
          h(
            "tr",
            {},
            h("th", { scope: "row" }, `(${p.x},${p.y})`),
            h("td", {}, money(p.compensation)),
            h("td", {}, p.lease ? money(p.lease) : "not leased"),
            h("td", {}, p.sale ? money(p.sale) : "not sold"),
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
