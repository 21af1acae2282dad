// The sessions page's two tables: the sessions running now (the workshop view: round, phase,
// players, a link to each console) and every session this browser keeps (label, compare, open
// the debrief, resume, forget). The server's list is asked for every few seconds.
import { listSessions, resumeSession, type ListedSession } from "./sessionsApi";
import { fill, h } from "./dom";
import { forgetKept, keptSessions, labelSession, type KeptSession } from "./sessionsStore";

/** What the tables need of their page: the status line, and moving to another address. */
export interface SessionsPage {
  status: HTMLElement;
  go(search: string): void;
}

export const runningBox = h("div");
export const pastBox = h("div");
/** The sessions ticked for comparison (also set from ?compare=…). */
export const selected = new Set<string>();
let listed = new Map<string, ListedSession>();
let listError = "";

export async function refreshList(page: SessionsPage): Promise<void> {
  try {
    listed = new Map((await listSessions()).map((s) => [s.code, s]));
    listError = "";
  } catch (e) {
    listError = `Could not read the sessions: ${(e as Error).message}`;
  }
  renderLists(page);
}

export const nameOf = (k: KeptSession) => (k.label ? `${k.code} (${k.label})` : k.code);
const consoleUrl = (k: KeptSession) => `/?${new URLSearchParams({ room: k.code, facilitator: k.secret })}`;
const PHASES: Record<string, string> = { lobby: "Waiting to start", action: "Action phase", ended: "Ended" };
const when = (iso: string) => new Date(iso).toLocaleString("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" });

// Each part is redrawn only when what it shows has changed (the list is asked for every few
// seconds), and the table not while a label is being typed in it.
let runningKey = "";
let pastKey = "";
const pastKeyNow = (kept: KeptSession[]) => JSON.stringify([kept, kept.map((k) => listed.get(k.code)).map((s) => s && [s.created, s.status, s.round, s.live]), [...selected]]);

function renderLists(page: SessionsPage): void {
  const kept = keptSessions();
  if (listError) page.status.textContent = listError;
  renderRunning(page, kept);
  const typing = document.activeElement instanceof HTMLInputElement && document.activeElement.type === "text" && pastBox.contains(document.activeElement);
  const key = pastKeyNow(kept);
  if (key === pastKey || typing) return;
  pastKey = key;
  renderPast(page, kept);
}

function renderRunning(page: SessionsPage, kept: KeptSession[]): void {
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
                h("td", {}, h("button", { type: "button", onclick: () => page.go(`?debrief=${k.code}`) }, "Debrief so far")),
              );
            }),
          ),
        ),
  );
}

function renderPast(page: SessionsPage, kept: KeptSession[]): void {
  if (kept.length === 0) {
    fill(pastBox, h("p", { class: "hint" }, "No sessions yet. Create one (POST /api/sessions, or the start page's facilitator option) and open its facilitator link in this browser."));
    return;
  }
  const compareButton = h("button", { type: "button", class: "primary", onclick: () => page.go(`?compare=${[...selected].join(",")}`) });
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
            renderRunning(page, keptSessions());
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
            h("td", {}, s ? h("button", { type: "button", onclick: () => page.go(`?debrief=${k.code}`) }, `Open debrief`) : null),
            h("td", {}, resumable ? h("button", { type: "button", onclick: () => void resume(page, k) }, "Resume") : null),
            h("td", {}, h("button", { type: "button", class: "quiet", title: "Forget this session in this browser (its record stays on the server)", onclick: () => (forgetKept(k.code), selected.delete(k.code), renderLists(page)) }, "Forget")),
          );
        }),
      ),
    ),
    h("p", {}, compareButton, " ", h("span", { class: "hint" }, "Tick two or more sessions of one workshop to see them on the same charts.")),
  );
}

async function resume(page: SessionsPage, k: KeptSession): Promise<void> {
  page.status.textContent = `Resuming ${k.code}…`;
  try {
    const r = await resumeSession(k.code, k.secret);
    page.status.textContent = `${k.code} is running again at round ${r.round}: players rejoin with the code and take their seats.`;
  } catch (e) {
    page.status.textContent = `Could not resume ${k.code}: ${(e as Error).message}`;
  }
  await refreshList(page);
}
