// npm run bench:wire — bytes on the wire, measured from outside with colyseus.js clients over a
// whole bot game on a real server: the state a joining client receives (a fresh client joins
// after every round), and each round's patches to a client that stays. Compared with the room
// state as JSON as the client reads it (the map as arrays of numbers with land values, the log
// in order, the round records whole: the information the synced state held before it was
// packed), and that JSON gzipped. Not a test: it asserts nothing, it measures.
import { gzipSync } from "node:zlib";
import { matchMaker } from "@colyseus/core";
import { Client, SchemaSerializer, type Room } from "colyseus.js";
import { startServer } from "../../server/app";
import type { ShanchengRoom } from "../../server/room/room";
import type { RoomState } from "../../server/room/schema";
import { ROOM_NAME } from "../../shared/protocol";
import { historyOf, mapOf } from "../../client/synced";
import { logTexts } from "../../client/ui/logText";
import { trackChanges } from "../../client/changes";

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

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const until = async (check: () => boolean, what: string, ms = 20_000) => {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
};

const server = await startServer({ port: 0 });
const url = `ws://127.0.0.1:${server.port}`;
const host = await new Client(url).create<RoomState>(ROOM_NAME, { name: "Host", solo: true, seed: 7 });
for (const type of ["private", "inspect", "error", "facilitator"]) host.onMessage(type, () => undefined);
// The page's redraws (client/main.ts): before, the map pass and the round bar ran on every
// patch; now when a part they show changed. Counted here with the page's own change counters.
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

const joins: { round: number; bytes: number; json: number; gzip: number; synced: number }[] = [];
const roundPatches: number[] = [];
/** What a round changed, by part of the synced state: JSON bytes of the entries that differ (a
 * guide to what fills the patch; the schema's own encoding is smaller for numbers). */
const parts: Record<string, number[]> = {};
const changedBytes = (before: unknown, after: unknown): number => {
  if (JSON.stringify(before) === JSON.stringify(after)) return 0;
  if (before && after && typeof before === "object" && typeof after === "object") {
    const b = before as Record<string, unknown>;
    const a = after as Record<string, unknown>;
    return Object.keys(a).reduce((n, k) => n + changedBytes(b[k], a[k]), 0);
  }
  return JSON.stringify(after ?? null).length;
};
const roundRedraws: { patches: number; map: number; bar: number }[] = [];
const measureJoin = async () => {
  const fresh = await new Client(url).joinById<RoomState>(host.roomId, { name: "Watcher" });
  for (const type of ["private", "inspect", "error"]) fresh.onMessage(type, () => undefined);
  await until(() => bytesOf(fresh).full > 0 && fresh.state.seats?.length > 0, "a fresh client's state");
  const json = JSON.stringify({ ...room.state.toJSON(), map: mapOf(room.state), log: logTexts(room.state), history: historyOf(room.state) });
  joins.push({ round: room.gameState.round, bytes: bytesOf(fresh).full, json: json.length, gzip: gzipSync(json).length, synced: JSON.stringify(room.state.toJSON()).length });
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
  roundPatches.push(bytesOf(host).patches - before);
  const stateAfter = room.state.toJSON() as Record<string, unknown>;
  for (const key of Object.keys(stateAfter)) (parts[key] ??= []).push(changedBytes(stateBefore[key], stateAfter[key]));
  if (process.env.SEATS) {
    const fields: Record<string, number> = {};
    (stateAfter.seats as Record<string, unknown>[]).forEach((seat, i) => {
      for (const [k, v] of Object.entries(seat)) fields[k] = (fields[k] ?? 0) + changedBytes((stateBefore.seats as Record<string, unknown>[])[i]?.[k], v);
    });
    console.log(JSON.stringify(fields), JSON.stringify(stateAfter.seats).slice(0, 600));
  }
  roundRedraws.push({ patches: redraws.patches - redrawsBefore.patches, map: redraws.map - redrawsBefore.map, bar: redraws.bar - redrawsBefore.bar });
  await measureJoin();
}
await host.leave();
await server.close();

const last = joins.at(-1)!;
const joinRatio = Math.max(...joins.map((j) => j.bytes / j.json));
const patchRatio = median(roundPatches) / last.json;
console.log(`whole bot game: ${roundPatches.length} rounds; a fresh client joined after every round`);
for (const j of joins) console.log(`  after round ${String(j.round).padStart(2)}: join ${kb(j.bytes).padStart(8)}  room state JSON ${kb(j.json).padStart(8)} (gzip ${kb(j.gzip)}; as synced ${kb(j.synced)})  join/JSON ${(j.bytes / j.json).toFixed(2)}x`);
console.log(`round patches to a seated client: median ${kb(median(roundPatches))}, max ${kb(Math.max(...roundPatches))} (${roundPatches.map((b) => b).join(" ")} B)`);
console.log(`what a round changes, median JSON bytes by part: ${Object.entries(parts).map(([k, v]) => [k, median(v)] as const).filter(([, v]) => v > 0).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(", ")}`);
const sum = (f: (r: (typeof roundRedraws)[number]) => number) => roundRedraws.reduce((n, r) => n + f(r), 0);
console.log(`redraws per round (mean): ${(sum((r) => r.patches) / roundRedraws.length).toFixed(1)} patches; the map drawn ${(sum((r) => r.map) / roundRedraws.length).toFixed(1)} times, the round bar ${(sum((r) => r.bar) / roundRedraws.length).toFixed(1)} (before: on every patch)`);
console.log(`join / room state JSON:   worst ${joinRatio.toFixed(2)}x (target <= 0.5x)`);
console.log(`round patch / final JSON: median ${patchRatio.toFixed(4)} = 1/${Math.round(1 / patchRatio)} (target <= 1/100)`);
process.exit(0);
