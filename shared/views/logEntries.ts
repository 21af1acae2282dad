// The log as data: each line is a code and its parameters (seats, tiles, villages and event
// cards by number, sums in wan, words of the game's vocabulary by key, chat as its text), worded by the client in the
// reader's language (client/i18n/enLog.ts, zhLog.ts). On the wire a line is one string, the
// code's number and the parameters in the code's order, numbers in base 36, joined by "|"
// (`packEntry`): ~12 characters where an English sentence took ~80.

import type { GameEvent, QueuedOrder } from "../model/events";
import { PLANS, USES } from "../model/map";
import { JOBS, type GameState } from "../model/state";
import { packNumber, unpackNumber } from "./wire";
import { AUCTION_WHY, auctionWhy, packBids } from "./auctionResults";

/** Every log code with its parameters, in wire order. A text parameter (chat) comes last. */
export const LOG_CODES = {
  gameStarted: [],
  roundStarted: ["round", "year"],
  roundStartedCard: ["round", "year", "card"],
  offerMade: ["from", "to", "amount", "tile"],
  offerAsked: ["from", "to", "amount", "tile"],
  ticketOfferMade: ["from", "to", "count", "amount"],
  amendmentTechnical: ["from", "tile", "plan"],
  amendmentCompulsory: ["from", "tile", "plan"],
  offerAccepted: ["seat", "from", "tile"],
  offerRefused: ["seat", "from", "tile"],
  ticketOfferAccepted: ["seat", "from", "count"],
  ticketOfferRefused: ["seat", "from", "count"],
  amendmentApproved: ["seat", "from", "tile"],
  amendmentRefused: ["seat", "from", "tile"],
  lapsedNoAnswer: ["seat", "tile"],
  ticketsLapsedNoAnswer: ["seat"],
  ticketsLapsedUndelivered: [],
  protest: ["seat", "tile", "stability"],
  expropriated: ["tile", "village", "compensation", "package"],
  auctionOpened: ["tile", "reserve"],
  auctionWon: ["seat", "tile", "price", "reserve", "count", "why", "bids"],
  auctionFailed: ["tile", "reserve"],
  auctionUnpaid: ["tile", "reserve", "count", "bids"],
  "queued.informal": ["seat", "tile"],
  "queued.demolish": ["seat", "tile"],
  "queued.relocateSoe": ["seat", "tile"],
  "queued.reclaim": ["seat", "tile"],
  "queued.prhBlock": ["seat", "tile"],
  "queued.move": ["seat"],
  "queued.borrow": ["seat", "amount"],
  "queued.repay": ["seat", "amount"],
  "queued.remit": ["seat", "amount"],
  "queued.build": ["seat", "building", "tile"],
  "queued.zone": ["seat", "count", "tile"],
  "queued.infra": ["seat", "infra", "count", "tile", "cost"],
  "queued.prhEstate": ["seat", "tile", "cost", "count"],
  "queued.hukou": ["seat", "count"],
  "queued.plan": ["seat", "tile", "plan"],
  "queued.exchange": ["seat", "side", "count"],
  built: ["seat", "building", "tile"],
  builtSold: ["seat", "building", "tile", "sale"],
  "opened.bridge": ["count", "tile", "cost"],
  "opened.tunnel": ["count", "tile", "cost"],
  "opened.road": ["tile", "cost"],
  "opened.rail": ["tile", "cost"],
  borrowed: ["seat", "amount", "debt"],
  repaid: ["seat", "amount", "debt"],
  prhPolicy: ["rentPct", "eligibility"],
  hukouQuota: ["count"],
  prhStarted: ["tile", "round"],
  prhOpened: ["tile"],
  oldCityRenewed: ["count", "tile", "people"],
  prhAllocated: ["seat", "tile"],
  prhLottery: ["seat", "tile"],
  zoneDesignated: ["count", "tile"],
  firmArrived: ["tile", "profit"],
  firmArrivedZone: ["tile", "profit"],
  firmStayedOnCoast: ["profit"],
  hukouGranted: ["seat"],
  hukouRefused: ["seat"],
  informalBuilt: ["seat", "tile"],
  demolished: ["tile", "count"],
  soeRelocated: ["tile"],
  planChanged: ["tile", "plan"],
  planAmended: ["tile", "plan"],
  reclaimed: ["seat", "tile"],
  ticketIssued: ["seat"],
  ticketsSold: ["from", "to", "count", "price"],
  exchangeCleared: ["count", "price"],
  cohortMoved: ["seat", "job", "home"],
  cohortMovedTile: ["seat", "job", "room", "tile"],
  nextCardSet: ["round", "card"],
  nextCardDropped: ["round"],
  gameEnded: [],
  /** A player's line: the seat, the player's display name, the text. */
  chat: ["seat", "name", "text"],
  /** The facilitator's broadcast. */
  broadcast: ["text"],
} as const satisfies Record<string, readonly string[]>;

