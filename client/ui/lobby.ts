// The start page: a display name, then create a game or join one with its code.
import { BRIEFINGS, ROLE_ORDER } from "./briefings";
import { h } from "./dom";

export interface LobbyActions {
  create(name: string, solo?: boolean): Promise<void>;
  join(code: string, name: string): Promise<void>;
}

export function lobbyView(actions: LobbyActions, message = ""): HTMLElement {
  const name = h("input", { id: "player-name", name: "name", maxlength: 24, autocomplete: "nickname", required: true, placeholder: "e.g. Li Wei" });
  const code = h("input", { id: "room-code", name: "code", maxlength: 6, autocomplete: "off", placeholder: "K7QX", class: "code-input" });
  const status = h("p", { class: "form-status", role: "status" }, message);
  const guard = async (work: () => Promise<void>) => {
    const n = name.value.trim();
    if (!n) {
      status.textContent = "Type a display name first.";
      name.focus();
      return;
    }
    status.textContent = "Connecting…";
    try {
      await work();
    } catch (e) {
      status.textContent = `Could not connect: ${(e as Error).message}`;
    }
  };
  return h(
    "main",
    { class: "lobby" },
    h("h1", {}, "Shancheng ", h("span", { lang: "zh" }, "山城")),
    h("p", { class: "tagline" }, "Chongqing, 1997–2020. A mountain city grows by turning village land into urban land. Who gains?"),
    h(
      "form",
      { class: "card", onsubmit: (e: Event) => e.preventDefault() },
      h("label", { for: "player-name" }, "Your display name"),
      name,
      h("button", { type: "button", class: "primary", onclick: () => guard(() => actions.create(name.value.trim())) }, "Create a new game"),
      h("button", { type: "button", onclick: () => guard(() => actions.create(name.value.trim(), true)) }, "Play alone against bots"),
      h("div", { class: "or" }, "or join a game"),
      h("label", { for: "room-code" }, "Room code"),
      code,
      h("button", { type: "button", onclick: () => guard(() => actions.join(code.value, name.value.trim())) }, "Join with a code"),
      status,
    ),
    h(
      "ul",
      { class: "lobby-roles", "aria-label": "The roles" },
      ...ROLE_ORDER.map((role) => h("li", { class: `role-${role}` }, h("strong", {}, BRIEFINGS[role].title), " — ", BRIEFINGS[role].wants)),
    ),
  );
}
