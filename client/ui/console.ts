// The facilitator's console: opened by the private link `?room=CODE&facilitator=SECRET`. The page
// joins the room like anyone (as "Facilitator", without a seat), proves it holds the secret
// (facilitatorAuth), and then shows the class at a glance: the join code large for the projector,
// the round, phase and clock, who sits where, the controls, a live dashboard of the city's key
// numbers, the map as a spectator sees it, and the debrief on demand. Every control is a
// "console:*" message the server checks again (server/room.ts): this page only asks.
import { Client, type Room } from "colyseus.js";
import type { RoomState, SeatState } from "../../server/room/schema";
import { DEFAULT_PERSONALITY, PERSONALITIES, PERSONALITY_NOTES, type Personality } from "../../shared/bots/personalities";
import type { ClientMessage, ClientMessageType, ErrorMessage } from "../../shared/protocol";
import { CHONGQING_EVENTS } from "../../shared/scenarios/chongqingEvents";
import type { Role } from "../../shared/model/state";
import type { MapScene } from "../scenes/mapScene";
import { BRIEFINGS } from "./briefings";
import { consoleDashboard } from "./consoleDashboard";
import { fill, h } from "./dom";
import { clock, secondsLeft } from "./hud";
import { logOf } from "../synced";

const PHASE_NAMES: Record<string, string> = { lobby: "Waiting to start", action: "Action phase", ended: "Game over" };
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

const serverUrl = (): string => `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}`;

function send<T extends ClientMessageType>(type: T, message: ClientMessage<T>): void {
  room?.send(type, message);
}

// --- the page's fixed regions -------------------------------------------------------------------

const header = h("header", { class: "console-bar" });
const controlsBox = h("section", { class: "console-panel console-controls", "aria-labelledby": "console-controls-heading" });
const cardBox = h("section", { class: "console-panel console-cards", "aria-labelledby": "console-cards-heading" });
const broadcastBox = h("section", { class: "console-panel console-broadcast", "aria-labelledby": "console-broadcast-heading" });
const seatsBox = h("section", { class: "console-panel console-seats", "aria-labelledby": "console-seats-heading" });
const dashboardBox = h("section", { class: "console-dashboard", "aria-labelledby": "console-dashboard-heading" });
const logBox = h("section", { class: "console-panel console-log", "aria-labelledby": "console-log-heading" });
const mapBox = h("div", { class: "console-map", tabindex: 0, "aria-label": "The map as a spectator sees it: drag or use the arrow keys to move, wheel or +/- to zoom" });
const toast = h("div", { id: "error-toast", class: "toast console-toast", role: "alert", hidden: true });
const screen = h(
  "div",
  { class: "console" },
  header,
  h("div", { class: "console-left" }, controlsBox, broadcastBox, cardBox),
  h("div", { class: "console-centre" }, mapBox),
  h("div", { class: "console-right" }, seatsBox, logBox),
  dashboardBox,
);

/** Re-draw a region only when what it shows changed, so nothing being typed is wiped by a patch. */
const shown = new WeakMap<Element, string>();
function redraw(box: Element, key: string, build: () => (Node | string | null)[]): void {
  if (shown.get(box) === key) return;
  shown.set(box, key);
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
  document.title = `Console ${code} — Shancheng`;
  document.body.classList.add("console-page");
  const ctx: ConsoleContext = { app, code: code.trim().toUpperCase(), secret, renderer };
  fill(app, h("main", { class: "lobby console-wait" }, h("h1", {}, "Facilitator console"), h("p", { class: "tagline", role: "status" }, `Connecting to session ${ctx.code}…`)));
  try {
    await connect(ctx);
  } catch (e) {
    fill(
      app,
      h(
        "main",
        { class: "lobby console-wait" },
        h("h1", {}, "Facilitator console"),
        h("p", { class: "tagline", role: "alert" }, (e as Error).message),
        h("p", {}, h("a", { href: "/" }, "Back to the start page")),
      ),
    );
  }
}

