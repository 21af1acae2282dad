// The round bar along the top, the role panel (who you are, your money, what to do now) and
// the event card.
import type { PlayerCommand } from "../../shared/engine/commands";
import { money } from "./money";
import { moneyField } from "./moneyField";
import type { PrivateView } from "../../shared/protocol";
import type { Role } from "../../shared/model/state";
import type { RoomState, SeatState } from "../../server/room/schema";
import { BRIEFINGS, ROLE_ORDER } from "./briefings";
import { foldable, h } from "./dom";
import { objectivePanel } from "./objective";
import { rulesOf, scorePartsOf } from "../synced";
import { catalogue, lang, t } from "../i18n";
import { formatNumber } from "../i18n/money";
import { languageSwitch } from "../i18n/switch";
import { brand, cardText, cardTitle, seatName, tileName } from "./names";
import { stepText } from "./logText";

export interface HudActions {
  start(): void;
  fillWithBots(): void;
  ready(ready: boolean): void;
  leaveSeat(): void;
  command(c: PlayerCommand): void;
}

/** Server clock minus this laptop's, from the last private message. */
let clockOffset = 0;
export const setServerTime = (serverTime: number): void => void (clockOffset = serverTime - Date.now());

export function secondsLeft(state: RoomState, now = Date.now() + clockOffset): number {
  return state.phaseEndsAt > 0 ? Math.max(0, Math.ceil((state.phaseEndsAt - now) / 1000)) : 0;
}

export const clock = (seconds: number): string => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;

export function roundBar(state: RoomState, code: string, me: SeatState | undefined, actions: HudActions): HTMLElement {
  const round = state.phase === "lobby" ? t("bar.beforeRound1") : t("bar.round", { round: state.round, rounds: state.rounds });
  const phase = state.phase === "lobby" || state.phase === "action" || state.phase === "ended" ? t(`bar.phase.${state.phase}`) : state.phase;
  // Two rows (game.css): where the round stands and the seat's buttons; then who plays, the
  // debrief's button (main.ts adds it to .bar-people) and the language switch.
  const status = h(
    "div",
    { class: "bar-status" },
    h("span", { class: "brand" }, ...brand()),
    h("span", { class: "room" }, t("bar.room"), h("strong", { class: "room-code", "aria-label": t("bar.roomCode", { code: code.split("").join(" ") }) }, code)),
    h("span", { class: "round", "aria-label": t("bar.roundLabel") }, `${round} · ${state.year}`),
    h("span", { class: "phase" }, phase),
    h("span", { class: "stability", title: t("bar.stabilityTitle") }, t("bar.stability", { value: state.stability })),
    state.phase === "action" ? h("span", { class: "timer", role: "timer", "aria-label": t("bar.timeLeft") }, clock(secondsLeft(state))) : null,
  );
  const buttons = h(
    "div",
    { class: "bar-actions" },
    // In a facilitator's session the teacher starts the game and fills seats from the console.
    state.phase === "lobby" && state.facilitated ? h("span", { class: "hint" }, t("bar.teacherStarts")) : null,
    state.phase === "lobby" && !state.facilitated ? h("button", { type: "button", class: "primary", onclick: actions.start }, t(state.solo ? "bar.startSolo" : "bar.start")) : null,
    state.phase === "lobby" && !state.facilitated && !state.solo && [...state.seats].some((s) => !s.player) ? h("button", { type: "button", onclick: actions.fillWithBots }, t("bar.fill")) : null,
    state.phase === "action" && me
      ? h("button", { type: "button", class: me.ready ? "ready on" : "ready primary", "aria-pressed": me.ready ? "true" : "false", onclick: () => actions.ready(!me.ready) }, t(me.ready ? "bar.waiting" : "bar.ready"))
      : null,
  );
  return h("header", { class: "round-bar" }, h("div", { class: "bar-top" }, status, buttons), h("div", { class: "bar-people" }, playerChips(state), languageSwitch()));
}

