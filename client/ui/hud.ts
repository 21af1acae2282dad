// The round bar along the top, the role panel (who you are, your money, what to do now) and
// the event card.
import type { PlayerCommand } from "../../shared/engine/commands";
import { money } from "./money";
import type { PrivateView } from "../../shared/protocol";
import type { Role } from "../../shared/model/state";
import type { RoomState, SeatState } from "../../server/room/schema";
import { BRIEFINGS, ROLE_ORDER } from "./briefings";
import { foldable, h } from "./dom";
import { objectivePanel } from "./objective";
import { rulesOf, scorePartsOf } from "../synced";

export interface HudActions {
  start(): void;
  fillWithBots(): void;
  ready(ready: boolean): void;
  leaveSeat(): void;
  command(c: PlayerCommand): void;
}

const PHASE_NAMES: Record<string, string> = { lobby: "Waiting to start", action: "Action phase", ended: "Game over" };

/** Server clock minus this laptop's, from the last private message. */
let clockOffset = 0;
export const setServerTime = (serverTime: number): void => void (clockOffset = serverTime - Date.now());

export function secondsLeft(state: RoomState, now = Date.now() + clockOffset): number {
  return state.phaseEndsAt > 0 ? Math.max(0, Math.ceil((state.phaseEndsAt - now) / 1000)) : 0;
}

export const clock = (seconds: number): string => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;

export function roundBar(state: RoomState, code: string, me: SeatState | undefined, actions: HudActions): HTMLElement {
  const round = state.phase === "lobby" ? "Before round 1" : `Round ${state.round} of ${state.rounds}`;
  return h(
    "header",
    { class: "round-bar" },
    h("span", { class: "brand" }, "Shancheng ", h("span", { lang: "zh" }, "山城")),
    h("span", { class: "room" }, "Room ", h("strong", { class: "room-code", "aria-label": `Room code ${code.split("").join(" ")}` }, code)),
    h("span", { class: "round", "aria-label": "Round" }, `${round} · ${state.year}`),
    h("span", { class: "phase" }, PHASE_NAMES[state.phase] ?? state.phase),
    h("span", { class: "stability", title: "Social stability: protests against expropriation lower it" }, `Stability ${state.stability}`),
    state.phase === "action" ? h("span", { class: "timer", role: "timer", "aria-label": "Time left in this phase" }, clock(secondsLeft(state))) : null,
    playerChips(state),
    // In a facilitator's session the teacher starts the game and fills seats from the console.
    state.phase === "lobby" && state.facilitated ? h("span", { class: "hint" }, "Your teacher starts the game") : null,
    state.phase === "lobby" && !state.facilitated ? h("button", { type: "button", class: "primary", onclick: actions.start }, state.solo ? "Start game (bots take the other seats)" : "Start game") : null,
    state.phase === "lobby" && !state.facilitated && !state.solo && [...state.seats].some((s) => !s.player) ? h("button", { type: "button", onclick: actions.fillWithBots }, "Fill empty seats with bots") : null,
    state.phase === "action" && me
      ? h("button", { type: "button", class: me.ready ? "ready on" : "ready primary", "aria-pressed": me.ready ? "true" : "false", onclick: () => actions.ready(!me.ready) }, me.ready ? "Ready ✓ (waiting for others)" : "Ready — end my turn")
      : null,
  );
}

/** A number input in wan with its value in millions beside it, as every money field shows it. */
function wanInput(id: string, value: number, step = 100): { input: HTMLInputElement; row: HTMLElement } {
  const input = h("input", { id, type: "number", min: 0, step, value });
  const shown = h("span", { class: "in-millions" }, `= ${money(value)}`);
  input.addEventListener("input", () => (shown.textContent = `= ${money(Number(input.value) || 0)}`));
  return { input, row: h("div", { class: "amount-row" }, input, shown) };
}

