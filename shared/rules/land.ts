// Land financing: expropriation of village land into the state land reserve, and sealed-bid
// lease auctions of reserve land to developers.
//
// Expropriation: the government offers cash for one village tile; the village accepts, refuses,
// asks for more (a counter-offer the government may accept or counter again) or protests
// (rules/offers.ts); an accepted offer settles first at resolution.
// Auction: first-price sealed bid. The highest bid at or above the reserve wins and pays its
// own bid; equal bids go to the one placed first. A bidder short of money at resolution is
// skipped. A tile with no winning bid stays in the reserve.

import type { GameEvent } from "../model/events";
import { available, packageCost } from "./commitments";
import { balanceOf, transfer } from "./ledger";
import { tenureCode, useCode } from "../model/map";
import { governmentSeat, seatAccount, type GameState } from "../model/state";
import { planCode } from "../model/map";
import { planOf } from "./plans";
import { refuse, type Refusal } from "../engine/refusal";
import { describeTile, offMap, tenureOf, useOf } from "./tiles";

/** The least compensation the law allows for a tile. */
export function minimumCompensation(s: GameState, tile: number): number {
  const e = s.scenario.expropriation;
  return useOf(s, tile) === "villageHousing" || useOf(s, tile) === "informalHousing" ? e.minimumPerHousingTile : e.minimumPerFarmTile;
}

export function expropriate(s: GameState, seat: number, tile: number, compensation: number, hukou = false, flats = false): GameEvent[] | Refusal {
  const bad = offMap(s, tile);
  if (bad) return bad;
  if (tenureOf(s, tile) !== "villageCollective") return refuse(`Only village collective land can be expropriated; ${describeTile(s, tile)} is not.`, "wrongTenure", { tile, tenure: tenureOf(s, tile) });
  const earlier = s.offers.find((o) => o.kind === "expropriation" && o.tile === tile && o.status !== "refused" && o.status !== "countered");
  if (earlier?.status === "resisted") return refuse("The village protested the offer on this tile; try again next round.", "protested", { tile });
  if (earlier) return refuse("There is already an offer on this tile this round; wait for the answer.", "offerPending", { tile });
  const min = minimumCompensation(s, tile);
  if (compensation < min) return refuse(`Compensation must be at least the legal minimum of ${min} wan for this tile.`, "belowMinimum", { amount: compensation, minimum: min });
  const cost = packageCost(s, { amount: compensation, flats });
  if (available(s, seat) < cost) return refuse(`The budget has only ${available(s, seat)} wan uncommitted; the package costs ${cost}.`, "notEnoughMoney", { needed: cost, available: available(s, seat) });
  const id = s.nextId++;
  s.offers.push({ id, kind: "expropriation", from: seat, to: s.map.holder[tile], tile, amount: compensation, hukou, flats, status: "open" });
  return [{ type: "offerMade", offerId: id }];
}

export function releaseAuction(s: GameState, seat: number, tile: number, reserve: number): GameEvent[] | Refusal {
  const bad = offMap(s, tile);
  if (bad) return bad;
  if (tenureOf(s, tile) !== "landReserve" || s.map.holder[tile] !== seat)
    return refuse(`Only land in the state land reserve can be auctioned; ${describeTile(s, tile)} is not.`, "wrongTenure", { tile, tenure: tenureOf(s, tile) });
  if (s.auctions.some((a) => a.tile === tile)) return refuse("This tile is already up for auction this round.", "alreadyAuctioned", { tile });
  const use = useOf(s, tile);
  if (use === "road" || use === "prhEstate" || s.projects.some((p) => p.tile === tile) || s.orders.some((o) => "tile" in o && o.tile === tile))
    return refuse(`${describeTile(s, tile)} is kept for public use.`, "publicUse", { tile });
  const id = s.nextId++;
  s.auctions.push({ id, tile, reserve, bids: [] });
  return [{ type: "auctionOpened", auctionId: id, tile, reserve }];
}

export function bid(s: GameState, seat: number, auctionId: number, amount: number): GameEvent[] | Refusal {
  const auction = s.auctions.find((a) => a.id === auctionId);
  if (!auction) return refuse(`There is no auction #${auctionId} this round.`, "noSuchAuction", { auction: auctionId });
  if (amount < auction.reserve) return refuse(`A bid must reach the reserve price of ${auction.reserve} wan.`, "belowReserve", { amount, reserve: auction.reserve });
  const previous = auction.bids.find((b) => b.seat === seat)?.amount ?? 0;
  if (available(s, seat) + previous < amount) return refuse(`You have ${available(s, seat) + previous} wan uncommitted; the bid is ${amount}.`, "notEnoughMoney", { needed: amount, available: available(s, seat) + previous });
  auction.bids = auction.bids.filter((b) => b.seat !== seat);
  auction.bids.push({ seat, amount });
  return [{ type: "bidPlaced", auctionId, seat }];
}

