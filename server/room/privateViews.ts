// Each seated client hears what only its seat may see (shared/views/privateView.ts: its sealed
// bids, spare money, loans, next steps). A view changes only with the game or the client's seat,
// so a join or a seat taken sends one view, not one to every seated client (a class of 30
// joining would otherwise cost 30² views).

import type { Client } from "@colyseus/core";
import type { GameState } from "../../shared/model/state";
import { privateView } from "../../shared/views/privateView";

export class PrivateViews {
  /** The game state and seat each client's last view was built from. */
  private readonly sent = new WeakMap<Client, { game: GameState; seat: number }>();

  send(clients: Iterable<Client>, game: GameState, seatOf: (sessionId: string) => number): void {
    for (const client of clients) {
      const seat = seatOf(client.sessionId);
      const last = this.sent.get(client);
      if (seat < 0 || (last?.game === game && last.seat === seat)) continue;
      client.send("private", privateView(game, seat, Date.now()));
      this.sent.set(client, { game, seat });
    }
  }
}
