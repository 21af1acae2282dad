// The console's bar: the join code large for the projector, the round, phase and who is in the
// room, the clock, the projector view, the debrief and the language switch.
import type { RoomState } from "../../server/room/schema";
import { t, tNodes } from "../i18n";
import { timerText as roundTimerText } from "./consoleBanner";
import { h } from "./dom";
import { joinHost } from "./joinHost";

const PHASES = ["lobby", "action", "ended"] as const;
const phaseName = (phase: string): string => ((PHASES as readonly string[]).includes(phase) ? t(`console.phase.${phase as (typeof PHASES)[number]}`) : phase);

export function seatCounts(s: RoomState): string {
  const seats = [...s.seats];
  const people = seats.filter((seat) => seat.player && !seat.bot).length;
  const away = seats.filter((seat) => seat.player && !seat.bot && !seat.connected).length;
  const bots = seats.filter((seat) => seat.bot).length;
  const ready = seats.filter((seat) => seat.player && !seat.bot && seat.connected && seat.ready).length;
  // Not Ready and nothing sent this round (the room's per-seat count of accepted commands).
  const idle = seats.filter((seat) => seat.player && !seat.bot && !seat.ready && seat.moves === 0).length;
  const round = s.phase === "action" ? ` · ${t("console.ready", { count: ready })}${idle ? ` · ${t("console.idle", { count: idle })}` : ""}` : "";
  return `${t("console.students", { count: people })}${away ? ` ${t("console.away", { count: away })}` : ""} · ${t("console.bots", { count: bots })}${round}`;
}

/** The clock in the bar: the action phase's time left (or that it is paused); a dash otherwise. */
export function consoleTimerText(s: RoomState): string {
  return s.phase === "action" ? roundTimerText(s) : "—";
}

/** The bar's contents; `screen` is the console's layout, which the projector button toggles. */
export function headerView(s: RoomState, code: string, screen: HTMLElement, openDebrief: () => void, languageSwitch: HTMLElement): (Node | null)[] {
  const round = s.phase === "lobby" ? t("console.beforeRound1") : t("console.roundOf", { round: s.round, rounds: s.rounds, year: s.year });
  const projectorLabel = () => (screen.classList.contains("projector") ? t("console.showControls") : t("console.projector"));
  return [
    h("div", { class: "console-brand" }, h("span", {}, "Shancheng ", h("span", { lang: "zh" }, "山城")), h("span", { class: "console-title" }, t("console.title"))),
    h("div", { class: "console-join" }, h("span", {}, ...tNodes("console.joinAt", { host: joinHost() })), h("strong", { class: "console-code", "aria-label": t("console.joinCode", { code: code.split("").join(" ") }) }, code)),
    h("div", { class: "console-status" }, h("span", { class: "console-round" }, round), h("span", { class: "console-phase" }, phaseName(s.phase)), h("span", { class: "console-people" }, seatCounts(s))),
    h("div", { class: `console-timer${s.paused ? " paused" : ""}`, role: "timer", "aria-label": t("console.timeLeft") }, consoleTimerText(s)),
    h(
      "button",
      {
        type: "button",
        class: "console-projector-toggle",
        "aria-pressed": screen.classList.contains("projector") ? "true" : "false",
        title: t("console.projectorTitle"),
        onclick: (e: Event) => {
          const on = screen.classList.toggle("projector");
          const button = e.currentTarget as HTMLButtonElement;
          button.setAttribute("aria-pressed", String(on));
          button.textContent = projectorLabel();
          // The map's canvas follows its box's new size on the next window resize.
          requestAnimationFrame(() => window.dispatchEvent(new Event("resize")));
        },
      },
      projectorLabel(),
    ),
    h("button", { type: "button", class: "console-debrief", onclick: openDebrief }, s.phase === "ended" ? t("console.debrief") : t("console.debriefSoFar")),
    languageSwitch,
  ];
}