async function connect(ctx: ConsoleContext): Promise<void> {
  const joined = await joinOrResume(ctx);
  const authorized = new Promise<void>((resolve, reject) => {
    joined.onMessage("facilitator", () => resolve());
    joined.onMessage("error", (e: ErrorMessage) => {
      if (e.refused === "facilitatorAuth") reject(new Error(`This facilitator link is not valid for session ${ctx.code}: ${e.message} Use the link you got when you created the session.`));
      else notify(e.message);
    });
  });
  joined.onMessage("private", () => undefined);
  joined.onMessage("inspect", () => undefined);
  joined.onMessage("mapAtRound", () => undefined);
  joined.send("facilitatorAuth", { secret: ctx.secret });
  try {
    await authorized;
  } catch (e) {
    await joined.leave(true);
    throw e;
  }
  room = joined;
  fill(ctx.app, screen, toast);
  joined.onStateChange((s) => {
    state = s;
    render(ctx);
  });
  joined.onLeave(async (closeCode) => {
    room = null;
    if (closeCode === 4000) return;
    notify("The connection to the server dropped; reconnecting…");
    for (let attempt = 0; attempt < 10 && !room; attempt++) {
      await new Promise((r) => setTimeout(r, 1000 * Math.min(5, attempt + 1)));
      try {
        await connect(ctx);
        notify("Reconnected.", "ok");
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
    throw new Error(`Session ${ctx.code} is not running and could not be resumed: ${body.error ?? res.statusText}`);
  }
  return join();
}

// --- rendering --------------------------------------------------------------------------------

function render(ctx: ConsoleContext): void {
  const s = state;
  if (!s || s.seats.length === 0) return;
  redraw(header, JSON.stringify([s.phase, s.round, s.year, s.paused, s.pausedSecondsLeft, s.phaseEndsAt, s.stability, s.history.length, seatCounts(s)]), () => headerView(s, ctx));
  redraw(controlsBox, JSON.stringify([s.phase, s.paused, s.round, [...s.seats].some((seat) => seat.player === "")]), () => controlsView(s));
  redraw(cardBox, JSON.stringify([s.phase, s.round, s.card.id, s.nextCardId, s.counterfactual]), () => cardsView(s));
  redraw(broadcastBox, JSON.stringify([s.broadcast, s.broadcastAt]), () => broadcastView(s));
  redraw(seatsBox, JSON.stringify([s.phase, s.seats.map((seat) => [seat.player, seat.connected, seat.ready, seat.bot])]), () => seatsView(s));
  redraw(dashboardBox, JSON.stringify([s.history.length, s.stability]), () => [consoleDashboard(s)]);
  redraw(logBox, JSON.stringify(logOf(s)), () => [
    h("h2", { id: "console-log-heading" }, "What happened"),
    h("ol", { class: "log", "aria-label": "Game log" }, ...logOf(s).slice(-12).map((line) => h("li", {}, line))),
  ]);
  const log = logBox.querySelector("ol");
  if (log) log.scrollTop = log.scrollHeight; // newest lines in view
  tickTimer();
  void ensureMap(ctx);
  map?.show(s, -1);
  if (debrief?.debriefOpen()) debrief.updateDebrief(debrief.debriefFromRoom(s));
  exposeTestHooks();
}

function seatCounts(s: RoomState): string {
  const seats = [...s.seats];
  const people = seats.filter((seat) => seat.player && !seat.bot).length;
  const away = seats.filter((seat) => seat.player && !seat.bot && !seat.connected).length;
  const bots = seats.filter((seat) => seat.bot).length;
  const ready = seats.filter((seat) => seat.player && !seat.bot && seat.connected && seat.ready).length;
  return `${people} ${people === 1 ? "student" : "students"}${away ? ` (${away} away)` : ""} · ${bots} ${bots === 1 ? "bot" : "bots"}${s.phase === "action" ? ` · ${ready} ready` : ""}`;
}

function timerText(s: RoomState): string {
  if (s.phase !== "action") return "—";
  if (s.paused) return `Paused ${clock(s.pausedSecondsLeft)}`;
  return clock(secondsLeft(s));
}

function tickTimer(): void {
  const timer = header.querySelector(".console-timer");
  if (timer && state) timer.textContent = timerText(state);
}
setInterval(tickTimer, 1000);

function headerView(s: RoomState, ctx: ConsoleContext): (Node | null)[] {
  const round = s.phase === "lobby" ? "Before round 1" : `Round ${s.round} of ${s.rounds} · ${s.year}`;
  return [
    h("div", { class: "console-brand" }, h("span", {}, "Shancheng ", h("span", { lang: "zh" }, "山城")), h("span", { class: "console-title" }, "Facilitator console")),
    h(
      "div",
      { class: "console-join" },
      h("span", {}, "Students join at ", h("span", { class: "host" }, location.host), " with the code"),
      h("strong", { class: "console-code", "aria-label": `Join code ${ctx.code.split("").join(" ")}` }, ctx.code),
    ),
    h("div", { class: "console-status" }, h("span", { class: "console-round" }, round), h("span", { class: "console-phase" }, PHASE_NAMES[s.phase] ?? s.phase), h("span", { class: "console-people" }, seatCounts(s))),
    h("div", { class: `console-timer${s.paused ? " paused" : ""}`, role: "timer", "aria-label": "Time left in this phase" }, timerText(s)),
    h(
      "button",
      {
        type: "button",
        class: "console-projector-toggle",
        "aria-pressed": screen.classList.contains("projector") ? "true" : "false",
        title: "Hide the controls and show the code, clock, map and numbers large (for a projector that mirrors this screen)",
        onclick: (e: Event) => {
          const on = screen.classList.toggle("projector");
          const button = e.currentTarget as HTMLButtonElement;
          button.setAttribute("aria-pressed", String(on));
          button.textContent = on ? "Show the controls" : "Projector view";
          // The map's canvas follows its box's new size on the next window resize.
          requestAnimationFrame(() => window.dispatchEvent(new Event("resize")));
        },
      },
      screen.classList.contains("projector") ? "Show the controls" : "Projector view",
    ),
    h("button", { type: "button", class: "console-debrief", onclick: () => void openDebrief() }, s.phase === "ended" ? "Debrief" : "Debrief so far"),
  ];
}

async function openDebrief(): Promise<void> {
  debrief ??= await import("./debrief");
  if (state) debrief.showDebrief(debrief.debriefFromRoom(state));
}

function controlsView(s: RoomState): (Node | null)[] {
  const heading = h("h2", { id: "console-controls-heading" }, "The game");
  if (s.phase === "lobby") {
    const bots = h("input", { type: "checkbox", id: "console-start-bots", checked: true });
    return [
      heading,
      h("p", {}, "Students join with the code and take seats. Start when everyone is seated."),
      h("label", { class: "check" }, bots, " Bots take the seats nobody took"),
      h("button", { type: "button", class: "primary big", onclick: () => send("console:start", { bots: bots.checked }) }, "Start the game"),
    ];
  }
  if (s.phase === "ended") return [heading, h("p", {}, "The game is over. Open the debrief to lead the discussion."), h("button", { type: "button", class: "primary big", onclick: () => void openDebrief() }, "Open the debrief")];
  const seconds = h("input", { type: "number", id: "console-extend-seconds", min: -600, max: 600, step: 15, value: 60 });
  return [
    heading,
    h(
      "div",
      { class: "console-buttons" },
      s.paused
        ? h("button", { type: "button", class: "primary big", onclick: () => send("console:resume", {}) }, "Resume the clock")
        : h("button", { type: "button", class: "big", onclick: () => send("console:pause", {}) }, "Pause the clock"),
      h("button", { type: "button", onclick: () => send("console:extend", { seconds: 60 }) }, "+1 min"),
      h("button", { type: "button", onclick: () => send("console:extend", { seconds: 30 }) }, "+30 s"),
      h("button", { type: "button", onclick: () => send("console:extend", { seconds: -30 }) }, "−30 s"),
    ),
    h(
      "form",
      { class: "console-inline console-extend", onsubmit: (e: Event) => (e.preventDefault(), send("console:extend", { seconds: Math.round(Number(seconds.value) || 0) })) },
      h("label", { for: "console-extend-seconds" }, "Other (seconds; negative shortens)"),
      seconds,
      h("button", { type: "submit" }, "Change the clock"),
    ),
    h("p", { class: "hint" }, s.paused ? "Paused: students can still act; the round ends only when you resume or end it." : "The round ends when the clock runs out or every student is ready."),
    h("button", { type: "button", class: "big", onclick: () => send("console:endPhase", {}) }, s.round >= s.rounds ? "End the last round now" : "End this round now"),
    h(
      "button",
      {
        type: "button",
        class: "danger",
        onclick: () => {
          if (confirm("End the game now? The current round is not resolved, and the game cannot be continued.")) send("console:endGame", {});
        },
      },
      "End the game now…",
    ),
  ];
}

const cardTitle = (id: string): string => {
  const card = CHONGQING_EVENTS.find((c) => c.id === id);
  return card ? `${card.year}: ${card.title}` : "(no card)";
};

function cardsView(s: RoomState): (Node | null)[] {
  const heading = h("h2", { id: "console-cards-heading" }, "Event cards");
  const now = s.phase === "action" ? h("p", {}, h("strong", {}, "This round: "), s.card.id ? `${s.card.year}: ${s.card.title}` : "no card") : null;
  if (s.phase === "ended" || s.round >= s.rounds) return [heading, now, h("p", { class: "hint" }, "There is no next round.")];
  const next = s.round + 1;
  const select = h(
    "select",
    { id: "console-next-card", "aria-label": `Event card that opens round ${next}` },
    h("option", { value: "", selected: s.nextCardId === "" }, "(no card)"),
    ...CHONGQING_EVENTS.map((c) => h("option", { value: c.id, selected: c.id === s.nextCardId }, `${c.year}: ${c.title}`)),
  );
  return [
    heading,
    now,
    h("p", {}, h("strong", {}, `Round ${next} opens with: `), cardTitle(s.nextCardId)),
    h(
      "form",
      { class: "console-inline", onsubmit: (e: Event) => (e.preventDefault(), send("console:setNextCard", { id: select.value })) },
      h("label", { for: "console-next-card" }, `Trigger another card in round ${next}, or skip it`),
      select,
      h("button", { type: "submit" }, "Set the next card"),
    ),
    s.counterfactual ? h("p", { class: "hint" }, "The card order differs from history: this is a counterfactual game.") : null,
  ];
}

function broadcastView(s: RoomState): (Node | null)[] {
  const text = h("textarea", { id: "console-broadcast-text", maxlength: 280, rows: 2, placeholder: "e.g. Two minutes left — make your offers now." });
  const count = h("span", { class: "hint" }, "0 / 280");
  text.addEventListener("input", () => (count.textContent = `${text.value.length} / 280`));
  return [
    h("h2", { id: "console-broadcast-heading" }, "Message to every player"),
    h(
      "form",
      {
        class: "console-message",
        onsubmit: (e: Event) => {
          e.preventDefault();
          if (text.value.trim()) send("console:broadcast", { text: text.value.trim() });
        },
      },
      h("label", { for: "console-broadcast-text", class: "visually-hidden" }, "Message to every player"),
      text,
      h("div", { class: "console-inline-row" }, count, h("button", { type: "submit", class: "primary" }, "Send to everyone")),
    ),
    s.broadcastAt > 0 ? h("p", { class: "hint" }, `Last sent ${new Date(s.broadcastAt).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })}: “${s.broadcast}”`) : null,
  ];
}

/** Who sits where, with each seat's controls: remove, move, or fill with a bot. */
function seatsView(s: RoomState): (Node | null)[] {
  const seats = [...s.seats];
  const free = (seat: SeatState) => !seat.player || (seat.bot !== "" && seat.player === "Bot");
  const freeSeats = seats.filter(free);
  return [
    h("h2", { id: "console-seats-heading" }, "Seats"),
    h(
      "table",
      { class: "console-seat-table" },
      h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Seat"), h("th", { scope: "col" }, "Who"), h("th", { scope: "col" }, "Actions"))),
      h("tbody", {}, ...seats.map((seat) => seatRow(s, seat, free(seat), freeSeats))),
    ),
  ];
}

function seatRow(s: RoomState, seat: SeatState, isFree: boolean, freeSeats: SeatState[]): HTMLElement {
  const role = seat.role as Role;
  const who = !seat.player
    ? h("span", { class: "seat-free" }, "free")
    : seat.bot && seat.player === "Bot"
      ? h("span", { class: "seat-bot" }, "Bot")
      : h(
          "span",
          {},
          h("strong", {}, seat.player),
          " ",
          seat.bot ? h("span", { class: "badge away" }, `away · ${seat.bot} bot plays`) : seat.connected ? h("span", { class: "badge on" }, "connected") : h("span", { class: "badge away" }, "away"),
          s.phase === "action" && seat.ready && !seat.bot ? h("span", { class: "badge ready" }, "ready") : null,
        );
  const actions: HTMLElement[] = [];
  if (isFree && s.phase !== "ended") {
    // A bot's personality changes as soon as another is picked; an empty seat gets a bot on "Add bot".
    const personality = h(
      "select",
      {
        "aria-label": `Bot personality for ${seat.label}`,
        title: "How the bot plays",
        onchange: () => seat.bot && send("console:fillSeat", { seat: seat.id, personality: personality.value }),
      },
      ...(PERSONALITIES[role] as readonly Personality[]).map((p) => h("option", { value: p, selected: p === (seat.bot || DEFAULT_PERSONALITY[role]), title: PERSONALITY_NOTES[p] }, p)),
    );
    actions.push(personality);
    if (!seat.bot) actions.push(h("button", { type: "button", "aria-label": `Fill ${seat.label} with a bot`, onclick: () => send("console:fillSeat", { seat: seat.id, personality: personality.value }) }, "Add bot"));
    if (seat.bot && s.phase === "lobby") actions.push(h("button", { type: "button", "aria-label": `Remove the bot from ${seat.label}`, onclick: () => send("console:removePlayer", { seat: seat.id }) }, "Free"));
  } else if (!isFree && s.phase !== "ended") {
    const targets = freeSeats.filter((t) => t.id !== seat.id);
    if (targets.length > 0) {
      const to = h(
        "select",
        {
          "aria-label": `Move ${seat.player} to another seat`,
          onchange: () => {
            const target = targets.find((t) => String(t.id) === to.value);
            if (target && confirm(`Move ${seat.player} from ${seat.label} to ${target.label}?`)) send("console:moveSeat", { from: seat.id, to: target.id });
            to.value = "";
          },
        },
        h("option", { value: "", selected: true }, "Move to…"),
        ...targets.map((t) => h("option", { value: t.id }, t.label)),
      );
      actions.push(to);
    }
    actions.push(
      h(
        "button",
        {
          type: "button",
          class: "danger",
          "aria-label": `Remove ${seat.player} from ${seat.label}`,
          onclick: () => {
            if (confirm(`Take ${seat.player} out of ${seat.label}?${s.phase === "action" ? " A bot will play the seat." : ""}`)) send("console:removePlayer", { seat: seat.id });
          },
        },
        "Remove",
      ),
    );
  }
  return h(
    "tr",
    { class: `role-row role-${role}` },
    h("th", { scope: "row", title: BRIEFINGS[role]?.title ?? role }, seat.label),
    h("td", {}, who),
    h("td", { class: "seat-actions" }, ...actions),
  );
}

// --- the spectator map -------------------------------------------------------------------------

async function ensureMap(ctx: ConsoleContext): Promise<void> {
  if (map || mapStarting) return;
  mapStarting = true;
  const { startMap } = await import("../scenes/mapScene");
  map = await startMap(mapBox, { onSelect: (tile) => map?.select(tile), onHover: () => undefined }, ctx.renderer);
  if (state) map.show(state, -1);
}

/** Tests read the console's state through this. */
function exposeTestHooks(): void {
  (window as unknown as { __console: unknown }).__console = { mapReady: () => map !== null, phase: () => state?.phase };
}