function migrantChoices(state: RoomState, me: SeatState, pendingMove: PrivateView["pendingMove"], actions: HudActions): HTMLElement {
  const remit = moneyField("remittance", me.remittance);
  const hukou = me.hukou
    ? h("p", {}, t("migrant.hukouHeld"))
    : me.applyingHukou
      ? h("p", { class: "pending" }, t("migrant.hukouApplied", { quota: state.hukouQuota }))
      : h("button", { type: "button", disabled: me.job === "coast", onclick: () => actions.command({ type: "applyHukou" }) }, t("migrant.applyHukou", { quota: state.hukouQuota }));
  return h(
    "div",
    { class: "choices" },
    h("h3", {}, t("migrant.workAndHome")),
    h("p", {}, now(state, me)),
    pendingMove ? h("p", { class: "pending" }, t("migrant.pending", { move: moveText(state, pendingMove) })) : null,
    h("button", { type: "button", onclick: () => actions.command({ type: "chooseWorkAndHome", job: "coast", home: { kind: "coast" } }) }, t("migrant.coast")),
    h("button", { type: "button", onclick: () => actions.command({ type: "chooseWorkAndHome", job: "construction", home: { kind: "dorm" } }) }, t("migrant.construction")),
    h("button", { type: "button", onclick: () => actions.command({ type: "chooseWorkAndHome", job: "factory", home: { kind: "dorm" } }) }, t("migrant.factory")),
    h("p", { class: "hint" }, t("migrant.clickHome")),
    h("h3", {}, t("migrant.hukou"), lang() === "zh-CN" ? null : h("span", { lang: "zh" }, "户口")),
    hukou,
    h("h3", {}, t("migrant.remittance")),
    h("label", { for: "remittance" }, t("migrant.remittanceLabel")),
    remit.row,
    h("button", { type: "button", onclick: () => actions.command({ type: "setRemittance", amount: remit.wan() }) }, t("migrant.setRemittance")),
  );
}

/** A queued move in words: "a services job, living on tile (3,4)". */
function moveText(state: RoomState, move: NonNullable<PrivateView["pendingMove"]>): string {
  const job = (catalogue().terms.job as Record<string, string>)[move.job] ?? move.job;
  if (move.home.kind === "coast") return t("migrant.moveCoast");
  return move.home.kind === "dorm" ? t("migrant.moveDorm", { job }) : t("migrant.moveTile", { job, tile: tileName(state, move.home.tile) });
}

/** Where the cohort works and lives now. */
function now(state: RoomState, me: SeatState): string {
  if (me.job === "coast") return t("migrant.nowCoast");
  const job = (catalogue().terms.job as Record<string, string>)[me.job] ?? me.job;
  return me.homeKind === "dorm" ? t("migrant.nowDorm", { job }) : t("migrant.nowTile", { job, tile: tileName(state, me.homeTile) });
}

