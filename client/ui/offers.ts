// Offers addressed to you (accept or refuse), offers you made, and this round's auctions.
import type { PlayerCommand } from "../../shared/engine/commands";
import { money } from "./money";
import type { OfferState, RoomState } from "../../server/room/schema";
import { h } from "./dom";
import { mapOf } from "../synced";

function describeOffer(state: RoomState, o: OfferState): string {
  const from = state.seats[o.from]?.label ?? "?";
  const to = state.seats[o.to]?.label ?? "?";
  if (o.kind === "amendment") {
    const x = o.tile % state.map.width;
    const y = Math.floor(o.tile / state.map.width);
    return `${from} asks for a ${o.amendment} plan amendment: tile (${x},${y}) to be planned ${o.plan}.${o.amendment === "compulsory" ? " If approved it comes into force a round later." : " A boundary correction: approved, in force at the end of the round."}`;
  }
  if (o.kind === "expropriation") {
    const x = o.tile % state.map.width;
    const y = Math.floor(o.tile / state.map.width);
    return `${from} offers ${to} ${money(o.amount)} compensation for tile (${x},${y}) (land value ${money(mapOf(state).value[o.tile])}).`;
  }
  return `${from} offers ${to} ${o.tickets} land ticket(s) for ${money(o.amount)}.`;
}

/** Accept / Refuse, and for land: name another sum, or (a village) protest. */
function answerButtons(state: RoomState, mySeat: number, o: OfferState, send: (c: PlayerCommand) => void): HTMLElement {
  const buttons = h(
    "div",
    { class: "buttons" },
    h("button", { type: "button", class: "primary", onclick: () => send({ type: "respondOffer", offerId: o.id, accept: true }) }, "Accept"),
    h("button", { type: "button", onclick: () => send({ type: "respondOffer", offerId: o.id, accept: false }) }, "Refuse"),
  );
  if (o.kind !== "expropriation") return buttons;
  const id = `counter-${o.id}`;
  const amount = h("input", { id, type: "number", min: 0, step: 100, value: o.amount * 2 });
  const shown = h("span", { class: "in-millions" }, `= ${money(o.amount * 2)}`);
  amount.addEventListener("input", () => (shown.textContent = `= ${money(Number(amount.value) || 0)}`));
  const village = state.seats[mySeat]?.role === "village";
  return h(
    "div",
    { class: "answer" },
    buttons,
    h("label", { for: id }, `${village ? "Ask for" : "Offer instead"}, in wan (万, ¥10,000)`),
    h("div", { class: "amount-row" }, amount, shown),
    h("button", { type: "button", onclick: () => send({ type: "counterOffer", offerId: o.id, amount: Math.round(Number(amount.value)) }) }, village ? "Ask for this sum" : "Counter with this sum"),
    village
      ? h("button", { type: "button", class: "protest", onclick: () => send({ type: "resistOffer", offerId: o.id }) }, "Protest (refuse; costs the government stability)")
      : null,
  );
}

export function offersView(state: RoomState, mySeat: number, myBids: { auctionId: number; amount: number }[], send: (c: PlayerCommand) => void, select: (tile: number) => void): HTMLElement {
  const toMe = [...state.offers].filter((o) => o.to === mySeat);
  const mine = [...state.offers].filter((o) => o.from === mySeat);
  const auctions = [...state.auctions];
  return h(
    "section",
    { class: "offers", "aria-labelledby": "offers-heading" },
    h("h2", { id: "offers-heading" }, "Offers and auctions"),
    toMe.length + mine.length + auctions.length === 0 ? h("p", { class: "hint" }, "Nothing on the table this round.") : null,
    ...toMe.map((o) =>
      h(
        "div",
        { class: `offer offer-${o.status}` },
        h("p", {}, describeOffer(state, o)),
        o.status === "open" ? answerButtons(state, mySeat, o, send) : h("p", { class: "status" }, `You ${o.status} this offer.${o.status === "accepted" ? " It settles at the end of the round." : ""}`),
      ),
    ),
    ...mine.map((o) => h("div", { class: `offer offer-${o.status}` }, h("p", {}, describeOffer(state, o)), h("p", { class: "status" }, o.status === "open" ? "Waiting for an answer." : `The other side ${o.status} it.`))),
    ...auctions.map((a) => {
      const x = a.tile % state.map.width;
      const y = Math.floor(a.tile / state.map.width);
      const mine = myBids.find((b) => b.auctionId === a.id);
      return h(
        "div",
        { class: "auction" },
        h("p", {}, `Auction #${a.id}: lease of tile (${x},${y}), reserve ${money(a.reserve)}, ${a.bidCount} sealed bid(s).`),
        mine ? h("p", { class: "status" }, `Your sealed bid: ${money(mine.amount)} (only you can see it).`) : null,
        h("button", { type: "button", onclick: () => select(a.tile) }, `Show tile (${x},${y})`),
      );
    }),
  );
}