function migrantChoices(state: RoomState, me: SeatState, pendingMove: string, actions: HudActions): HTMLElement {
  const remit = wanInput("remittance", me.remittance);
  const hukou = me.hukou
    ? h("p", {}, "Your cohort holds urban hukou: city services, and PRH even where it is kept for hukou holders.")
    : me.applyingHukou
      ? h("p", { class: "pending" }, `Hukou application in: decided at the end of the round (quota ${state.hukouQuota}).`)
      : h("button", { type: "button", disabled: me.job === "coast", onclick: () => actions.command({ type: "applyHukou" }) }, `Apply for urban hukou (quota this round: ${state.hukouQuota})`);
  return h(
    "div",
    { class: "choices" },
    h("h3", {}, "Work and home"),
    h("p", {}, `Now: ${me.job === "coast" ? "working and living on the coast" : `${me.job} job, living ${me.homeKind === "dorm" ? "in a dormitory" : `at tile (${me.homeTile % state.map.width},${Math.floor(me.homeTile / state.map.width)})`}`}.`),
    pendingMove ? h("p", { class: "pending" }, `At the end of the round: ${pendingMove}.`) : null,
    h("button", { type: "button", onclick: () => actions.command({ type: "chooseWorkAndHome", job: "coast", home: { kind: "coast" } }) }, "Work and live on the coast"),
    h("button", { type: "button", onclick: () => actions.command({ type: "chooseWorkAndHome", job: "construction", home: { kind: "dorm" } }) }, "Construction job, employer dormitory"),
    h("button", { type: "button", onclick: () => actions.command({ type: "chooseWorkAndHome", job: "factory", home: { kind: "dorm" } }) }, "Factory job, employer dormitory"),
    h("p", { class: "hint" }, "Or click a village house plot, informal housing, a flat or a PRH estate on the map to live there."),
    h("h3", {}, "Hukou ", h("span", { lang: "zh" }, "户口")),
    hukou,
    h("h3", {}, "Money sent home each round"),
    h("label", { for: "remittance" }, "Remittance to your home village, in wan"),
    remit.row,
    h("button", { type: "button", onclick: () => actions.command({ type: "setRemittance", amount: Number(remit.input.value) }) }, "Set remittance"),
  );
}

/** Borrowing from the bank: government and developers. */
function financeForm(priv: PrivateView, actions: HudActions): HTMLElement {
  const f = priv.finance!;
  const amount = wanInput("loan-amount", Math.min(10_000, f.room), 1000);
  return foldable(
    "loans",
    `Loans (debt ${money(f.debt)})`,
    h("p", { class: "hint" }, `Debt ${money(f.debt)} of ${money(f.limit)} allowed; interest ${f.interestPct}% a round. ${f.queued > 0 ? `Borrowing ${money(f.queued)} at the end of this round.` : f.queued < 0 ? `Repaying ${money(-f.queued)} at the end of this round.` : ""}`),
    h("label", { for: "loan-amount" }, "Amount, in wan"),
    amount.row,
    h(
      "div",
      { class: "button-row" },
      h("button", { type: "button", disabled: f.room === 0, onclick: () => actions.command({ type: "borrow", amount: Number(amount.input.value) }) }, "Borrow"),
      h("button", { type: "button", disabled: f.debt === 0, onclick: () => actions.command({ type: "repay", amount: Number(amount.input.value) }) }, "Repay"),
    ),
  );
}

/** The government's standing policies: PRH rent and eligibility, the hukou quota. */
function policyForm(state: RoomState, actions: HudActions): HTMLElement {
  const prhOpen = [...state.unlocked].includes("prh");
  const { limits, unlockCards } = rulesOf(state);
  const rent = h("input", { id: "prh-rent", type: "number", min: limits.prhRentPct.min, max: limits.prhRentPct.max, step: 5, value: state.prhRentPct });
  const who = h(
    "select",
    { id: "prh-eligibility" },
    h("option", { value: "cityWorkers", selected: state.prhEligibility === "cityWorkers" }, "anyone with a city job"),
    h("option", { value: "hukouHolders", selected: state.prhEligibility === "hukouHolders" }, "urban-hukou holders only"),
  );
  const quota = h("input", { id: "hukou-quota", type: "number", min: limits.hukouQuota.min, max: limits.hukouQuota.max, value: state.hukouQuota });
  return foldable(
    "policies",
    `Policies (hukou quota ${state.hukouQuota}${prhOpen ? `, PRH rent ${state.prhRentPct}%` : ""})`,
    h("label", { for: "hukou-quota" }, "Hukou conversions per round (cohorts)"),
    quota,
    h("button", { type: "button", onclick: () => actions.command({ type: "setHukouQuota", cohorts: Number(quota.value) }) }, "Set hukou quota"),
    ...(prhOpen
      ? [
          h("label", { for: "prh-rent" }, "PRH rent, % of market rent"),
          rent,
          h("label", { for: "prh-eligibility" }, "PRH open to"),
          who,
          h("button", { type: "button", onclick: () => actions.command({ type: "setPrhPolicy", rentPct: Number(rent.value), eligibility: who.value as "cityWorkers" | "hukouHolders" }) }, "Set PRH policy"),
        ]
      : [h("p", { class: "hint" }, unlockCards.prh ? `Public rented housing opens with the card "${unlockCards.prh.title}" (${unlockCards.prh.year}).` : "Public rented housing is not part of this game.")]),
  );
}

