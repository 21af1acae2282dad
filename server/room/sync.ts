// The one place that knows both the engine's GameState and the synced RoomState. It copies the
// public view (shared/views/publicView.ts) into the schema and computes no rule; it writes only
// what changed, so a patch carries the change and not the list: list rows are updated in place
// field by field and new rows pushed, the map goes as edits to a packed string
// (shared/views/wire.ts), the log as a ring.
//
// No array is ever spliced: a client that joins between two patches receives the full state and
// then the pending patch, and a splice applied twice dropped and doubled log lines
// (test/integration/freshJoiner.test.ts). A list that got shorter is cleared and refilled
// instead (the round's end, mostly).

import type { ArraySchema, Schema } from "@colyseus/schema";
import type { GameEvent } from "../../shared/model/events";
import type { LogPageReply } from "../../shared/protocol";
import { cityNews, packNews } from "../../shared/views/cityNews";
import { packedLogLines } from "../../shared/views/logEntries";
import { type GameState } from "../../shared/model/state";
import { publicRules, publicScores, publicView } from "../../shared/views/publicView";
import { LOG_PAGE, WIRE_LAYERS, flatten, packEdit, packLayers, packRecord, roundMarker, writeLogLine } from "../../shared/views/wire";
import { AuctionState, DealState, HubState, OfferState, OrderState, PrhBlockState, ProjectState, SeatState, type MapWire, type RoomState } from "./schema";

/** What the room knows about a seat beyond the engine: who sits there. */
export interface SeatOccupant {
  player: string;
  connected: boolean;
  ready: boolean;
  /** Commands accepted from the seat's player in this action phase (the room counts them). */
  moves?: number;
  /** The personality of the bot playing the seat ("" or absent: the player plays it). */
  bot?: string;
}

/** What the facilitator's console set: the paused clock and the last broadcast. */
export interface ConsoleState {
  facilitated: boolean;
  paused: boolean;
  pausedSecondsLeft: number;
  broadcast: string;
  broadcastAt: number;
}

type Plain = Record<string, unknown>;

/** Set the fields that differ (an unchanged field is not written, so it is not sent). */
function update<S extends Schema>(target: S, values: Plain): void {
  const t = target as unknown as Plain;
  for (const [k, v] of Object.entries(values)) if (t[k] !== v) t[k] = v;
}

/** A list of numbers or strings, by position: entries changed in place, new ones pushed; a
 * shorter list is refilled. */
function syncValues<T extends number | string>(target: ArraySchema<T>, source: T[]): void {
  if (source.length < target.length) target.clear();
  source.forEach((v, i) => {
    if (i >= target.length) target.push(v);
    else if (target[i] !== v) target[i] = v;
  });
}

/** A list of rows, by position: a row in place gets the fields that changed (an offer's status,
 * an auction's bid count), new rows at the end are pushed; a shorter list is refilled. */
function syncRows<S extends Schema>(target: ArraySchema<S>, rows: Plain[], make: () => S): void {
  if (rows.length < target.length) target.clear();
  rows.forEach((row, i) => {
    if (i >= target.length) target.push(make());
    update(target[i], row);
  });
}

/** Per room: the layers as last synced, to send only the tiles that changed. */
const sentLayers = new WeakMap<RoomState, number[][]>();

/** Per room: the round whose opening was last marked among the edits (wire.ts roundMarker). */
const markedRound = new WeakMap<RoomState, number>();

/** The map: packed again when new (or when the edits would outweigh a new packing), else edits;
 * then a marker when a round has opened since the last one, so the edits hold each round's map. */
