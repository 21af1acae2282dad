// The start page: a display name, then create a game (optionally with settings: round length,
// PRH rent, and which event card opens each round) or join one with its code.
import { PERSONALITIES, DEFAULT_PERSONALITY, type PersonalityMix } from "../../shared/bots/personalities";
import type { GameSettings } from "../../shared/scenarios/settings";
import type { ScenarioView } from "../../shared/views/scenarioView";
import { BRIEFINGS, ROLE_ORDER } from "./briefings";
import { foldable, h } from "./dom";
import { catalogue, t, tNodes } from "../i18n";
import { joinHost } from "./joinHost";
import { brand } from "./names";

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

/** The server's default scenario (GET /api/scenario), asked for once per page. */
let scenario: Promise<ScenarioView> | null = null;
function serverScenario(): Promise<ScenarioView> {
  scenario ??= fetch("/api/scenario").then((res) => {
    if (!res.ok) throw new Error(`The server answered ${res.status}.`);
    return res.json() as Promise<ScenarioView>;
  });
  return scenario;
}

/** The settings form once the scenario has come; until then (or if it cannot come) the defaults. */
function lazySettingsForm(): { element: HTMLElement; read(): CreateOptions } {
  const element = h("div", { class: "settings-slot" });
  let form: { element: HTMLElement; read(): CreateOptions } | null = null;
  serverScenario().then(
    (s) => {
      form = settingsForm(s);
      element.replaceChildren(form.element);
    },
    () => element.replaceChildren(h("p", { class: "hint" }, t("lobby.noSettings"))),
  );
  return { element, read: () => form?.read() ?? {} };
}

export function lobbyView(actions: LobbyActions, message = ""): HTMLElement {
  const name = h("input", { id: "player-name", name: "name", maxlength: 24, autocomplete: "nickname", required: true, placeholder: t("lobby.namePlaceholder") });
  const code = h("input", { id: "room-code", name: "code", maxlength: 6, autocomplete: "off", placeholder: "K7QX", class: "code-input" });
  const status = h("p", { class: "form-status", role: "status" }, message);
  const settings = lazySettingsForm();
  const facilitatorBox = runClassView(() => settings.read());
  const guard = async (work: () => Promise<void>) => {
    const n = name.value.trim();
    if (!n) {
      status.textContent = t("lobby.needName");
      name.focus();
      return;
    }
    status.textContent = t("lobby.connecting");
    try {
      await work();
    } catch (e) {
      status.textContent = t("lobby.couldNotConnect", { error: (e as Error).message });
    }
  };
  return h(
    "main",
    { class: "lobby" },
    h("h1", {}, ...brand()),
    h("p", { class: "tagline" }, t("lobby.tagline")),
    h(
      "form",
      { class: "card", onsubmit: (e: Event) => e.preventDefault() },
      h("label", { for: "player-name" }, t("lobby.name")),
      name,
      h("button", { type: "button", class: "primary", onclick: () => guard(() => actions.create(name.value.trim(), settings.read())) }, t("lobby.create")),
      h("button", { type: "button", onclick: () => guard(() => actions.create(name.value.trim(), { settings: settings.read().settings, bots: settings.read().bots, solo: true })) }, t("lobby.solo")),
      settings.element,
      h("div", { class: "or" }, t("lobby.orJoin")),
      h("label", { for: "room-code" }, t("lobby.code")),
      code,
      h("button", { type: "button", onclick: () => guard(() => actions.join(code.value, name.value.trim())) }, t("lobby.join")),
      status,
      h("div", { class: "or" }, t("lobby.orTeach")),
      facilitatorBox,
      h("p", { class: "hint" }, h("a", { href: "?sessions" }, t("lobby.sessions")), t("lobby.sessionsNote")),
    ),
    h(
      "ul",
      { class: "lobby-roles", "aria-label": t("lobby.roles") },
      ...ROLE_ORDER.map((role) => h("li", { class: `role-${role}` }, h("strong", {}, BRIEFINGS[role].title), " — ", BRIEFINGS[role].wants)),
    ),
  );
}

/**
 * Game settings, folded away: most games use the defaults. The event plan is one choice per
 * round among all the cards (or none): dropping or moving a card makes a counterfactual game.
 */