/** The state-run exchange: a sealed order, per-ticket price; it clears at the end of the round. */
function exchangeForm(state: RoomState, role: "village" | "developer", priv: PrivateView | null, actions: HudActions): HTMLElement {
  const side = role === "village" ? "sell" : "buy";
  const mine = priv?.exchangeOrder;
  const count = h("input", { id: "exchange-count", type: "number", min: 1, value: mine?.tickets ?? 1 });
  const price = h("input", { id: "exchange-price", type: "number", min: 0, step: 100, value: mine?.price ?? 5000 });
  const shown = h("span", { class: "in-millions" }, `= ${money(Number(price.value))}`);
  price.addEventListener("input", () => (shown.textContent = `= ${money(Number(price.value) || 0)}`));
  const nothingToSell = side === "sell" && !mine && (priv?.freeTickets ?? 0) === 0;
  const last = state.ticketClearedRound > 0 ? (state.ticketVolume > 0 ? `Last clearing (round ${state.ticketClearedRound}): ${state.ticketVolume} ticket(s) at ${money(state.ticketPrice)} each.` : `Round ${state.ticketClearedRound}: no trade.`) : "No clearing yet.";
  return h(
    "form",
    { class: "choices", onsubmit: (e: Event) => e.preventDefault() },
    h("h3", {}, "Land-ticket exchange ", h("span", { lang: "zh" }, "地票交易所")),
    h("p", { class: "hint" }, `${last} This round: ${state.exchangeSellOrders} sell and ${state.exchangeBuyOrders} buy order(s), prices sealed. Everyone trades at one clearing price.`),
    mine ? h("p", { class: "pending" }, `Your order: ${mine.side} ${mine.tickets} at ${side === "sell" ? "no less" : "no more"} than ${money(mine.price)} each.`) : null,
    ...(nothingToSell
      ? [h("p", { class: "hint" }, "You have no tickets yet: reclaim a house plot to earn one.")]
      : [
          h("label", { for: "exchange-count" }, side === "sell" ? "Tickets to sell" : "Tickets to buy"),
          count,
          h("label", { for: "exchange-price" }, `${side === "sell" ? "Lowest" : "Highest"} price per ticket, in wan`),
          h("div", { class: "amount-row" }, price, shown),
          h("button", { type: "button", onclick: () => actions.command({ type: "exchangeOrder", side, tickets: Number(count.value), price: Number(price.value) }) }, side === "sell" ? "Place sell order" : "Place buy order"),
        ]),
  );
}

function ticketForm(state: RoomState, actions: HudActions, free: number): HTMLElement {
  const developers = [...state.seats].filter((s) => s.role === "developer");
  const to = h("select", { id: "ticket-to" }, ...developers.map((d) => h("option", { value: d.id }, d.label)));
  const count = h("input", { id: "ticket-count", type: "number", min: 1, max: free, value: 1 });
  // A starting price: a ticket lets a developer build a farmland plot worth thousands of wan.
  const price = h("input", { id: "ticket-price", type: "number", min: 0, step: 100, value: 5000 });
  const shown = h("span", { class: "in-millions" }, `= ${money(5000)}`);
  price.addEventListener("input", () => (shown.textContent = `= ${money(Number(price.value) || 0)}`));
  return h(
    "form",
    { class: "choices", onsubmit: (e: Event) => e.preventDefault() },
    h("h3", {}, `Or sell directly to a developer (${free} free)`),
    h("label", { for: "ticket-to" }, "To developer"),
    to,
    h("label", { for: "ticket-count" }, "Tickets"),
    count,
    h("label", { for: "ticket-price" }, "Price for all, in wan (万, ¥10,000)"),
    h("div", { class: "amount-row" }, price, shown),
    h("button", { type: "button", onclick: () => actions.command({ type: "offerTickets", to: Number(to.value), tickets: Number(count.value), price: Number(price.value) }) }, "Offer tickets"),
  );
}

