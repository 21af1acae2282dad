// The console's controls of the game: start it, the clock (pause, resume, extend, end the round),
// the event card that opens the next round, and a message to every player. Each control is a
// "console:*" message; the room checks it again and refuses it from anyone but the facilitator.
import { cardTitle as cardName } from "./names";
import type { RoomState } from "../../server/room/schema";
import type { ClientMessage, ClientMessageType } from "../../shared/protocol";
import { lang, t } from "../i18n";
import { rulesOf } from "../synced";
import { h } from "./dom";

/** Sends one control message to the room. */
export type SendControl = <T extends ClientMessageType>(type: T, message: ClientMessage<T>) => void;

export function controlsView(s: RoomState, send: SendControl, openDebrief: () => void): (Node | null)[] {
  const heading = h("h2", { id: "console-controls-heading" }, t("controls.heading"));
  if (s.phase === "lobby") {
    const bots = h("input", { type: "checkbox", id: "console-start-bots", checked: true });
    return [
      heading,
      h("p", {}, t("controls.lobbyHint")),
      h("label", { class: "check" }, bots, ` ${t("controls.botsFill")}`),
      h("button", { type: "button", class: "primary big", onclick: () => send("console:start", { bots: bots.checked }) }, t("controls.start")),
    ];
  }
  if (s.phase === "ended") return [heading, h("p", {}, t("controls.over")), h("button", { type: "button", class: "primary big", onclick: openDebrief }, t("controls.openDebrief"))];
  const seconds = h("input", { type: "number", id: "console-extend-seconds", min: -600, max: 600, step: 15, value: 60 });
  return [
    heading,
    h(
      "div",
      { class: "console-buttons" },
      s.paused
        ? h("button", { type: "button", class: "primary big", onclick: () => send("console:resume", {}) }, t("controls.resume"))
        : h("button", { type: "button", class: "big", onclick: () => send("console:pause", {}) }, t("controls.pause")),
      h("button", { type: "button", onclick: () => send("console:extend", { seconds: 60 }) }, t("controls.plusMinute")),
      h("button", { type: "button", onclick: () => send("console:extend", { seconds: 30 }) }, t("controls.plus30")),
      h("button", { type: "button", onclick: () => send("console:extend", { seconds: -30 }) }, t("controls.minus30")),
    ),
    h(
      "form",
      { class: "console-inline console-extend", onsubmit: (e: Event) => (e.preventDefault(), send("console:extend", { seconds: Math.round(Number(seconds.value) || 0) })) },
      h("label", { for: "console-extend-seconds" }, t("controls.otherSeconds")),
      seconds,
      h("button", { type: "submit" }, t("controls.changeClock")),
    ),
    h("p", { class: "hint" }, s.paused ? t("controls.pausedHint") : t("controls.runningHint")),
    h("button", { type: "button", class: "big", onclick: () => send("console:endPhase", {}) }, s.round >= s.rounds ? t("controls.endLast") : t("controls.endRound")),
    h(
      "button",
      {
        type: "button",
        class: "danger",
        onclick: () => {
          if (confirm(t("controls.endGameConfirm"))) send("console:endGame", {});
        },
      },
      t("controls.endGame"),
    ),
  ];
}

/** A card of this game's scenario (the synced rules), by id. */
const cardTitle = (s: RoomState, id: string): string => {
  const card = rulesOf(s).cards.find((c) => c.id === id);
  return card ? t("cards.cardTitle", { year: card.year, title: cardName(card.id, card.title) }) : t("cards.none");
};

export function cardsView(s: RoomState, send: SendControl): (Node | null)[] {
  const heading = h("h2", { id: "console-cards-heading" }, t("cards.heading"));
  const now = s.phase === "action" ? h("p", {}, h("strong", {}, t("cards.thisRound")), s.card.id ? cardTitle(s, s.card.id) : t("cards.noCard")) : null;
  if (s.phase === "ended" || s.round >= s.rounds) return [heading, now, h("p", { class: "hint" }, t("cards.noNext"))];
  const next = s.round + 1;
  const select = h(
    "select",
    { id: "console-next-card", "aria-label": t("cards.selectLabel", { round: next }) },
    h("option", { value: "", selected: s.nextCardId === "" }, t("cards.none")),
    ...rulesOf(s).cards.map((c) => h("option", { value: c.id, selected: c.id === s.nextCardId }, t("cards.cardTitle", { year: c.year, title: c.title }))),
  );
  return [
    heading,
    now,
    h("p", {}, h("strong", {}, t("cards.opensWith", { round: next })), cardTitle(s, s.nextCardId)),
    h(
      "form",
      { class: "console-inline", onsubmit: (e: Event) => (e.preventDefault(), send("console:setNextCard", { id: select.value })) },
      h("label", { for: "console-next-card" }, t("cards.trigger", { round: next })),
      select,
      h("button", { type: "submit" }, t("cards.set")),
    ),
    s.counterfactual ? h("p", { class: "hint" }, t("cards.counterfactual")) : null,
  ];
}

/** The longest message, in characters (the server's limit, shared/protocol.ts). */
const BROADCAST_MAX = 280;

export function broadcastView(s: RoomState, send: SendControl): (Node | null)[] {
  const text = h("textarea", { id: "console-broadcast-text", maxlength: BROADCAST_MAX, rows: 2, placeholder: t("broadcast.placeholder") });
  const count = h("span", { class: "hint" }, t("broadcast.count", { used: 0, max: BROADCAST_MAX }));
  text.addEventListener("input", () => (count.textContent = t("broadcast.count", { used: text.value.length, max: BROADCAST_MAX })));
  return [
    h("h2", { id: "console-broadcast-heading" }, t("broadcast.heading")),
    h(
      "form",
      {
        class: "console-message",
        onsubmit: (e: Event) => {
          e.preventDefault();
          if (text.value.trim()) send("console:broadcast", { text: text.value.trim() });
        },
      },
      h("label", { for: "console-broadcast-text", class: "visually-hidden" }, t("broadcast.heading")),
      text,
      h("div", { class: "console-inline-row" }, count, h("button", { type: "submit", class: "primary" }, t("broadcast.send"))),
    ),
    s.broadcastAt > 0 ? h("p", { class: "hint" }, t("broadcast.lastSent", { time: new Date(s.broadcastAt).toLocaleTimeString(lang(), { hour: "2-digit", minute: "2-digit" }), text: s.broadcast })) : null,
  ];
}
