// The debrief's further discussion prompts (the four questions with their numbers are
// debriefQuestions.ts): each linked to the charts that hold the evidence from the class's game.
import { catalogue, t } from "../i18n";
import { h } from "./dom";
import { jumpLink } from "./jumpLink";

/** Each prompt's text (prompts.<key> in the catalogue) and the charts it points at. */
const PROMPTS: { key: "credit" | "consent"; look: string[] }[] = [
  { key: "credit", look: ["chart-debt", "chart-gdp"] },
  { key: "consent", look: ["chart-stability", "chart-informal"] },
];

/** A link target's name: the chart's title, or the value-capture section's. */
const targetName = (id: string): string => (id === "debrief-capture" ? t("debrief.navCapture") : (catalogue().chart as Record<string, { title: string }>)[id]?.title ?? id);

export function promptsSection(): HTMLElement {
  return h(
    "section",
    { id: "debrief-prompts", class: "debrief-section", tabindex: -1, "aria-labelledby": "debrief-prompts-heading" },
    h("h2", { id: "debrief-prompts-heading" }, t("prompts.heading")),
    h("p", { class: "hint" }, t("prompts.hint")),
    h(
      "ol",
      { class: "prompts" },
      ...PROMPTS.map((p) => {
        const looks: (Node | string)[] = [];
        p.look.forEach((id, i) => looks.push(i > 0 ? t("prompts.and") : "", jumpLink(id, targetName(id))));
        return h("li", {}, h("h3", {}, t(`prompts.${p.key}.question`)), h("p", {}, t(`prompts.${p.key}.text`)), h("p", { class: "look" }, t("prompts.lookAt"), ...looks, t("prompts.end")));
      }),
    ),
  );
}
