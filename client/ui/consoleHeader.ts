// The console's bar: the join code large for the projector, the round, phase and who is in the
// room, the clock, the projector view and the debrief.
import type { RoomState } from "../../server/room/schema";
import { timerText as roundTimerText } from "./consoleBanner";
import { h } from "./dom";

const PHASE_NAMES: Record<string, string> = { lobby: "Waiting to start", action: "Action phase", ended: "Game over" };

export function seatCounts(s: RoomState): string {
  const seats = [...s.seats];
  const people = seats.filter((seat) => seat.player && !seat.bot).length;
  const away = seats.filter((seat) => seat.player && !seat.bot && !seat.connected).length;
  const bots = seats.filter((seat) => seat.bot).length;
  const ready = seats.filter((seat) => seat.player && !seat.bot && seat.connected && seat.ready).length;
  return `${people} ${people === 1 ? "student" : "students"}${away ? ` (${away} away)` : ""} · ${bots} ${bots === 1 ? "bot" : "bots"}${s.phase === "action" ? ` · ${ready} ready` : ""}`;
}

/** The clock in the bar: the action phase's time left (or that it is paused); a dash otherwise. */
export function consoleTimerText(s: RoomState): string {
  return s.phase === "action" ? roundTimerText(s) : "—";
}

/** The bar's contents; `screen` is the console's layout, which the projector button toggles. */
export function headerView(s: RoomState, code: string, screen: HTMLElement, openDebrief: () => void): (Node | null)[] {
  const round = s.phase === "lobby" ? "Before round 1" : `Round ${s.round} of ${s.rounds} · ${s.year}`;
  return [
    h("div", { class: "console-brand" }, h("span", {}, "Shancheng ", h("span", { lang: "zh" }, "山城")), h("span", { class: "console-title" }, "Facilitator console")),
    h(
      "div",
      { class: "console-join" },
      h("span", {}, "Students join at ", h("span", { class: "host" }, location.host), " with the code"),
      h("strong", { class: "console-code", "aria-label": `Join code ${code.split("").join(" ")}` }, code),
    ),
    h("div", { class: "console-status" }, h("span", { class: "console-round" }, round), h("span", { class: "console-phase" }, PHASE_NAMES[s.phase] ?? s.phase), h("span", { class: "console-people" }, seatCounts(s))),
    h("div", { class: `console-timer${s.paused ? " paused" : ""}`, role: "timer", "aria-label": "Time left in this phase" }, consoleTimerText(s)),
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
    h("button", { type: "button", class: "console-debrief", onclick: openDebrief }, s.phase === "ended" ? "Debrief" : "Debrief so far"),
  ];
}
