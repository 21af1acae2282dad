// Offers addressed to you (accept or refuse), offers you made, and this round's auctions.
import type { PlayerCommand } from "../../shared/engine/commands";
import { money } from "./money";
import { moneyField } from "./moneyField";
import type { OfferState, RoomState } from "../../server/room/schema";
import { h } from "./dom";
import { mapOf } from "../synced";
import { catalogue, t } from "../i18n";
import { seatName, tileName } from "./names";

type Answer = "accepted" | "refused" | "countered" | "resisted";
const isAnswer = (status: string): status is Answer => status === "accepted" || status === "refused" || status === "countered" || status === "resisted";

export function describeOffer(state: RoomState, o: OfferState): string {
  const from = seatName(state, o.from);
  const to = seatName(state, o.to);
  const tile = tileName(state, o.tile);
  if (o.kind === "amendment") {
    const kind = o.amendment === "compulsory" ? "compulsory" : "technical";
    const plan = (catalogue().terms.plan as Record<string, string>)[o.plan] ?? o.plan;
    return t("offers.amendment", { from, kind: t(`offers.amendmentKind.${kind}`), tile, plan }) + t(`offers.${kind}`);
  }
  // A village's counter-offer is what it asks for; the government's is what it offers.
  const asks = state.seats[o.from]?.role === "village";
  if (o.kind === "expropriation") return t(asks ? "offers.asks" : "offers.expropriation", { from, to, amount: money(o.amount), tile, value: money(mapOf(state).value[o.tile]) });
  return t("offers.tickets", { from, to, count: o.tickets, amount: money(o.amount) });
}

/** Accept / Refuse, and for land: name another sum, or (a village) protest. */
function answerButtons(state: RoomState, mySeat: number, o: OfferState, send: (c: PlayerCommand) => void): HTMLElement {
  const buttons = h(
    "div",
    { class: "buttons" },
    h("button", { type: "button", class: "primary", onclick: () => send({ type: "respondOffer", offerId: o.id, accept: true }) }, t("offers.accept")),
    h("button", { type: "button", onclick: () => send({ type: "respondOffer", offerId: o.id, accept: false }) }, t("offers.refuse")),
  );
  if (o.kind !== "expropriation") return buttons;
  const id = `counter-${o.id}`;
  // Starts at the sum on the table: the player moves it up (a village asking more) or down.
  const amount = moneyField(id, o.amount);
  const village = state.seats[mySeat]?.role === "village";
  return h(
    "div",
    { class: "answer" },
    buttons,
    h("label", { for: id }, t(village ? "offers.askFor" : "offers.offerInstead")),
    amount.row,
    h("button", { type: "button", onclick: () => send({ type: "counterOffer", offerId: o.id, amount: amount.wan() }) }, t(village ? "offers.askThis" : "offers.counterThis")),
    village ? h("button", { type: "button", class: "protest", onclick: () => send({ type: "resistOffer", offerId: o.id }) }, t("offers.protest")) : null,
  );
}

export function offersView(state: RoomState, mySeat: number, myBids: { auctionId: number; amount: number }[], send: (c: PlayerCommand) => void, select: (tile: number) => void): HTMLElement {
  const toMe = [...state.offers].filter((o) => o.to === mySeat);
  const mine = [...state.offers].filter((o) => o.from === mySeat);
  const auctions = [...state.auctions];
  return h(
    "section",
    { class: "offers", "aria-labelledby": "offers-heading" },
    h("h2", { id: "offers-heading" }, t("offers.title")),
    toMe.length + mine.length + auctions.length === 0 ? h("p", { class: "hint" }, t("offers.none")) : null,
    ...toMe.map((o) =>
      h(
        "div",
        { class: `offer offer-${o.status}` },
        h("p", {}, describeOffer(state, o)),
        o.status === "open" ? answerButtons(state, mySeat, o, send) : isAnswer(o.status) ? h("p", { class: "status" }, t(`offers.youDid.${o.status}`)) : null,
      ),
    ),
    ...mine.map((o) =>
      h("div", { class: `offer offer-${o.status}` }, h("p", {}, describeOffer(state, o)), h("p", { class: "status" }, o.status === "open" ? t("offers.waiting") : isAnswer(o.status) ? t(`offers.theyDid.${o.status}`) : o.status)),
    ),
    ...auctions.map((a) => {
      const bid = myBids.find((b) => b.auctionId === a.id);
      return h(
        "div",
        { class: "auction" },
        h("p", {}, t("offers.auction", { id: a.id, tile: tileName(state, a.tile), reserve: money(a.reserve), count: a.bidCount })),
        bid ? h("p", { class: "status" }, t("offers.myBid", { amount: money(bid.amount) })) : null,
        h("button", { type: "button", onclick: () => select(a.tile) }, t("offers.show", { tile: tileName(state, a.tile) })),
      );
    }),
  );
}
