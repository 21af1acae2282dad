// The debrief's outcomes: each seat against its own role's objectives, best first within a role.
import type { Role } from "../../shared/model/state";
import { lang, t } from "../i18n";
import { formatMoney, formatNumber } from "../i18n/money";
import { briefing, ROLE_ORDER } from "./briefings";
import { outcomes, type DebriefData, type Outcome } from "../../shared/views/debrief";
import { h } from "./dom";
import { revealedObjective } from "./objective";

const points = (v: number): string => formatNumber(Math.round(v * 10) / 10, lang());
const money = (wan: number): string => formatMoney(wan, lang());

export function outcomesSection(state: DebriefData): HTMLElement {
  const all = outcomes(state);
  const section = h(
    "section",
    { id: "debrief-outcomes", class: "debrief-section", tabindex: -1, "aria-labelledby": "debrief-outcomes-heading" },
    h("h2", { id: "debrief-outcomes-heading" }, t("outcomes.heading")),
    h("p", { class: "hint" }, t("outcomes.hint")),
  );
  const byScore = (a: Outcome, b: Outcome) => (b.score ?? b.balance / 100) - (a.score ?? a.balance / 100);
  for (const role of ROLE_ORDER) {
    const seats = all.filter((o) => o.role === role).sort(byScore);
    if (seats.length === 0) continue;
    const b = briefing(role as Role);
    section.append(
      h(
        "div",
        { class: `outcome role-${role}` },
        h("h3", {}, b.title),
        h("p", { class: "objective" }, h("strong", {}, t("outcomes.wants")), b.wants),
        h(
          "table",
          { class: "outcome-table" },
          h("thead", {}, h("tr", {}, h("th", { scope: "col" }, t("outcomes.seat")), h("th", { scope: "col" }, t("outcomes.player")), h("th", { scope: "col" }, t("outcomes.score")), h("th", { scope: "col" }, t("outcomes.madeOf")))),
          h(
            "tbody",
            {},
            ...seats.map((o) =>
              h(
                "tr",
                {},
                h("th", { scope: "row" }, o.label),
                h("td", {}, o.player || t("outcomes.noPlayer")),
                h("td", { class: "score" }, o.score === null ? money(o.balance) : points(o.score)),
                h("td", {}, o.score === null ? t("outcomes.noScore") : h("ul", { class: "parts" }, ...o.parts.map((p) => h("li", {}, t("outcomes.part", { label: p.label }), h("strong", {}, points(p.value))))), revealedObjective(o.objective)),
              ),
            ),
          ),
        ),
      ),
    );
  }
  return section;
}
