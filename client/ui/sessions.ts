// The facilitator's own sessions, on pages of their own (main.ts opens this module for them):
//   ?sessions                     running now (the workshop view) and every past session
//   ?debrief=CODE[&facilitator=S]  one session's debrief, live or past, from the server's records
//   ?compare=CODE,CODE,…           the same charts with one line per session
// The browser remembers the sessions it runs (ui/sessionsStore.ts: code and secret, kept when a
// facilitator page is opened); the server answers only for the right secret.
// The page's parts: sessionsLists.ts (running now, all sessions), sessionsCompare.ts (the
// comparison), sessionsApi.ts (the server); a debrief opens over the page (debrief.ts).
import { closeDebrief, debriefOpen, showDebrief } from "./debrief";
import { onLanguageChange, t } from "../i18n";
import { fill, h } from "./dom";
import { fetchDebrief } from "./sessionsApi";
import { compareBox, comparePlots, drawCompare, hideCompare, showCompare } from "./sessionsCompare";
import { pastBox, refreshList, renderLists, runningBox, selected, type SessionsPage } from "./sessionsLists";
import { keepSession, keptSessions } from "./sessionsStore";

const POLL_MS = 5000;

let root: HTMLElement | null = null;
const status = h("p", { class: "form-status", role: "status" });
const page: SessionsPage = { status, go };

// ---- Routing -------------------------------------------------------------------------------------

/** Open the page the address asks for (main.ts calls this instead of showing the lobby). */
export function openSessionsPage(app: HTMLElement): void {
  if (!root) {
    root = h("main", { class: "sessions-page" });
    build(root);
    onLanguageChange(() => {
      if (root) build(root);
      renderLists(page);
      drawCompare(page);
    });
    window.addEventListener("popstate", () => route());
    window.addEventListener("resize", () => comparePlots.fit());
    setInterval(() => {
      if (document.visibilityState === "visible") void refreshList(page);
    }, POLL_MS);
  }
  fill(app, root);
  route();
}

/** The page's frame in the page's language; the tables and the comparison are their own boxes. */
function build(main: HTMLElement): void {
  fill(
    main,
    h("h1", {}, `${t("sessions.heading")} `, h("span", { lang: "zh" }, "山城")),
    h("p", { class: "hint" }, t("sessions.intro")),
    status,
    h("section", { id: "running-now", class: "sessions-section", "aria-labelledby": "running-heading" }, h("h2", { id: "running-heading" }, t("sessions.running")), runningBox),
    h("section", { id: "past-sessions", class: "sessions-section", "aria-labelledby": "past-heading" }, h("h2", { id: "past-heading" }, t("sessions.all")), pastBox),
    compareBox,
    addSection(),
  );
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
  void refreshList(page).then(() => (compare.length > 0 ? showCompare(page, compare) : hideCompare()));
  if (debriefCode) void openDebrief(debriefCode);
  else if (debriefOpen()) closeDebrief();
}

async function openDebrief(code: string): Promise<void> {
  const kept = keptSessions().find((s) => s.code === code);
  if (!kept) {
    status.textContent = t("sessions.noSecret", { code });
    return;
  }
  status.textContent = t("sessions.opening", { code });
  try {
    const data = await fetchDebrief(code, kept.secret);
    status.textContent = "";
    if (new URLSearchParams(location.search).get("debrief") !== code) return; // the facilitator moved on
    showDebrief(data, { closeLabel: "debrief.backToSessions", onClose: () => new URLSearchParams(location.search).has("debrief") && go("?sessions"), whatIf: { code, headers: { "x-facilitator-secret": kept.secret } } });
  } catch (e) {
    status.textContent = t("sessions.openFailed", { code, reason: (e as Error).message });
  }
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
      status.textContent = t("sessions.added", { code });
      link.value = "";
      void refreshList(page);
    } else status.textContent = t("sessions.notALink");
  };
  return h(
    "section",
    { id: "add-session", class: "sessions-section", "aria-labelledby": "add-heading" },
    h("h2", { id: "add-heading" }, t("sessions.add")),
    h("form", { class: "add-session", onsubmit: (e: Event) => (e.preventDefault(), add()) }, h("label", { for: "add-session-link" }, t("sessions.link")), link, h("button", { type: "submit" }, t("sessions.addButton"))),
  );
}