/** Resolution step 1: accepted expropriations take the land; unanswered offers lapse. */
export function settleExpropriations(s: GameState): GameEvent[] {
  const events: GameEvent[] = [];
  const gov = governmentSeat(s);
  for (const o of s.offers) {
    if (o.kind !== "expropriation") continue;
    if (o.status === "open") {
      events.push({ type: "offerLapsed", offerId: o.id, reason: "noAnswer", seat: o.to, tile: o.tile });
      continue;
    }
    if (o.status !== "accepted") continue;
    const villageSeat = o.from === gov ? o.to : o.from;
    const village = s.seats[villageSeat].village;
    transfer(s, seatAccount(gov), seatAccount(villageSeat), o.amount, "compensation", o.tile);
    if (o.flats) {
      transfer(s, seatAccount(gov), "economy", s.scenario.resettlement.flatsPerTile, "resettlement", o.tile);
      s.resettlementFlats[villageSeat] += 1;
    }
    if (o.hukou) s.villageHukou[villageSeat] += 1;
    s.map.tenure[o.tile] = tenureCode("landReserve");
    s.map.holder[o.tile] = gov;
    // Land entering the reserve joins the city's plan as residential unless already planned.
    if (planOf(s, o.tile) === "none") s.map.plan[o.tile] = planCode("residential");
    s.deals[o.tile] = { compensation: o.amount, lease: 0, sale: 0 };
    events.push({ type: "expropriated", tile: o.tile, village, compensation: o.amount, hukou: o.hukou, flats: o.flats });
  }
  return events;
}

/** Resolution step 2: every auction of the round is cleared. */
export function settleAuctions(s: GameState): GameEvent[] {
  const events: GameEvent[] = [];
  const gov = governmentSeat(s);
  for (const a of s.auctions) {
    // Stable sort: equal bids keep the order they were placed in.
    const ranked = [...a.bids].sort((x, y) => y.amount - x.amount);
    const winner = ranked.find((b) => b.amount >= a.reserve && balanceOf(s, b.seat) >= b.amount);
    if (!winner) {
      events.push({ type: "auctionFailed", tile: a.tile, reserve: a.reserve, bids: a.bids.map((b) => ({ seat: b.seat, amount: b.amount })) });
      continue;
    }
    transfer(s, seatAccount(winner.seat), seatAccount(gov), winner.amount, "lease", a.tile);
    s.map.tenure[a.tile] = tenureCode("stateUrban");
    s.map.holder[a.tile] = winner.seat;
    const deal = s.deals[a.tile] ?? { compensation: 0, lease: 0, sale: 0 };
    s.deals[a.tile] = { ...deal, lease: winner.amount };
    events.push({ type: "auctionWon", tile: a.tile, seat: winner.seat, price: winner.amount, reserve: a.reserve, bids: a.bids.map((b) => ({ seat: b.seat, amount: b.amount })) });
  }
  return events;
}

/**
 * Source: the reserve was supplied in part by unprofitable state enterprises' inner-city sites.
 * The government pays to move the enterprise out; at resolution the site enters the reserve,
 * vacant, ready for release.
 */
export function relocateSoe(s: GameState, seat: number, tile: number): GameEvent[] | Refusal {
  const bad = offMap(s, tile);
  if (bad) return bad;
  if (useOf(s, tile) !== "stateIndustry") return refuse(`Only a state-enterprise site can be relocated; ${describeTile(s, tile)} is not one.`, "wrongUse", { tile, use: useOf(s, tile) });
  if (s.orders.some((o) => o.kind === "relocateSoe" && o.tile === tile)) return refuse("This enterprise is already being relocated.", "alreadyOrdered", { tile });
  const cost = s.scenario.soe.relocationCost;
  if (available(s, seat) < cost) return refuse(`Relocation costs ${cost} wan; the budget has ${available(s, seat)} uncommitted.`, "notEnoughMoney", { needed: cost, available: available(s, seat) });
  s.orders.push({ kind: "relocateSoe", seat, tile });
  return [{ type: "orderQueued", seat, order: { what: "relocateSoe", tile } }];
}

export function completeRelocation(s: GameState, order: { seat: number; tile: number }): GameEvent[] {
  transfer(s, seatAccount(order.seat), "economy", s.scenario.soe.relocationCost, "relocation", order.tile);
  s.map.use[order.tile] = useCode("none");
  s.map.tenure[order.tile] = tenureCode("landReserve");
  s.map.holder[order.tile] = order.seat;
  s.map.plan[order.tile] = planCode("residential");
  s.deals[order.tile] = { compensation: s.scenario.soe.relocationCost, lease: 0, sale: 0 };
  return [{ type: "soeRelocated", tile: order.tile }];
}
