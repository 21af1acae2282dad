// The one place that knows both the engine's GameState and the synced RoomState: it copies
// what changed from one into the other. Tile arrays are compared entry by entry and only the
// entries that differ are written, so one changed tile makes a patch of a few bytes.

import type { ArraySchema } from "@colyseus/schema";
import { describeEvent, type GameEvent } from "../../shared/model/events";
import { seatAccount, yearOfRound, type GameState } from "../../shared/model/state";
import { cardIndexForRound, isCounterfactual, isUnlocked } from "../../shared/rules/unlocks";
import { scoreSeat } from "../../shared/rules/scores";
import { UNLOCKS } from "../../shared/scenarios/schema";
import { openHubs } from "../../shared/rules/firms";
import { AuctionState, DealState, HubState, OfferState, OrderState, PrhBlockState, ProjectState, SeatState, type RoomState } from "./schema";

/** What the room knows about a seat beyond the engine: who sits there. */
export interface SeatOccupant {
  player: string;
  connected: boolean;
  ready: boolean;
  /** The personality of the bot playing the seat ("" or absent: the player plays it). */
  bot?: string;
}

export const LOG_LINES = 60;

function syncList<T extends number | string>(target: ArraySchema<T>, source: T[]): void {
  for (let i = 0; i < source.length; i++) {
    if (i >= target.length) target.push(source[i]);
    else if (target[i] !== source[i]) target[i] = source[i];
  }
  while (target.length > source.length) target.pop();
}

const tilesWith = (layer: number[]): number[] => layer.flatMap((v, t) => (v === 1 ? [t] : []));

/** Per room: the moment of the game (see resolvedKey) its map, hubs and scores were last synced at. */
const syncedAt = new WeakMap<RoomState, string>();

/** What only resolution (or the start) changes: the map layers, zone and rail lists, hubs. */
function syncResolved(room: RoomState, game: GameState): void {
  const m = room.map;
  m.width = game.map.width;
  m.height = game.map.height;
  m.core = game.map.core;
  syncList(m.terrain, game.map.terrain);
  syncList(m.tenure, game.map.tenure);
  syncList(m.use, game.map.use);
  syncList(m.holder, game.map.holder);
  syncList(m.value, game.map.value);
  const open = new Set(openHubs(game).map((h) => h.id));
  game.scenario.firms.hubs.forEach((hub, i) => {
    const state = room.hubs[i] ?? new HubState().assign({ id: hub.id, name: hub.name, x: hub.x, y: hub.y, radius: hub.radius, bonus: hub.bonus });
    if (!room.hubs[i]) room.hubs.push(state);
    state.open = open.has(hub.id);
  });
  syncList(room.zoneTiles, tilesWith(game.map.zone));
  syncList(room.railTiles, tilesWith(game.map.rail));
}

/** What the facilitator's console set: the paused clock and the last broadcast. */
export interface ConsoleState {
  paused: boolean;
  pausedSecondsLeft: number;
  broadcast: string;
  broadcastAt: number;
}

