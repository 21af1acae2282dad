// The state-run land-ticket exchange (source: opened in Chongqing in 2008). Villages post sealed
// sell orders, developers sealed buy orders, each a number of tickets and a price per ticket.
// At resolution step 3 the exchange clears at one price:
//   sells are ranked cheapest first, buys dearest first (equal prices: the order placed first);
//   tickets are matched one at a time while the next buy price is at least the next sell price;
//   everyone trades at the clearing price = the midpoint of the last matched buy and sell
//   prices, rounded down to a whole wan. So no seller gets less than asked, no buyer pays more
//   than bid.

import type { GameEvent } from "../model/events";
import { available } from "./commitments";
import { balanceOf, transfer } from "./ledger";
import type { ExchangeOrder } from "../model/offers";
import { seatAccount, type GameState } from "../model/state";
import { refuse, type Refusal } from "../engine/refusal";
import { freeTickets } from "./tickets";
import { lockedRefusal } from "./unlocks";

export function placeExchangeOrder(s: GameState, seat: number, side: "sell" | "buy", tickets: number, price: number): GameEvent[] | Refusal {
  const locked = lockedRefusal(s, "exchange");
  if (locked) return locked;
  const role = s.seats[seat].role;
  if (side === "sell" && role !== "village") return refuse("Only villages sell land tickets on the exchange.", "wrongSide", { side });
  if (side === "buy" && role !== "developer") return refuse("Only developers buy land tickets on the exchange.", "wrongSide", { side });
  const previous = s.exchange.find((o) => o.seat === seat && o.side === side);
  s.exchange = s.exchange.filter((o) => o !== previous);
  if (side === "sell" && freeTickets(s, seat) < tickets) return refuse(`You have ${freeTickets(s, seat)} land ticket(s) free to sell.`, "notEnoughTickets", { tickets, free: freeTickets(s, seat) });
  if (side === "buy" && available(s, seat) < tickets * price) return refuse(`Buying ${tickets} at up to ${price} wan needs ${tickets * price} wan; you have ${available(s, seat)} uncommitted.`, "notEnoughMoney", { needed: tickets * price, available: available(s, seat) });
  s.exchange.push({ seat, side, tickets, price });
  return [{ type: "orderQueued", seat, order: { what: "exchange", side, tickets } }];
}

/** One unit per ticket, in matching order. */
function units(orders: ExchangeOrder[], side: "sell" | "buy"): ExchangeOrder[] {
  const ranked = orders.filter((o) => o.side === side).sort((a, b) => (side === "sell" ? a.price - b.price : b.price - a.price));
  return ranked.flatMap((o) => Array.from({ length: o.tickets }, () => o));
}

export function clearExchange(s: GameState): GameEvent[] {
  // A seller must still hold the tickets and a buyer the money when the market clears.
  const valid = s.exchange.filter((o) => (o.side === "sell" ? s.tickets[o.seat] >= o.tickets : balanceOf(s, o.seat) >= o.tickets * o.price));
  const sells = units(valid, "sell");
  const buys = units(valid, "buy");
  let volume = 0;
  while (volume < sells.length && volume < buys.length && buys[volume].price >= sells[volume].price) volume++;
  s.exchange = [];
  if (volume === 0) {
    s.lastClearing = { round: s.round, price: 0, volume: 0 };
    return [];
  }
  const price = Math.floor((buys[volume - 1].price + sells[volume - 1].price) / 2);
  for (let i = 0; i < volume; i++) {
    transfer(s, seatAccount(buys[i].seat), seatAccount(sells[i].seat), price, "ticket");
    s.tickets[sells[i].seat] -= 1;
    s.tickets[buys[i].seat] += 1;
  }
  s.lastClearing = { round: s.round, price, volume };
  return [{ type: "exchangeCleared", price, volume }];
}
