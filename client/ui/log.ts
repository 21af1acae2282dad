// The shared log (what happened, newest last), scrolled back through the whole game: the synced
// ring holds the last lines; the page keeps every line it has seen, and asks the room for the
// lines before them ("logPage") when the reader wants earlier rounds. And the error toast for
// refused actions.
import type { RoomState } from "../../server/room/schema";
import type { LogPageReply } from "../../shared/protocol";
import { h } from "./dom";
import { logOf } from "../synced";
import { t } from "../i18n";
import { lineText } from "./logText";

/** Every line this page holds, packed, by its number in the game's log (0 = the first). */
export class LogLines {
  private lines = new Map<number, string>();
  /** A page was asked for and has not come yet. */
  asking = false;

  /** Keep the ring's lines (call on every patch: a line that leaves the ring stays here). */
  keep(state: RoomState): void {
    const ring = logOf(state);
    const first = state.logWritten - ring.length;
    ring.forEach((line, i) => this.lines.set(first + i, line));
  }

  /** Lines the room sent on request. */
  add(page: LogPageReply): void {
    page.lines.forEach((line, i) => this.lines.set(page.from + i, line));
    this.asking = false;
  }

  /** Line `n` of the game's log, if this page holds it. */
  line(n: number): string | undefined {
    return this.lines.get(n);
  }

  /** The unbroken run of lines ending with the newest: its first number and the lines. */
  run(state: RoomState): { first: number; lines: string[] } {
    let first = state.logWritten;
    while (this.lines.has(first - 1)) first--;
    const lines: string[] = [];
    for (let n = first; n < state.logWritten; n++) lines.push(this.lines.get(n)!);
    return { first, lines };
  }
}

/** The log panel: the lines this page holds, with a button for the ones before. */
export function logView(state: RoomState, held: LogLines, earlier: (before: number) => void): HTMLElement {
  const { first, lines } = held.run(state);
  const more =
    first > 0
      ? h("button", { type: "button", class: "link log-earlier", disabled: held.asking, onclick: () => earlier(first) }, t(held.asking ? "log.loadingEarlier" : "log.earlier"))
      : lines.length > 0
        ? h("p", { class: "hint log-all" }, t("log.allShown"))
        : null;
  // Numbered as in the whole game's log: line n keeps its number when earlier lines arrive.
  const list = h("ol", { class: "log", start: first + 1, "aria-live": "polite", "aria-label": t("game.logLabel") }, ...lines.map((line) => h("li", {}, lineText(state, line))));
  // Its scrolling box (the game frame's) is the region named by this heading.
  return h("div", { class: "log-panel" }, h("h2", { id: "log-heading" }, t("game.log")), more, list);
}

let hideTimer = 0;
/** Show a refusal for a few seconds; screen readers hear it at once (role=alert). */
export function showError(message: string): void {
  const toast = document.getElementById("error-toast");
  if (!toast) return;
  toast.textContent = message;
  toast.hidden = false;
  window.clearTimeout(hideTimer);
  hideTimer = window.setTimeout(() => (toast.hidden = true), 7000);
}
