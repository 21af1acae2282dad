// The room state that Colyseus syncs to every client: fields only, no rules. server/room/sync.ts
// is the one place that fills it, from the public view of the engine's GameState
// (shared/views/publicView.ts); what is big or grows is packed as shared/views/wire.ts says.
//
// One declaration per field: a `@type` decorator beside its initial value. Decorators need
// `experimentalDecorators: true` and `useDefineForClassFields: false` (tsconfig.json): with
// class fields defined the standard way, the state encodes to nothing.

import { ArraySchema, MapSchema, Schema, type } from "@colyseus/schema";

export class MapWire extends Schema {
  @type("uint16") width = 0;
  @type("uint16") height = 0;
  @type("uint32") core = 0;
  /** Terrain, tenure, use, holder, plan and light rail, one character per tile and layer (wire.ts packLayers). */
  @type("string") layers = "";
  /** Tiles changed since `layers` was packed, one integer each (wire.ts packEdit), oldest first,
   * with a marker where each round opened (wire.ts roundMarker). */
  @type(["uint32"]) edits = new ArraySchema<number>();
}

export class SeatState extends Schema {
  @type("uint8") id = 0;
  @type("string") role = "";
  /** The engine's English label (records, exports); pages name a seat by role (client/ui/names.ts seatName). */
  @type("string") label = "";
  /** A village seat's village, index into the rules' villages; -1 for other roles. */
  @type("int8") village = -1;
  /** Display name of the player in the seat, "" when free. */
  @type("string") player = "";
  @type("boolean") connected = false;
  @type("boolean") ready = false;
  /** Commands the room accepted from this seat's player in this action phase (0 at each round's
   * start): the console tells "has sent nothing yet" from "has moves queued, not Ready". */
  @type("uint16") moves = 0;
  /** The personality of the bot playing this seat, or "" when a person plays it (or nobody). */
  @type("string") bot = "";
  /** Balance, wan. ("number": small values take fewer bytes than a fixed int32 in a round's patch.) */
  @type("number") balance = 0;
  @type("uint16") tickets = 0;
  /** Migrant cohorts only: current job and home ("coast", "dorm" or "tile"), and home tile or -1. */
  @type("string") job = "";
  @type("string") homeKind = "";
  @type("int32") homeTile = -1;
  /** Government and developers: outstanding debt, wan. */
  @type("number") debt = 0;
  /** Migrant cohorts: urban hukou held / applied for this round, and the sum sent home each round. */
  @type("boolean") hukou = false;
  @type("boolean") applyingHukou = false;
  @type("uint32") remittance = 0;
  /** The role's own score now, whole points (shared/views/publicView.ts publicScores). */
  @type("number") score = 0;
  /** The score's part values in tenths of a point, in the order of the role's labels (rules'
   * scoreLabels): a list, so a round's patch carries only the parts that changed. */
  @type(["number"]) scoreParts = new ArraySchema<number>();
  /** The seat's private objective as JSON (shared/rules/objectives.ts ObjectiveStatus), revealed once the game is over; "" before. */
  @type("string") objective = "";
}

export class OfferState extends Schema {
  @type("uint32") id = 0;
  @type("string") kind = "";
  @type("uint8") from = 0;
  @type("uint8") to = 0;
  /** Expropriation and amendment: the tile; ticket sale: -1. */
  @type("int32") tile = -1;
  /** Amendment: the use asked for and the kind ("technical" or "compulsory"). */
  @type("string") plan = "";
  @type("string") amendment = "";
  @type("uint16") tickets = 0;
  @type("uint32") amount = 0;
  @type("string") status = "";
}

/** An open auction; bids are sealed, so only their number is public. */
export class AuctionState extends Schema {
  @type("uint32") id = 0;
  @type("uint32") tile = 0;
  @type("uint32") reserve = 0;
  @type("uint8") bidCount = 0;
}

/** A queued order (shown on the map as "under way"): kind as in shared/model/state.ts Order;
 * detail is the building or infrastructure kind where there is one. */
export class OrderState extends Schema {
  @type("string") kind = "";
  @type("uint8") seat = 0;
  @type(["uint32"]) tiles = new ArraySchema<number>();
  @type("string") detail = "";
}

/** A PRH estate under construction. */
export class ProjectState extends Schema {
  @type("uint32") tile = 0;
  @type("uint8") readyAtRound = 0;
}

/** A transport hub manufacturers weigh (airport, river port, rail link). */
export class HubState extends Schema {
  @type("string") id = "";
  @type("string") name = "";
  @type("uint16") x = 0;
  @type("uint16") y = 0;
  @type("uint8") radius = 0;
  /** Wan a round a factory within the radius expects, once the hub is open. */
  @type("uint32") bonus = 0;
  @type("boolean") open = false;
}

