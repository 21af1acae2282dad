// The debrief as a player's page shows it (ui/debrief.ts, loaded with its charting library when
// first opened): from the round bar's button, or by itself when the game ends; brought up to date
// while open; with the map replay (the server sends the map at a round's end on request) and, in
// a solo game, the what-if panel behind the seat's secret.
import type { RoomState } from "../../server/room/schema";
import type { MapAtRound } from "../../shared/protocol";
import type { Versions } from "../changes";
import { t } from "../i18n";
import { h } from "./dom";
import { replayMapView } from "./replayMap";

export interface PlayerDebriefHost {
  state(): RoomState | null;
  seat(): number;
  /** Ask the server for the map at the end of `round` (its answer comes to `showSnapshot`). */
  askMap(round: number): void;
  /** A solo game's join code and this seat's secret, for what-if branches; null otherwise. */
  whatIf(): { code: string; seatSecret: string } | null;
  redraw(box: Element, key: string, build: () => (Node | null)[]): void;
}

export function playerDebrief(host: PlayerDebriefHost) {
  let debrief: typeof import("./debrief") | null = null;
  let replay: MapAtRound | null = null;
  let shownAtEnd = false;
  /** The change counters the open debrief was last updated for. */
  let drawnFor = "";
  /** The replay section lives inside the debrief; it is redrawn when a snapshot arrives. */
  const replayBox = h("div");

  function renderReplay(): void {
    const s = host.state();
    if (s) host.redraw(replayBox, JSON.stringify([replay?.round, s.history.length]), () => [replayMapView(s, replay, host.askMap)]);
  }

  async function open(): Promise<void> {
    debrief ??= await import("./debrief");
    const s = host.state();
    if (!s) return;
    if (replay?.round !== s.history.length) host.askMap(s.history.length);
    renderReplay();
    const access = host.whatIf();
    debrief.showDebrief(debrief.debriefFromRoom(s), { replay: replayBox, seat: host.seat(), ...(access ? { whatIf: { code: access.code, headers: { "x-seat-secret": access.seatSecret } } } : {}) });
  }

  return {
    renderReplay,
    showSnapshot(snapshot: MapAtRound): void {
      replay = snapshot;
      renderReplay();
    },
    /** A new connection: the open debrief is redrawn from its next state. */
    reset(): void {
      drawnFor = "";
    },
    /** After each render of the game: open at the game's end, keep an open debrief current. */
    update(s: RoomState, v: Versions): void {
      if (s.phase === "ended" && !shownAtEnd) {
        shownAtEnd = true;
        void open();
      }
      const key = `${v.game}|${v.seats}|${v.history}|${v.deals}`;
      if (debrief?.debriefOpen() && key !== drawnFor) {
        drawnFor = key;
        debrief.updateDebrief(debrief.debriefFromRoom(s));
      }
    },
    /** The round bar with its Debrief button (once the game has started). */
    withButton(bar: HTMLElement, s: RoomState): HTMLElement {
      if (s.phase !== "lobby") bar.append(h("button", { type: "button", class: "debrief-open", onclick: () => void open() }, t(s.phase === "ended" ? "game.debrief" : "game.debriefSoFar")));
      return bar;
    },
  };
}
