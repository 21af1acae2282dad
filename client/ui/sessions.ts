// The facilitator's own sessions, on pages of their own (main.ts opens this module for them):
//   ?sessions                     running now (the workshop view) and every past session
//   ?debrief=CODE[&facilitator=S]  one session's debrief, live or past, from the server's records
//   ?compare=CODE,CODE,…           the same charts with one line per session
// The browser remembers the sessions it runs (ui/sessionsStore.ts: code and secret, kept when a
// facilitator page is opened); the server answers only for the right secret.
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import { chartOptions, closeDebrief, debriefOpen, showDebrief } from "./debrief";
import type { DebriefData } from "../../shared/views/debrief";
import { fill, h } from "./dom";
import { compareCharts, SESSION_COLOURS, type CompareSession } from "./sessionsData";
import { forgetKept, keepSession, keptSessions, labelSession, type KeptSession } from "./sessionsStore";

/** A row of GET /api/sessions (server/app.ts). */
export interface ListedSession {
  code: string;
  created: string;
  updated: string;
  status: "lobby" | "running" | "ended";
  round: number;
  live: boolean;
  phase?: string;
  rounds?: number;
  seats?: number;
  taken?: number;
  connected?: number;
}

const POLL_MS = 5000;

let root: HTMLElement | null = null;
let listed = new Map<string, ListedSession>();
let listError = "";
const selected = new Set<string>();
let pollTimer: ReturnType<typeof setInterval> | undefined;
let compared: { sessions: CompareSession[]; errors: string[] } | null = null;
let compareKey = "";
let plots: { plot: uPlot; box: HTMLElement }[] = [];

const runningBox = h("div");
const pastBox = h("div");
const compareBox = h("section", { id: "compare", class: "sessions-section", "aria-labelledby": "compare-heading" });
const status = h("p", { class: "form-status", role: "status" });

// ---- The server --------------------------------------------------------------------------------

async function api<T>(path: string, init: { method?: string; secret?: string } = {}): Promise<T> {
  const res = await fetch(`/api${path}`, { method: init.method ?? "GET", headers: init.secret ? { "x-facilitator-secret": init.secret } : {} });
  const body = (await res.json().catch(() => ({}))) as T & { error?: string };
  if (!res.ok) throw new Error(body.error ?? `The server answered ${res.status}.`);
  return body;
}

export const fetchDebrief = (code: string, secret: string): Promise<DebriefData> => api<DebriefData>(`/sessions/${encodeURIComponent(code)}/debrief`, { secret });

async function refreshList(): Promise<void> {
  try {
    const { sessions } = await api<{ sessions: ListedSession[] }>("/sessions");
    listed = new Map(sessions.map((s) => [s.code, s]));
    listError = "";
  } catch (e) {
    listError = `Could not read the sessions: ${(e as Error).message}`;
  }
  renderLists();
}

// ---- Routing -------------------------------------------------------------------------------------

/** Open the page the address asks for (main.ts calls this instead of showing the lobby). */
export function openSessionsPage(app: HTMLElement): void {
  if (!root) {
    root = h(
      "main",
      { class: "sessions-page" },
      h("h1", {}, "Your sessions ", h("span", { lang: "zh" }, "山城")),
      h("p", { class: "hint" }, "The sessions this browser has run as facilitator: it keeps their codes and facilitator secrets when you open a facilitator link. Sessions run from another computer: paste their facilitator link under “Add a session”."),
      status,
      h("section", { id: "running-now", class: "sessions-section", "aria-labelledby": "running-heading" }, h("h2", { id: "running-heading" }, "Running now"), runningBox),
      h("section", { id: "past-sessions", class: "sessions-section", "aria-labelledby": "past-heading" }, h("h2", { id: "past-heading" }, "All your sessions"), pastBox),
      compareBox,
      addSection(),
    );
    window.addEventListener("popstate", () => route());
    window.addEventListener("resize", resizePlots);
    pollTimer = setInterval(() => {
      if (document.visibilityState === "visible") void refreshList();
    }, POLL_MS);
  }
  fill(app, root);
  route();
}

function go(search: string): void {
  history.pushState(null, "", search);
  route();
}

