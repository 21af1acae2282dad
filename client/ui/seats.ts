// Seat choice: every seat grouped by role, with the role's briefing and who sits where.
import type { Role } from "../../shared/model/state";
import type { RoomState } from "../../server/room/schema";
import { BRIEFINGS, ROLE_ORDER } from "./briefings";
import { h } from "./dom";

export function seatsView(state: RoomState, code: string, take: (seat: number) => void): HTMLElement {
  const groups = ROLE_ORDER.map((role: Role) => {
    const b = BRIEFINGS[role];
    const seats = [...state.seats].filter((s) => s.role === role);
    return h(
      "section",
      { class: `role-card role-${role}`, "aria-labelledby": `brief-${role}` },
      h("h2", { id: `brief-${role}` }, b.title),
      h("p", {}, b.who),
      h("p", { class: "wants" }, h("strong", {}, "Wants: "), b.wants),
      h("ul", {}, ...b.does.map((d) => h("li", {}, d))),
      h(
        "ul",
        { class: "seat-list", "aria-label": `${b.title} seats` },
        ...seats.map((s) =>
          h(
            "li",
            {},
            h("span", { class: "seat-label" }, s.label),
            s.player && !(s.bot && s.player === "Bot")
              ? h("span", { class: "taken" }, `${s.player}${s.bot ? ` (away: a ${s.bot} bot plays)` : s.connected ? "" : " (away)"}`)
              : h("button", { type: "button", class: "primary", "aria-label": `Take this seat: ${s.label}`, onclick: () => take(s.id) }, "Take this seat"),
          ),
        ),
      ),
    );
  });
  return h(
    "main",
    { class: "seats" },
    h("h1", {}, "Choose your seat"),
    state.solo
      ? h("p", { class: "tagline" }, "You play alone: pick your role. When you press Start game, bots take every other seat.")
      : h("p", { class: "tagline" }, "Room code ", h("strong", { class: "room-code" }, code), " — give it to the others so they can join."),
    h("div", { class: "role-grid" }, ...groups),
  );
}
