// The page: lobby → seat choice → game. Panels are HTML, re-drawn from the synced state when a
// part they show has changed (changes.ts counts changes by part); the map (Phaser, loaded on
// demand) redraws only the tiles that changed.
import type { PlayerCommand } from "../shared/engine/commands";
import type { InspectReply, LogPageReply, PrivateView } from "../shared/protocol";
import type { RoomState } from "../server/room/schema";
import { createGame, forgetSession, joinGame, resumeGame, seatSecretFor, type Connection } from "./net";
import type { MapScene } from "./scenes/mapScene";
import { h, fill } from "./ui/dom";
import { eventCard, resultsView, rolePanel, roundBar, setServerTime } from "./ui/hud";
import { timerText, updateBanner } from "./ui/consoleBanner";
import { indicatorsView } from "./ui/indicators";
import { playerDebrief } from "./ui/playerDebrief";
import { inspectorView } from "./ui/inspector";
import { lobbyView, type CreateOptions } from "./ui/lobby";
import { gameFrame } from "./ui/gameFrame";
import { mapKeyboard } from "./ui/keyboard";
import { seatHelp } from "./ui/seatHelp";
import { sendWithPreview } from "./ui/costPreview";
import { onLanguageChange, t } from "./i18n";
import { LogLines, logView, showError } from "./ui/log";
import { cityNewsCard, newsTexts } from "./ui/cityNews";
import { namesIn } from "./ui/names";
import { refusalText } from "./i18n/refusals";
import { offersView } from "./ui/offers";
import { seatsView } from "./ui/seats";
import { isSessionsPage, keepFacilitatorFromUrl } from "./ui/sessionsStore";
import { mapOf } from "./synced";
import { lensBar } from "./ui/lensBar";
import { trackChanges, type Versions } from "./changes";

const app = document.getElementById("app")!;
const renderer = new URLSearchParams(location.search).get("renderer") === "canvas" ? "canvas" : "auto";

let conn: Connection | null = null;
let state: RoomState | null = null;
/** Change counters of the connection's state, by part. */
let versions: Versions | null = null;
let priv: PrivateView | null = null;
let selected = -1;
let hovered = -1;
let options: InspectReply | null = null;
/** What the game looked like when the selected tile's options were last asked for. */
let inspectedFor = "";
let map: MapScene | null = null;
/** The change counters the map was last drawn for. */
let mapDrawnFor = "";
let mapStarting = false;
/** The log lines this page holds (ui/log.ts), and the line count the log was last scrolled down for. */
let logLines = new LogLines();
let logScrolledFor = -1;
/** Why this player is back at the seat choice (the facilitator took them out of their seat). */
let seatNotice = "";

// The game screen's fixed regions (ui/gameFrame.ts), created once so the canvas is never re-parented.
const frame = gameFrame((text) => conn?.send("chat", { text }));
const { topBar, mapBox, logBox, roleBox, briefingBox, summaryBox, newsBox, queuedBox, right, inspectorBox, offersBox } = frame;
const gameScreen = frame.screen;
const toast = h("div", { id: "error-toast", class: "toast", role: "alert", hidden: true });
const lenses = lensBar(
  () => render(),
  (tile) => conn?.send("inspect", { tile }),
);
const news = cityNewsCard();

/**
 * Re-draw a panel only when what it shows has changed, so a patch caused by another player
 * does not wipe a number someone is typing.
 */
let shown = new WeakMap<Element, string>();
function redraw(box: Element, key: string, build: () => (Node | null)[]): void {
  if (shown.get(box) === key) return;
  shown.set(box, key);
  fill(box, ...build());
}

const debriefs = playerDebrief({
  state: () => state,
  seat: () => mySeat(),
  askMap: (round) => conn?.send("mapAtRound", { round }),
  // A solo game's player may run what-if branches with their seat's secret (ui/debriefWhatIf.ts).
  whatIf: () => {
    const seatSecret = state?.solo && conn ? seatSecretFor(conn.code, conn.name) : undefined;
    return seatSecret && conn ? { code: conn.code, seatSecret } : null;
  },
  redraw,
});
const help = seatHelp({ briefing: briefingBox, summary: summaryBox, queued: queuedBox }, (c) => send(c), () => render());
const mySeat = (): number => priv?.seat ?? -1;
// A large commitment is shown with its cost first (ui/costPreview.ts).
const send = (c: PlayerCommand) => sendWithPreview(c, priv?.available ?? null, (checked) => conn?.command(checked));

function selectTile(tile: number): void {
  selected = tile;
  options = null;
  map?.select(tile);
  if (tile >= 0) conn?.send("inspect", { tile });
  render();
}

const hudActions = {
  start: () => conn?.send("startGame", {}),
  fillWithBots: () => conn?.send("fillWithBots", {}),
  ready: (ready: boolean) => conn?.send("ready", { ready }),
  leaveSeat: () => conn?.send("leaveSeat", {}),
  command: send,
};

