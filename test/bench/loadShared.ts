// What the load benchmark's three processes agree on: the bare room's name (test/bench/loadBare.ts),
// the options the driver (test/bench/load.ts) gives the clients (test/bench/loadClients.ts) and
// what the clients answer.

export const BARE_ROOM = "bare";

export interface LoadClientOptions {
  /** Server ports; a room is created through ports[r % n] and joined through ports[(r + 1) % n]. */
  ports: number[];
  rooms: number;
  seconds: number;
  /** "game": Shancheng's room; "bare": the framework floor (test/bench/loadBare.ts). */
  room: "game" | "bare";
  roundSeconds: number;
  joinGapMs: number;
  /** Clients (people) a room; bots play the rest of its 12 seats. */
  people: number;
}

export interface LoadClientResult {
  clients: number;
  /** Time from asking to join until the first full state arrived, ms. */
  joinMs: number[];
  failedJoins: number;
  /** Why joins failed: the error's message, with how many times. */
  joinErrors: Record<string, number>;
  sent: number;
  /** Answers "error" by the refused message type. */
  errors: Record<string, number>;
  /** State changes decoded, over all clients. */
  patches: number;
  /** This process's own event-loop delay in the acting window, ms: high means the clients, not the server, were the limit. */
  clientLagP99: number;
  /** The same while the rooms were joining (beyond the 10-ms sampling), ms. */
  clientJoinLagP99: number;
}
