// The console's controls of the game: start it, the clock (pause, resume, extend, end the round),
// the event card that opens the next round, and a message to every player. Each control is a
// "console:*" message; the room checks it again and refuses it from anyone but the facilitator.
import type { RoomState } from "../../server/room/schema";
import type { ClientMessage, ClientMessageType } from "../../shared/protocol";
import { CHONGQING_EVENTS } from "../../shared/scenarios/chongqingEvents";
import { h } from "./dom";

/** Sends one control message to the room. */
export type SendControl = <T extends ClientMessageType>(type: T, message: ClientMessage<T>) => void;

export function controlsView(s: RoomState, send: SendControl, openDebrief: () => void): (Node | null)[] {
  const heading = h("h2", { id: "console-controls-heading" }, "The game");
  if (s.phase === "lobby") {
    const bots = h("input", { type: "checkbox", id: "console-start-bots", checked: true });
    return [
      heading,
      h("p", {}, "Students join with the code and take seats. Start when everyone is seated."),
      h("label", { class: "check" }, bots, " Bots take the seats nobody took"),
      h("button", { type: "button", class: "primary big", onclick: () => send("console:start", { bots: bots.checked }) }, "Start the game"),
    ];
  }
  if (s.phase === "ended") return [heading, h("p", {}, "The game is over. Open the debrief to lead the discussion."), h("button", { type: "button", class: "primary big", onclick: openDebrief }, "Open the debrief")];
  const seconds = h("input", { type: "number", id: "console-extend-seconds", min: -600, max: 600, step: 15, value: 60 });
  return [
    heading,
    h(
      "div",
      { class: "console-buttons" },
      s.paused
        ? h("button", { type: "button", class: "primary big", onclick: () => send("console:resume", {}) }, "Resume the clock")
        : h("button", { type: "button", class: "big", onclick: () => send("console:pause", {}) }, "Pause the clock"),
      h("button", { type: "button", onclick: () => send("console:extend", { seconds: 60 }) }, "+1 min"),
      h("button", { type: "button", onclick: () => send("console:extend", { seconds: 30 }) }, "+30 s"),
      h("button", { type: "button", onclick: () => send("console:extend", { seconds: -30 }) }, "−30 s"),
    ),
    h(
      "form",
      { class: "console-inline console-extend", onsubmit: (e: Event) => (e.preventDefault(), send("console:extend", { seconds: Math.round(Number(seconds.value) || 0) })) },
      h("label", { for: "console-extend-seconds" }, "Other (seconds; negative shortens)"),
      seconds,
      h("button", { type: "submit" }, "Change the clock"),
    ),
    h("p", { class: "hint" }, s.paused ? "Paused: students can still act; the round ends only when you resume or end it." : "The round ends when the clock runs out or every student is ready."),
    h("button", { type: "button", class: "big", onclick: () => send("console:endPhase", {}) }, s.round >= s.rounds ? "End the last round now" : "End this round now"),
    h(
      "button",
      {
        type: "button",
        class: "danger",
        onclick: () => {
          if (confirm("End the game now? The current round is not resolved, and the game cannot be continued.")) send("console:endGame", {});
        },
      },
      "End the game now…",
    ),
  ];
}

const cardTitle = (id: string): string => {
  const card = CHONGQING_EVENTS.find((c) => c.id === id);
  return card ? `${card.year}: ${card.title}` : "(no card)";
};

export function cardsView(s: RoomState, send: SendControl): (Node | null)[] {
  const heading = h("h2", { id: "console-cards-heading" }, "Event cards");
  const now = s.phase === "action" ? h("p", {}, h("strong", {}, "This round: "), s.card.id ? `${s.card.year}: ${s.card.title}` : "no card") : null;
  if (s.phase === "ended" || s.round >= s.rounds) return [heading, now, h("p", { class: "hint" }, "There is no next round.")];
  const next = s.round + 1;
  const select = h(
    "select",
    { id: "console-next-card", "aria-label": `Event card that opens round ${next}` },
    h("option", { value: "", selected: s.nextCardId === "" }, "(no card)"),
    ...CHONGQING_EVENTS.map((c) => h("option", { value: c.id, selected: c.id === s.nextCardId }, `${c.year}: ${c.title}`)),
  );
  return [
    heading,
    now,
    h("p", {}, h("strong", {}, `Round ${next} opens with: `), cardTitle(s.nextCardId)),
    h(
      "form",
      { class: "console-inline", onsubmit: (e: Event) => (e.preventDefault(), send("console:setNextCard", { id: select.value })) },
      h("label", { for: "console-next-card" }, `Trigger another card in round ${next}, or skip it`),
      select,
      h("button", { type: "submit" }, "Set the next card"),
    ),
    s.counterfactual ? h("p", { class: "hint" }, "The card order differs from history: this is a counterfactual game.") : null,
  ];
}

export function broadcastView(s: RoomState, send: SendControl): (Node | null)[] {
  const text = h("textarea", { id: "console-broadcast-text", maxlength: 280, rows: 2, placeholder: "e.g. Two minutes left — make your offers now." });
  const count = h("span", { class: "hint" }, "0 / 280");
  text.addEventListener("input", () => (count.textContent = `${text.value.length} / 280`));
  return [
    h("h2", { id: "console-broadcast-heading" }, "Message to every player"),
    h(
      "form",
      {
        class: "console-message",
        onsubmit: (e: Event) => {
          e.preventDefault();
          if (text.value.trim()) send("console:broadcast", { text: text.value.trim() });
        },
      },
      h("label", { for: "console-broadcast-text", class: "visually-hidden" }, "Message to every player"),
      text,
      h("div", { class: "console-inline-row" }, count, h("button", { type: "submit", class: "primary" }, "Send to everyone")),
    ),
    s.broadcastAt > 0 ? h("p", { class: "hint" }, `Last sent ${new Date(s.broadcastAt).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })}: “${s.broadcast}”`) : null,
  ];
}