export function syncState(room: RoomState, game: GameState, occupants: (SeatOccupant | null)[], phaseEndsAt: number, solo = false, controls?: ConsoleState): void {
  room.solo = solo;
  if (controls) {
    room.paused = controls.paused;
    room.pausedSecondsLeft = controls.pausedSecondsLeft;
    room.broadcast = controls.broadcast;
    room.broadcastAt = controls.broadcastAt;
  }
  room.phase = game.phase;
  room.round = game.round;
  room.rounds = game.scenario.rounds;
  room.year = yearOfRound(game.scenario, game.round);
  room.phaseEndsAt = phaseEndsAt;
  room.scenarioName = game.scenario.name;
  room.stability = game.stability;
  room.exchangeSellOrders = game.exchange.filter((o) => o.side === "sell").length;
  room.exchangeBuyOrders = game.exchange.filter((o) => o.side === "buy").length;
  room.ticketPrice = game.lastClearing.price;
  room.ticketVolume = game.lastClearing.volume;
  room.ticketClearedRound = game.lastClearing.round;
  room.prhRentPct = game.prh.rentPct;
  room.prhEligibility = game.prh.eligibility;
  room.hukouQuota = game.hukouQuota;
  room.counterfactual = isCounterfactual(game);
  syncList(room.unlocked, UNLOCKS.filter((u) => isUnlocked(game, u)));
  syncList(room.firmTiles, game.firms.map((f) => f.tile));

  const card = game.eventCard >= 0 ? game.scenario.events[game.eventCard] : null;
  room.card.id = card?.id ?? "";
  room.card.year = card?.year ?? 0;
  room.card.title = card?.title ?? "";
  room.card.text = card?.text ?? "";
  const next = game.phase !== "ended" && game.round < game.scenario.rounds ? cardIndexForRound(game, game.round + 1) : -1;
  room.nextCardId = game.scenario.events[next]?.id ?? "";

  // The map, hubs and scores change only when the clock moves the game on (a round opens or
  // resolves, the game ends) or a protest moves stability; most messages (a bid, an offer, a
  // Ready) do not, so they skip the per-tile comparisons and the ledger scans of the scores.
  const resolvedKey = `${game.round}|${game.phase}|${game.ledger.length}|${game.stability}`;
  const resolved = syncedAt.get(room) !== resolvedKey;
  syncedAt.set(room, resolvedKey);
  if (resolved) syncResolved(room, game);

  game.seats.forEach((seat, i) => {
    let s = room.seats[i];
    if (!s) {
      s = new SeatState();
      room.seats.push(s);
    }
    const occupant = occupants[i];
    const cohort = game.cohorts.find((c) => c.seat === seat.id);
    s.id = seat.id;
    s.role = seat.role;
    s.label = seat.label;
    s.player = occupant?.player ?? "";
    s.connected = occupant?.connected ?? false;
    s.ready = occupant?.ready ?? false;
    s.bot = occupant?.bot ?? "";
    s.balance = game.balances[seatAccount(seat.id)] ?? 0;
    s.tickets = game.tickets[seat.id];
    s.job = cohort?.job ?? "";
    s.homeKind = cohort?.home.kind ?? "";
    s.homeTile = cohort?.home.kind === "tile" ? cohort.home.tile : -1;
    s.debt = game.debt[seat.id];
    s.hukou = cohort?.hukou ?? false;
    s.applyingHukou = cohort?.applyingHukou ?? false;
    s.remittance = cohort?.remittance ?? 0;
    if (resolved) {
      const score = scoreSeat(game, seat.id);
      s.score = Math.round(score.score);
      s.scoreParts = JSON.stringify(score.parts);
    }
  });

  room.offers.clear();
  for (const o of game.offers)
    room.offers.push(
      new OfferState().assign({
        id: o.id,
        kind: o.kind,
        from: o.from,
        to: o.to,
        tile: o.kind === "ticketSale" ? -1 : o.tile,
        plan: o.kind === "amendment" ? o.plan : "",
        amendment: o.kind === "amendment" ? o.amendment : "",
        tickets: o.kind === "ticketSale" ? o.tickets : 0,
        amount: o.amount,
        status: o.status,
      }),
    );
  room.auctions.clear();
  for (const a of game.auctions) room.auctions.push(new AuctionState().assign({ id: a.id, tile: a.tile, reserve: a.reserve, bidCount: a.bids.length }));
  room.orders.clear();
  for (const o of game.orders) {
    const order = new OrderState().assign({ kind: o.kind, seat: o.seat, detail: o.kind === "build" ? o.building : o.kind === "infra" ? o.infra : "" });
    order.tiles.push(...("tiles" in o ? o.tiles : [o.tile]));
    room.orders.push(order);
  }
  room.projects.clear();
  for (const p of game.projects) room.projects.push(new ProjectState().assign({ tile: p.tile, readyAtRound: p.readyAtRound }));
  room.prhBlocks.clear();
  for (const b of game.prhBlocks) room.prhBlocks.push(new PrhBlockState().assign(b));
  // Records never change once written: only new rounds are added.
  for (const record of game.history.slice(room.history.length)) room.history.push(JSON.stringify(record));
  for (const [tile, deal] of Object.entries(game.deals)) {
    const d = room.deals.get(tile) ?? new DealState();
    d.compensation = deal.compensation;
    d.lease = deal.lease;
    d.sale = deal.sale;
    if (!room.deals.has(tile)) room.deals.set(tile, d);
  }
}

/** Append log lines for events, keeping the last LOG_LINES. */
export function appendLog(room: RoomState, game: GameState, events: GameEvent[]): void {
  // bidPlaced and roundResolved are noise in a classroom log.
  appendLogLines(room, events.filter((e) => e.type !== "bidPlaced" && e.type !== "roundResolved").map((e) => describeEvent(game, e)));
}

/** Append lines to the log (events, chat, the facilitator's messages), keeping the last LOG_LINES. */
export function appendLogLines(room: RoomState, lines: string[]): void {
  room.log.push(...lines);
  // One splice, not shift(): @colyseus/schema 3.0's shift() finds what to drop by value, and the
  // log repeats lines, so clients dropped the wrong one (found by test/integration/syncStress).
  if (room.log.length > LOG_LINES) room.log.splice(0, room.log.length - LOG_LINES);
}
