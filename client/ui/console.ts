// The facilitator's console: opened by the private link `?room=CODE&facilitator=SECRET`. The page
// joins the room like anyone (as "Facilitator", without a seat), proves it holds the secret
// (facilitatorAuth), and then shows the class at a glance: the join code large for the projector,
// the round, phase and clock, who sits where, the controls, a live dashboard of the city's key
// numbers, the map as a spectator sees it, and the debrief on demand. Every control is a
// "console:*" message the server checks again (server/room/): this page only asks. The regions
// are drawn by consoleHeader.ts, consoleControls.ts, consoleSeats.ts and consoleDashboard.ts.
import { mapKeyboard } from "./keyboard";
import { Client, type Room } from "colyseus.js";
import type { RoomState } from "../../server/room/schema";
import type { ErrorMessage, LogPageReply } from "../../shared/protocol";
import type { DebriefData } from "../../shared/views/debrief";
import type { MapScene } from "../scenes/mapScene";
import { logOf } from "../synced";
import { lineText } from "./logText";
import { cityNewsCard, newsTexts } from "./cityNews";
import { LogLines } from "./log";
import { broadcastView, cardsView, controlsView, type SendControl } from "./consoleControls";
import { consoleDashboard } from "./consoleDashboard";
import { consoleTimerText, headerView, seatCounts } from "./consoleHeader";
import { lensBar, lensVersion } from "./lensBar";
import { seatsView } from "./consoleSeats";
import { lang, onLanguageChange, t } from "../i18n";
import { refusalText } from "../i18n/refusals";
import { languageSwitch } from "../i18n/switch";
import { fill, h } from "./dom";

const FACILITATOR_NAME = "Facilitator";

interface ConsoleContext {
  app: HTMLElement;
  code: string;
  secret: string;
  renderer: "canvas" | "auto";
}

let room: Room<RoomState> | null = null;
let state: RoomState | null = null;
let map: MapScene | null = null;
let mapStarting = false;
let debrief: typeof import("./debrief") | null = null;
/** The language switch in the bar: made once, so a redraw of the bar keeps it (and its focus). */
const switcher = languageSwitch();
/** The lens bar over the spectator map (ui/lensBar.ts); a switch redraws the page. */
let redrawPage = (): void => undefined;
const lenses = lensBar(() => redrawPage());

const serverUrl = (): string => `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}`;

const send: SendControl = (type, message) => room?.send(type, message);

// --- the page's fixed regions -------------------------------------------------------------------

const header = h("header", { class: "console-bar" });
const controlsBox = h("section", { class: "console-panel console-controls", "aria-labelledby": "console-controls-heading" });
const cardBox = h("section", { class: "console-panel console-cards", "aria-labelledby": "console-cards-heading" });
const broadcastBox = h("section", { class: "console-panel console-broadcast", "aria-labelledby": "console-broadcast-heading" });
const seatsBox = h("section", { class: "console-panel console-seats", "aria-labelledby": "console-seats-heading" });
const dashboardBox = h("section", { class: "console-dashboard", "aria-labelledby": "console-dashboard-heading" });
const logBox = h("section", { class: "console-panel console-log", "aria-labelledby": "console-log-heading" });
const newsBox = h("div", { class: "console-news" });
/** The log lines this page has seen, for the city news (its headlines are log lines). */
const logLines = new LogLines();
const news = cityNewsCard();
const mapBox = h("div", { class: "console-map", tabindex: 0, role: "application" });
// The keyboard's focus tile, as on a player's map; Escape goes on to the seats.
mapKeyboard(mapBox, { scene: () => map, state: () => state, hover: () => undefined, select: (tile) => map?.select(tile), leave: () => seatsBox.querySelector<HTMLElement>("button, select, input")?.focus() });
const toast = h("div", { id: "error-toast", class: "toast console-toast", role: "alert", hidden: true });
const screen = h(
  "div",
  { class: "console" },
  header,
  h("div", { class: "console-left" }, controlsBox, broadcastBox, cardBox),
  h("div", { class: "console-centre" }, mapBox),
  newsBox,
  h("div", { class: "console-right" }, seatsBox, logBox),
  dashboardBox,
);