/** Borrowing from the bank: government and developers. */
function financeForm(priv: PrivateView, actions: HudActions): HTMLElement {
  const f = priv.finance!;
  const amount = moneyField("loan-amount", Math.min(10_000, f.room));
  return foldable(
    "loans",
    t("finance.title", { debt: money(f.debt) }),
    h("p", { class: "hint" }, t("finance.note", { debt: money(f.debt), limit: money(f.limit), pct: f.interestPct }), f.queued > 0 ? t("finance.borrowing", { amount: money(f.queued) }) : f.queued < 0 ? t("finance.repaying", { amount: money(-f.queued) }) : ""),
    h("label", { for: "loan-amount" }, t("finance.amount")),
    amount.row,
    h(
      "div",
      { class: "button-row" },
      h("button", { type: "button", disabled: f.room === 0, onclick: () => actions.command({ type: "borrow", amount: amount.wan() }) }, t("finance.borrow")),
      h("button", { type: "button", disabled: f.debt === 0, onclick: () => actions.command({ type: "repay", amount: amount.wan() }) }, t("finance.repay")),
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
    h("option", { value: "cityWorkers", selected: state.prhEligibility === "cityWorkers" }, t("policy.anyone")),
    h("option", { value: "hukouHolders", selected: state.prhEligibility === "hukouHolders" }, t("policy.hukouOnly")),
  );
  const quota = h("input", { id: "hukou-quota", type: "number", min: limits.hukouQuota.min, max: limits.hukouQuota.max, value: state.hukouQuota });
  return foldable(
    "policies",
    prhOpen ? t("policy.titlePrh", { quota: state.hukouQuota, pct: state.prhRentPct }) : t("policy.title", { quota: state.hukouQuota }),
    h("label", { for: "hukou-quota" }, t("policy.quota")),
    quota,
    h("button", { type: "button", onclick: () => actions.command({ type: "setHukouQuota", cohorts: Number(quota.value) }) }, t("policy.setQuota")),
    ...(prhOpen
      ? [
          h("label", { for: "prh-rent" }, t("policy.rent")),
          rent,
          h("label", { for: "prh-eligibility" }, t("policy.openTo")),
          who,
          h("button", { type: "button", onclick: () => actions.command({ type: "setPrhPolicy", rentPct: Number(rent.value), eligibility: who.value as "cityWorkers" | "hukouHolders" }) }, t("policy.setPrh")),
        ]
      : [h("p", { class: "hint" }, unlockCards.prh ? t("policy.prhOpensWith", { card: cardTitle(unlockCards.prh.id, unlockCards.prh.title), year: unlockCards.prh.year }) : t("policy.noPrh"))]),
  );
}

/** The state-run exchange: a sealed order, per-ticket price; it clears at the end of the round. */
function exchangeForm(state: RoomState, role: "village" | "developer", priv: PrivateView | null, actions: HudActions): HTMLElement {
  const side = role === "village" ? "sell" : "buy";
  const mine = priv?.exchangeOrder;
  const count = h("input", { id: "exchange-count", type: "number", min: 1, value: mine?.tickets ?? 1 });
  const price = moneyField("exchange-price", mine?.price ?? 5000);
  const nothingToSell = side === "sell" && !mine && (priv?.freeTickets ?? 0) === 0;
  const round = state.ticketClearedRound;
  const last = round > 0 ? (state.ticketVolume > 0 ? t("exchange.last", { round, count: state.ticketVolume, price: money(state.ticketPrice) }) : t("exchange.noTrade", { round })) : t("exchange.noClearing");
  return h(
    "form",
    { class: "choices", onsubmit: (e: Event) => e.preventDefault() },
    h("h3", {}, t("exchange.title"), lang() === "zh-CN" ? null : h("span", { lang: "zh" }, "地票交易所")),
    h("p", { class: "hint" }, last, t("exchange.thisRound", { sell: state.exchangeSellOrders, buy: state.exchangeBuyOrders })),
    mine ? h("p", { class: "pending" }, t(mine.side === "sell" ? "exchange.mineSell" : "exchange.mineBuy", { count: mine.tickets, price: money(mine.price) })) : null,
    ...(nothingToSell
      ? [h("p", { class: "hint" }, t("exchange.noTickets"))]
      : [
          h("label", { for: "exchange-count" }, t(side === "sell" ? "exchange.toSell" : "exchange.toBuy")),
          count,
          h("label", { for: "exchange-price" }, t(side === "sell" ? "exchange.lowest" : "exchange.highest")),
          price.row,
          h("button", { type: "button", onclick: () => actions.command({ type: "exchangeOrder", side, tickets: Number(count.value), price: price.wan() }) }, t(side === "sell" ? "exchange.placeSell" : "exchange.placeBuy")),
        ]),
  );
}

function ticketForm(state: RoomState, actions: HudActions, free: number): HTMLElement {
  const developers = [...state.seats].filter((s) => s.role === "developer");
  const to = h("select", { id: "ticket-to" }, ...developers.map((d) => h("option", { value: d.id }, seatName(state, d.id))));
  const count = h("input", { id: "ticket-count", type: "number", min: 1, max: free, value: 1 });
  // A starting price: a ticket lets a developer build a farmland plot worth thousands of wan.
  const price = moneyField("ticket-price", 5000);
  return h(
    "form",
    { class: "choices", onsubmit: (e: Event) => e.preventDefault() },
    h("h3", {}, t("ticketSale.title", { free })),
    h("label", { for: "ticket-to" }, t("ticketSale.to")),
    to,
    h("label", { for: "ticket-count" }, t("ticketSale.tickets")),
    count,
    h("label", { for: "ticket-price" }, t("ticketSale.price")),
    price.row,
    h("button", { type: "button", onclick: () => actions.command({ type: "offerTickets", to: Number(to.value), tickets: Number(count.value), price: price.wan() }) }, t("ticketSale.offer")),
  );
}

export function rolePanel(state: RoomState, me: SeatState, priv: PrivateView | null, actions: HudActions): HTMLElement {
  const b = BRIEFINGS[me.role as Role];
  const free = priv?.freeTickets ?? 0;
  return h(
    "section",
    { class: `role-panel role-${me.role}`, "aria-labelledby": "role-heading" },
    h("h2", { id: "role-heading", tabindex: -1 }, seatName(state, me.id)),
    h("p", { class: "role-title" }, seatName(state, me.id) === b.title ? "" : `${b.title}. `, t("role.wantsLine"), b.wants),
    h(
      "dl",
      { class: "money" },
      h("dt", {}, t("role.money")),
      h("dd", { "aria-label": t("role.money") }, money(me.balance)),
      h("dt", { title: t("role.freeTitle") }, t("role.free")),
      h("dd", { "aria-label": t("role.free") }, priv ? money(priv.available) : "—"),
      ...(me.role === "village" || me.role === "developer" ? [h("dt", {}, t("role.tickets")), h("dd", { "aria-label": t("role.tickets") }, String(me.tickets))] : []),
      ...(me.debt > 0 ? [h("dt", {}, t("role.debt")), h("dd", { "aria-label": t("role.debt") }, money(me.debt))] : []),
    ),
    scoreView(state, me),
    objectivePanel(priv?.objective),
    h("h3", {}, t("role.nowTitle")),
    h("ul", { class: "next-steps", "aria-label": t("role.nowTitle") }, ...(priv?.nextSteps ?? []).map((step) => h("li", {}, stepText(state, step)))),
    state.phase === "action" && me.role === "migrant" ? migrantChoices(state, me, priv?.pendingMove ?? null, actions) : null,
    state.phase === "action" && me.role === "government" ? policyForm(state, actions) : null,
    state.phase === "action" && priv?.finance ? financeForm(priv, actions) : null,
    state.phase === "action" && (me.role === "village" || me.role === "developer") && [...state.unlocked].includes("exchange") ? exchangeForm(state, me.role, priv, actions) : null,
    state.phase === "action" && me.role === "village" && free > 0 ? ticketForm(state, actions, free) : null,
    h("button", { type: "button", class: "link", onclick: actions.leaveSeat }, t("role.leave")),
  );
}

/** The seat's own score and what it is made of (shared/rules/scores.ts; docs/rules.md "Scores and private objectives"). */
function scoreView(state: RoomState, me: SeatState): HTMLElement {
  const parts = scorePartsOf(state, me);
  return foldable(
    "score",
    t("role.score", { score: formatNumber(me.score, lang(), 0) }),
    h("p", { class: "hint" }, t("role.scoreNote")),
    h("dl", { class: "score-parts" }, ...parts.flatMap((p) => [h("dt", {}, p.label), h("dd", {}, formatNumber(p.value, lang(), 0))])),
  );
}

export function eventCard(state: RoomState): HTMLElement | null {
  if (!state.card.id) return null;
  return h(
    "section",
    { class: "event-card", "aria-labelledby": "card-title" },
    h("p", { class: "card-year" }, String(state.card.year), state.counterfactual ? h("span", { class: "counterfactual", title: t("card.counterfactualTitle") }, t("card.counterfactual")) : null),
    h("h2", { id: "card-title" }, cardTitle(state.card.id)),
    h("p", {}, cardText(state.card.id)),
  );
}

/** At the end: every seat's score on its own role's objectives, best first within each role. */
export function resultsView(state: RoomState): HTMLElement {
  const rank = (role: string) => ROLE_ORDER.indexOf(role as Role);
  const seats = [...state.seats].sort((a, b) => rank(a.role) - rank(b.role) || b.score - a.score);
  return h(
    "section",
    { class: "results", "aria-labelledby": "results-heading" },
    h("h2", { id: "results-heading" }, t("results.title")),
    h("p", { class: "hint" }, t("results.note")),
    h("ul", {}, ...seats.map((s) => h("li", {}, t("results.line", { seat: seatName(state, s.id), player: s.player || t("results.noPlayer"), score: formatNumber(s.score, lang(), 0), money: money(s.balance) })))),
  );
}

/** Who is here, who is away, who is ready: the host knows when to start, everyone whom they wait for. */
function playerChips(state: RoomState): HTMLElement {
  // People by name; bots together in one chip (they are always ready).
  const seated = [...state.seats].filter((s) => s.player !== "" && !s.bot);
  const bots = [...state.seats].filter((s) => s.bot).length;
  const ready = seated.filter((s) => s.ready && s.connected).length;
  // More than three people: names only (the seat is in each chip's tooltip), so the chips keep one line.
  return h(
    "ul",
    { class: seated.length > 3 ? "chips many" : "chips", "aria-label": t("bar.players", { count: seated.length }) },
    state.phase === "action" ? h("li", { class: "count" }, t("bar.readyCount", { ready, of: seated.filter((s) => s.connected).length })) : null,
    bots > 0 ? h("li", { class: "bots", title: t("bar.botsTitle") }, t("bar.bots", { count: bots })) : null,
    ...seated.map((s) => {
      const status = !s.connected ? "away" : state.phase === "action" && s.ready ? "ready" : "";
      const mark = status === "ready" ? " ✓" : status === "away" ? t("bar.away") : "";
      return h("li", { class: status, title: t(status === "ready" ? "bar.chipReady" : status === "away" ? "bar.chipAway" : "bar.chipDeciding", { seat: seatName(state, s.id) }) }, s.player, h("span", { class: "chip-role" }, ` · ${seatName(state, s.id)}`), mark);
    }),
  );
}
