// The game screen's fixed regions: the top bar, the banner row under it (consoleBanner.ts), the role
// column (the briefing, the role panel, the map key), the map, the tile-and-offers column (the
// city news and the round's summary on top), the log and the chat. They are created once, so the map's canvas is
// never re-parented; `relabel()` puts their own words in the page's language again after a switch
// (the panels inside are redrawn by main.ts).
import { h } from "./dom";
import { legendView } from "./legend";
import { t } from "../i18n";

export interface GameFrame {
  screen: HTMLElement;
  topBar: HTMLElement;
  /** The facilitator's message and the pause note: a row of its own, empty (no height) without them. */
  bannerBox: HTMLElement;
  mapBox: HTMLElement;
  logBox: HTMLElement;
  bottom: HTMLElement;
  roleBox: HTMLElement;
  /** The seat's briefing (briefingPanel.ts), above the role panel. */
  briefingBox: HTMLElement;
  /** What the seat has queued this round (queuedActions.ts), under the briefing. */
  queuedBox: HTMLElement;
  /** The last round's summary for this seat (roundSummary.ts), above the tile's panel. */
  summaryBox: HTMLElement;
  /** The last round's city news (cityNews.ts), at the top of the tile-and-offers column. */
  newsBox: HTMLElement;
  /** The tile-and-offers column (focused by Escape on the map). */
  right: HTMLElement;
  inspectorBox: HTMLElement;
  offersBox: HTMLElement;
  relabel(): void;
  /**
   * Taking a seat and the start of play redraw the control that had the keyboard's focus: give
   * it to the Ready button, or before play to the role panel's heading, never leave it on <body>.
   * `moment` names the seat and phase; the focus is placed once for each.
   */
  keepFocus(moment: string): void;
}

export function gameFrame(say: (text: string) => void): GameFrame {
  const topBar = h("div", { class: "top" });
  const bannerBox = h("div", { class: "banner-row" });
  const left = h("aside", { class: "left" });
  // Escape on the map brings the focus here (main.ts).
  const right = h("aside", { class: "right", tabindex: -1 });
  // The log's own scrolling box, above the chat box (game.css); focusable, so the keyboard scrolls it.
  const logBox = h("div", { class: "log-scroll", tabindex: 0, role: "region", "aria-labelledby": "log-heading" });
  const chatText = h("input", { id: "chat-text", maxlength: 200, autocomplete: "off" });
  const chatLabel = h("label", { for: "chat-text", class: "visually-hidden" });
  const send = h("button", { type: "submit" });
  const chatForm = h(
    "form",
    {
      class: "chat",
      onsubmit: (e: Event) => {
        e.preventDefault();
        if (chatText.value.trim()) say(chatText.value.trim());
        chatText.value = "";
      },
    },
    chatLabel,
    chatText,
    send,
  );
  const bottom = h("div", { class: "bottom" }, logBox, chatForm);
  // The map takes the arrow keys itself (ui/keyboard.ts), so a screen reader passes them on.
  const mapHelp = h("p", { id: "map-help", class: "visually-hidden" });
  const mapBox = h("div", { class: "map", tabindex: 0, role: "application", "aria-describedby": "map-help" }, mapHelp);
  const roleBox = h("div");
  const briefingBox = h("div");
  const summaryBox = h("div");
  const newsBox = h("div");
  const queuedBox = h("div");
  const inspectorBox = h("div");
  const offersBox = h("div");
  let legend = legendView();
  left.append(briefingBox, queuedBox, roleBox, legend);
  right.append(newsBox, summaryBox, inspectorBox, offersBox);
  const relabel = () => {
    left.setAttribute("aria-label", t("game.yourRole"));
    right.setAttribute("aria-label", t("game.tileAndOffers"));
    chatText.placeholder = t("game.chatPlaceholder");
    chatLabel.textContent = t("game.chatLabel");
    send.textContent = t("game.send");
    mapBox.setAttribute("aria-label", t("game.mapLabel"));
    mapHelp.textContent = t("a11y.mapHelp");
    // The map key is the reader's: open stays open.
    const next = legendView();
    next.open = legend.open;
    legend.replaceWith(next);
    legend = next;
  };
  relabel();
  let focusedFor = "";
  const keepFocus = (moment: string) => {
    if (moment === focusedFor) return;
    focusedFor = moment;
    const active = document.activeElement;
    // The role heading is where the focus waits after taking a seat, not a control in use.
    if (active && active !== document.body && active.isConnected && active.id !== "role-heading") return;
    (topBar.querySelector<HTMLElement>("button.ready") ?? roleBox.querySelector<HTMLElement>("#role-heading"))?.focus();
  };
  return { screen: h("div", { class: "game" }, topBar, bannerBox, left, mapBox, right, bottom), topBar, bannerBox, mapBox, logBox, bottom, roleBox, briefingBox, summaryBox, newsBox, queuedBox, right, inspectorBox, offersBox, relabel, keepFocus };
}