function syncMap(room: RoomState, game: GameState): void {
  const m: MapWire = room.map;
  const g = game.map;
  const tiles = g.width * g.height;
  const sent = sentLayers.get(room);
  const changes: number[] = [];
  if (sent && m.width === g.width && m.height === g.height)
    WIRE_LAYERS.forEach((layer, l) => {
      for (let t = 0; t < tiles; t++) if (sent[l][t] !== g[layer][t]) changes.push(packEdit(tiles, layer, t, g[layer][t]));
    });
  // An edit costs ~9 bytes, a packed tile and layer 1: past tiles / 2 edits, pack again.
  if (!sent || m.width !== g.width || m.height !== g.height || m.edits.length + changes.length > tiles / 2) {
    update(m, { width: g.width, height: g.height, core: g.core, layers: packLayers(g) });
    m.edits.clear();
    markedRound.delete(room);
  } else m.edits.push(...changes);
  sentLayers.set(room, WIRE_LAYERS.map((layer) => [...g[layer]]));
  if (game.phase === "action" && markedRound.get(room) !== game.round) {
    m.edits.push(roundMarker(tiles, game.round));
    markedRound.set(room, game.round);
  }
}

/** Per room: the moment of the game (see syncState) its map and scores were last synced at. */
const syncedAt = new WeakMap<RoomState, string>();

export function syncState(room: RoomState, game: GameState, occupants: (SeatOccupant | null)[], phaseEndsAt: number, solo = false, controls?: ConsoleState): void {
  const v = publicView(game);
  if (!room.rules) room.rules = JSON.stringify(publicRules(game));
  update(room, {
    solo,
    ...(controls ?? {}),
    phase: v.phase,
    round: v.round,
    rounds: v.rounds,
    year: v.year,
    phaseEndsAt,
    scenarioName: v.scenarioName,
    stability: v.stability,
    exchangeSellOrders: v.exchange.sellOrders,
    exchangeBuyOrders: v.exchange.buyOrders,
    ticketPrice: v.exchange.price,
    ticketVolume: v.exchange.volume,
    ticketClearedRound: v.exchange.clearedRound,
    prhRentPct: v.prh.rentPct,
    prhEligibility: v.prh.eligibility,
    hukouQuota: v.hukouQuota,
    counterfactual: v.counterfactual,
    nextCardId: v.nextCardId,
  });
  update(room.card, v.card ?? { id: "", year: 0 });
  syncValues(room.unlocked, v.unlocked);
  syncValues(room.firmTiles, v.firmTiles);
  syncValues(room.zoneTiles, v.zoneTiles);
  syncRows(room.hubs, v.hubs as unknown as Plain[], () => new HubState());

  // The map and the scores change only when the clock moves the game on (a round opens or
  // resolves, the game ends), money moves or a protest moves stability; most messages (a bid,
  // an offer, a Ready) do not, so they skip the per-tile comparisons and the ledger scans.
  const resolvedKey = `${game.round}|${game.phase}|${game.ledger.length}|${game.stability}`;
  const resolved = syncedAt.get(room) !== resolvedKey;
  syncedAt.set(room, resolvedKey);
  if (resolved) syncMap(room, game);
  const scores = resolved ? publicScores(game) : null;

  game.seats.forEach((seat, i) => {
    let s = room.seats[i];
    if (!s) {
      s = new SeatState();
      room.seats.push(s);
    }
    const cohort = game.cohorts.find((c) => c.seat === seat.id);
    update(s, {
      id: seat.id,
      role: seat.role,
      label: seat.label,
      village: seat.village,
      tickets: game.tickets[seat.id],
      job: cohort?.job ?? "",
      homeKind: cohort?.home.kind ?? "",
      homeTile: cohort?.home.kind === "tile" ? cohort.home.tile : -1,
      debt: game.debt[seat.id],
      hukou: cohort?.hukou ?? false,
      applyingHukou: cohort?.applyingHukou ?? false,
      remittance: cohort?.remittance ?? 0,
      ...(scores ? { balance: scores[i].balance, score: scores[i].score, objective: scores[i].objective ? JSON.stringify(scores[i].objective) : "" } : {}),
    });
    if (scores) syncValues(s.scoreParts, scores[i].parts.map((p) => Math.round(p.value * 10)));
  });

  syncOccupants(room, occupants);
  syncRows(
    room.offers,
    game.offers.map((o) => ({
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
    })),
    () => new OfferState(),
  );
  syncRows(room.auctions, game.auctions.map((a) => ({ id: a.id, tile: a.tile, reserve: a.reserve, bidCount: a.bids.length })), () => new AuctionState());
  const orders = game.orders.map((o) => ({ kind: o.kind, seat: o.seat, detail: o.kind === "build" ? o.building : o.kind === "infra" ? o.infra : "", tiles: "tiles" in o ? o.tiles : [o.tile] }));
  syncRows(
    room.orders,
    orders.map(({ tiles: _tiles, ...o }) => o),
    () => new OrderState(),
  );
  orders.forEach((o, i) => syncValues(room.orders[i].tiles, o.tiles));
  syncRows(room.projects, game.projects.map((p) => ({ tile: p.tile, readyAtRound: p.readyAtRound })), () => new ProjectState());
  syncRows(room.prhBlocks, game.prhBlocks.map((b) => ({ tile: b.tile, seat: b.seat })), () => new PrhBlockState());
  // Records never change once written: only new rounds are added.
  if (game.history.length > room.history.length) {
    // Every record has the same names (RoundRecord's fields; one balance per seat).
    if (!room.historyNames) room.historyNames = JSON.stringify(Object.keys(flatten(game.history[0])));
    const names = JSON.parse(room.historyNames) as string[];
    for (let r = room.history.length; r < game.history.length; r++) room.history.push(packRecord(game.history[r], names, game.history[r - 1] ?? null));
  }
  syncNews(room, game);
  for (const [tile, deal] of Object.entries(game.deals)) {
    const d = room.deals.get(tile) ?? new DealState();
    update(d, { compensation: deal.compensation, lease: deal.lease, sale: deal.sale });
    if (!room.deals.has(tile)) room.deals.set(tile, d);
  }
}

