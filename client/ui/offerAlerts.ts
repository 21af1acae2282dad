// A screen reader hears each offer made to the reader's seat once, when it arrives (the offers
// panel is redrawn often; only ids not heard before are announced).
import type { RoomState } from "../../server/room/schema";
import { t } from "../i18n";
import { announce } from "./liveRegion";
import { describeOffer } from "./offers";

/** A function to call with each new state: it announces the open offers to `seat` not yet heard. */
export function offerAlerts(): (state: RoomState, seat: number) => void {
  let heard: Set<number> | null = null;
  let heardFor = -1;
  return (state, seat) => {
    const open = [...state.offers].filter((o) => o.to === seat && o.status === "open");
    // The offers already there when a seat is taken are on screen, not news.
    if (heard === null || heardFor !== seat) {
      heard = new Set(open.map((o) => o.id));
      heardFor = seat;
      return;
    }
    const fresh = open.filter((o) => !heard!.has(o.id));
    for (const o of fresh) heard.add(o.id);
    if (fresh.length > 0) announce(fresh.map((o) => t("a11y.newOffer", { offer: describeOffer(state, o) })).join(" "));
  };
}