function hoverTile(tile: number): void {
  hovered = tile;
  lenses.hover(tile);
  renderInspector();
}

// Escape on the map: to the selected tile's first control, else to the column itself.
mapKeyboard(mapBox, {
  scene: () => map,
  state: () => state,
  hover: hoverTile,
  select: selectTile,
  leave: () => (inspectorBox.querySelector<HTMLElement>("button, input, select") ?? right).focus(),
});

async function ensureMap(): Promise<void> {
  if (map || mapStarting) return;
  mapStarting = true;
  // Phaser is loaded only once a seat is taken: the lobby stays light.
  const { startMap } = await import("./scenes/mapScene");
  map = await startMap(mapBox, { onSelect: selectTile, onHover: hoverTile }, renderer);
  mapBox.append(lenses.element);
  exposeTestHooks();
  render();
}

function renderInspector(): void {
  if (!state) return;
  const s = state;
  const tile = selected >= 0 ? selected : hovered;
  const m = mapOf(s);
  // The tile's own facts, not the whole state: a bid being typed survives others' moves.
  const facts = tile >= 0 ? [m.terrain[tile], m.tenure[tile], m.use[tile], m.holder[tile], m.value[tile], JSON.stringify(s.deals.get(String(tile))), JSON.stringify([...s.auctions].find((a) => a.tile === tile))] : [];
  const isSelected = tile === selected && tile >= 0;
  const shownOptions = isSelected ? options : null;
  redraw(inspectorBox, JSON.stringify([tile, s.phase, facts, isSelected, shownOptions, lenses.memory.arcs.length]), () => [inspectorView(s, tile, shownOptions, isSelected, send, { arcs: lenses.memory.arcs, showPreview: (p) => lenses.showPreview(p, tile) })]);
}

function render(): void {
  if (!conn || !state) return;
  if (state.seats.length === 0) return;
  const seat = mySeat();
  const me = seat >= 0 ? state.seats[seat] : undefined;
  const s = state;
  const v = versions!;
  const code = conn.code;
  if (!me || me.player === "") {
    redraw(app, `seats ${v.seats}|${v.game}|${seatNotice}`, () => [seatNotice ? h("p", { class: "seat-notice", role: "status" }, seatNotice) : null, seatsView(s, code, (n) => ((seatNotice = ""), conn?.send("takeSeat", { seat: n }))), toast]);
    updateBanner(s, document.body);
    return;
  }
  if (!app.contains(gameScreen)) {
    shown.delete(app);
    fill(app, gameScreen, toast);
  }
  void ensureMap();

  const mapKey = `${seat}|${v.map}|${v.offers}|${v.auctions}|${v.orders}|${v.lists}`;
  if (map && mapKey !== mapDrawnFor) {
    mapDrawnFor = mapKey;
    map.show(s, seat);
  }
  if (map) lenses.update(map, { state: s, mySeat: seat, version: `${mapKey}|${v.seats}|${v.history}`, selected });
  redraw(topBar, `${v.game}|${v.clock}|${v.seats}`, () => {
    const bar = roundBar(s, code, me, hudActions);
    debriefs.withButton(bar.querySelector<HTMLElement>(".bar-people")!, s);
    return [bar];
  });
  const timer = topBar.querySelector(".timer");
  if (timer) timer.textContent = timerText(s);
  debriefs.update(s, v);
  help.render(s, code, seat, me, priv);
  // Your own seat, not the others' (another player's Ready must not wipe what you are typing).
  redraw(roleBox, `${v.game}|${v.history}|${JSON.stringify(me.toJSON())}|${JSON.stringify(priv)}|${s.phase === "ended" ? v.seats : ""}`, () => [
    s.phase === "ended" ? resultsView(s) : null,
    rolePanel(s, me, priv, hudActions),
    eventCard(s),
    indicatorsView(s),
  ]);
  const bids = priv?.bids ?? [];
  redraw(offersBox, `${v.offers}|${v.auctions}|${seat}|${JSON.stringify(bids)}`, () => [offersView(s, seat, bids, send, (t) => (map?.focus(t), selectTile(t)))]);
  renderInspector();
  logLines.keep(s);
  // The round's headlines are log lines; one this page has not seen is asked for (its reply redraws).
  const headlines = newsTexts(s, logLines, (before) => ((logLines.asking = true), conn?.room.send("logPage", { before })));
  redraw(newsBox, `${s.news}|${headlines?.join("\n")}`, () => [news.view(s, headlines)]);
  const { first } = logLines.run(s);
  // Newest lines in view when one arrives; earlier lines arriving keep the reader's place.
  const fromBottom = logBox.scrollHeight - logBox.scrollTop;
  redraw(logBox, `${s.logWritten}|${first}|${logLines.asking}`, () => [logView(s, logLines, (before) => ((logLines.asking = true), conn?.room.send("logPage", { before }), render()))]);
  logBox.scrollTop = s.logWritten !== logScrolledFor ? logBox.scrollHeight : logBox.scrollHeight - fromBottom;
  logScrolledFor = s.logWritten;
  updateBanner(s, frame.bannerBox);
  frame.keepFocus(`${seat}|${s.phase}`);
}

