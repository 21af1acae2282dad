// The "What if?" panel's form (ui/debriefWhatIf.ts): the round to branch from and the settings
// to change. What the teacher typed is kept in a Draft, so a redraw (a new language, a new round
// of the live game) does not lose it; an empty field means "unchanged".
import type { BranchSettings } from "../../shared/engine/branch";
import { PERSONALITIES, type Personality } from "../../shared/bots/personalities";
import type { Role } from "../../shared/model/state";
import type { DebriefData } from "../../shared/views/debrief";
import type { ScenarioView } from "../../shared/views/scenarioView";
import { t } from "../i18n";
import { h } from "./dom";
import { typedToWan } from "./moneyField";
import { cardTitle } from "./names";

export interface Draft {
  round: number;
  prhRentPct: string;
  zoneTaxPct: string;
  compensationMinimum: string;
  hukouQuota: string;
  /** A seat's index and the personality its bot plays instead ("" for none). */
  seat: string;
  personality: string;
  /** Card id per round the teacher changed ("" for no card). */
  cards: Record<number, string>;
}

export const emptyDraft = (round: number): Draft => ({ round, prhRentPct: "", zoneTaxPct: "", compensationMinimum: "", hukouQuota: "", seat: "", personality: "", cards: {} });

/** The year round `round` begins, from the scenario's rounds (or the game's own history). */
export function yearOf(round: number, main: DebriefData, scenario: ScenarioView | null): number | string {
  return scenario?.roundYears[round - 1]?.from ?? main.history[round - 1]?.year ?? "";
}

/** The card history opened round `round` with: the scenario's card whose year falls in the round. */
function historicalCard(round: number, scenario: ScenarioView): string {
  const years = scenario.roundYears[round - 1];
  return scenario.cards.find((c) => years && c.year >= years.from && c.year <= years.to)?.id ?? "";
}

/** The settings the draft asks for (only what was filled in). */
export function draftSettings(draft: Draft, main: DebriefData, scenario: ScenarioView | null): BranchSettings {
  const num = (v: string) => (v.trim() === "" ? undefined : Number(v));
  const settings: BranchSettings = {};
  const fields = { prhRentPct: num(draft.prhRentPct), zoneTaxPct: num(draft.zoneTaxPct), compensationMinimum: draft.compensationMinimum.trim() === "" ? undefined : typedToWan(Number(draft.compensationMinimum)), hukouQuota: num(draft.hukouQuota) };
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) settings[k as keyof typeof fields] = v;
  if (draft.seat !== "" && draft.personality !== "") settings.personalities = [{ seat: Number(draft.seat), personality: draft.personality }];
  const changed = Object.keys(draft.cards).map(Number).filter((r) => r > draft.round);
  if (scenario && changed.length > 0) settings.eventPlan = Array.from({ length: main.rounds }, (_, i) => (i + 1 <= draft.round ? "" : (draft.cards[i + 1] ?? historicalCard(i + 1, scenario))));
  return settings;
}

/** The form: `onRun` when the teacher runs the branch. */
export function branchForm(draft: Draft, main: DebriefData, scenario: ScenarioView | null, onRun: () => void): HTMLElement {
  const lastRound = Math.min(main.round, main.rounds);
  draft.round = Math.min(Math.max(1, draft.round), lastRound);
  const field = (label: string, input: HTMLElement) => h("label", { class: "whatif-field" }, h("span", {}, label), input);
  const numberInput = (key: "prhRentPct" | "zoneTaxPct" | "compensationMinimum" | "hukouQuota", min: number, max?: number) =>
    h("input", { type: "number", name: key, min, max, step: 1, value: draft[key], placeholder: t("branch.unchanged"), oninput: (e: Event) => (draft[key] = (e.target as HTMLInputElement).value) });

  const rounds = h(
    "select",
    { name: "round", onchange: (e: Event) => ((draft.round = Number((e.target as HTMLSelectElement).value)), cards.replaceWith((cards = cardsBox()))) },
    ...Array.from({ length: lastRound }, (_, i) => h("option", { value: i + 1, selected: i + 1 === draft.round }, t("branch.roundOption", { round: i + 1, year: yearOf(i + 1, main, scenario) }))),
  );
  const rent = scenario?.prhRentPct ?? { min: 0, max: 1000 };
  const personality = h("select", { name: "personality", onchange: (e: Event) => (draft.personality = (e.target as HTMLSelectElement).value) });
  const fillPersonalities = () => {
    const role = main.seats[Number(draft.seat)]?.role as Role | undefined;
    const names: readonly Personality[] = draft.seat !== "" && role ? PERSONALITIES[role] : [];
    if (!names.includes(draft.personality as Personality)) draft.personality = "";
    personality.replaceChildren(h("option", { value: "" }, t("branch.unchanged")), ...names.map((p) => h("option", { value: p, selected: p === draft.personality }, t(`personality.${p}.name`))));
  };
  fillPersonalities();
  const seat = h(
    "select",
    { name: "seat", onchange: (e: Event) => ((draft.seat = (e.target as HTMLSelectElement).value), fillPersonalities()) },
    h("option", { value: "" }, t("branch.unchanged")),
    ...main.seats.map((s) => h("option", { value: s.id, selected: String(s.id) === draft.seat }, s.label)),
  );

  /** One select per round after the branch round, set to history's card unless changed. */
  const cardsBox = (): HTMLElement => {
    if (!scenario || draft.round >= main.rounds) return h("div");
    const later = Array.from({ length: main.rounds - draft.round }, (_, i) => draft.round + 1 + i);
    return h(
      "details",
      { class: "whatif-cards", open: Object.keys(draft.cards).length > 0 },
      h("summary", {}, t("branch.cards")),
      ...later.map((r) => {
        const chosen = draft.cards[r] ?? historicalCard(r, scenario);
        return field(
          t("branch.cardRound", { round: r, year: yearOf(r, main, scenario) }),
          h(
            "select",
            { name: `card-${r}`, onchange: (e: Event) => (draft.cards[r] = (e.target as HTMLSelectElement).value) },
            h("option", { value: "", selected: chosen === "" }, t("branch.noCard")),
            ...scenario.cards.map((c) => h("option", { value: c.id, selected: c.id === chosen }, t("branch.cardTitle", { year: c.year, title: cardTitle(c.id, c.title) }))),
          ),
        );
      }),
    );
  };
  let cards = cardsBox();

  return h(
    "form",
    { class: "whatif-form", onsubmit: (e: Event) => (e.preventDefault(), onRun()) },
    h(
      "div",
      { class: "whatif-grid" },
      field(t("branch.round"), rounds),
      field(t("branch.prhRent", { min: rent.min, max: rent.max }), numberInput("prhRentPct", rent.min, rent.max)),
      field(t("branch.zoneTax"), numberInput("zoneTaxPct", 0, 100)),
      field(t("branch.compensation"), numberInput("compensationMinimum", 0)),
      field(t("branch.hukouQuota"), numberInput("hukouQuota", 0, 40)),
      h("div", { class: "whatif-field whatif-seat" }, field(t("branch.seat"), seat), field(t("branch.personality"), personality)),
    ),
    cards,
    h("button", { type: "submit", class: "primary" }, t("branch.run")),
  );
}
