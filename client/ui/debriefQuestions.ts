// The four questions, each with its evidence: the numbers from this game that bear on it
// (views/questions.ts) and one chart of it (drawn with the others by debriefCharts.ts), then
// every seat's private objective, revealed.
import { catalogue, lang, t } from "../i18n";
import { formatMoney, formatNumber } from "../i18n/money";
import type { DebriefData } from "../../shared/views/debrief";
import { questionNumbers, type QuestionId, type QuestionNumber } from "../../shared/views/questions";
import { chartGroups } from "./debriefData";
import { chartFigure, localChart } from "./debriefCharts";
import { h } from "./dom";
import { revealedObjective } from "./objective";

/** Each question's words: the prompts' texts of the same debate (prompts.<key>). */
const PROMPT: Record<QuestionId, "thirdWay" | "integration" | "prh" | "tickets"> = { thirdWay: "thirdWay", valueCapture: "integration", prh: "prh", tickets: "tickets" };

function shown(n: QuestionNumber): string {
  if (n.unit === "wan") return formatMoney(n.value, lang());
  if (n.unit === "pct") return `${formatNumber(n.value, lang())}%`;
  if (n.unit === "km") return t("questions.km", { value: formatNumber(n.value, lang()) });
  return formatNumber(n.value, lang());
}

/** The four questions and the private objectives revealed; `mySeat` (-1 for none) is the reader's own, listed first. */
export function questionsSection(data: DebriefData, mySeat = -1): HTMLElement {
  const words = catalogue().questions.numbers as Record<string, string>;
  const charts = new Map(chartGroups(data).flatMap((g) => g.charts.map((c) => [c.id, c] as const)));
  const section = h("section", { id: "debrief-questions", class: "debrief-section", tabindex: -1, "aria-labelledby": "debrief-questions-heading" }, h("h2", { id: "debrief-questions-heading" }, t("questions.heading")), h("p", { class: "hint" }, t("questions.hint")));
  for (const q of questionNumbers(data)) {
    const def = charts.get(q.chart);
    section.append(
      h(
        "article",
        { class: "question", id: `question-${q.id}`, "data-question": q.id },
        h("h3", {}, t(`prompts.${PROMPT[q.id]}.question`)),
        h("p", {}, t(`prompts.${PROMPT[q.id]}.text`)),
        h("dl", { class: "question-numbers" }, ...q.numbers.flatMap((n) => [h("dt", {}, words[n.code] ?? n.code), h("dd", { "data-number": n.code }, shown(n))])),
        data.history.length > 0 && def ? chartFigure(localChart(def), data, `question-${q.id}-chart`) : null,
      ),
    );
  }
  const secret = data.seats.filter((s) => s.objective).sort((a, b) => Number(b.id === mySeat) - Number(a.id === mySeat));
  section.append(
    h(
      "div",
      { id: "debrief-objectives", class: "objectives" },
      h("h3", {}, t("questions.objectives")),
      h("p", { class: "hint" }, secret.length === 0 ? t("questions.noObjectives") : t("questions.objectivesHint")),
      secret.length > 0 ? h("ul", { class: "objectives-revealed" }, ...secret.map((s) => h("li", { "data-seat": s.id, class: s.id === mySeat ? "mine" : undefined }, h("strong", {}, s.label), s.id === mySeat ? h("span", { class: "yours" }, " ", t("questions.yours")) : null, " ", revealedObjective(s.objective)))) : null,
    ),
  );
  return section;
}