/** Re-draw a region only when what it shows (or the page's language) changed, so nothing being
 * typed is wiped by a patch. */
const shown = new WeakMap<Element, string>();
function redraw(box: Element, key: string, build: () => (Node | string | null)[]): void {
  const keyed = `${lang()} ${key}`;
  if (shown.get(box) === keyed) return;
  shown.set(box, keyed);
  fill(box, ...build());
}

let hideTimer = 0;
function notify(message: string, kind: "error" | "ok" = "error"): void {
  toast.textContent = message;
  toast.className = `toast console-toast ${kind}`;
  toast.hidden = false;
  window.clearTimeout(hideTimer);
  hideTimer = window.setTimeout(() => (toast.hidden = true), 7000);
}

// --- start: join, prove the secret, show -------------------------------------------------------

/** Open the console for room `code` with the facilitator secret from the private link. */
export async function startConsole(app: HTMLElement, code: string, secret: string, renderer: "canvas" | "auto" = "auto"): Promise<void> {
  document.body.classList.add("console-page");
  const ctx: ConsoleContext = { app, code: code.trim().toUpperCase(), secret, renderer };
  document.title = t("console.pageTitle", { code: ctx.code });
  fill(app, h("main", { class: "lobby console-wait" }, h("h1", {}, t("console.title")), h("p", { class: "tagline", role: "status" }, t("console.connecting", { code: ctx.code }))));
  try {
    await connect(ctx);
  } catch (e) {
    fill(
      app,
      h(
        "main",
        { class: "lobby console-wait" },
        h("h1", {}, t("console.title")),
        h("p", { class: "tagline", role: "alert" }, (e as Error).message),
        h("p", {}, h("a", { href: "/" }, t("console.back"))),
      ),
    );
  }
}

async function connect(ctx: ConsoleContext): Promise<void> {
  const joined = await joinOrResume(ctx);
  const authorized = new Promise<void>((resolve, reject) => {
    joined.onMessage("facilitator", () => resolve());
    joined.onMessage("error", (e: ErrorMessage) => {
      const message = refusalText(e.code, e.params, e.message);
      if (e.refused === "facilitatorAuth") reject(new Error(t("console.badLink", { code: ctx.code, reason: message })));
      else notify(message);
    });
  });
  joined.onMessage("private", () => undefined);
  joined.onMessage("inspect", () => undefined);
  joined.onMessage("mapAtRound", () => undefined);
  joined.onMessage("logPage", (page: LogPageReply) => (logLines.add(page), state && render(ctx)));
  joined.send("facilitatorAuth", { secret: ctx.secret });
  try {
    await authorized;
  } catch (e) {
    await joined.leave(true);
    throw e;
  }
  room = joined;
  fill(ctx.app, screen, toast);
  onLanguageChange(() => render(ctx));
  joined.onStateChange((s) => {
    state = s;
    render(ctx);
  });
  joined.onLeave(async (closeCode) => {
    room = null;
    if (closeCode === 4000) return;
    notify(t("console.dropped"));
    for (let attempt = 0; attempt < 10 && !room; attempt++) {
      await new Promise((r) => setTimeout(r, 1000 * Math.min(5, attempt + 1)));
      try {
        await connect(ctx);
        notify(t("console.reconnected"), "ok");
      } catch {
        // try again
      }
    }
  });
  if (joined.state?.seats?.length) {
    state = joined.state;
    render(ctx);
  }
}

/** Join the session's room; if it is not running (the server restarted, or everyone left), resume
 * it from its record with the secret (POST /api/sessions/:code/resume) and join then. */
async function joinOrResume(ctx: ConsoleContext): Promise<Room<RoomState>> {
  const join = () => new Client(serverUrl()).joinById<RoomState>(ctx.code, { name: FACILITATOR_NAME });
  try {
    return await join();
  } catch (e) {
    if (!/not found|no rooms found|not exist/i.test((e as Error).message)) throw e;
  }
  const res = await fetch(`/api/sessions/${encodeURIComponent(ctx.code)}/resume`, { method: "POST", headers: { "x-facilitator-secret": ctx.secret } });
  if (!res.ok) {
    const body = (await res.json().catch(() => ({}))) as { error?: string };
    throw new Error(t("console.notResumed", { code: ctx.code, reason: body.error ?? res.statusText }));
  }
  return join();
}