export type LogCode = keyof typeof LOG_CODES;
export type LogParams = Record<string, string | number>;
export interface LogEntry {
  code: LogCode;
  params: LogParams;
}

/** Parameters that are words of the game's vocabulary: sent as their place in LOG_WORDS. */
const WORDS = new Set(["building", "infra", "plan", "job", "side", "home", "room", "package", "eligibility", "why"]);
/** Parameters that are free text (chat) or a list packed by its own code (an auction's bids,
 * views/auctionResults.ts packBids); every other parameter is a number, sent in base 36. */
const TEXT = new Set(["name", "text", "bids"]);
/** Every word a log parameter may be. (An event card goes as its index in the scenario.) */
const LOG_WORDS: readonly string[] = [
  ...new Set([
    ...PLANS,
    ...JOBS,
    ...["commercialHousing", "factory", "office", "bridge", "tunnel", "road", "rail", "buy", "sell", "cash", "hukou", "flats", "both", "coast", "dorm"],
    ...["prhEstate", "informalHousing", "villageHousing", "cityWorkers", "hukouHolders"],
    ...AUCTION_WHY,
  ]),
];
const WORD_NUMBER = new Map(LOG_WORDS.map((w, i) => [w, i]));

/** One parameter on the wire: a word by its number, a number in base 36, text as it is. */
function packParam(name: string, value: string | number): string {
  if (WORDS.has(name)) return packNumber(WORD_NUMBER.get(String(value)) ?? -1);
  return typeof value === "number" ? packNumber(value) : String(value);
}

function unpackParam(name: string, packed: string): string | number {
  if (TEXT.has(name) || packed === "") return packed;
  return WORDS.has(name) ? (LOG_WORDS[unpackNumber(packed)] ?? "") : unpackNumber(packed);
}

const CODE_LIST = Object.keys(LOG_CODES) as LogCode[];
const CODE_NUMBER = new Map(CODE_LIST.map((code, i) => [code, i]));

/** A log line as one string: the code's number, then its parameters in order, joined by "|". */
export function packEntry(entry: LogEntry): string {
  const names: readonly string[] = LOG_CODES[entry.code];
  // Only the last parameter may hold a "|" (a chat line); a display name's is shown as "¦".
  const values = names.map((name, i) => {
    const text = packParam(name, entry.params[name] ?? "");
    return i < names.length - 1 ? text.replaceAll("|", "¦") : text;
  });
  return [packNumber(CODE_NUMBER.get(entry.code)!), ...values].join("|");
}

/** A packed line back as a code and parameters (the last parameter keeps any "|" of a chat text);
 * null for a line this version does not know. */
export function unpackEntry(packed: string): LogEntry | null {
  const parts = packed.split("|");
  const code = CODE_LIST[unpackNumber(parts[0])];
  if (!code) return null;
  const names: readonly string[] = LOG_CODES[code];
  const params: LogParams = {};
  names.forEach((name, i) => {
    const value = i === names.length - 1 ? parts.slice(i + 1).join("|") : (parts[i + 1] ?? "");
    params[name] = unpackParam(name, value);
  });
  return { code, params };
}