function route(): void {
  const q = new URLSearchParams(location.search);
  const debriefCode = q.get("debrief");
  const secret = q.get("facilitator");
  if (debriefCode && secret) keepSession(debriefCode, secret);
  const compare = (q.get("compare") ?? "").split(",").filter(Boolean);
  if (compare.length > 0) {
    selected.clear();
    for (const c of compare) selected.add(c);
  }
  void refreshList().then(() => (compare.length > 0 ? showCompare(compare) : hideCompare()));
  if (debriefCode) void openDebrief(debriefCode);
  else if (debriefOpen()) closeDebrief();
}

async function openDebrief(code: string): Promise<void> {
  const kept = keptSessions().find((s) => s.code === code);
  if (!kept) {
    status.textContent = `This browser has no facilitator secret for session ${code}: open its facilitator link once, or paste it below.`;
    return;
  }
  status.textContent = `Opening the debrief of ${code}…`;
  try {
    const data = await fetchDebrief(code, kept.secret);
    status.textContent = "";
    if (new URLSearchParams(location.search).get("debrief") !== code) return; // the facilitator moved on
    showDebrief(data, { closeLabel: "Back to the sessions", onClose: () => new URLSearchParams(location.search).has("debrief") && go("?sessions") });
  } catch (e) {
    status.textContent = `Could not open the debrief of ${code}: ${(e as Error).message}`;
  }
}

// ---- Running now and the list ---------------------------------------------------------------------

const nameOf = (k: KeptSession) => (k.label ? `${k.code} (${k.label})` : k.code);
const consoleUrl = (k: KeptSession) => `/?${new URLSearchParams({ room: k.code, facilitator: k.secret })}`;
const PHASES: Record<string, string> = { lobby: "Waiting to start", action: "Action phase", ended: "Ended" };
const when = (iso: string) => new Date(iso).toLocaleString("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" });

// Each part is redrawn only when what it shows has changed (the list is asked for every few
// seconds), and the table not while a label is being typed in it.
let runningKey = "";
let pastKey = "";
const pastKeyNow = (kept: KeptSession[]) => JSON.stringify([kept, kept.map((k) => listed.get(k.code)).map((s) => s && [s.created, s.status, s.round, s.live]), [...selected]]);

function renderLists(): void {
  const kept = keptSessions();
  if (listError) status.textContent = listError;
  renderRunning(kept);
  const typing = document.activeElement instanceof HTMLInputElement && document.activeElement.type === "text" && pastBox.contains(document.activeElement);
  const key = pastKeyNow(kept);
  if (key === pastKey || typing) return;
  pastKey = key;
  renderPast(kept);
}

function renderRunning(kept: KeptSession[]): void {
  const running = kept.filter((k) => listed.get(k.code)?.live);
  const key = JSON.stringify(running.map((k) => [k, listed.get(k.code)!.status, listed.get(k.code)!.round, listed.get(k.code)!.phase, listed.get(k.code)!.rounds, listed.get(k.code)!.seats, listed.get(k.code)!.taken, listed.get(k.code)!.connected]));
  if (key === runningKey) return;
  runningKey = key;
  fill(
    runningBox,
    running.length === 0
      ? h("p", { class: "hint" }, "None of your sessions has a live room on this server. A running session whose room has gone (the server restarted, or everyone left) can be resumed below.")
      : h(
          "table",
          { class: "sessions-table running-table" },
          h("thead", {}, h("tr", {}, ...["Session", "Round", "Phase", "Players", "Console", ""].map((t) => h("th", { scope: "col" }, t)))),
          h(
            "tbody",
            {},
            ...running.map((k) => {
              const s = listed.get(k.code)!;
              return h(
                "tr",
                { "data-code": k.code },
                h("th", { scope: "row" }, nameOf(k)),
                h("td", {}, s.status === "lobby" ? "not started" : `${s.round} of ${s.rounds ?? "?"}`),
                h("td", {}, PHASES[s.phase ?? ""] ?? s.phase ?? ""),
                h("td", { class: "players" }, `${s.connected ?? 0} connected · ${s.taken ?? 0} of ${s.seats ?? 0} seats taken`),
                h("td", {}, h("a", { href: consoleUrl(k), target: "_blank", rel: "noopener" }, `Open the console of ${k.code}`)),
                h("td", {}, h("button", { type: "button", onclick: () => go(`?debrief=${k.code}`) }, "Debrief so far")),
              );
            }),
          ),
        ),
  );
}

