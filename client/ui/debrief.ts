// The debrief: the whole game on one page, for everyone at the end and on demand during play
// ("Debrief so far"). Charts of the recorded rounds (uPlot), value capture per plot and in
// total, each seat's outcome against its role's objectives, discussion prompts, and exports
// (CSV, JSON, print). main.ts loads this module, and with it the charting library, only when
// the debrief is first opened, so the lobby and the game stay light.
//
// The debrief is an overlay on <body>, outside #app: the game screen's redraws never touch it,
// and it redraws itself only when what it shows changes (a round resolves, a plot is sold, a
// score moves). Its sections are debriefCharts.ts, debriefCapture.ts, debriefOutcomes.ts and
// debriefPrompts.ts; the numbers they show come from debriefData.ts.
import { PlotSet } from "./charts";
import { captureSection } from "./debriefCapture";
import { chartsSection, drawCharts, type Timeline } from "./debriefCharts";
import { historySection } from "./debriefHistory";
import { questionsSection } from "./debriefQuestions";
import { lang, onLanguageChange, t } from "../i18n";
import { languageSwitch } from "../i18n/switch";
import type { DebriefData } from "../../shared/views/debrief";
import { debriefJson, historyCsv } from "./debriefExport";
import { outcomesSection } from "./debriefOutcomes";
import { promptsSection } from "./debriefPrompts";
import { fill, h } from "./dom";
import { jumpLink } from "./jumpLink";
import { whatIfPanel, type WhatIfAccess, type WhatIfPanel } from "./debriefWhatIf";

export { debriefFromRoom } from "./debriefData";
export type { Timeline } from "./debriefCharts";

let overlay: HTMLElement | null = null;
let content: HTMLElement | null = null;
let title: HTMLElement | null = null;
let current: DebriefData | null = null;
let shownKey = "";
let returnFocus: HTMLElement | null = null;
let stopListening: (() => void) | null = null;

const charts = new PlotSet();
const resize = (): void => charts.fit();
/** On paper the charts are two to a row of an A4 or Letter page: draw them at that size. */
const PRINT_SIZE = { width: 330, height: 230 };
const beforePrint = (): void => charts.setSize(PRINT_SIZE);

export interface DebriefOptions {
  /** The close button's words, as a text of the catalogue (debrief.back, "Back to the game", by default). */
  closeLabel?: "debrief.back" | "debrief.backToSessions";
  /** Called after the debrief has closed. */
  onClose?: () => void;
  /** The map replay section of a live game (ui/replayMap.ts): its owner keeps it up to date. */
  replay?: HTMLElement;
  /** Other timelines of the game (what-if branches), drawn beside it on the charts and the table. */
  branches?: Timeline[];
  /** Who may run what-if branches of this session (ui/debriefWhatIf.ts): the panel shows only with it. */
  whatIf?: WhatIfAccess;
  /** The reader's own seat (a player's page): its private objective is listed first and marked. */
  seat?: number;
}
let closeOptions: DebriefOptions = {};
/** The what-if panel, made once per opening: it keeps its form and its branches' progress across redraws. */
let whatIf: WhatIfPanel | null = null;

/**
 * Open the debrief (or bring it up to date if it is open). The data comes from a live room
 * (debriefFromRoom) or from the server for a past session (GET /api/sessions/:code/debrief).
 */
export function showDebrief(data: DebriefData, options: DebriefOptions = {}): void {
  if (!overlay) {
    closeOptions = options;
    returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    overlay = shell();
    stopListening = onLanguageChange(relabel);
    whatIf = options.whatIf ? whatIfPanel(options.whatIf, () => current, (branches) => current && showBranches(current, branches)) : null;
    document.body.append(overlay);
    document.body.classList.add("debrief-open");
    window.addEventListener("resize", resize);
    window.addEventListener("beforeprint", beforePrint);
    window.addEventListener("afterprint", resize);
    shownKey = "";
  }
  updateDebrief(data);
  overlay.querySelector<HTMLElement>("#debrief-heading")?.focus();
}

/** Called after every state patch: redraws only if the debrief is open and its numbers changed. */
export function updateDebrief(data: DebriefData): void {
  current = data;
  if (!overlay || !content || !title) return;
  const branches = closeOptions.branches ?? [];
  const key = JSON.stringify([lang(), data.history.length, data.phase, data.round, data.deals, data.seats, data.contributors?.length, branches.map((b) => [b.label, b.data.history.length])]);
  if (key === shownKey) return;
  shownKey = key;
  const history = data.history;
  const first = history[0]?.year;
  const last = history.at(-1)?.year;
  const name = data.phase === "ended" ? t("debrief.title") : t("debrief.titleSoFar");
  title.textContent = first === undefined ? name : first === last ? t("debrief.spanOne", { title: name, year: first }) : t("debrief.span", { title: name, from: first, to: last! });
  charts.destroy();
  // A session's debrief opened from the records (ui/sessions.ts) names the session.
  const session = data.code && data.status ? t("debrief.session", { code: data.code }) : "";
  fill(
    content,
    h("p", { class: "debrief-status" }, session, data.counterfactual ? h("strong", { class: "counterfactual" }, t("debrief.counterfactual")) : "", data.phase === "ended" ? t("debrief.over", { count: history.length }) : t("debrief.underWay", { round: data.round, rounds: data.rounds, count: history.length })),
    contents(),
    whatIf?.element ?? null,
    historySection(data, branches),
    chartsSection(data, history.length),
    questionsSection(data, closeOptions.seat ?? -1),
    captureSection(data),
    closeOptions.replay ?? null,
    outcomesSection(data),
    promptsSection(),
  );
  drawCharts(data, content, charts, branches);
  whatIf?.update();
}

