// Seat choice: every seat grouped by role, with the role's briefing and who sits where.
import type { Role } from "../../shared/model/state";
import type { RoomState } from "../../server/room/schema";
import { BRIEFINGS, ROLE_ORDER } from "./briefings";
import { h } from "./dom";
import { catalogue, t } from "../i18n";
import { seatName } from "./names";

export function seatsView(state: RoomState, code: string, take: (seat: number) => void): HTMLElement {
  const groups = ROLE_ORDER.map((role: Role) => {
    const b = BRIEFINGS[role];
    const seats = [...state.seats].filter((s) => s.role === role);
    return h(
      "section",
      { class: `role-card role-${role}`, "aria-labelledby": `brief-${role}` },
      h("h2", { id: `brief-${role}` }, b.title),
      h("p", {}, b.who),
      h("p", { class: "wants" }, h("strong", {}, t("seatChoice.wants")), b.wants),
      h("ul", {}, ...b.does.map((d) => h("li", {}, d))),
      h(
        "ul",
        { class: "seat-list", "aria-label": t("seatChoice.seatsOf", { role: b.title }) },
        ...seats.map((s) =>
          h(
            "li",
            {},
            h("span", { class: "seat-label" }, seatName(state, s.id)),
            s.player && !(s.bot && s.player === "Bot")
              ? h("span", { class: "taken" }, s.bot ? t("seatChoice.awayBot", { player: s.player, bot: botName(s.bot) }) : s.connected ? s.player : t("seatChoice.away", { player: s.player }))
              : h("button", { type: "button", class: "primary", "aria-label": t("seatChoice.takeNamed", { seat: seatName(state, s.id) }), onclick: () => take(s.id) }, t("seatChoice.take")),
          ),
        ),
      ),
    );
  });
  return h(
    "main",
    { class: "seats" },
    h("h1", {}, t("seatChoice.title")),
    state.solo
      ? h("p", { class: "tagline" }, t("seatChoice.solo"))
      : h("p", { class: "tagline" }, t("seatChoice.roomCode"), h("strong", { class: "room-code" }, code), t("seatChoice.giveCode")),
    h("div", { class: "role-grid" }, ...groups),
  );
}

/** A bot's personality by its name in the reader's language (the seat says its id). */
function botName(id: string): string {
  return (catalogue().personality as Record<string, { name: string }>)[id]?.name ?? id;
}
