import { describe, expect, it } from "vitest";
import { clearExchange } from "../../shared/rules/exchange";
import { seatAccount, type GameState } from "../../shared/model/state";
import { DEV1, DEV2, GOV, VILLAGE, at, endRound, must, refused, scenarioWith, started } from "../helpers/game";
import { asciiMap } from "../helpers/asciiMap";
import { createGame } from "../../shared/engine/apply";
import { SYSTEM_SEAT } from "../../shared/engine/commands";

const balance = (s: GameState, seat: number) => s.balances[seatAccount(seat)];

/** Two villages (columns 7-8 and 9) and two developers; every village starts with tickets. */
function market(ticketsEach: number): GameState {
  const map = asciiMap(["oC..~~~ffh", "oo..~~~ffh", "i...~~~fhw", "....~~~ffw", "rr..~~~ffw"], (x) => (x < 9 ? 0 : 1), 2);
  const s = createGame(scenarioWith({ unlockedFromStart: ["exchange"] }), map, 1);
  s.tickets[1] = ticketsEach; // village V0 (seat 1)
  s.tickets[2] = ticketsEach; // village V1 (seat 2)
  return must(s, SYSTEM_SEAT, { type: "startGame" }).state;
}
// Seats on the two-village map: 0 government, 1-2 villages, 3-4 developers.
const V0 = 1;
const V1 = 2;
const D1 = 3;
const D2 = 4;

describe("the land-ticket exchange", () => {
  it("worked example: asks 4,000 x2 and 6,000 x2; bids 7,000 x1 and 5,000 x3 -> 2 tickets at 4,500", () => {
    let s = market(2);
    s = must(s, V0, { type: "exchangeOrder", side: "sell", tickets: 2, price: 4_000 }).state;
    s = must(s, V1, { type: "exchangeOrder", side: "sell", tickets: 2, price: 6_000 }).state;
    s = must(s, D1, { type: "exchangeOrder", side: "buy", tickets: 1, price: 7_000 }).state;
    s = must(s, D2, { type: "exchangeOrder", side: "buy", tickets: 3, price: 5_000 }).state;
    // One ticket at a time: sells 4,000 4,000 6,000 6,000 against buys 7,000 5,000 5,000 5,000.
    // 7,000 >= 4,000 and 5,000 >= 4,000 match; 5,000 < 6,000 stops: 2 tickets, at the midpoint
    // of the last matched pair, (5,000 + 4,000) / 2 = 4,500.
    const draft = structuredClone(s);
    expect(clearExchange(draft)).toEqual([{ type: "exchangeCleared", price: 4_500, volume: 2 }]);
    expect(draft.tickets.slice(1, 5)).toEqual([0, 2, 1, 1]);
    expect(balance(draft, V0) - balance(s, V0)).toBe(9_000);
    expect(balance(s, D1) - balance(draft, D1)).toBe(4_500);
    expect(balance(s, D2) - balance(draft, D2)).toBe(4_500);
    expect(draft.lastClearing).toEqual({ round: 1, price: 4_500, volume: 2 });
  });

  it("clears at resolution step 3 and is recorded in the round's history", () => {
    let s = market(1);
    s = must(s, V0, { type: "exchangeOrder", side: "sell", tickets: 1, price: 3_000 }).state;
    s = must(s, D1, { type: "exchangeOrder", side: "buy", tickets: 1, price: 5_000 }).state;
    const r = endRound(s);
    expect(r.events).toContainEqual({ type: "exchangeCleared", price: 4_000, volume: 1 });
    expect(r.state.history[0]).toMatchObject({ ticketPrice: 4_000, ticketVolume: 1 });
    expect(r.state.exchange).toEqual([]);
  });

  it("no trade when every bid is below every ask", () => {
    let s = market(1);
    s = must(s, V0, { type: "exchangeOrder", side: "sell", tickets: 1, price: 5_000 }).state;
    s = must(s, D1, { type: "exchangeOrder", side: "buy", tickets: 1, price: 4_999 }).state;
    const r = endRound(s);
    expect(r.events.filter((e) => e.type === "exchangeCleared")).toEqual([]);
    expect(r.state.history[0]).toMatchObject({ ticketPrice: 0, ticketVolume: 0 });
  });

  it("reserves tickets and money; a second order replaces the first; refuses the wrong side and overreach", () => {
    let s = market(2);
    s = must(s, V0, { type: "exchangeOrder", side: "sell", tickets: 2, price: 1_000 }).state;
    expect(refused(s, V0, { type: "offerTickets", to: D1, tickets: 1, price: 1 })).toMatch(/0 land ticket/);
    s = must(s, V0, { type: "exchangeOrder", side: "sell", tickets: 1, price: 2_000 }).state;
    expect(s.exchange).toEqual([{ seat: V0, side: "sell", tickets: 1, price: 2_000 }]);
    expect(refused(s, V0, { type: "exchangeOrder", side: "sell", tickets: 3, price: 1 })).toMatch(/2 land ticket/);
    expect(refused(s, V0, { type: "exchangeOrder", side: "buy", tickets: 1, price: 1 })).toMatch(/Only developers buy/);
    expect(refused(s, D1, { type: "exchangeOrder", side: "sell", tickets: 1, price: 1 })).toMatch(/Only villages sell/);
    expect(refused(s, D1, { type: "exchangeOrder", side: "buy", tickets: 2, price: 60_001 })).toMatch(/needs 120002 wan/);
    s = must(s, D1, { type: "exchangeOrder", side: "buy", tickets: 2, price: 60_000 }).state;
    expect(refused(s, D1, { type: "build", tile: 0, building: "factory" })).toMatch(/not yours/);
    expect(refused(s, GOV, { type: "exchangeOrder", side: "buy", tickets: 1, price: 1 })).toMatch(/Only developers/);
  });

  it("is closed until the 2008 card opens it (historical plan), then open for the rest of the game", () => {
    let s = started();
    expect(refused(s, DEV1, { type: "exchangeOrder", side: "buy", tickets: 1, price: 1_000 })).toMatch(/not available yet .*2008/);
    while (s.scenario.events[s.eventCard].id !== "ticketsAndCrisis") s = endRound(s).state;
    expect(s.round).toBe(6); // 2007-08
    must(s, DEV1, { type: "exchangeOrder", side: "buy", tickets: 1, price: 1_000 });
  });

  it("on the one-village map: a reclaimed plot's ticket, sold on the exchange, lets a developer build on farmland", () => {
    let s = started(scenarioWith({ unlockedFromStart: ["exchange"] }));
    s = must(s, VILLAGE, { type: "reclaim", tile: at(9, 0) }).state;
    s = endRound(s).state;
    s = endRound(s).state; // verified
    s = must(s, VILLAGE, { type: "exchangeOrder", side: "sell", tickets: 1, price: 2_000 }).state;
    s = must(s, DEV2, { type: "exchangeOrder", side: "buy", tickets: 1, price: 8_000 }).state;
    s = must(s, DEV1, { type: "exchangeOrder", side: "buy", tickets: 1, price: 1_000 }).state;
    s = endRound(s).state;
    expect(s.tickets[DEV2]).toBe(1);
    expect(s.tickets[DEV1]).toBe(0);
    expect(s.history.at(-1)).toMatchObject({ ticketPrice: 5_000, ticketVolume: 1 });
  });
});
