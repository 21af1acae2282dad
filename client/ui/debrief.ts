// The debrief: the whole game on one page, for everyone at the end and on demand during play
// ("Debrief so far"). Charts of the recorded rounds (uPlot), value capture per plot and in
// total, each seat's outcome against its role's objectives, discussion prompts, and exports
// (CSV, JSON, print). main.ts loads this module, and with it the charting library, only when
// the debrief is first opened, so the lobby and the game stay light.
//
// The debrief is an overlay on <body>, outside #app: the game screen's redraws never touch it,
// and it redraws itself only when what it shows changes (a round resolves, a plot is sold, a
// score moves).
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import type { Role } from "../../shared/model/state";
import { BRIEFINGS, ROLE_ORDER } from "./briefings";
import { chartGroups, debriefJson, historyCsv, OKABE_ITO, DASHES, type ChartDef } from "./debriefData";
import { outcomes, type DebriefData, type Outcome } from "../../shared/views/debrief";
import { valueCapture } from "../../shared/views/valueCapture";
import { fill, h } from "./dom";
import { money } from "./money";

export { debriefFromRoom } from "./debriefData";

let overlay: HTMLElement | null = null;
let content: HTMLElement | null = null;
let title: HTMLElement | null = null;
let current: DebriefData | null = null;
let shownKey = "";
let charts: { plot: uPlot; box: HTMLElement }[] = [];
let returnFocus: HTMLElement | null = null;

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
  destroyCharts();
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
  drawCharts(data);
}

