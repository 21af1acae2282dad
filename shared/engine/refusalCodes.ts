// Every refusal code the rules use, with the names of the parameters its sentence is built
// from: what tests match and what a translation renders. One code per reason, shared across
// rules files (a tile that is not yours is `notYours` for building, roads and plans alike).
// Tiles are tile ids; sums are wan; `available` is the seat's uncommitted money.

export const REFUSAL_CODES = {
  // The engine's own checks (engine/apply.ts).
  systemOnly: [],
  noSuchSeat: ["seat"],
  notStarted: [],
  gameOver: [],
  wrongRole: ["roles", "seat"],
  // The round clock and the facilitator (rules/round.ts).
  alreadyStarted: [],
  noActionPhase: [],
  lastRound: [],
  noSuchCard: ["card"],
  // Mechanics that an event card opens (rules/unlocks.ts); `what` is an Unlock.
  locked: ["what"],
  // Tiles.
  offMap: ["tile", "width", "height"],
  notYours: ["tile"],
  wrongTenure: ["tile", "tenure"],
  wrongTerrain: ["tile", "terrain"],
  notBuildable: ["tile"],
  wrongUse: ["tile", "use"],
  builtUp: ["tile"],
  tileBusy: ["tile"],
  alreadyOrdered: ["tile"],
  alreadyAuctioned: ["tile"],
  publicUse: ["tile"],
  // Money and debt.
  notEnoughMoney: ["needed", "available"],
  belowMinimum: ["amount", "minimum"],
  overDebtLimit: ["amount", "room", "limit", "owed"],
  estateOverDebtLimit: ["cost", "room"],
  moreThanOwed: ["amount", "owed"],
  // Offers and auctions.
  noSuchOffer: ["offer"],
  offerClosed: ["offer", "status"],
  notCounterable: ["offer"],
  sameAmount: ["offer", "amount"],
  cannotProtest: ["offer"],
  protested: ["tile"],
  offerPending: ["tile"],
  noSuchAuction: ["auction"],
  // Taking back a queued action (rules/withdraw.ts); `queued` is offer, bid, exchange or order.
  nothingToWithdraw: ["queued"],
  belowReserve: ["amount", "reserve"],
  // Land tickets and the exchange.
  notADeveloper: ["seat"],
  notEnoughTickets: ["tickets", "free"],
  wrongSide: ["side"],
  // Building and plans.
  wrongPlan: ["tile", "plan", "building"],
  needsTicket: ["tile"],
  samePlan: ["tile", "plan"],
  staysPlanned: ["tile"],
  amendmentPending: ["tile"],
  alreadyZone: ["tile"],
  // Infrastructure.
  crossingStart: ["tile", "infra"],
  spanOffMap: ["tile", "infra"],
  spanBlocked: ["tile", "infra"],
  spanTooLong: ["tiles", "max", "infra"],
  alreadyRail: ["tile"],
  railNeedsCrossing: ["tile", "infra"],
  railNotJoined: ["tile"],
  // Housing, work and hukou.
  notAnEstate: ["tile"],
  estateFull: ["tile"],
  rentOutOfRange: ["rentPct", "min", "max"],
  notCityWorker: [],
  hukouHoldersOnly: [],
  jobAndHomeApart: ["job", "home"],
  noDormitory: ["job"],
  noJobsLeft: ["jobs"],
  cannotRent: ["tile"],
  homeFull: ["tile", "capacity"],
  quotaTooHigh: ["cohorts", "max"],
  alreadyHukou: [],
  alreadyApplied: [],
  // The room's own checks before a message reaches the engine (server/room/): messages, seats,
  // the facilitator's console, the records.
  notJson: [],
  tooLarge: ["size", "limit"],
  badMessage: ["field"],
  badInput: [],
  unknownMessage: ["type"],
  rateLimited: ["perSecond"],
  serverError: [],
  notRecorded: [],
  notSeated: [],
  alreadySeated: [],
  seatTaken: ["seat", "player"],
  seatEmpty: ["seat"],
  botSeat: ["seat"],
  sameSeat: [],
  seatReclaimed: [],
  removedFromSeat: ["seat"],
  wrongSecret: [],
  notFacilitator: [],
  consoleOnly: [],
  wrongPhase: [],
  alreadyPaused: [],
  notPaused: [],
  notPlayedYet: ["round"],
  unknownPersonality: ["personality", "role"],
} as const satisfies Record<string, readonly string[]>;

export type RefusalCode = keyof typeof REFUSAL_CODES;
/** The parameters a code's sentence is built from, by name. */
export type ParamsOf<C extends RefusalCode> = Record<(typeof REFUSAL_CODES)[C][number], string | number>;
