// The sessions page's two tables: the sessions running now (the workshop view: round, phase,
// players, a link to each console) and every session this browser keeps (label, compare, open
// the debrief, resume, forget). The server's list is asked for every few seconds.
import { listSessions, resumeSession, type ListedSession } from "./sessionsApi";
import { lang, t } from "../i18n";
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
    listError = t("sessions.listFailed", { reason: (e as Error).message });
  }
  renderLists(page);
}

export const nameOf = (k: KeptSession) => (k.label ? `${k.code} (${k.label})` : k.code);
const consoleUrl = (k: KeptSession) => `/?${new URLSearchParams({ room: k.code, facilitator: k.secret })}`;
const PHASES = ["lobby", "action", "ended"] as const;
const phaseName = (phase: string): string => ((PHASES as readonly string[]).includes(phase) ? t(`sessions.phase.${phase as (typeof PHASES)[number]}`) : phase);
const statusName = (status: ListedSession["status"]): string => t(`sessions.status.${status}`);
const when = (iso: string) => new Date(iso).toLocaleString(lang() === "zh-CN" ? "zh-CN" : "en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" });

// Each part is redrawn only when what it shows has changed (the list is asked for every few
// seconds), and the table not while a label is being typed in it.
let runningKey = "";
let pastKey = "";
const pastKeyNow = (kept: KeptSession[]) => JSON.stringify([lang(), kept, kept.map((k) => listed.get(k.code)).map((s) => s && [s.created, s.status, s.round, s.live]), [...selected]]);

/** Draw the tables again where what they show (or the page's language) changed. */
export function renderLists(page: SessionsPage): void {
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
  const key = JSON.stringify([lang(), ...running.map((k) => [k, listed.get(k.code)!.status, listed.get(k.code)!.round, listed.get(k.code)!.phase, listed.get(k.code)!.rounds, listed.get(k.code)!.seats, listed.get(k.code)!.taken, listed.get(k.code)!.connected, listed.get(k.code)!.bots])]);
  if (key === runningKey) return;
  runningKey = key;
  fill(
    runningBox,
    running.length === 0
      ? h("p", { class: "hint" }, t("sessions.noneLive"))
      : h(
          "table",
          { class: "sessions-table running-table" },
          h("thead", {}, h("tr", {}, ...[t("sessions.columns.session"), t("sessions.columns.round"), t("sessions.columns.phase"), t("sessions.columns.players"), t("sessions.columns.console"), ""].map((text) => h("th", { scope: "col" }, text)))),
          h(
            "tbody",
            {},
            ...running.map((k) => {
              const s = listed.get(k.code)!;
              return h(
                "tr",
                { "data-code": k.code },
                h("th", { scope: "row" }, nameOf(k)),
                h("td", {}, s.status === "lobby" ? t("sessions.notStarted") : t("sessions.roundOf", { round: s.round, rounds: s.rounds ?? "?" })),
                h("td", {}, phaseName(s.phase ?? "")),
                h("td", { class: "players" }, t(s.bots ? "sessions.playersAndBots" : "sessions.players", { connected: s.connected ?? 0, count: s.bots ?? 0, taken: s.taken ?? 0, seats: s.seats ?? 0 })),
                h("td", {}, h("a", { href: consoleUrl(k), target: "_blank", rel: "noopener" }, t("sessions.openConsole", { code: k.code }))),
                h("td", {}, h("button", { type: "button", onclick: () => page.go(`?debrief=${k.code}`) }, t("sessions.debriefSoFar"))),
              );
            }),
          ),
        ),
  );
}

function renderPast(page: SessionsPage, kept: KeptSession[]): void {
  if (kept.length === 0) {
    fill(pastBox, h("p", { class: "hint" }, t("sessions.none")));
    return;
  }
  const compareButton = h("button", { type: "button", class: "primary", onclick: () => page.go(`?compare=${[...selected].join(",")}`) });
  const updateButton = () => {
    compareButton.textContent = t("sessions.compareSelected", { count: selected.size });
    compareButton.disabled = selected.size < 1;
  };
  updateButton();
  fill(
    pastBox,
    h(
      "table",
      { class: "sessions-table past-table" },
      h("thead", {}, h("tr", {}, ...[t("sessions.columns.compare"), t("sessions.columns.session"), t("sessions.columns.label"), t("sessions.columns.created"), t("sessions.columns.status"), t("sessions.columns.round"), "", "", ""].map((text) => h("th", { scope: "col" }, text)))),
      h(
        "tbody",
        {},
        ...kept.map((k) => {
          const s = listed.get(k.code);
          const box = h("input", { type: "checkbox", "aria-label": t("sessions.compareLabel", { code: k.code }), checked: selected.has(k.code), disabled: !s });
          box.addEventListener("change", () => {
            if (box.checked) selected.add(k.code);
            else selected.delete(k.code);
            updateButton();
            pastKey = pastKeyNow(keptSessions()); // nothing else changed: keep the focus where it is
          });
          const label = h("input", { type: "text", maxlength: 60, value: k.label ?? "", placeholder: t("sessions.labelPlaceholder"), "aria-label": t("sessions.labelFor", { code: k.code }) });
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
            h("td", {}, s ? (s.live ? t("sessions.status.live", { status: statusName(s.status) }) : statusName(s.status)) : t("sessions.status.gone")),
            h("td", {}, s ? String(s.round) : ""),
            h("td", {}, s ? h("button", { type: "button", onclick: () => page.go(`?debrief=${k.code}`) }, t("sessions.openDebrief")) : null),
            h("td", {}, resumable ? h("button", { type: "button", onclick: () => void resume(page, k) }, t("sessions.resume")) : null),
            h("td", {}, h("button", { type: "button", class: "quiet", title: t("sessions.forgetTitle"), onclick: () => (forgetKept(k.code), selected.delete(k.code), renderLists(page)) }, t("sessions.forget"))),
          );
        }),
      ),
    ),
    h("p", {}, compareButton, " ", h("span", { class: "hint" }, t("sessions.compareHint"))),
  );
}

async function resume(page: SessionsPage, k: KeptSession): Promise<void> {
  page.status.textContent = t("sessions.resuming", { code: k.code });
  try {
    const r = await resumeSession(k.code, k.secret);
    page.status.textContent = t("sessions.resumed", { code: k.code, round: r.round });
  } catch (e) {
    page.status.textContent = t("sessions.resumeFailed", { code: k.code, reason: (e as Error).message });
  }
  await refreshList(page);
}
