// The room state that Colyseus syncs to every client: a mirror of the engine state, fields
// only, no rules. server/sync.ts is the one place that fills it from the engine's GameState.
// Tiles are flat arrays of small integers (one entry per tile), so a one-tile change sends a
// few bytes, not the map.
//
// Decorator-free form (defineTypes). The fields have initial values, so this still needs
// `useDefineForClassFields: false` (tsconfig.json): with it on, the state encodes to nothing.

import { ArraySchema, MapSchema, Schema, defineTypes } from "@colyseus/schema";

export class MapLayers extends Schema {
  width = 0;
  height = 0;
  /** Codes into shared/map.ts TERRAINS / TENURES / USES. */
  terrain = new ArraySchema<number>();
  tenure = new ArraySchema<number>();
  use = new ArraySchema<number>();
  /** Seat id holding the tile, -1 for none. */
  holder = new ArraySchema<number>();
  /** Land value, wan. */
  value = new ArraySchema<number>();
  core = 0;
}
defineTypes(MapLayers, {
  width: "uint16",
  height: "uint16",
  terrain: ["uint8"],
  tenure: ["uint8"],
  use: ["uint8"],
  holder: ["int8"],
  value: ["uint32"],
  core: "uint32",
});

export class SeatState extends Schema {
  id = 0;
  role = "";
  label = "";
  /** Display name of the player in the seat, "" when free. */
  player = "";
  connected = false;
  ready = false;
  /** The personality of the bot playing this seat, or "" when a person plays it (or nobody). */
  bot = "";
  /** Balance, wan. */
  balance = 0;
  tickets = 0;
  /** Migrant cohorts only: current job and home ("coast", "dorm" or "tile"), and home tile or -1. */
  job = "";
  homeKind = "";
  homeTile = -1;
  /** Government and developers: outstanding debt, wan. */
  debt = 0;
  /** Migrant cohorts: urban hukou held / applied for this round, and the sum sent home each round. */
  hukou = false;
  applyingHukou = false;
  remittance = 0;
  /** The role's own score now (shared/scores.ts) and its parts as JSON [{label, value}]. */
  score = 0;
  scoreParts = "[]";
}
defineTypes(SeatState, {
  id: "uint8",
  role: "string",
  label: "string",
  player: "string",
  connected: "boolean",
  ready: "boolean",
  bot: "string",
  balance: "int32",
  tickets: "uint16",
  job: "string",
  homeKind: "string",
  homeTile: "int32",
  debt: "uint32",
  hukou: "boolean",
  applyingHukou: "boolean",
  remittance: "uint32",
  score: "int32",
  scoreParts: "string",
});

export class OfferState extends Schema {
  id = 0;
  kind = "";
  from = 0;
  to = 0;
  /** Expropriation and amendment: the tile; ticket sale: -1. */
  tile = -1;
  /** Amendment: the use asked for and the kind ("technical" or "compulsory"). */
  plan = "";
  amendment = "";
  tickets = 0;
  amount = 0;
  status = "";
}
defineTypes(OfferState, {
  id: "uint32",
  kind: "string",
  from: "uint8",
  to: "uint8",
  tile: "int32",
  plan: "string",
  amendment: "string",
  tickets: "uint16",
  amount: "uint32",
  status: "string",
});

/** An open auction; bids are sealed, so only their number is public. */
export class AuctionState extends Schema {
  id = 0;
  tile = 0;
  reserve = 0;
  bidCount = 0;
}
defineTypes(AuctionState, { id: "uint32", tile: "uint32", reserve: "uint32", bidCount: "uint8" });

/** A queued order (shown on the map as "under way"): kind as in shared/state.ts Order; detail
 * is the building or infrastructure kind where there is one. */
export class OrderState extends Schema {
  kind = "";
  seat = 0;
  tiles = new ArraySchema<number>();
  detail = "";
}
defineTypes(OrderState, { kind: "string", seat: "uint8", tiles: ["uint32"], detail: "string" });

/** A PRH estate under construction. */
export class ProjectState extends Schema {
  tile = 0;
  readyAtRound = 0;
}
defineTypes(ProjectState, { tile: "uint32", readyAtRound: "uint8" });

/** A transport hub manufacturers weigh (airport, river port, rail link). */
export class HubState extends Schema {
  id = "";
  name = "";
  x = 0;
  y = 0;
  radius = 0;
  /** Wan a round a factory within the radius expects, once the hub is open. */
  bonus = 0;
  open = false;
}
defineTypes(HubState, { id: "string", name: "string", x: "uint16", y: "uint16", radius: "uint8", bonus: "uint32", open: "boolean" });