/** Per room: the moment of the game its news was last picked at. */
const newsAt = new WeakMap<RoomState, string>();

/** The city news, picked again when a round opens or the game ends (the log then holds the round
 * just resolved): once a round, a few characters on the wire. */
function syncNews(room: RoomState, game: GameState): void {
  const at = `${game.round}|${game.phase}`;
  if (newsAt.get(room) === at) return;
  newsAt.set(room, at);
  update(room, { news: packNews(cityNews(logArchive.get(room) ?? [])) });
}

/** Who sits in each seat (a join, a seat taken or left, Ready), with nothing of the game: what
 * the room syncs when only its people changed (rows made by syncState). */
export function syncOccupants(room: RoomState, occupants: (SeatOccupant | null)[]): void {
  occupants.forEach((o, i) => {
    if (room.seats[i]) update(room.seats[i], { player: o?.player ?? "", connected: o?.connected ?? false, ready: o?.ready ?? false, moves: o?.moves ?? 0, bot: o?.bot ?? "" });
  });
}

/** Per room: every log line of the game, packed (the synced ring holds the last LOG_LINES):
 * the pages of earlier lines a client asks for (`logPage`). */
const logArchive = new WeakMap<RoomState, string[]>();

/** The log's lines for events, packed (a resumed room rebuilds its log from the replayed events). */
export const eventLines = (game: GameState, events: GameEvent[]): string[] => packedLogLines(game, events);

/** Append log lines for events. */
export function appendLog(room: RoomState, game: GameState, events: GameEvent[]): void {
  appendLogLines(room, eventLines(game, events));
}

/** Append packed lines (shared/views/logEntries.ts packEntry) to the log: the ring keeps the last LOG_LINES, the archive all. */
export function appendLogLines(room: RoomState, lines: string[]): void {
  let archive = logArchive.get(room);
  if (!archive) logArchive.set(room, (archive = []));
  for (const line of lines) {
    writeLogLine(room.log, room.logWritten, line);
    archive.push(line);
    room.logWritten++;
  }
}

/** Up to LOG_PAGE lines written before line number `before` (0 = the first line), oldest first. */
export function logPage(room: RoomState, before: number): LogPageReply {
  const archive = logArchive.get(room) ?? [];
  const end = Math.max(0, Math.min(before, archive.length));
  const start = Math.max(0, end - LOG_PAGE);
  return { from: start, lines: archive.slice(start, end) };
}
