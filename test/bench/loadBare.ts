// The framework's floor for npm run bench:load: a bare Colyseus 0.16 server process with a room
// that has no game. It accepts the message types the benchmark's clients send to the game
// (test/bench/loadClients.ts) and answers each with a small state change (the sender's counter;
// its seat and Ready flag), "inspect" with a small reply, and a round counter every roundSeconds
// — so the two servers see the same clients, sockets and message rate, and only the game differs.
// Started by test/bench/load.ts with SHANCHENG_LOAD_STATS=on; prints its port like server/main.ts.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Room, Server, type Client } from "@colyseus/core";
import { MapSchema, Schema, defineTypes } from "@colyseus/schema";
import { WebSocketTransport } from "@colyseus/ws-transport";
import { loadStatsRoute } from "../../server/scale/loadStats";
import { BARE_ROOM } from "./loadShared";

class BarePlayer extends Schema {
  name = "";
  seat = -1;
  ready = false;
  /** Messages this client sent. */
  counter = 0;
}
defineTypes(BarePlayer, { name: "string", seat: "int8", ready: "boolean", counter: "uint32" });

class BareState extends Schema {
  round = 0;
  players = new MapSchema<BarePlayer>();
}
defineTypes(BareState, { round: "uint8", players: { map: BarePlayer } });

class BareRoom extends Room<BareState> {
  maxClients = 40;

  onCreate(options: { roundSeconds?: number }): void {
    this.setState(new BareState());
    const seconds = Math.min(1800, Math.max(5, Number(options.roundSeconds) || 30));
    this.clock.setInterval(() => (this.state.round += 1), seconds * 1000);
    this.onMessage("*", (client: Client, type: string | number, message: unknown) => {
      const player = this.state.players.get(client.sessionId);
      if (!player) return;
      player.counter += 1;
      const body = (message ?? {}) as { seat?: unknown; ready?: unknown; tile?: unknown };
      if (type === "takeSeat" && typeof body.seat === "number") player.seat = body.seat;
      if (type === "ready") player.ready = body.ready === true;
      if (type === "inspect") client.send("inspect", { tile: body.tile, actions: [] });
    });
  }

  onJoin(client: Client, options: { name?: unknown }): void {
    const player = new BarePlayer();
    player.name = String(options.name ?? "").slice(0, 24);
    this.state.players.set(client.sessionId, player);
  }

  onLeave(client: Client): void {
    this.state.players.delete(client.sessionId);
  }
}

const http = createServer();
const stats = loadStatsRoute();
// Colyseus keeps this listener for every request that is not the matchmaker's.
http.on("request", (req, res) => {
  if (stats?.(req, res)) return;
  res.writeHead(404);
  res.end();
});
const gameServer = new Server({ transport: new WebSocketTransport({ server: http }), greet: false });
gameServer.define(BARE_ROOM, BareRoom);
await gameServer.listen(Number(process.env.PORT ?? 0));
console.log(`bare Colyseus room on http://localhost:${(http.address() as AddressInfo).port}`);