function renderPast(kept: KeptSession[]): void {
  if (kept.length === 0) {
    fill(pastBox, h("p", { class: "hint" }, "No sessions yet. Create one (POST /api/sessions, or the start page's facilitator option) and open its facilitator link in this browser."));
    return;
  }
  const compareButton = h("button", { type: "button", class: "primary", onclick: () => go(`?compare=${[...selected].join(",")}`) });
  const updateButton = () => {
    compareButton.textContent = `Compare the selected sessions (${selected.size})`;
    compareButton.disabled = selected.size < 1;
  };
  updateButton();
  fill(
    pastBox,
    h(
      "table",
      { class: "sessions-table past-table" },
      h("thead", {}, h("tr", {}, ...["Compare", "Session", "Your label", "Created", "Status", "Round", "", "", ""].map((t) => h("th", { scope: "col" }, t)))),
      h(
        "tbody",
        {},
        ...kept.map((k) => {
          const s = listed.get(k.code);
          const box = h("input", { type: "checkbox", "aria-label": `Compare ${k.code}`, checked: selected.has(k.code), disabled: !s });
          box.addEventListener("change", () => {
            if (box.checked) selected.add(k.code);
            else selected.delete(k.code);
            updateButton();
            pastKey = pastKeyNow(keptSessions()); // nothing else changed: keep the focus where it is
          });
          const label = h("input", { type: "text", maxlength: 60, value: k.label ?? "", placeholder: "e.g. Group A", "aria-label": `Label for ${k.code}` });
          label.addEventListener("change", () => {
            labelSession(k.code, label.value);
            pastKey = pastKeyNow(keptSessions());
            renderRunning(keptSessions());
          });
          const resumable = s && s.status !== "ended" && !s.live;
          return h(
            "tr",
            { "data-code": k.code },
            h("td", {}, box),
            h("th", { scope: "row" }, k.code),
            h("td", {}, label),
            h("td", {}, s ? when(s.created) : ""),
            h("td", {}, s ? `${s.status}${s.live ? " (live)" : ""}` : "not on this server"),
            h("td", {}, s ? String(s.round) : ""),
            h("td", {}, s ? h("button", { type: "button", onclick: () => go(`?debrief=${k.code}`) }, `Open debrief`) : null),
            h("td", {}, resumable ? h("button", { type: "button", onclick: () => void resume(k) }, "Resume") : null),
            h("td", {}, h("button", { type: "button", class: "quiet", title: "Forget this session in this browser (its record stays on the server)", onclick: () => (forgetKept(k.code), selected.delete(k.code), renderLists()) }, "Forget")),
          );
        }),
      ),
    ),
    h("p", {}, compareButton, " ", h("span", { class: "hint" }, "Tick two or more sessions of one workshop to see them on the same charts.")),
  );
}

async function resume(k: KeptSession): Promise<void> {
  status.textContent = `Resuming ${k.code}…`;
  try {
    const r = await api<{ round: number }>(`/sessions/${encodeURIComponent(k.code)}/resume`, { method: "POST", secret: k.secret });
    status.textContent = `${k.code} is running again at round ${r.round}: players rejoin with the code and take their seats.`;
  } catch (e) {
    status.textContent = `Could not resume ${k.code}: ${(e as Error).message}`;
  }
  await refreshList();
}

function addSection(): HTMLElement {
  const link = h("input", { id: "add-session-link", type: "text", placeholder: "https://…/?room=K7QX&facilitator=…", autocomplete: "off" });
  const add = () => {
    let q: URLSearchParams;
    try {
      q = new URL(link.value.trim(), location.href).searchParams;
    } catch {
      q = new URLSearchParams();
    }
    const code = q.get("room");
    const secret = q.get("facilitator");
    if (code && secret && keepSession(code, secret)) {
      status.textContent = `Added ${code}.`;
      link.value = "";
      void refreshList();
    } else status.textContent = "That is not a facilitator link: it has ?room=CODE&facilitator=SECRET in it.";
  };
  return h(
    "section",
    { id: "add-session", class: "sessions-section", "aria-labelledby": "add-heading" },
    h("h2", { id: "add-heading" }, "Add a session"),
    h("form", { class: "add-session", onsubmit: (e: Event) => (e.preventDefault(), add()) }, h("label", { for: "add-session-link" }, "Facilitator link"), link, h("button", { type: "submit" }, "Add")),
  );
}

// ---- Compare ---------------------------------------------------------------------------------------