/** A PRH unit rented by an employer. */
export class PrhBlockState extends Schema {
  @type("uint32") tile = 0;
  @type("uint8") seat = 0;
}

/** Compensation, lease and sale of one plot, wan: the value-capture record. */
export class DealState extends Schema {
  @type("uint32") compensation = 0;
  @type("uint32") lease = 0;
  @type("uint32") sale = 0;
}

/** The card in force, by id: the client words its title and text (client/i18n/enLog.ts cardText). */
export class EventCardState extends Schema {
  @type("string") id = "";
  @type("uint16") year = 0;
}

export class RoomState extends Schema {
  /** "lobby" | "action" | "ended" */
  @type("string") phase = "lobby";
  @type("uint8") round = 0;
  @type("uint8") rounds = 0;
  @type("uint16") year = 0;
  /** Wall-clock time (ms since epoch) at which the action phase ends; 0 when no timer runs. */
  @type("float64") phaseEndsAt = 0;
  @type("string") scenarioName = "";
  /** One player against bots. */
  @type("boolean") solo = false;
  /** A facilitator's session (made with POST /api/sessions): only the console starts it and fills seats. */
  @type("boolean") facilitated = false;
  /** Social stability 0-100 (protests lower it). */
  @type("uint8") stability = 100;
  /** Land-ticket exchange: sealed orders this round (counts only) and the last clearing. */
  @type("uint8") exchangeSellOrders = 0;
  @type("uint8") exchangeBuyOrders = 0;
  @type("uint32") ticketPrice = 0;
  @type("uint16") ticketVolume = 0;
  @type("uint8") ticketClearedRound = 0;
  /** Public rented housing policy, and the hukou quota per round. */
  @type("uint16") prhRentPct = 60;
  @type("string") prhEligibility = "cityWorkers";
  @type("uint8") hukouQuota = 0;
  /** Mechanics open now (opened by event cards, or all in a scenario without cards). */
  @type(["string"]) unlocked = new ArraySchema<string>();
  /** True if the event plan differs from history. */
  @type("boolean") counterfactual = false;
  @type(EventCardState) card = new EventCardState();
  /** What never changes in a game (shared/views/publicView.ts PublicRules), as JSON: sent once. */
  @type("string") rules = "";
  @type(MapWire) map = new MapWire();
  @type([SeatState]) seats = new ArraySchema<SeatState>();
  @type([OfferState]) offers = new ArraySchema<OfferState>();
  @type([AuctionState]) auctions = new ArraySchema<AuctionState>();
  @type([OrderState]) orders = new ArraySchema<OrderState>();
  /** Keyed by tile id as a string. */
  @type({ map: DealState }) deals = new MapSchema<DealState>();
  /** The last log lines as a ring (shared/views/wire.ts logLines puts them in order). */
  @type(["string"]) log = new ArraySchema<string>();
  /** Lines ever written to the log. */
  @type("uint32") logWritten = 0;
  /** The last resolved round's city news: which log lines are its headlines (shared/views/cityNews.ts packNews). */
  @type("string") news = "";
  @type([ProjectState]) projects = new ArraySchema<ProjectState>();
  @type([PrhBlockState]) prhBlocks = new ArraySchema<PrhBlockState>();
  /** Tiles of factories with a manufacturer in them; tiles of special economic zones. Lists, not
   * map layers: few tiles have them (light rail is a map layer, so its history is in the edits). */
  @type(["uint32"]) firmTiles = new ArraySchema<number>();
  @type(["uint32"]) zoneTiles = new ArraySchema<number>();
  @type([HubState]) hubs = new ArraySchema<HubState>();
  /** One record per resolved round (shared/model/state.ts RoundRecord), for the indicators
   * panel and the debrief, written once per round: its numbers as a JSON array in the order of
   * `historyNames` (shared/views/wire.ts packRecord), the names sent once. */
  @type(["string"]) history = new ArraySchema<string>();
  @type("string") historyNames = "";
  /** The facilitator paused the round clock (phaseEndsAt is 0 meanwhile); seconds left when paused. */
  @type("boolean") paused = false;
  @type("uint32") pausedSecondsLeft = 0;
  /** The facilitator's last broadcast and when it was sent (ms since epoch; 0: none yet). */
  @type("string") broadcast = "";
  @type("float64") broadcastAt = 0;
  /** The id of the event card that will open the next round ("" for none, or no next round). */
  @type("string") nextCardId = "";
}