/** A PRH unit rented by an employer. */
export class PrhBlockState extends Schema {
  tile = 0;
  seat = 0;
}
defineTypes(PrhBlockState, { tile: "uint32", seat: "uint8" });

/** Compensation, lease and sale of one plot, wan: the value-capture record. */
export class DealState extends Schema {
  compensation = 0;
  lease = 0;
  sale = 0;
}
defineTypes(DealState, { compensation: "uint32", lease: "uint32", sale: "uint32" });

export class EventCardState extends Schema {
  id = "";
  year = 0;
  title = "";
  text = "";
}
defineTypes(EventCardState, { id: "string", year: "uint16", title: "string", text: "string" });

export class RoomState extends Schema {
  /** "lobby" | "action" | "ended" */
  phase = "lobby";
  round = 0;
  rounds = 0;
  year = 0;
  /** Wall-clock time (ms since epoch) at which the action phase ends; 0 when no timer runs. */
  phaseEndsAt = 0;
  scenarioName = "";
  /** One player against bots. */
  solo = false;
  /** Social stability 0-100 (protests lower it). */
  stability = 100;
  /** Land-ticket exchange: sealed orders this round (counts only) and the last clearing. */
  exchangeSellOrders = 0;
  exchangeBuyOrders = 0;
  ticketPrice = 0;
  ticketVolume = 0;
  ticketClearedRound = 0;
  /** Public rented housing policy, and the hukou quota per round. */
  prhRentPct = 60;
  prhEligibility = "cityWorkers";
  hukouQuota = 0;
  /** Mechanics open now (opened by event cards, or all in a scenario without cards); true if
   * the event plan differs from history. */
  unlocked = new ArraySchema<string>();
  counterfactual = false;
  card = new EventCardState();
  map = new MapLayers();
  seats = new ArraySchema<SeatState>();
  offers = new ArraySchema<OfferState>();
  auctions = new ArraySchema<AuctionState>();
  orders = new ArraySchema<OrderState>();
  /** Keyed by tile id as a string. */
  deals = new MapSchema<DealState>();
  /** The last log lines, oldest first. */
  log = new ArraySchema<string>();
  projects = new ArraySchema<ProjectState>();
  prhBlocks = new ArraySchema<PrhBlockState>();
  /** Tiles of factories with a manufacturer in them; tiles of special economic zones; tiles
   * with light rail. Lists, not map layers: few tiles have them, and a layer of 3,072 mostly
   * zero entries would add ~12 KB to every join. */
  firmTiles = new ArraySchema<number>();
  zoneTiles = new ArraySchema<number>();
  railTiles = new ArraySchema<number>();
  hubs = new ArraySchema<HubState>();
  /** One record per resolved round (shared/state.ts RoundRecord as JSON), for the indicators
   * panel and the debrief: one definition of the record, written once per round. */
  history = new ArraySchema<string>();
  /** The facilitator paused the round clock (phaseEndsAt is 0 meanwhile); seconds left when paused. */
  paused = false;
  pausedSecondsLeft = 0;
  /** The facilitator's last broadcast and when it was sent (ms since epoch; 0: none yet). */
  broadcast = "";
  broadcastAt = 0;
  /** The id of the event card that will open the next round ("" for none, or no next round). */
  nextCardId = "";
}
defineTypes(RoomState, {
  phase: "string",
  round: "uint8",
  rounds: "uint8",
  year: "uint16",
  phaseEndsAt: "float64",
  scenarioName: "string",
  solo: "boolean",
  stability: "uint8",
  exchangeSellOrders: "uint8",
  exchangeBuyOrders: "uint8",
  ticketPrice: "uint32",
  ticketVolume: "uint16",
  ticketClearedRound: "uint8",
  prhRentPct: "uint16",
  prhEligibility: "string",
  hukouQuota: "uint8",
  unlocked: ["string"],
  counterfactual: "boolean",
  card: EventCardState,
  map: MapLayers,
  seats: [SeatState],
  offers: [OfferState],
  auctions: [AuctionState],
  orders: [OrderState],
  deals: { map: DealState },
  log: ["string"],
  projects: [ProjectState],
  prhBlocks: [PrhBlockState],
  firmTiles: ["uint32"],
  zoneTiles: ["uint32"],
  railTiles: ["uint32"],
  hubs: [HubState],
  history: ["string"],
  paused: "boolean",
  pausedSecondsLeft: "uint32",
  broadcast: "string",
  broadcastAt: "float64",
  nextCardId: "string",
});
