// The debrief's outcomes: each seat against its own role's objectives, best first within a role.
import type { Role } from "../../shared/model/state";
import { BRIEFINGS, ROLE_ORDER } from "./briefings";
import { outcomes, type DebriefData, type Outcome } from "../../shared/views/debrief";
import { h } from "./dom";
import { money } from "./money";

const points = (v: number): string => (Math.round(v * 10) / 10).toLocaleString("en");

export function outcomesSection(state: DebriefData): HTMLElement {
  const all = outcomes(state);
  const section = h(
    "section",
    { id: "debrief-outcomes", class: "debrief-section", tabindex: -1, "aria-labelledby": "debrief-outcomes-heading" },
    h("h2", { id: "debrief-outcomes-heading" }, "Outcomes by role"),
    h("p", { class: "hint" }, "Each seat against its own role's objectives, in points (1 point = ¥1 m; docs/rules.md, “Scores”). Compare seats within a role, not across roles."),
  );
  const byScore = (a: Outcome, b: Outcome) => (b.score ?? b.balance / 100) - (a.score ?? a.balance / 100);
  for (const role of ROLE_ORDER) {
    const seats = all.filter((o) => o.role === role).sort(byScore);
    if (seats.length === 0) continue;
    const b = BRIEFINGS[role as Role];
    section.append(
      h(
        "div",
        { class: `outcome role-${role}` },
        h("h3", {}, b.title),
        h("p", { class: "objective" }, h("strong", {}, "Wants: "), b.wants),
        h(
          "table",
          { class: "outcome-table" },
          h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Seat"), h("th", { scope: "col" }, "Player"), h("th", { scope: "col" }, "Score"), h("th", { scope: "col" }, "Made of"))),
          h(
            "tbody",
            {},
            ...seats.map((o) =>
              h(
                "tr",
                {},
                h("th", { scope: "row" }, o.label),
                h("td", {}, o.player || "no player"),
                h("td", { class: "score" }, o.score === null ? money(o.balance) : points(o.score)),
                h("td", {}, o.score === null ? "balance (no score yet)" : h("ul", { class: "parts" }, ...o.parts.map((p) => h("li", {}, `${p.label}: `, h("strong", {}, points(p.value)))))),
              ),
            ),
          ),
        ),
      ),
    );
  }
  return section;
}
