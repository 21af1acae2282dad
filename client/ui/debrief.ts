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
import { chartsSection, drawCharts } from "./debriefCharts";
import { debriefJson, historyCsv } from "./debriefData";
import type { DebriefData } from "../../shared/views/debrief";
import { outcomesSection } from "./debriefOutcomes";
import { promptsSection } from "./debriefPrompts";
import { fill, h } from "./dom";
import { jumpLink } from "./jumpLink";

export { debriefFromRoom } from "./debriefData";

let overlay: HTMLElement | null = null;
let content: HTMLElement | null = null;
let title: HTMLElement | null = null;
let current: DebriefData | null = null;
let shownKey = "";
let returnFocus: HTMLElement | null = null;

const charts = new PlotSet();
const resize = (): void => charts.fit();
/** On paper the charts are two to a row of an A4 or Letter page: draw them at that size. */
const PRINT_SIZE = { width: 330, height: 230 };
const beforePrint = (): void => charts.setSize(PRINT_SIZE);

export interface DebriefOptions {
  /** The close button's words ("Back to the game" by default). */
  closeLabel?: string;
  /** Called after the debrief has closed. */
  onClose?: () => void;
  /** The map replay section of a live game (ui/replayMap.ts): its owner keeps it up to date. */
  replay?: HTMLElement;
}
let closeOptions: DebriefOptions = {};

/**
 * Open the debrief (or bring it up to date if it is open). The data comes from a live room
 * (debriefFromRoom) or from the server for a past session (GET /api/sessions/:code/debrief).
 */
export function showDebrief(data: DebriefData, options: DebriefOptions = {}): void {
  if (!overlay) {
    closeOptions = options;
    returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    overlay = shell();
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
  const key = JSON.stringify([data.history.length, data.phase, data.round, data.deals, data.seats]);
  if (key === shownKey) return;
  shownKey = key;
  const history = data.history;
  const first = history[0]?.year;
  const last = history.at(-1)?.year;
  const span = first === undefined ? "" : first === last ? `, ${first}` : `, ${first}–${last}`;
  title.textContent = `${data.phase === "ended" ? "Debrief" : "Debrief so far"}${span}`;
  charts.destroy();
  // A session's debrief opened from the records (ui/sessions.ts) names the session.
  const session = data.code && data.status ? `Session ${data.code}. ` : "";
  fill(
    content,
    h("p", { class: "debrief-status" }, session, data.phase === "ended" ? `The game is over: ${history.length} rounds played.` : `Round ${data.round} of ${data.rounds} is under way; ${history.length} ${history.length === 1 ? "round has" : "rounds have"} been resolved. The charts grow after every round.`),
    contents(),
    chartsSection(data, history.length),
    captureSection(data),
    closeOptions.replay ?? null,
    outcomesSection(data),
    promptsSection(),
  );
  drawCharts(data, content, charts);
}

export function closeDebrief(): void {
  if (!overlay) return;
  charts.destroy();
  overlay.remove();
  overlay = content = title = null;
  document.body.classList.remove("debrief-open");
  window.removeEventListener("resize", resize);
  window.removeEventListener("beforeprint", beforePrint);
  window.removeEventListener("afterprint", resize);
  returnFocus?.focus();
  const done = closeOptions.onClose;
  closeOptions = {};
  done?.();
}

export const debriefOpen = (): boolean => overlay !== null;

// ---- The frame: title and controls ---------------------------------------------------------

function shell(): HTMLElement {
  title = h("h1", { id: "debrief-heading", tabindex: -1 }, "Debrief");
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
        h("button", { type: "button", onclick: () => current && download(fileName(current, "csv"), "text/csv", historyCsv(current.history)) }, "Download CSV"),
        h("button", { type: "button", onclick: () => current && download(fileName(current, "json"), "application/json", debriefJson(current)) }, "Download JSON"),
        h("button", { type: "button", onclick: () => window.print() }, "Print"),
        h("button", { type: "button", class: "primary", onclick: closeDebrief }, closeOptions.closeLabel ?? "Back to the game"),
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
function download(name: string, type: string, text: string): void {
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
    { class: "debrief-nav", "aria-label": "Debrief sections" },
    jumpLink("debrief-charts", "Charts"),
    jumpLink("debrief-capture", "Value capture"),
    closeOptions.replay ? jumpLink("replay-heading", "Map replay") : null,
    jumpLink("debrief-outcomes", "Outcomes by role"),
    jumpLink("debrief-prompts", "Discussion"),
  );
}

