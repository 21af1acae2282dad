// A private objective on screen (shared/rules/objectives.ts): the seat's own in its role panel
// (only its client gets it, in the private view), and each seat's in the debrief's outcomes once
// the game is over. Texts from the catalogue (client/i18n/enObjectives.ts, zhObjectives.ts).
import type { ObjectiveStatus } from "../../shared/rules/objectives";
import { t } from "../i18n";
import type { Key } from "../i18n/catalogue";
import { h } from "./dom";

/** The objective's sentence, e.g. "You owe a partner firm a factory: hold at least 1 factory at the end." */
export const objectiveText = (o: ObjectiveStatus): string => t(`objective.${o.id}` as Key, { target: o.target });

/** The seat's own objective, its points and how far it has come. */
export function objectivePanel(o: ObjectiveStatus | null | undefined): HTMLElement | null {
  if (!o) return null;
  return h(
    "section",
    { class: "private-objective", "aria-label": t("objective.heading") },
    h("h3", {}, t("objective.heading")),
    h("p", {}, objectiveText(o)),
    h("p", { class: "hint" }, t("objective.hint", { points: o.points }), " ", t("objective.progress", { progress: o.progress, target: o.target }), " ", o.met ? t("objective.met") : t("objective.notMet")),
  );
}

/** One line for the debrief: the revealed objective and whether it was met. */
export function revealedObjective(o: ObjectiveStatus | null): HTMLElement | null {
  if (!o) return null;
  return h("p", { class: "objective revealed" }, h("strong", {}, t("objective.revealed")), objectiveText(o), " — ", o.met ? t("objective.met") : t("objective.notMet"));
}
