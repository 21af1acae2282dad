// The government's uplift preview on hover: resting the pointer on a tile asks the server which
// orders are legal there (the `inspect` reply, as for a selected tile), and the previews of its
// bridge, tunnel, road or rail orders are worked out once per tile and map (shared/views/uplift.ts
// through lensState.previewOf), never per frame. The largest gain is shown.
import type { RoomState } from "../server/room/schema";
import type { InspectReply } from "../shared/protocol";
import { infraActions, previewOf, type Preview } from "./lensState";
import { mapOf, type MapView } from "./synced";

/** Milliseconds the pointer rests on a tile before the server is asked: a sweep across the map asks nothing. */
const REST_MS = 150;

export interface HoverPreviews {
  /** The pointer is over `tile` (-1: off the map); `redraw` is called when its preview is known. */
  hover(state: RoomState, seat: number, tile: number): void;
  /** An inspect reply: kept for the tile it answers, if it was asked for here. */
  inspected(state: RoomState, reply: InspectReply): void;
  /** The hovered tile's preview, or null (not the government, no order there, not yet answered). */
  current(state: RoomState): Preview | null;
}

export function hoverPreviews(ask: (tile: number) => void, redraw: () => void): HoverPreviews {
  let hovered = -1;
  let timer: ReturnType<typeof setTimeout> | null = null;
  /** Per tile: the best preview (null: no infrastructure order), for the map it was worked out on. */
  let cache = new Map<number, Preview | null>();
  let cachedFor: MapView | null = null;
  const asked = new Set<number>();
  const fresh = (state: RoomState) => {
    const m = mapOf(state);
    if (m !== cachedFor) {
      cache = new Map();
      asked.clear();
      cachedFor = m;
    }
  };
  return {
    hover(state, seat, tile) {
      if (timer) clearTimeout(timer);
      timer = null;
      fresh(state);
      const was = hovered;
      hovered = state.seats[seat]?.role === "government" && state.phase === "action" ? tile : -1;
      // Redraw only when a preview comes or goes, not for every tile the pointer crosses.
      if (hovered !== was && (cache.get(was) || cache.get(hovered))) redraw();
      if (hovered < 0) return;
      if (cache.has(hovered) || asked.has(hovered)) return;
      const tileAsked = hovered;
      timer = setTimeout(() => {
        timer = null;
        if (hovered !== tileAsked) return;
        asked.add(tileAsked);
        ask(tileAsked);
      }, REST_MS);
    },
    inspected(state, reply) {
      fresh(state);
      if (!asked.has(reply.tile)) return;
      const previews = infraActions(reply.actions).map((order) => previewOf(state, order));
      cache.set(reply.tile, previews.sort((a, b) => b.total - a.total)[0] ?? null);
      if (reply.tile === hovered) redraw();
    },
    current(state) {
      if (hovered < 0) return null;
      fresh(state);
      return cache.get(hovered) ?? null;
    },
  };
}
