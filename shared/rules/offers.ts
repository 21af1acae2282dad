// Answering an offer: accept, refuse, counter (expropriation only: name another sum, which
// becomes a new offer the other way), or — for a village — resist: refuse and protest, which
// costs the government stability and closes the tile to offers for the rest of the round.

import type { GameEvent } from "../model/events";
import { available, offerCost, packageCost, payerOf } from "./commitments";
import type { Offer } from "../model/offers";
import type { GameState } from "../model/state";
import { minimumCompensation } from "./land";
import { refuse, type Refusal } from "../engine/refusal";

function openOfferTo(s: GameState, seat: number, offerId: number): Offer | Refusal {
  const offer = s.offers.find((o) => o.id === offerId);
  if (!offer || offer.to !== seat) return refuse(`There is no offer #${offerId} addressed to you.`, "noSuchOffer", { offer: offerId });
  if (offer.status !== "open") return refuse(`Offer #${offerId} has already been ${offer.status}.`, "offerClosed", { offer: offerId, status: offer.status });
  return offer;
}
const isOffer = (o: Offer | Refusal): o is Offer => "id" in o;

export function respondOffer(s: GameState, seat: number, offerId: number, accept: boolean): GameEvent[] | Refusal {
  const offer = openOfferTo(s, seat, offerId);
  if (!isOffer(offer)) return offer;
  // Accepting commits the payer's money. The offer is still open, so it is not yet counted.
  const cost = offerCost(s, offer);
  if (accept && payerOf(s, offer) === seat && available(s, seat) < cost) return refuse(`You have ${available(s, seat)} wan uncommitted; accepting needs ${cost}.`, "notEnoughMoney", { needed: cost, available: available(s, seat) });
  offer.status = accept ? "accepted" : "refused";
  return [{ type: "offerAnswered", offerId, accept }];
}

export function counterOffer(s: GameState, seat: number, offerId: number, amount: number): GameEvent[] | Refusal {
  const offer = openOfferTo(s, seat, offerId);
  if (!isOffer(offer)) return offer;
  if (offer.kind !== "expropriation") return refuse("Only compensation offers can be countered; offer tickets of your own instead.", "notCounterable", { offer: offerId });
  const min = minimumCompensation(s, offer.tile);
  if (amount < min) return refuse(`A counter-offer must be at least the legal minimum of ${min} wan.`, "belowMinimum", { amount, minimum: min });
  if (amount === offer.amount) return refuse("That is the sum already offered: accept it instead.", "sameAmount", { offer: offerId, amount });
  if (payerOf(s, offer) === seat && available(s, seat) < packageCost(s, { amount, flats: offer.flats })) return refuse(`The budget has only ${available(s, seat)} wan uncommitted.`, "notEnoughMoney", { needed: packageCost(s, { amount, flats: offer.flats }), available: available(s, seat) });
  offer.status = "countered";
  const id = s.nextId++;
  // A counter-offer names another sum; the rest of the package stays as offered.
  s.offers.push({ id, kind: "expropriation", from: seat, to: offer.from, tile: offer.tile, amount, hukou: offer.hukou, flats: offer.flats, status: "open" });
  return [{ type: "offerMade", offerId: id }];
}

export function resistOffer(s: GameState, seat: number, offerId: number): GameEvent[] | Refusal {
  const offer = openOfferTo(s, seat, offerId);
  if (!isOffer(offer)) return offer;
  if (offer.kind !== "expropriation" || s.seats[seat].role !== "village") return refuse("Only a village can protest, and only against an expropriation offer.", "cannotProtest", { offer: offerId });
  offer.status = "resisted";
  s.stability = Math.max(0, s.stability - s.scenario.stability.protestCost);
  return [{ type: "protest", offerId, tile: offer.tile, seat, stability: s.stability }];
}