function settingsForm(scenario: ScenarioView): { element: HTMLElement; read(): CreateOptions } {
  // The settings change the server's default scenario: its cards and limits.
  const { cards: events, prhRentPct: prh } = scenario;
  const minutes = h("select", { id: "round-minutes" }, ...[2, 3, 5, 8, 10].map((m) => h("option", { value: m, selected: m === 3 }, t("lobby.minutes", { count: m }))));
  const span = scenario.roundYears;
  const rounds = h("select", { id: "rounds" }, ...[4, 6, 8, 10, 12].map((n) => h("option", { value: n, selected: n === 12 }, t("lobby.rounds", { n, from: span[0].from, to: span[n - 1].to }))));
  const seatCount = (id: string, dflt: number) => h("select", { id }, ...[1, 2, 3, 4].map((n) => h("option", { value: n, selected: n === dflt }, String(n))));
  const developers = seatCount("developer-seats", 2);
  const migrants = seatCount("migrant-seats", 2);
  const rent = h("input", { id: "prh-rent-start", type: "number", min: prh.min, max: prh.max, step: 5, value: prh.start });
  const years = (round: number) => (span[round].from === span[round].to ? `${span[round].to}` : `${span[round].from}–${span[round].to}`);
  const plan = events.map((card, round) =>
    h(
      "select",
      { id: `plan-${round}`, "aria-label": t("lobby.planSlot", { round: round + 1, year: years(round) }) },
      h("option", { value: "" }, t("lobby.noCard")),
      ...events.map((c) => h("option", { value: c.id, selected: c.id === card.id }, `${c.year}: ${c.title}`)),
    ),
  );
  // One slot per round played: a shorter game lists fewer.
  const slots = h("ol", { class: "event-plan" }, ...plan.map((select, round) => h("li", {}, h("span", {}, years(round)), select)));
  const showSlots = () => [...slots.children].forEach((li, round) => ((li as HTMLElement).hidden = round >= Number(rounds.value)));
  rounds.addEventListener("change", showSlots);
  showSlots();
  const botChoices = ROLE_ORDER.map((role) =>
    h(
      "select",
      { id: `bot-${role}`, "aria-label": t("lobby.botsFor", { role: BRIEFINGS[role].title }) },
      ...PERSONALITIES[role].map((p) => h("option", { value: p, selected: p === DEFAULT_PERSONALITY[role] }, personalityText(p))),
    ),
  );
  const element = foldable(
    "game-settings",
    t("lobby.settings"),
    h("p", { class: "hint" }, t("lobby.botsNote")),
    ...ROLE_ORDER.flatMap((role, i) => [h("label", { for: `bot-${role}` }, BRIEFINGS[role].title), botChoices[i]]),
    h("label", { for: "round-minutes" }, t("lobby.roundTime")),
    minutes,
    h("label", { for: "rounds" }, t("lobby.length")),
    rounds,
    h("label", { for: "developer-seats" }, t("lobby.developerSeats")),
    developers,
    h("label", { for: "migrant-seats" }, t("lobby.migrantSeats")),
    migrants,
    h("label", { for: "prh-rent-start" }, t("lobby.prhRent", { pct: prh.start })),
    rent,
    h("p", { class: "hint" }, t("lobby.planNote")),
    slots,
  );
  return {
    element,
    read: () => ({
      bots: Object.fromEntries(ROLE_ORDER.map((role, i) => [role, botChoices[i].value])),
      roundSeconds: Number(minutes.value) * 60,
      settings: {
        rounds: Number(rounds.value),
        developers: Number(developers.value),
        migrants: Number(migrants.value),
        eventPlan: plan.slice(0, Number(rounds.value)).map((s) => s.value),
        prhRentPct: Number(rent.value),
      },
    }),
  };
}

interface CreatedSession {
  code: string;
  facilitatorSecret: string;
  facilitatorUrl: string;
}

/**
 * "Run a class": create a session on the server (POST /api/sessions) and show its join code for
 * the students and the private facilitator link that opens the console. No display name needed:
 * the facilitator does not take a seat.
 */
function runClassView(chosen: () => CreateOptions): HTMLElement {
  const box = h("div", { class: "run-class" });
  const status = h("p", { class: "form-status", role: "status" });
  const create = async () => {
    status.textContent = t("lobby.creating");
    try {
      const { roundSeconds, settings, bots } = chosen();
      const res = await fetch("/api/sessions", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ roundSeconds, settings, bots }) });
      const body = (await res.json()) as CreatedSession & { error?: string };
      if (!res.ok) throw new Error(body.error ?? res.statusText);
      box.replaceChildren(createdView(body));
      box.querySelector<HTMLElement>(".open-console")?.focus();
    } catch (e) {
      status.textContent = t("lobby.couldNotCreate", { error: (e as Error).message });
    }
  };
  box.append(
    h("button", { type: "button", class: "facilitator", onclick: () => void create() }, t("lobby.runClass")),
    h("p", { class: "hint" }, t("lobby.runClassNote")),
    status,
  );
  return box;
}

function createdView(session: CreatedSession): HTMLElement {
  const url = new URL(session.facilitatorUrl, location.href).href;
  const link = h("input", { id: "facilitator-link", readonly: true, value: url, onfocus: (e: Event) => (e.target as HTMLInputElement).select() });
  const copied = h("span", { class: "hint", role: "status" });
  return h(
    "section",
    { class: "session-created", "aria-labelledby": "session-created-heading" },
    h("h2", { id: "session-created-heading" }, t("lobby.ready")),
    h("p", {}, ...tNodes("lobby.studentsOpen", { host: joinHost() })),
    h("p", { class: "created-code", "aria-label": t("lobby.joinCode", { code: session.code.split("").join(" ") }) }, session.code),
    h("label", { for: "facilitator-link" }, t("lobby.privateLink")),
    link,
    h(
      "p",
      { class: "private-warning" },
      h("strong", {}, t("lobby.keepPrivate")),
      t("lobby.keepPrivateNote"),
    ),
    h(
      "div",
      { class: "created-actions" },
      h(
        "button",
        {
          type: "button",
          onclick: async () => {
            try {
              await navigator.clipboard.writeText(url);
              copied.textContent = t("lobby.copied");
            } catch {
              link.select();
              copied.textContent = t("lobby.pressCopy");
            }
          },
        },
        t("lobby.copy"),
      ),
      h("button", { type: "button", class: "primary open-console", onclick: () => location.assign(session.facilitatorUrl) }, t("lobby.openConsole")),
      copied,
    ),
  );
}

/** A bot personality as the seat menu shows it: its name, and how it plays. */
function personalityText(id: string): string {
  const p = (catalogue().personality as Record<string, { name: string; note: string }>)[id];
  return p ? t("lobby.personality", { name: p.name, note: p.note }) : id;
}