/** Open the debrief with other timelines of the same game beside it (what-if branches), or
 * redraw it with a new set of them. */
export function showBranches(main: DebriefData, branches: Timeline[]): void {
  closeOptions = { ...closeOptions, branches };
  shownKey = "";
  showDebrief(main, closeOptions);
}

/**
 * The table and charts of one game and its other timelines, drawn into `container` (a page of
 * its own, e.g. a branch's progress view); returns a function that removes the charts' plots.
 */
export function renderDebrief(container: HTMLElement, main: DebriefData, branches: { label: string; data: DebriefData }[]): () => void {
  const plots = new PlotSet();
  fill(container, historySection(main, branches), chartsSection(main, main.history.length));
  drawCharts(main, container, plots, branches);
  return () => plots.destroy();
}

export function closeDebrief(): void {
  if (!overlay) return;
  charts.destroy();
  overlay.remove();
  overlay = content = title = whatIf = null;
  document.body.classList.remove("debrief-open");
  window.removeEventListener("resize", resize);
  window.removeEventListener("beforeprint", beforePrint);
  window.removeEventListener("afterprint", resize);
  stopListening?.();
  stopListening = null;
  returnFocus?.focus();
  const done = closeOptions.onClose;
  closeOptions = {};
  done?.();
}

export const debriefOpen = (): boolean => overlay !== null;

// ---- The frame: title and controls ---------------------------------------------------------

/** The bar's buttons, labelled in the page's language (relabel redoes them on a change). */
const BUTTONS: { key: "debrief.csv" | "debrief.json" | "debrief.print"; act: () => void }[] = [
  { key: "debrief.csv", act: () => current && download(fileName(current, "csv"), "text/csv", historyCsv(current)) },
  { key: "debrief.json", act: () => current && download(fileName(current, "json"), "application/json", debriefJson(current)) },
  { key: "debrief.print", act: () => window.print() },
];

/** After a change of language: the bar's words, then the content (updateDebrief sees a new key). */
function relabel(): void {
  if (!overlay) return;
  overlay.querySelectorAll<HTMLButtonElement>("[data-text]").forEach((b) => (b.textContent = t(b.dataset.text as (typeof BUTTONS)[number]["key"])));
  if (current) updateDebrief(current);
}

function shell(): HTMLElement {
  title = h("h1", { id: "debrief-heading", tabindex: -1 }, t("debrief.title"));
  content = h("div", { class: "debrief-content" });
  const box = h(
    "div",
    { class: "debrief", role: "dialog", "aria-modal": "true", "aria-labelledby": "debrief-heading" },
    h(
      "header",
      { class: "debrief-bar" },
      title,
      h(
        "div",
        { class: "debrief-controls" },
        ...BUTTONS.map((b) => h("button", { type: "button", "data-text": b.key, onclick: b.act }, t(b.key))),
        h("button", { type: "button", class: "primary", "data-text": closeOptions.closeLabel ?? "debrief.back", onclick: closeDebrief }, t(closeOptions.closeLabel ?? "debrief.back")),
        languageSwitch(),
      ),
    ),
    content,
  );
  box.addEventListener("keydown", (e) => {
    if (e.key === "Escape") closeDebrief();
  });
  return box;
}

function fileName(data: DebriefData, ext: string): string {
  const name = (data.scenarioName || "game").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  return `shancheng-${data.code ? `${data.code.toLowerCase()}-` : ""}${name}-round-${data.history.length}.${ext}`;
}

/** Save text as a file, built here in the page (nothing is asked of the server). */
export function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h("a", { href: url, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function contents(): HTMLElement {
  return h(
    "nav",
    { class: "debrief-nav", "aria-label": t("debrief.sections") },
    jumpLink("debrief-history", t("debrief.navHistory")),
    jumpLink("debrief-charts", t("debrief.navCharts")),
    jumpLink("debrief-questions", t("debrief.navQuestions")),
    jumpLink("debrief-capture", t("debrief.navCapture")),
    closeOptions.replay ? jumpLink("replay-heading", t("debrief.navReplay")) : null,
    jumpLink("debrief-outcomes", t("debrief.navOutcomes")),
    jumpLink("debrief-prompts", t("debrief.navPrompts")),
  );
}