export function rolePanel(state: RoomState, me: SeatState, priv: PrivateView | null, actions: HudActions): HTMLElement {
  const b = BRIEFINGS[me.role as Role];
  const free = priv?.freeTickets ?? 0;
  return h(
    "section",
    { class: `role-panel role-${me.role}`, "aria-labelledby": "role-heading" },
    h("h2", { id: "role-heading" }, me.label),
    h("p", { class: "role-title" }, me.label === b.title ? "" : `${b.title}. `, "You want: ", b.wants),
    h(
      "dl",
      { class: "money" },
      h("dt", {}, "Money"),
      h("dd", { "aria-label": "Money" }, money(me.balance)),
      h("dt", { title: "Money not yet promised in offers, bids or building orders this round" }, "Free to spend"),
      h("dd", { "aria-label": "Free to spend" }, priv ? money(priv.available) : "—"),
      ...(me.role === "village" || me.role === "developer" ? [h("dt", {}, "Land tickets"), h("dd", { "aria-label": "Land tickets" }, String(me.tickets))] : []),
      ...(me.debt > 0 ? [h("dt", {}, "Debt"), h("dd", { "aria-label": "Debt" }, money(me.debt))] : []),
    ),
    scoreView(state, me),
    objectivePanel(priv?.objective),
    h("h3", {}, "What you can do now"),
    h("ul", { class: "next-steps", "aria-label": "What you can do now" }, ...(priv?.nextSteps ?? []).map((s) => h("li", {}, s))),
    state.phase === "action" && me.role === "migrant" ? migrantChoices(state, me, priv?.pendingMove ?? "", actions) : null,
    state.phase === "action" && me.role === "government" ? policyForm(state, actions) : null,
    state.phase === "action" && priv?.finance ? financeForm(priv, actions) : null,
    state.phase === "action" && (me.role === "village" || me.role === "developer") && [...state.unlocked].includes("exchange") ? exchangeForm(state, me.role, priv, actions) : null,
    state.phase === "action" && me.role === "village" && free > 0 ? ticketForm(state, actions, free) : null,
    h("button", { type: "button", class: "link", onclick: actions.leaveSeat }, "Leave this seat"),
  );
}

/** The seat's own score and what it is made of (shared/rules/scores.ts; docs/rules.md "Scores and private objectives"). */
function scoreView(state: RoomState, me: SeatState): HTMLElement {
  const parts = scorePartsOf(state, me);
  return foldable(
    "score",
    `Your score: ${me.score.toLocaleString("en-US")} points`,
    h("p", { class: "hint" }, "A point is worth ¥1 m. Your role is judged on:"),
    h("dl", { class: "score-parts" }, ...parts.flatMap((p) => [h("dt", {}, p.label), h("dd", {}, p.value.toLocaleString("en-US"))])),
  );
}

export function eventCard(state: RoomState): HTMLElement | null {
  if (!state.card.title) return null;
  return h(
    "section",
    { class: "event-card", "aria-labelledby": "card-title" },
    h("p", { class: "card-year" }, String(state.card.year), state.counterfactual ? h("span", { class: "counterfactual", title: "The facilitator dropped or reordered the historical event cards" }, " · counterfactual timeline") : null),
    h("h2", { id: "card-title" }, state.card.title),
    h("p", {}, state.card.text),
  );
}

/** At the end: every seat's score on its own role's objectives, best first within each role. */
export function resultsView(state: RoomState): HTMLElement {
  const rank = (role: string) => ROLE_ORDER.indexOf(role as Role);
  const seats = [...state.seats].sort((a, b) => rank(a.role) - rank(b.role) || b.score - a.score);
  return h(
    "section",
    { class: "results", "aria-labelledby": "results-heading" },
    h("h2", { id: "results-heading" }, "Final standings"),
    h("p", { class: "hint" }, "Each seat's score on its own role's objectives (points; a point is ¥1 m), best first within each role: a budget and a village's savings are not one race. Compare each tile's compensation, lease price and sale value in the inspector: who captured the land's value?"),
    h("ul", {}, ...seats.map((s) => h("li", {}, `${s.label} (${s.player || "no player"}): ${s.score.toLocaleString("en-US")} points, ${money(s.balance)} in hand`))),
  );
}

/** Who is here, who is away, who is ready: the host knows when to start, everyone whom they wait for. */
function playerChips(state: RoomState): HTMLElement {
  // People by name; bots together in one chip (they are always ready).
  const seated = [...state.seats].filter((s) => s.player !== "" && !s.bot);
  const bots = [...state.seats].filter((s) => s.bot).length;
  const ready = seated.filter((s) => s.ready && s.connected).length;
  // A class of many: names only (the seat is in each chip's tooltip) so the bar stays short.
  return h(
    "ul",
    { class: seated.length > 5 ? "chips many" : "chips", "aria-label": `Players (${seated.length})` },
    state.phase === "action" ? h("li", { class: "count" }, `Ready ${ready}/${seated.filter((s) => s.connected).length}`) : null,
    bots > 0 ? h("li", { class: "bots", title: "Bots play these seats through the same commands as people; they are always ready" }, `${bots} seat(s) played by bots`) : null,
    ...seated.map((s) => {
      const status = !s.connected ? "away" : state.phase === "action" && s.ready ? "ready" : "";
      const mark = status === "ready" ? " ✓" : status === "away" ? " (away)" : "";
      return h("li", { class: status, title: `${s.label}: ${status === "ready" ? "ready" : status === "away" ? "disconnected" : "still deciding"}` }, s.player, h("span", { class: "chip-role" }, ` · ${s.label}`), mark);
    }),
  );
}
