// What the game screen tells the seated player beyond the panels themselves: the briefing (open on
// a new seat, again after the facilitator moves the player), what the seat has queued (with a
// Take back button each), the summary of each resolved round, and new offers announced to a
// screen reader. main.ts calls `render` with each redraw and
// `seatChanged` when the private view names another seat.
import type { RoomState, SeatState } from "../../server/room/schema";
import type { Role } from "../../shared/model/state";
import type { PrivateView } from "../../shared/protocol";
import type { PlayerCommand } from "../../shared/engine/commands";
import { lang, t } from "../i18n";
import { briefingPanel, briefingShown, openBriefing, openFirstTime } from "./briefingPanel";
import { fill } from "./dom";
import { announce } from "./liveRegion";
import { seatName } from "./names";
import { offerAlerts } from "./offerAlerts";
import { queuedActionsView } from "./queuedActions";
import { roundSummaryView, roundTracker, summaryHeadline, type RoundSummary } from "./roundSummary";

export function seatHelp(boxes: { briefing: HTMLElement; summary: HTMLElement; queued: HTMLElement }, send: (c: PlayerCommand) => void, rerender: () => void) {
  const { briefing: briefingBox, summary: summaryBox, queued: queuedBox } = boxes;
  let queuedKey = "";
  const announceOffers = offerAlerts();
  const rounds = roundTracker();
  let briefingKey = "";
  let summaryShown: RoundSummary | null = null;
  let summaryLang = lang();
  return {
    render(s: RoomState, code: string, seat: number, me: SeatState, priv: PrivateView | null): void {
      const briefed = `${code}|${seat}`;
      if (priv?.seat === seat) openFirstTime(briefed);
      const name = seatName(s, seat);
      const key = `${lang()}|${briefingShown()}|${name}|${me.role}|${JSON.stringify(priv?.objective)}`;
      if (key !== briefingKey) {
        briefingKey = key;
        fill(briefingBox, briefingPanel(briefed, name, me.role as Role, priv?.objective, () => ((briefingKey = ""), rerender())));
      }
      rounds.observe(s, seat, priv);
      const summary = rounds.summary();
      if (summary !== summaryShown || summaryLang !== lang()) {
        if (summary && summaryShown?.round !== summary.round) announce(summaryHeadline(summary));
        summaryShown = summary;
        summaryLang = lang();
        fill(summaryBox, summary ? roundSummaryView(summary, () => (rounds.dismiss(), rerender())) : null);
      }
      announceOffers(s, seat);
      const queued = JSON.stringify([lang(), s.phase, [...s.offers].filter((o) => o.from === seat).map((o) => [o.id, o.status]), [...s.orders].filter((o) => o.seat === seat).map((o) => [o.kind, [...o.tiles]]), priv?.bids, priv?.exchangeOrder]);
      if (queued !== queuedKey) {
        queuedKey = queued;
        const hadFocus = queuedBox.contains(document.activeElement);
        const view = queuedActionsView(s, seat, priv, send);
        fill(queuedBox, view);
        // The last item taken back: the list is gone, so the focus goes on to the role panel.
        if (hadFocus && !view) document.getElementById("role-heading")?.focus();
      }
    },
    /** The private view moved from seat `from` to `to` without leaving: the facilitator moved this player. */
    seatChanged(s: RoomState, code: string, from: number, to: number): void {
      if (from < 0 || to < 0 || from === to) return;
      const why = t("briefing.moved", { from: seatName(s, from), to: seatName(s, to) });
      openBriefing(`${code}|${to}`, why);
      announce(why, "assertive");
    },
  };
}