async function showCompare(codes: string[]): Promise<void> {
  const key = codes.join(",");
  if (key === compareKey && compared) return;
  compareKey = key;
  const kept = new Map(keptSessions().map((k) => [k.code, k]));
  fill(compareBox, h("h2", { id: "compare-heading" }, "Compare sessions"), h("p", {}, `Reading ${codes.length} sessions…`));
  const results = await Promise.all(
    codes.map(async (code) => {
      const k = kept.get(code);
      if (!k) return { error: `${code}: this browser has no facilitator secret for it.` };
      try {
        return { session: { data: await fetchDebrief(code, k.secret), name: nameOf(k) } };
      } catch (e) {
        return { error: `${code}: ${(e as Error).message}` };
      }
    }),
  );
  if (compareKey !== key) return;
  compared = { sessions: results.flatMap((r) => (r.session ? [r.session] : [])), errors: results.flatMap((r) => (r.error ? [r.error] : [])) };
  drawCompare();
}

function hideCompare(): void {
  destroyPlots();
  compareKey = "";
  compared = null;
  fill(compareBox);
  compareBox.hidden = true;
}

function drawCompare(): void {
  if (!compared) return;
  destroyPlots();
  compareBox.hidden = false;
  const { sessions, errors } = compared;
  const charts = compareCharts(sessions);
  const withRounds = sessions.filter((s) => s.data.history.length > 0);
  fill(
    compareBox,
    h("h2", { id: "compare-heading", tabindex: -1 }, `Compare sessions: ${sessions.map((s) => s.data.code).join(", ")}`),
    h(
      "ul",
      { class: "compare-key" },
      ...sessions.map((s, i) =>
        h("li", {}, h("span", { class: "key-swatch", style: `background:${SESSION_COLOURS[i % SESSION_COLOURS.length]}` }), `${s.name}: ${s.data.scenarioName}, ${s.data.phase === "ended" ? "ended" : `round ${s.data.round} of ${s.data.rounds}`}, ${s.data.history.length} ${s.data.history.length === 1 ? "round" : "rounds"} resolved${s.data.counterfactual ? " (counterfactual events)" : ""}`),
      ),
    ),
    ...errors.map((e) => h("p", { class: "error" }, `Could not read ${e}`)),
    h("p", { class: "hint" }, "One line per session, one colour per session (the same colour on every chart). Where a chart has two measures, the line style tells them apart."),
    h("p", {}, h("button", { type: "button", onclick: () => go("?sessions") }, "Close the comparison")),
    withRounds.length === 0
      ? h("p", {}, "None of these sessions has resolved a round yet: the charts start after the first round.")
      : h(
          "div",
          { class: "chart-grid" },
          ...charts.map((c) => h("figure", { class: "chart", id: c.def.id, "data-chart": c.def.id }, h("figcaption", {}, h("strong", {}, c.def.title), h("span", { class: "chart-note" }, c.def.note)), h("div", { class: "chart-plot", role: "img", "aria-label": summary(c) }))),
        ),
  );
  if (withRounds.length === 0) return;
  for (const c of charts) {
    const box = compareBox.querySelector<HTMLElement>(`#${c.def.id} .chart-plot`);
    if (!box || c.years.length === 0) continue;
    const step = c.years.length > 1 ? c.years[1] - c.years[0] : 1;
    const options = chartOptions(c.def, c.years, step, box.clientWidth || 560);
    const plot = new uPlot(options, [c.years, ...c.lines] as uPlot.AlignedData, box);
    plots.push({ plot, box });
  }
}

/** The chart in words: each line's last value. */
function summary(c: ReturnType<typeof compareCharts>[number]): string {
  const num = (v: number) => (Math.round(v * 10) / 10).toLocaleString("en");
  const parts = c.def.series.map((s, i) => {
    const values = c.lines[i];
    let last = values.length - 1;
    while (last >= 0 && values[last] === null) last--;
    return last < 0 ? `${s.label} no rounds` : `${s.label} ${num(values[last]!)} in ${c.years[last]}`;
  });
  return `${c.def.title} (${c.def.unit}): ${parts.join("; ")}.`;
}

function resizePlots(): void {
  for (const { plot, box } of plots) plot.setSize({ width: box.clientWidth || 560, height: 300 });
}

function destroyPlots(): void {
  for (const { plot } of plots) plot.destroy();
  plots = [];
}

/** For tests: stop polling. */
export function closeSessionsPage(): void {
  clearInterval(pollTimer);
  destroyPlots();
}

