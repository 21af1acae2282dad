// What the game screen tells the seated player beyond the panels themselves: the briefing (open on
// a new seat, again after the facilitator moves the player), the summary of each resolved round,
// and new offers announced to a screen reader. main.ts calls `render` with each redraw and
// `seatChanged` when the private view names another seat.
import type { RoomState, SeatState } from "../../server/room/schema";
import type { Role } from "../../shared/model/state";
import type { PrivateView } from "../../shared/protocol";
import { lang, t } from "../i18n";
import { briefingPanel, briefingShown, openBriefing, openFirstTime } from "./briefingPanel";
import { fill } from "./dom";
import { announce } from "./liveRegion";
import { seatName } from "./names";
import { offerAlerts } from "./offerAlerts";
import { roundSummaryView, roundTracker, summaryHeadline, type RoundSummary } from "./roundSummary";

export function seatHelp(briefingBox: HTMLElement, summaryBox: HTMLElement, rerender: () => void) {
  const announceOffers = offerAlerts();
  const rounds = roundTracker();
  let briefingKey = "";
  let summaryShown: RoundSummary | null = null;
  let summaryLang = lang();
  return {
    render(s: RoomState, code: string, seat: number, me: SeatState, priv: PrivateView | null): void {
      const briefed = `${code}|${seat}`;
      if (priv?.seat === seat) openFirstTime(briefed);
      const key = `${lang()}|${briefingShown()}|${me.label}|${me.role}|${JSON.stringify(priv?.objective)}`;
      if (key !== briefingKey) {
        briefingKey = key;
        fill(briefingBox, briefingPanel(briefed, me.label, me.role as Role, priv?.objective, () => ((briefingKey = ""), rerender())));
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