function connect(c: Connection): void {
  conn = c;
  versions = trackChanges(c.room);
  // A new connection counts from 0 again: forget the keys drawn for the last one.
  shown = new WeakMap();
  mapDrawnFor = "";
  debriefs.reset();
  logLines = new LogLines();
  c.room.onMessage("logPage", (page: LogPageReply) => (logLines.add(page), render()));
  history.replaceState(null, "", `?${new URLSearchParams({ ...Object.fromEntries(new URLSearchParams(location.search)), room: c.code })}`);
  c.listen({
    onState: (s) => {
      state = s;
      render();
      // A selected tile's options change with the game, not with every patch (a Ready toggle, a
      // log line): ask again only when something that decides them has changed.
      const m = mapOf(s);
      const v = versions!;
      const key = selected >= 0 ? JSON.stringify([selected, s.phase, s.round, m.tenure[selected], m.use[selected], m.holder[selected], v.offers, v.auctions, v.orders, s.exchangeSellOrders, s.exchangeBuyOrders, s.seats.map((seat) => [seat.balance, seat.tickets])]) : "";
      if (key && key !== inspectedFor) c.send("inspect", { tile: selected });
      inspectedFor = key;
    },
    onPrivate: (v) => {
      if (state) help.seatChanged(state, c.code, priv?.seat ?? -1, v.seat);
      priv = v;
      setServerTime(v.serverTime);
      render();
    },
    onMapAtRound: (snapshot) => debriefs.showSnapshot(snapshot),
    onInspect: (reply) => {
      lenses.inspected(reply);
      if (reply.tile !== selected) return;
      options = reply;
      render();
    },
    onError: (e) => {
      const text = refusalText(e.code, e.params, e.message, namesIn(state));
      // Taken out of a seat by the facilitator: the seat choice says so until another is taken.
      if (e.code === "removedFromSeat") seatNotice = text;
      showError(text);
    },
    onLeave: async (code) => {
      conn = null;
      // 4000: this player left on purpose. Anything else is a dropped connection: try to come back.
      const back = code === 4000 ? null : await resumeGame();
      if (back) return connect(back);
      forgetSession();
      fill(app, lobbyView(lobbyActions, t("lobby.left")));
    },
  });
}

const lobbyActions = {
  create: async (name: string, options?: CreateOptions) => connect(await createGame(name, options)),
  join: async (code: string, name: string) => connect(await joinGame(code, name)),
};

/** Tests and tutorials find tiles on the canvas through this. */
function exposeTestHooks(): void {
  (window as unknown as { __shancheng: unknown }).__shancheng = {
    tileToPage: (x: number, y: number) => map!.tileToPage(x, y),
    focus: (tile: number) => map!.focus(tile),
    seat: () => mySeat(),
  };
}

// A switch of language redraws everything in the new one: the start page (keeping what was
// typed), the frame's own words, every panel.
onLanguageChange(() => {
  frame.relabel();
  const lobby = app.querySelector(".lobby");
  if (lobby) {
    const typed = [...lobby.querySelectorAll<HTMLInputElement>("input[id]")].map((input) => [input.id, input.value] as const);
    fill(app, lobbyView(lobbyActions));
    for (const [id, value] of typed) {
      const input = document.getElementById(id) as HTMLInputElement | null;
      if (input) input.value = value;
    }
  }
  shown = new WeakMap();
  render();
  debriefs.renderReplay();
});

// The countdown ticks between patches.
setInterval(() => {
  const timer = topBar.querySelector(".timer");
  if (timer && state) timer.textContent = timerText(state);
}, 1000);

// A facilitator link is remembered for the past-sessions page; ?sessions, ?debrief=… and
// ?compare=… are pages of their own (ui/sessions.ts, loaded with its charts on demand); the
// facilitator's private link opens the console (ui/console.ts) instead of a seat.
keepFacilitatorFromUrl();
const params = new URLSearchParams(location.search);
const preset = params.get("room");
const facilitatorSecret = params.get("facilitator");
if (isSessionsPage()) void import("./ui/sessions").then((m) => m.openSessionsPage(app));
else if (preset && facilitatorSecret) void import("./ui/console").then((m) => m.startConsole(app, preset, facilitatorSecret, renderer));
else {
  fill(app, lobbyView(lobbyActions));
  if (preset) (document.getElementById("room-code") as HTMLInputElement).value = preset;
  void resumeGame().then((back) => back && connect(back));
}
