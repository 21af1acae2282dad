// Which parts of the synced state changed: a counter per part, moved on by Colyseus' state
// callbacks (getStateCallbacks, as in the colyseus tutorial-phaser's Part4Scene). A panel's key
// is the counters of the parts it shows, so a patch that touches nothing a panel shows costs it
// a string comparison, not a JSON copy of the lists.
import { getStateCallbacks, type Room } from "colyseus.js";
import type { RoomState } from "../server/room/schema";

/** "game": the state's own fields but the clock's and the log's (phase, round, card, policies…);
 * "clock": the timer, the pause and the facilitator's broadcast; "lists": hubs, projects, PRH
 * blocks, firms and zones. */
export type Part = "game" | "clock" | "seats" | "offers" | "auctions" | "orders" | "map" | "deals" | "log" | "history" | "lists";

const CLOCK_FIELDS = new Set(["phaseEndsAt", "paused", "pausedSecondsLeft", "broadcast", "broadcastAt"]);

export type Versions = Readonly<Record<Part, number>>;

/** Start counting changes in `room`'s state; the counters start at 0 and only grow. */
export function trackChanges(room: Room<RoomState>): Versions {
  const versions: Record<Part, number> = { game: 0, clock: 0, seats: 0, offers: 0, auctions: 0, orders: 0, map: 0, deals: 0, log: 0, history: 0, lists: 0 };
  // Callbacks attach to decoded objects: wait for the first full state (it comes after the
  // join). Not onStateChange.once: removing a handler while the signal runs skips the next one.
  let listening = false;
  room.onStateChange(() => {
    if (!listening) listen(room, versions);
    listening = true;
  });
  return versions;
}

function listen(room: Room<RoomState>, versions: Record<Part, number>): void {
  const bump = (part: Part) => () => void versions[part]++;
  const $ = getStateCallbacks(room);
  const state = $(room.state);
  for (const [field, value] of Object.entries(room.state.toJSON()))
    if (typeof value !== "object") state.listen(field as "phase", bump(field === "logWritten" ? "log" : CLOCK_FIELDS.has(field) ? "clock" : "game"));
  state.card.onChange(bump("game"));
  /** A list of schema rows: added, removed, or a field of a row changed. */
  const rows = <T extends object>(list: { onAdd(cb: (item: T) => void): unknown; onRemove(cb: () => void): unknown }, part: Part) => {
    list.onAdd((item) => {
      versions[part]++;
      $(item as never as RoomState).onChange(bump(part));
    });
    list.onRemove(bump(part));
  };
  rows(state.seats, "seats");
  rows(state.offers, "offers");
  rows(state.auctions, "auctions");
  rows(state.orders, "orders");
  rows(state.deals, "deals");
  rows(state.hubs, "lists");
  rows(state.projects, "lists");
  rows(state.prhBlocks, "lists");
  /** A list of numbers or strings: any entry added, changed or removed. */
  const values = (list: { onAdd(cb: () => void): unknown; onChange(cb: () => void): unknown; onRemove(cb: () => void): unknown }, part: Part) => {
    list.onAdd(bump(part));
    list.onChange(bump(part));
    list.onRemove(bump(part));
  };
  // A seat's score parts are a list of their own: its changes are not the seat's.
  state.seats.onAdd((seat) => values($(seat).scoreParts, "seats"));
  values(state.log, "log");
  values(state.history, "history");
  values(state.unlocked, "game");
  values(state.firmTiles, "lists");
  values(state.zoneTiles, "lists");
  state.map.onChange(bump("map"));
  values(state.map.edits, "map");
}
