// Bytes on the wire, measured from outside with colyseus.js clients over a whole solo bot game on
// a real server: the state a joining client receives (a fresh client joins after every round),
// and each round's patches to a client that stays; beside them the room state as JSON as the
// client reads it (the map as arrays of numbers with land values, the log in order as English
// sentences, the round records whole: the information the synced state held before it was
// packed) and that JSON gzipped. Used by `npm run bench:wire` (which prints it) and by
// test/integration/wireBytes.test.ts (which holds it to the targets).
import { gzipSync } from "node:zlib";
import { matchMaker } from "@colyseus/core";
import { Client, SchemaSerializer, type Room } from "colyseus.js";
import { startServer } from "../../server/app";
import type { ShanchengRoom } from "../../server/room/room";
import type { RoomState } from "../../server/room/schema";
import { ROOM_NAME } from "../../shared/protocol";
import { historyOf, mapOf } from "../../client/synced";
import { trackChanges } from "../../client/changes";
import { logTexts } from "../../client/ui/logText";

/** Bytes each client's serializer decoded: the full state on join, then every patch. */
const received = new WeakMap<object, { full: number; patches: number }>();
const counter = (s: object) => received.get(s) ?? (received.set(s, { full: 0, patches: 0 }), received.get(s)!);
const proto = SchemaSerializer.prototype as unknown as Record<"setState" | "patch", (this: object, bytes: Uint8Array, it?: { offset: number }) => unknown>;
const setState = proto.setState;
const patch = proto.patch;
proto.setState = function (bytes, it) {
  counter(this).full += bytes.length - (it?.offset ?? 0);
  return setState.call(this, bytes, it);
};
proto.patch = function (bytes, it) {
  counter(this).patches += bytes.length - (it?.offset ?? 0);
  return patch.call(this, bytes, it);
};
const bytesOf = (room: Room) => counter((room as unknown as { serializer: object }).serializer);

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const until = async (check: () => boolean, what: string, ms = 20_000) => {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
};

/** What a round changed, by part of the synced state: JSON bytes of the entries that differ (a
 * guide to what fills the patch; the schema's own encoding is smaller for numbers). */
function changedBytes(before: unknown, after: unknown): number {
  if (JSON.stringify(before) === JSON.stringify(after)) return 0;
  if (before && after && typeof before === "object" && typeof after === "object") {
    const b = before as Record<string, unknown>;
    const a = after as Record<string, unknown>;
    return Object.keys(a).reduce((n, k) => n + changedBytes(b[k], a[k]), 0);
  }
  return JSON.stringify(after ?? null).length;
}

export interface WireBytes {
  joins: { round: number; bytes: number; json: number; gzip: number; synced: number }[];
  /** Bytes of each round's patches to the seated client. */
  roundPatches: number[];
  /** Per part of the state, the JSON bytes each round changed. */
  parts: Record<string, number[]>;
  /** Per round: patches received, and how often the map and the round bar would redraw. */
  roundRedraws: { patches: number; map: number; bar: number }[];
}

export async function measureWireBytes(seed = 7): Promise<WireBytes> {
  const server = await startServer({ port: 0 });
  const url = `ws://127.0.0.1:${server.port}`;
  const host = await new Client(url).create<RoomState>(ROOM_NAME, { name: "Host", solo: true, seed });
  for (const type of ["private", "inspect", "error", "facilitator", "seatSecret"]) host.onMessage(type, () => undefined);
  // The page's redraws (client/main.ts), counted with the page's own change counters.
  const versions = trackChanges(host);
  const redraws = { patches: 0, map: 0, bar: 0 };
  let drawn = { map: "", bar: "" };
  host.onStateChange(() => {
    redraws.patches++;
    const map = `${versions.map}|${versions.offers}|${versions.auctions}|${versions.orders}|${versions.lists}`;
    const bar = `${versions.game}|${versions.clock}|${versions.seats}`;
    if (map !== drawn.map) redraws.map++;
    if (bar !== drawn.bar) redraws.bar++;
    drawn = { map, bar };
  });
  const room = matchMaker.getLocalRoomById(host.roomId) as ShanchengRoom;
  await until(() => host.state.seats?.length > 0, "the first state");
  host.send("takeSeat", { seat: 0 });
  await until(() => host.state.seats[0]?.player === "Host", "a seat");
  host.send("startGame", {});
  await until(() => host.state.phase === "action", "the start");

  const out: WireBytes = { joins: [], roundPatches: [], parts: {}, roundRedraws: [] };
  const measureJoin = async () => {
    const fresh = await new Client(url).joinById<RoomState>(host.roomId, { name: "Watcher" });
    for (const type of ["private", "inspect", "error"]) fresh.onMessage(type, () => undefined);
    await until(() => bytesOf(fresh).full > 0 && fresh.state.seats?.length > 0, "a fresh client's state");
    const json = JSON.stringify({ ...room.state.toJSON(), map: mapOf(room.state), log: logTexts(room.state), history: historyOf(room.state) });
    out.joins.push({ round: room.gameState.round, bytes: bytesOf(fresh).full, json: json.length, gzip: gzipSync(json).length, synced: JSON.stringify(room.state.toJSON()).length });
    await fresh.leave();
  };

  await measureJoin();
  while (room.gameState.phase === "action") {
    const round = room.gameState.round;
    const before = bytesOf(host).patches;
    const stateBefore = room.state.toJSON() as Record<string, unknown>;
    const redrawsBefore = { ...redraws };
    host.send("ready", { ready: true });
    await until(() => room.gameState.round !== round || room.gameState.phase === "ended", `round ${round}`);
    // Let the patch of the round (and the bots' commands of the next one) arrive.
    await new Promise((r) => setTimeout(r, 200));
    out.roundPatches.push(bytesOf(host).patches - before);
    const stateAfter = room.state.toJSON() as Record<string, unknown>;
    for (const key of Object.keys(stateAfter)) (out.parts[key] ??= []).push(changedBytes(stateBefore[key], stateAfter[key]));
    out.roundRedraws.push({ patches: redraws.patches - redrawsBefore.patches, map: redraws.map - redrawsBefore.map, bar: redraws.bar - redrawsBefore.bar });
    await measureJoin();
  }
  await host.leave();
  await server.close();
  return out;
}
