// What players see of the facilitator's console: a banner with the facilitator's last message
// (until it is dismissed or a newer one arrives) and a note while the clock is paused. It sits
// on <body>, outside #app, so the game screen's redraws never touch it.
import type { RoomState } from "../../server/room/schema";
import { lang, onLanguageChange, t } from "../i18n";
import { fill, h } from "./dom";
import { clock, secondsLeft } from "./hud";

let banner: HTMLElement | null = null;
let dismissedAt = 0;
let shownKey = "";
let last: RoomState | null = null;
onLanguageChange(() => last && updateBanner(last));

/** The round timer's text: the time left, or that the facilitator paused the clock. */
export function timerText(state: RoomState): string {
  return state.paused ? t("banner.pausedClock", { clock: clock(state.pausedSecondsLeft) }) : clock(secondsLeft(state));
}

/** Called after every state patch. */
export function updateBanner(state: RoomState): void {
  const message = state.broadcastAt > dismissedAt && state.broadcast ? state.broadcast : "";
  const paused = state.paused && state.phase === "action";
  last = state;
  const key = JSON.stringify([lang(), message, state.broadcastAt, paused]);
  if (key === shownKey) return;
  shownKey = key;
  if (!message && !paused) {
    banner?.remove();
    banner = null;
    return;
  }
  if (!banner) {
    banner = h("div", { class: "broadcast-banner", role: "status", "aria-live": "assertive" });
    document.body.append(banner);
  }
  const at = state.broadcastAt;
  fill(
    banner,
    paused ? h("p", { class: "banner-paused" }, t("banner.paused")) : null,
    message
      ? h(
          "p",
          { class: "banner-message" },
          h("strong", {}, t("banner.from")),
          h("span", { class: "banner-text" }, message),
          h(
            "button",
            {
              type: "button",
              class: "banner-close",
              "aria-label": t("banner.dismiss"),
              onclick: () => {
                dismissedAt = at;
                updateBanner(state);
              },
            },
            t("banner.ok"),
          ),
        )
      : null,
  );
}
