// The console's seats: who sits where, with each seat's controls (remove, move, or fill with a
// bot of a chosen personality).
import type { RoomState, SeatState } from "../../server/room/schema";
import { DEFAULT_PERSONALITY, PERSONALITIES, type Personality } from "../../shared/bots/personalities";
import type { Role } from "../../shared/model/state";
import { catalogue, t } from "../i18n";
import { briefing, isRole } from "./briefings";
import type { SendControl } from "./consoleControls";
import { h } from "./dom";
import { seatName } from "./names";

/** A bot personality in words (its id if the catalogue lacks it), and how it plays. */
const personalityName = (p: string): string => catalogue().personality[p as Personality]?.name ?? p;
const personalityNote = (p: string): string => catalogue().personality[p as Personality]?.note ?? "";

/** Who sits where, with each seat's controls: remove, move, or fill with a bot. */
export function seatsView(s: RoomState, send: SendControl): (Node | null)[] {
  const seats = [...s.seats];
  const free = (seat: SeatState) => !seat.player || (seat.bot !== "" && seat.player === "Bot");
  const freeSeats = seats.filter(free);
  return [
    h("h2", { id: "console-seats-heading" }, t("seats.heading")),
    s.phase === "action" ? stillDeciding(s, seats) : null,
    h(
      "table",
      { class: "console-seat-table" },
      h("thead", {}, h("tr", {}, h("th", { scope: "col" }, t("seats.seat")), h("th", { scope: "col" }, t("seats.who")), h("th", { scope: "col" }, t("seats.actions")))),
      h("tbody", {}, ...seats.map((seat) => seatRow(s, seat, free(seat), freeSeats, send))),
    ),
  ];
}

/** In the action phase, the people who have not pressed Ready yet (bots always have): those who
 * have sent nothing this round apart from those with moves sent (the room's count, `moves`). */
function stillDeciding(s: RoomState, seats: SeatState[]): HTMLElement {
  const people = seats.filter((seat) => seat.player && !seat.bot);
  const waiting = people.filter((seat) => !seat.ready);
  if (people.length === 0) return h("p", { class: "hint still-deciding" }, t("seats.noPeople"));
  if (waiting.length === 0) return h("p", { class: "still-deciding all-ready" }, t("seats.allReady"));
  const line = (seat: SeatState) => h("li", {}, t("seats.decidingLine", { player: seat.player, seat: seatName(s, seat.id) }), seat.moves > 0 ? ` · ${t("seats.moves", { count: seat.moves })}` : "", seat.connected ? "" : ` (${t("seats.away")})`);
  const group = (key: "seats.nothingSent" | "seats.notReadyYet", list: SeatState[]) => (list.length ? [h("p", { class: "deciding-group" }, t(key, { count: list.length })), h("ul", {}, ...list.map(line))] : []);
  return h(
    "div",
    { class: "still-deciding" },
    h("p", {}, h("strong", {}, t("seats.deciding", { count: waiting.length, of: people.length }))),
    ...group("seats.nothingSent", waiting.filter((seat) => seat.moves === 0)),
    ...group("seats.notReadyYet", waiting.filter((seat) => seat.moves > 0)),
  );
}

function seatRow(s: RoomState, seat: SeatState, isFree: boolean, freeSeats: SeatState[], send: SendControl): HTMLElement {
  const role = seat.role as Role;
  const who = !seat.player
    ? h("span", { class: "seat-free" }, t("seats.free"))
    : seat.bot && seat.player === "Bot"
      ? h("span", { class: "seat-bot" }, t("seats.bot"))
      : h(
          "span",
          {},
          h("strong", {}, seat.player),
          " ",
          seat.bot ? h("span", { class: "badge away" }, t("seats.awayBot", { personality: personalityName(seat.bot) })) : seat.connected ? h("span", { class: "badge on" }, t("seats.connected")) : h("span", { class: "badge away" }, t("seats.away")),
          s.phase === "action" && !seat.bot ? (seat.ready ? h("span", { class: "badge ready" }, t("seats.ready")) : h("span", { class: "badge deciding" }, seat.moves > 0 ? t("seats.movesNotReady", { count: seat.moves }) : t("seats.nothingYet"))) : null,
        );
  const actions: HTMLElement[] = [];
  if (isFree && s.phase !== "ended") {
    // A bot's personality changes as soon as another is picked; an empty seat gets a bot on "Add bot".
    const personality = h(
      "select",
      {
        "aria-label": t("seats.personalityFor", { seat: seatName(s, seat.id) }),
        title: t("seats.personalityTitle"),
        onchange: () => seat.bot && send("console:fillSeat", { seat: seat.id, personality: personality.value }),
      },
      ...(PERSONALITIES[role] as readonly Personality[]).map((p) => h("option", { value: p, selected: p === (seat.bot || DEFAULT_PERSONALITY[role]), title: personalityNote(p) }, personalityName(p))),
    );
    actions.push(personality);
    if (!seat.bot) actions.push(h("button", { type: "button", "aria-label": t("seats.fillWithBot", { seat: seatName(s, seat.id) }), onclick: () => send("console:fillSeat", { seat: seat.id, personality: personality.value }) }, t("seats.addBot")));
    if (seat.bot && s.phase === "lobby") actions.push(h("button", { type: "button", "aria-label": t("seats.removeBot", { seat: seatName(s, seat.id) }), onclick: () => send("console:removePlayer", { seat: seat.id }) }, t("seats.freeSeat")));
  } else if (!isFree && s.phase !== "ended") {
    const targets = freeSeats.filter((t) => t.id !== seat.id);
    if (targets.length > 0) {
      const to = h(
        "select",
        {
          "aria-label": t("seats.moveLabel", { player: seat.player }),
          onchange: () => {
            const target = targets.find((t) => String(t.id) === to.value);
            if (target && confirm(t("seats.moveConfirm", { player: seat.player, from: seatName(s, seat.id), to: seatName(s, target.id) }))) send("console:moveSeat", { from: seat.id, to: target.id });
            to.value = "";
          },
        },
        h("option", { value: "", selected: true }, t("seats.moveTo")),
        ...targets.map((t) => h("option", { value: t.id }, seatName(s, t.id))),
      );
      actions.push(to);
    }
    actions.push(
      h(
        "button",
        {
          type: "button",
          class: "danger",
          "aria-label": t("seats.removeLabel", { player: seat.player, seat: seatName(s, seat.id) }),
          onclick: () => {
            if (confirm(t(s.phase === "action" ? "seats.removeConfirmBot" : "seats.removeConfirm", { player: seat.player, seat: seatName(s, seat.id) }))) send("console:removePlayer", { seat: seat.id });
          },
        },
        t("seats.remove"),
      ),
    );
  }
  return h(
    "tr",
    { class: `role-row role-${role}` },
    h("th", { scope: "row", title: isRole(role) ? briefing(role).title : role }, seatName(s, seat.id)),
    h("td", {}, who),
    h("td", { class: "seat-actions" }, ...actions),
  );
}
