// Each seated client hears what only its seat may see (shared/views/privateView.ts: its sealed
// bids, spare money, loans, next steps). A view is built again only when the game or the client's
// seat changed (a join or a seat taken builds one view, not one per seated client: a class of 30
// joining would cost 30² views), and sent only when it differs from the last one that client got:
// most commands change one or two seats' views, and sending all twelve after each was a third of
// the room's time under load.

import type { Client } from "@colyseus/core";
import type { GameState } from "../../shared/model/state";
import { privateView } from "../../shared/views/privateView";

export class PrivateViews {
  /** The game state and seat each client's last view was built from, and that view (JSON, without the clock). */
  private readonly sent = new WeakMap<Client, { game: GameState; seat: number; view: string }>();

  send(clients: Iterable<Client>, game: GameState, seatOf: (sessionId: string) => number): void {
    for (const client of clients) {
      const seat = seatOf(client.sessionId);
      const last = this.sent.get(client);
      // A client without a seat holds no view: it gets one again when it sits down, wherever.
      if (seat < 0) this.sent.delete(client);
      if (seat < 0 || (last?.game === game && last.seat === seat)) continue;
      const { serverTime, ...rest } = privateView(game, seat, Date.now());
      const view = JSON.stringify(rest);
      // The server's clock rides along for the countdown; the first view of a seat sets it.
      if (last?.seat !== seat || last.view !== view) client.send("private", { ...rest, serverTime });
      this.sent.set(client, { game, seat, view });
    }
  }
}
