// The full briefing a seat opens on: who you are, what you want, your first moves (briefings.ts'
// texts) and your private objective, at the top of the role column. It opens once per seat and
// room in this tab (sessionStorage), again when the facilitator moves the player (with a line
// saying so), and whenever the player asks for it.
import type { Role } from "../../shared/model/state";
import type { ObjectiveStatus } from "../../shared/rules/objectives";
import { t } from "../i18n";
import { briefing } from "./briefings";
import { h } from "./dom";
import { objectiveText } from "./objective";

/** The seat ("code|seat") whose briefing is open, and why it opened if not by the player. */
let openFor = "";
let note = "";

const seenKey = (seat: string) => `shancheng.briefed.${seat}`;

/** Open the briefing of `seat` the first time this tab sits there; `seat` is "code|seat". */
export function openFirstTime(seat: string): void {
  try {
    if (sessionStorage.getItem(seenKey(seat))) return;
    sessionStorage.setItem(seenKey(seat), "1");
  } catch {
    // storage blocked: the briefing opens on every visit
  }
  // Already open (after a move, with its note): keep it as it is.
  if (openFor !== seat) openBriefing(seat);
}

export function openBriefing(seat: string, why = ""): void {
  openFor = seat;
  note = why;
}

/** What the panel shows now, for the page's redraw key. */
export const briefingShown = (): string => `${openFor}|${note}`;

/** The open briefing, or the button that opens it. `changed` redraws the page. */
export function briefingPanel(seat: string, label: string, role: Role, objective: ObjectiveStatus | null | undefined, changed: () => void): HTMLElement {
  // Closed, the focus goes to the button that opens it; opened, to its heading (dom.ts fill).
  if (openFor !== seat) return h("button", { type: "button", class: "briefing-open", onclick: () => (openBriefing(seat), changed()) }, t("briefing.reopen"));
  const b = briefing(role);
  return h(
    "section",
    { class: "briefing", "aria-labelledby": "briefing-heading" },
    h("h2", { id: "briefing-heading", tabindex: -1 }, t("briefing.heading", { title: label })),
    label === b.title ? null : h("p", { class: "role-title" }, b.title),
    note ? h("p", { class: "briefing-note", role: "status" }, note) : null,
    h("h3", {}, t("briefing.who")),
    h("p", {}, b.who),
    h("h3", {}, t("briefing.wants")),
    h("p", {}, b.wants),
    h("h3", {}, t("briefing.firstMoves")),
    h("ol", {}, ...b.does.map((d) => h("li", {}, d))),
    objective ? h("h3", {}, t("objective.heading")) : null,
    objective ? h("p", {}, objectiveText(objective), " ", h("span", { class: "hint" }, t("objective.hint", { points: objective.points }))) : null,
    h("button", { type: "button", class: "primary", onclick: () => ((openFor = ""), (note = ""), changed()) }, t("briefing.close")),
  );
}