export function closeDebrief(): void {
  if (!overlay) return;
  destroyCharts();
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

/** A link that scrolls the debrief to a section or chart (without touching the page's address). */
function jump(target: string, text: string): HTMLAnchorElement {
  return h(
    "a",
    {
      href: `#${target}`,
      onclick: (e: Event) => {
        e.preventDefault();
        const el = document.getElementById(target);
        el?.scrollIntoView({ behavior: "smooth", block: "start" });
        el?.focus({ preventScroll: true });
      },
    },
    text,
  );
}

function contents(): HTMLElement {
  return h(
    "nav",
    { class: "debrief-nav", "aria-label": "Debrief sections" },
    jump("debrief-charts", "Charts"),
    jump("debrief-capture", "Value capture"),
    closeOptions.replay ? jump("replay-heading", "Map replay") : null,
    jump("debrief-outcomes", "Outcomes by role"),
    jump("debrief-prompts", "Discussion"),
  );
}

// ---- Charts ---------------------------------------------------------------------------------

const FONT = '"Noto Sans", "Segoe UI", system-ui, sans-serif';
const INK = "#1b2430";
const GRID = "rgba(27, 36, 48, 0.15)";

function chartsSection(state: DebriefData, rounds: number): HTMLElement {
  const section = h("section", { id: "debrief-charts", class: "debrief-section", tabindex: -1, "aria-labelledby": "debrief-charts-heading" }, h("h2", { id: "debrief-charts-heading" }, "The city, round by round"));
  if (rounds === 0) {
    section.append(h("p", { class: "hint" }, "No round has been resolved yet: the charts start after the first round."));
    return section;
  }
  section.append(h("p", { class: "hint" }, "One point per round, at the year the round began. How each number is computed: docs/rules.md, “What the game records”."));
  for (const group of chartGroups(state)) {
    section.append(
      h("h3", { class: "chart-group" }, group.heading),
      h(
        "div",
        { class: "chart-grid" },
        ...group.charts.map((c) =>
          h("figure", { class: "chart", id: c.id, tabindex: -1, "data-chart": c.id }, h("figcaption", {}, h("strong", {}, c.title), h("span", { class: "chart-note" }, c.note)), h("div", { class: "chart-plot", role: "img", "aria-label": describe(c, state) })),
        ),
      ),
    );
  }
  return section;
}

/** The chart in words, for a screen reader: each series' first and last value. */
function describe(c: ChartDef, state: DebriefData): string {
  const history = state.history;
  const first = history[0];
  const last = history.at(-1)!;
  const num = (v: number) => (Math.round(v * 10) / 10).toLocaleString("en");
  return `${c.title} (${c.unit}): ${c.series.map((s) => `${s.label} ${num(s.value(first))} in ${first.year}, ${num(s.value(last))} in ${last.year}`).join("; ")}.`;
}

function drawCharts(state: DebriefData): void {
  const history = state.history;
  if (history.length === 0 || !content) return;
  const years = history.map((r) => r.year);
  const step = years.length > 1 ? years[1] - years[0] : 1;
  const defs = new Map(chartGroups(state).flatMap((g) => g.charts.map((c) => [c.id, c] as const)));
  for (const box of content.querySelectorAll<HTMLElement>(".chart-plot")) {
    const def = defs.get(box.parentElement?.dataset.chart ?? "");
    if (!def) continue;
    const data: uPlot.AlignedData = [years, ...def.series.map((s) => history.map((r) => s.value(r)))];
    const plot = new uPlot(chartOptions(def, years, step, box.clientWidth || 560), data, box);
    charts.push({ plot, box });
  }
}

export function chartOptions(def: ChartDef, years: number[], step: number, width: number): uPlot.Options {
  const axisFont = `17px ${FONT}`;
  const labelFont = `bold 18px ${FONT}`;
  // Ticks at the rounds' years; every other one when the axis would be crowded.
  const every = years.length > 7 && width < 700 ? 2 : 1;
  // From zero (or below, for a negative balance), with room above the highest point; a chart
  // of zeros still gets a few whole-number ticks.
  const fromZero = (_u: uPlot, min: number, max: number): uPlot.Range.MinMax => {
    const lo = Math.min(0, min);
    const hi = max > lo ? max + (max - lo) * 0.08 : lo + 5;
    return [lo, hi];
  };
  // Counts (tiles, cohorts) have whole-number ticks; money may need tenths.
  const incrs = (money: boolean) => [...(money ? [0.1, 0.2, 0.5] : []), 1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10_000, 20_000, 50_000, 100_000, 200_000, 500_000, 1_000_000];
  const yAxis = (scale: string, label: string, side: 1 | 3): uPlot.Axis => ({
    scale,
    side,
    label,
    font: axisFont,
    labelFont,
    labelSize: 30,
    size: 78,
    stroke: INK,
    grid: { show: side === 3, stroke: GRID, width: 1 },
    incrs: incrs(label.startsWith("¥")),
    ticks: { stroke: GRID },
    values: (_u, splits) => splits.map((v) => (Math.abs(v) >= 10 || v === 0 ? Math.round(v).toLocaleString("en") : String(Math.round(v * 10) / 10))),
  });
  const hasRight = def.series.some((s) => s.right);
  return {
    width,
    height: 300,
    legend: { live: false },
    cursor: { drag: { x: false, y: false } },
    scales: {
      x: { time: false, range: [years[0] - step / 2, years[years.length - 1] + step / 2] },
      y: { range: def.range ?? fromZero },
      ...(hasRight ? { right: { range: fromZero } } : {}),
    },
    axes: [
      {
        label: "Year",
        font: axisFont,
        labelFont,
        labelSize: 30,
        size: 40,
        stroke: INK,
        grid: { show: false },
        ticks: { stroke: GRID },
        splits: () => years.filter((_, i) => i % every === 0),
        values: (_u, splits) => splits.map((v) => String(v)),
      },
      yAxis("y", def.unit, 3),
      ...(hasRight ? [yAxis("right", def.rightUnit ?? "", 1)] : []),
    ],
    series: [
      { label: "Year" },
      ...def.series.map((s, i) => ({
        label: s.label,
        stroke: s.colour,
        width: 3,
        dash: s.dash ?? (s.colour === OKABE_ITO.black && def.series.length > 1 ? DASHES[1] : DASHES[i % DASHES.length]),
        scale: s.right ? "right" : "y",
        points: { show: true, size: 10, width: 2, stroke: s.colour, fill: "#fff" },
      })),
    ],
  };
}

function resize(): void {
  for (const { plot, box } of charts) plot.setSize({ width: box.clientWidth || 560, height: 300 });
}

/** On paper the charts are two to a row of an A4 or Letter page: draw them at that size. */
const PRINT_SIZE = { width: 330, height: 230 };
function beforePrint(): void {
  for (const { plot } of charts) plot.setSize(PRINT_SIZE);
}

function destroyCharts(): void {
  for (const { plot } of charts) plot.destroy();
  charts = [];
}

// ---- Value capture ----------------------------------------------------------------------------

const pct = (part: number, whole: number): string => (whole > 0 ? `${Math.round((100 * part) / whole)}%` : "—");

function captureSection(state: DebriefData): HTMLElement {
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

// ---- Outcomes ---------------------------------------------------------------------------------

const points = (v: number): string => (Math.round(v * 10) / 10).toLocaleString("en");

function outcomesSection(state: DebriefData): HTMLElement {
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

// ---- Discussion -------------------------------------------------------------------------------

const PROMPTS: { question: string; text: string; look: [string, string][] }[] = [
  {
    question: "A “third way”, or land financing by another name?",
    text: "The Chongqing Model was sold as a path between capitalist and socialist development. Round by round, how much of the city's budget came from leasing land, and how much from taxes on what was produced? Could the city have paid for its growth without taking village land?",
    look: [["chart-revenue", "Municipal revenue by source"], ["chart-capture", "Compensation paid vs lease revenue"]],
  },
  {
    question: "Who paid for rural–urban integration?",
    text: "Integration was the promise. Of what each plot finally sold for, what share reached the village that gave it up? Did villagers' income catch up with city workers' over the game, and what made it move?",
    look: [["debrief-capture", "Value capture"], ["chart-income", "Rural income, % of urban"]],
  },
  {
    question: "Did public rented housing house migrants, or supply cheap labour to the zones?",
    text: "PRH was meant to give migrant workers a decent home in the city. In your game, were its units lived in by migrant households, or rented in blocks by employers? Did the estates open where the factories and zones were?",
    look: [["chart-prh", "Public rented housing"], ["chart-firms", "Manufacturers and factory jobs"]],
  },
  {
    question: "Land tickets: a share for remote villages, or a way round the red line?",
    text: "A land ticket lets a village far from the city sell the right to build. Did farmland stay above the red line because house plots were reclaimed, or because less was built? Who bought the tickets, and at what price compared with the land it unlocked?",
    look: [["chart-farmland", "Farmland and the red line"], ["chart-tickets", "Land tickets"]],
  },
  {
    question: "Growth on credit?",
    text: "Bridges, rail and PRH estates were paid for with loans, to be repaid from future land leases. Did GDP grow faster than debt? What happens to this budget when land stops selling?",
    look: [["chart-debt", "Debt"], ["chart-gdp", "GDP per round"]],
  },
  {
    question: "Consent and its price",
    text: "Stability fell with every protest and every household displaced. Where did the government pay more — in cash, hukou or flats — to avoid a protest, and where did it not? Who ended up in informal housing?",
    look: [["chart-stability", "Social stability"], ["chart-informal", "Informal housing and displacement"]],
  },
];

function promptsSection(): HTMLElement {
  return h(
    "section",
    { id: "debrief-prompts", class: "debrief-section", tabindex: -1, "aria-labelledby": "debrief-prompts-heading" },
    h("h2", { id: "debrief-prompts-heading" }, "For discussion"),
    h("p", { class: "hint" }, "Questions from the debate about the Chongqing Model. Each points at the charts that hold the evidence from your own game."),
    h(
      "ol",
      { class: "prompts" },
      ...PROMPTS.map((p) => {
        const looks: (Node | string)[] = [];
        p.look.forEach(([id, name], i) => looks.push(i > 0 ? " and " : "", jump(id, name)));
        return h("li", {}, h("h3", {}, p.question), h("p", {}, p.text), h("p", { class: "look" }, "Look at ", ...looks, "."));
      }),
    ),
  );
}