const entry = (code: LogCode, params: LogParams = {}): LogEntry => ({ code, params });

export const chatEntry = (seat: number, name: string, text: string): LogEntry => entry("chat", { seat, name, text });
export const broadcastEntry = (text: string): LogEntry => entry("broadcast", { text });

function queuedEntry(seat: number, order: QueuedOrder): LogEntry {
  switch (order.what) {
    case "move":
      return entry("queued.move", { seat });
    case "borrow":
    case "repay":
    case "remit":
      return entry(`queued.${order.what}`, { seat, amount: order.amount });
    case "build":
      return entry("queued.build", { seat, building: order.building, tile: order.tile });
    case "zone":
      return entry("queued.zone", { seat, count: order.tiles, tile: order.tile });
    case "infra":
      return entry("queued.infra", { seat, infra: order.infra, count: order.tiles, tile: order.tile, cost: order.cost });
    case "prhEstate":
      return entry("queued.prhEstate", { seat, tile: order.tile, cost: order.cost, count: order.rounds });
    case "hukou":
      return entry("queued.hukou", { seat, count: order.quota });
    case "plan":
      return entry("queued.plan", { seat, tile: order.tile, plan: order.plan });
    case "exchange":
      return entry("queued.exchange", { seat, side: order.side, count: order.tickets });
    default:
      return entry(`queued.${order.what}`, { seat, tile: order.tile });
  }
}

/** The log line for an event, from the state after it; null for what a classroom log leaves out
 * (a sealed bid, the end of a resolution, an offer no longer in the state). */
