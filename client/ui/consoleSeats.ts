// The console's seats: who sits where, with each seat's controls (remove, move, or fill with a
// bot of a chosen personality).
import type { RoomState, SeatState } from "../../server/room/schema";
import { DEFAULT_PERSONALITY, PERSONALITIES, PERSONALITY_NOTES, type Personality } from "../../shared/bots/personalities";
import type { Role } from "../../shared/model/state";
import { BRIEFINGS } from "./briefings";
import type { SendControl } from "./consoleControls";
import { h } from "./dom";

/** Who sits where, with each seat's controls: remove, move, or fill with a bot. */
export function seatsView(s: RoomState, send: SendControl): (Node | null)[] {
  const seats = [...s.seats];
  const free = (seat: SeatState) => !seat.player || (seat.bot !== "" && seat.player === "Bot");
  const freeSeats = seats.filter(free);
  return [
    h("h2", { id: "console-seats-heading" }, "Seats"),
    h(
      "table",
      { class: "console-seat-table" },
      h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Seat"), h("th", { scope: "col" }, "Who"), h("th", { scope: "col" }, "Actions"))),
      h("tbody", {}, ...seats.map((seat) => seatRow(s, seat, free(seat), freeSeats, send))),
    ),
  ];
}

function seatRow(s: RoomState, seat: SeatState, isFree: boolean, freeSeats: SeatState[], send: SendControl): HTMLElement {
  const role = seat.role as Role;
  const who = !seat.player
    ? h("span", { class: "seat-free" }, "free")
    : seat.bot && seat.player === "Bot"
      ? h("span", { class: "seat-bot" }, "Bot")
      : h(
          "span",
          {},
          h("strong", {}, seat.player),
          " ",
          seat.bot ? h("span", { class: "badge away" }, `away · ${seat.bot} bot plays`) : seat.connected ? h("span", { class: "badge on" }, "connected") : h("span", { class: "badge away" }, "away"),
          s.phase === "action" && seat.ready && !seat.bot ? h("span", { class: "badge ready" }, "ready") : null,
        );
  const actions: HTMLElement[] = [];
  if (isFree && s.phase !== "ended") {
    // A bot's personality changes as soon as another is picked; an empty seat gets a bot on "Add bot".
    const personality = h(
      "select",
      {
        "aria-label": `Bot personality for ${seat.label}`,
        title: "How the bot plays",
        onchange: () => seat.bot && send("console:fillSeat", { seat: seat.id, personality: personality.value }),
      },
      ...(PERSONALITIES[role] as readonly Personality[]).map((p) => h("option", { value: p, selected: p === (seat.bot || DEFAULT_PERSONALITY[role]), title: PERSONALITY_NOTES[p] }, p)),
    );
    actions.push(personality);
    if (!seat.bot) actions.push(h("button", { type: "button", "aria-label": `Fill ${seat.label} with a bot`, onclick: () => send("console:fillSeat", { seat: seat.id, personality: personality.value }) }, "Add bot"));
    if (seat.bot && s.phase === "lobby") actions.push(h("button", { type: "button", "aria-label": `Remove the bot from ${seat.label}`, onclick: () => send("console:removePlayer", { seat: seat.id }) }, "Free"));
  } else if (!isFree && s.phase !== "ended") {
    const targets = freeSeats.filter((t) => t.id !== seat.id);
    if (targets.length > 0) {
      const to = h(
        "select",
        {
          "aria-label": `Move ${seat.player} to another seat`,
          onchange: () => {
            const target = targets.find((t) => String(t.id) === to.value);
            if (target && confirm(`Move ${seat.player} from ${seat.label} to ${target.label}?`)) send("console:moveSeat", { from: seat.id, to: target.id });
            to.value = "";
          },
        },
        h("option", { value: "", selected: true }, "Move to…"),
        ...targets.map((t) => h("option", { value: t.id }, t.label)),
      );
      actions.push(to);
    }
    actions.push(
      h(
        "button",
        {
          type: "button",
          class: "danger",
          "aria-label": `Remove ${seat.player} from ${seat.label}`,
          onclick: () => {
            if (confirm(`Take ${seat.player} out of ${seat.label}?${s.phase === "action" ? " A bot will play the seat." : ""}`)) send("console:removePlayer", { seat: seat.id });
          },
        },
        "Remove",
      ),
    );
  }
  return h(
    "tr",
    { class: `role-row role-${role}` },
    h("th", { scope: "row", title: BRIEFINGS[role]?.title ?? role }, seat.label),
    h("td", {}, who),
    h("td", { class: "seat-actions" }, ...actions),
  );
}
