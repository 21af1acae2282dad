// The start page: a display name, then create a game (optionally with settings: round length,
// PRH rent, and which event card opens each round) or join one with its code.
import { CHONGQING_EVENTS } from "../../shared/scenarios/chongqingEvents";
import { PERSONALITIES, PERSONALITY_NOTES, DEFAULT_PERSONALITY, type PersonalityMix } from "../../shared/bots/personalities";
import type { GameSettings } from "../../shared/settings";
import { BRIEFINGS, ROLE_ORDER } from "./briefings";
import { foldable, h } from "./dom";

/** What the creator chose in "Game settings" (room options). */
export interface CreateOptions {
  solo?: boolean;
  roundSeconds?: number;
  settings?: GameSettings;
  /** The personality bots play per role. */
  bots?: Partial<PersonalityMix>;
}

export interface LobbyActions {
  create(name: string, options?: CreateOptions): Promise<void>;
  join(code: string, name: string): Promise<void>;
}

export function lobbyView(actions: LobbyActions, message = ""): HTMLElement {
  const name = h("input", { id: "player-name", name: "name", maxlength: 24, autocomplete: "nickname", required: true, placeholder: "e.g. Li Wei" });
  const code = h("input", { id: "room-code", name: "code", maxlength: 6, autocomplete: "off", placeholder: "K7QX", class: "code-input" });
  const status = h("p", { class: "form-status", role: "status" }, message);
  const settings = settingsForm();
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
      h("button", { type: "button", class: "primary", onclick: () => guard(() => actions.create(name.value.trim(), settings.read())) }, "Create a new game"),
      h("button", { type: "button", onclick: () => guard(() => actions.create(name.value.trim(), { settings: settings.read().settings, bots: settings.read().bots, solo: true })) }, "Play alone against bots"),
      settings.element,
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

/**
 * Game settings, folded away: most games use the defaults. The event plan is one choice per
 * round among all the cards (or none): dropping or moving a card makes a counterfactual game.
 */
function settingsForm(): { element: HTMLElement; read(): CreateOptions } {
  const minutes = h("select", { id: "round-minutes" }, ...[2, 3, 5, 8, 10].map((m) => h("option", { value: m, selected: m === 3 }, `${m} minutes`)));
  const rent = h("input", { id: "prh-rent-start", type: "number", min: 30, max: 100, step: 5, value: 60 });
  const plan = CHONGQING_EVENTS.map((card, round) =>
    h(
      "select",
      { id: `plan-${round}`, "aria-label": `Event card of round ${round + 1} (${1997 + 2 * round})` },
      h("option", { value: "" }, "(no card)"),
      ...CHONGQING_EVENTS.map((c) => h("option", { value: c.id, selected: c.id === card.id }, `${c.year}: ${c.title}`)),
    ),
  );
  const botChoices = ROLE_ORDER.map((role) =>
    h(
      "select",
      { id: `bot-${role}`, "aria-label": `Bots playing ${BRIEFINGS[role].title}` },
      ...PERSONALITIES[role].map((p) => h("option", { value: p, selected: p === DEFAULT_PERSONALITY[role] }, PERSONALITY_NOTES[p])),
    ),
  );
  const element = foldable(
    "game-settings",
    "Game settings (optional)",
    h("p", { class: "hint" }, "Bots take empty seats (and the seats of players who drop out). How each role's bots play:"),
    ...ROLE_ORDER.flatMap((role, i) => [h("label", { for: `bot-${role}` }, BRIEFINGS[role].title), botChoices[i]]),
    h("label", { for: "round-minutes" }, "Time for each round"),
    minutes,
    h("label", { for: "prh-rent-start" }, "Public rented housing rent, % of market (60% in Chongqing)"),
    rent,
    h("p", { class: "hint" }, "Event cards, one per round. Drop a card or move it to another round to play a counterfactual history; a dropped card's mechanic (light rail, the ticket exchange, zones, PRH) never opens."),
    h("ol", { class: "event-plan" }, ...plan.map((select, round) => h("li", {}, h("span", {}, `${1997 + 2 * round}`), select))),
  );
  return {
    element,
    read: () => ({
      bots: Object.fromEntries(ROLE_ORDER.map((role, i) => [role, botChoices[i].value])),
      roundSeconds: Number(minutes.value) * 60,
      settings: { eventPlan: plan.map((s) => s.value), prhRentPct: Number(rent.value) },
    }),
  };
}