export function logEntry(state: GameState, e: GameEvent): LogEntry | null {
  switch (e.type) {
    case "gameStarted":
    case "gameEnded":
      return entry(e.type);
    case "roundStarted":
      return e.card >= 0 ? entry("roundStartedCard", { round: e.round, year: e.year, card: e.card }) : entry("roundStarted", { round: e.round, year: e.year });
    case "offerMade": {
      const o = state.offers.find((x) => x.id === e.offerId);
      if (!o) return null;
      if (o.kind === "amendment") return entry(o.amendment === "technical" ? "amendmentTechnical" : "amendmentCompulsory", { from: o.from, tile: o.tile, plan: o.plan });
      if (o.kind === "ticketSale") return entry("ticketOfferMade", { from: o.from, to: o.to, count: o.tickets, amount: o.amount });
      return entry(state.seats[o.from]?.role === "village" ? "offerAsked" : "offerMade", { from: o.from, to: o.to, amount: o.amount, tile: o.tile });
    }
    case "offerAnswered": {
      const o = state.offers.find((x) => x.id === e.offerId);
      if (!o) return null;
      if (o.kind === "ticketSale") return entry(e.accept ? "ticketOfferAccepted" : "ticketOfferRefused", { seat: o.to, from: o.from, count: o.tickets });
      if (o.kind === "amendment") return entry(e.accept ? "amendmentApproved" : "amendmentRefused", { seat: o.to, from: o.from, tile: o.tile });
      return entry(e.accept ? "offerAccepted" : "offerRefused", { seat: o.to, from: o.from, tile: o.tile });
    }
    case "offerLapsed":
      if (e.reason === "cannotDeliver") return entry("ticketsLapsedUndelivered");
      return e.tile < 0 ? entry("ticketsLapsedNoAnswer", { seat: e.seat }) : entry("lapsedNoAnswer", { seat: e.seat, tile: e.tile });
    case "protest":
      return entry("protest", { seat: e.seat, tile: e.tile, stability: e.stability });
    case "expropriated":
      return entry("expropriated", { tile: e.tile, village: e.village, compensation: e.compensation, package: e.hukou && e.flats ? "both" : e.hukou ? "hukou" : e.flats ? "flats" : "cash" });
    case "auctionOpened":
      return entry("auctionOpened", { tile: e.tile, reserve: e.reserve });
    case "auctionWon":
      return entry("auctionWon", { seat: e.seat, tile: e.tile, price: e.price, reserve: e.reserve, count: e.bids.length, why: auctionWhy(e.bids, e.seat), bids: packBids(e.bids) });
    case "auctionFailed":
      return e.bids.length === 0 ? entry("auctionFailed", { tile: e.tile, reserve: e.reserve }) : entry("auctionUnpaid", { tile: e.tile, reserve: e.reserve, count: e.bids.length, bids: packBids(e.bids) });
    case "orderQueued":
      return queuedEntry(e.seat, e.order);
    case "built":
      return e.sale > 0 ? entry("builtSold", { seat: e.seat, building: e.building, tile: e.tile, sale: e.sale }) : entry("built", { seat: e.seat, building: e.building, tile: e.tile });
    case "infrastructureBuilt":
      return e.infra === "bridge" || e.infra === "tunnel" ? entry(`opened.${e.infra}`, { count: e.tiles.length, tile: e.tiles[0], cost: e.cost }) : entry(`opened.${e.infra}`, { tile: e.tiles[0], cost: e.cost });
    case "loan":
      return entry(e.amount > 0 ? "borrowed" : "repaid", { seat: e.seat, amount: Math.abs(e.amount), debt: e.debt });
    case "policySet":
      return e.policy.what === "prh" ? entry("prhPolicy", { rentPct: e.policy.rentPct, eligibility: e.policy.eligibility }) : entry("hukouQuota", { count: e.policy.cohorts });
    case "prhStarted":
      return entry("prhStarted", { tile: e.tile, round: e.readyAtRound });
    case "prhOpened":
    case "soeRelocated":
      return entry(e.type, { tile: e.tile });
    case "prhAllocated":
      return entry(e.won ? "prhAllocated" : "prhLottery", { seat: e.seat, tile: e.tile });
    case "zoneDesignated":
      return entry("zoneDesignated", { count: e.tiles.length, tile: e.tiles[0] });
    case "firmArrived":
      return entry(e.zone ? "firmArrivedZone" : "firmArrived", { tile: e.tile, profit: e.profit });
    case "firmStayedOnCoast":
      return entry("firmStayedOnCoast", { profit: e.bestProfit });
    case "hukouDecided":
      return entry(e.granted ? "hukouGranted" : "hukouRefused", { seat: e.seat });
    case "informalBuilt":
    case "reclaimed":
      return entry(e.type, { seat: e.seat, tile: e.tile });
    case "demolished":
      return entry("demolished", { tile: e.tile, count: e.displaced });
    case "planChanged":
      return entry(e.amendment ? "planAmended" : "planChanged", { tile: e.tiles[0], plan: e.plan });
    case "ticketIssued":
      return entry("ticketIssued", { seat: e.seat });
    case "ticketsSold":
      return entry("ticketsSold", { from: e.from, to: e.to, count: e.tickets, price: e.price });
    case "exchangeCleared":
      return entry("exchangeCleared", { count: e.volume, price: e.price });
    case "cohortMoved": {
      if (e.home.kind !== "tile") return entry("cohortMoved", { seat: e.seat, job: e.job, home: e.home.kind });
      const use = USES[state.map.use[e.home.tile]];
      const room = use === "commercialHousing" || use === "prhEstate" || use === "informalHousing" ? use : "villageHousing";
      return entry("cohortMovedTile", { seat: e.seat, job: e.job, room, tile: e.home.tile });
    }
    case "nextCardSet": {
      const card = state.scenario.events[e.card];
      return card ? entry("nextCardSet", { round: e.round, card: e.card }) : entry("nextCardDropped", { round: e.round });
    }
    case "bidPlaced":
    case "roundResolved":
      return null;
    case "oldCityRenewed":
      return entry("oldCityRenewed", { count: e.tiles.length, tile: e.tiles[0], people: e.people });
  }
}

/** The log lines of a command's events, packed for the wire. */
export function packedLogLines(state: GameState, events: GameEvent[]): string[] {
  return events.flatMap((e) => {
    const line = logEntry(state, e);
    return line ? [packEntry(line)] : [];
  });
}