// --- rendering --------------------------------------------------------------------------------

function render(ctx: ConsoleContext): void {
  const s = state;
  if (!s || s.seats.length === 0) return;
  document.title = t("console.pageTitle", { code: ctx.code });
  mapBox.setAttribute("aria-label", t("console.mapLabel"));
  redraw(header, JSON.stringify([s.phase, s.round, s.year, s.paused, s.pausedSecondsLeft, s.phaseEndsAt, s.stability, s.history.length, seatCounts(s)]), () => headerView(s, ctx.code, screen, openDebrief, switcher));
  redraw(controlsBox, JSON.stringify([s.phase, s.paused, s.round, [...s.seats].some((seat) => seat.player === "")]), () => controlsView(s, send, openDebrief));
  redraw(cardBox, JSON.stringify([s.phase, s.round, s.card.id, s.nextCardId, s.counterfactual]), () => cardsView(s, send));
  redraw(broadcastBox, JSON.stringify([s.broadcast, s.broadcastAt]), () => broadcastView(s, send));
  redraw(seatsBox, JSON.stringify([s.phase, s.seats.map((seat) => [seat.player, seat.connected, seat.ready, seat.moves, seat.bot])]), () => seatsView(s, send));
  redraw(dashboardBox, JSON.stringify([s.history.length, s.stability]), () => [consoleDashboard(s)]);
  redraw(logBox, JSON.stringify(logOf(s)), () => [
    h("h2", { id: "console-log-heading" }, t("console.logHeading")),
    h("ol", { class: "log", "aria-label": t("console.logLabel") }, ...logOf(s).slice(-12).map((line) => h("li", {}, lineText(s, line)))),
  ]);
  logLines.keep(s);
  const headlines = newsTexts(s, logLines, (before) => ((logLines.asking = true), room?.send("logPage", { before })));
  redraw(newsBox, `${s.news}|${headlines?.join("\n")}`, () => [news.view(s, headlines)]);
  const log = logBox.querySelector("ol");
  if (log) log.scrollTop = log.scrollHeight; // newest lines in view
  tickTimer();
  void ensureMap(ctx);
  map?.show(s, -1);
  redrawPage = () => render(ctx);
  if (map) lenses.update(map, { state: s, mySeat: -1, version: lensVersion(s), selected: -1 });
  if (debrief?.debriefOpen()) debrief.updateDebrief(debrief.debriefFromRoom(s));
  exposeTestHooks();
}

function tickTimer(): void {
  const timer = header.querySelector(".console-timer");
  if (timer && state) timer.textContent = consoleTimerText(state);
}
setInterval(tickTimer, 1000);

/** Open the debrief of the game so far (its module and the charting library load on first use). */
async function openDebrief(): Promise<void> {
  debrief ??= await import("./debrief");
  if (!state || !room) return;
  const code = room.roomId;
  const headers = { "x-facilitator-secret": new URLSearchParams(location.search).get("facilitator") ?? "" };
  const data = debrief.debriefFromRoom(state);
  // The ledger's largest contributors and the facilitator's interventions are worked out on the
  // server (the room syncs no ledger): the facilitator's secret fetches them for the table.
  const server = await fetch(`/api/sessions/${encodeURIComponent(code)}/debrief`, { headers })
    .then((r) => (r.ok ? (r.json() as Promise<DebriefData>) : null))
    .catch(() => null);
  debrief.showDebrief(server ? { ...data, contributors: server.contributors, interventions: server.interventions } : data, { whatIf: { code, headers } });
}

// --- the spectator map -------------------------------------------------------------------------

async function ensureMap(ctx: ConsoleContext): Promise<void> {
  if (map || mapStarting) return;
  mapStarting = true;
  const { startMap } = await import("../scenes/mapScene");
  map = await startMap(mapBox, { onSelect: (tile) => map?.select(tile), onHover: () => undefined }, ctx.renderer);
  mapBox.append(lenses.element);
  if (state) map.show(state, -1);
}

/** Tests read the console's state through this. */
function exposeTestHooks(): void {
  (window as unknown as { __console: unknown }).__console = { mapReady: () => map !== null, phase: () => state?.phase };
}
