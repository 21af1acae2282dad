// What players see of the facilitator's console: a banner with the facilitator's last message
// (until it is dismissed or a newer one arrives) and a note while the clock is paused. It takes
// its own row of the game screen, under the round bar (gameFrame.ts), so it covers no control;
// main.ts names that row (or <body> before a seat is taken) as its host.
import type { RoomState } from "../../server/room/schema";
import { lang, onLanguageChange, t } from "../i18n";
import { fill, h } from "./dom";
import { clock, secondsLeft } from "./hud";

let banner: HTMLElement | null = null;
let dismissedAt = 0;
let shownKey = "";
let last: RoomState | null = null;
let lastHost: HTMLElement = document.body;
onLanguageChange(() => last && updateBanner(last, lastHost));

/** The round timer's text: the time left, or that the facilitator paused the clock. */
export function timerText(state: RoomState): string {
  return state.paused ? t("banner.pausedClock", { clock: clock(state.pausedSecondsLeft) }) : clock(secondsLeft(state));
}

/** Called after every state patch and redraw; `host` is where the banner sits. */
export function updateBanner(state: RoomState, host: HTMLElement): void {
  if (banner && banner.parentElement !== host) {
    host.append(banner);
    mapBoxChanged();
  }
  const message = state.broadcastAt > dismissedAt && state.broadcast ? state.broadcast : "";
  const paused = state.paused && state.phase === "action";
  last = state;
  lastHost = host;
  const key = JSON.stringify([lang(), message, state.broadcastAt, paused]);
  if (key === shownKey) return;
  shownKey = key;
  if (!message && !paused) {
    banner?.remove();
    banner = null;
    mapBoxChanged();
    return;
  }
  if (!banner) {
    banner = h("div", { class: "broadcast-banner", role: "status", "aria-live": "assertive" });
    host.append(banner);
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
                updateBanner(state, lastHost);
              },
            },
            t("banner.ok"),
          ),
        )
      : null,
  );
  mapBoxChanged();
}

/** The banner's row grows or shrinks the map's box: the map's canvas follows on a window resize. */
const mapBoxChanged = () => requestAnimationFrame(() => window.dispatchEvent(new Event("resize")));
