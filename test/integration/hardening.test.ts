// No message stops a class (issue #12.1): every message type, known or not, with odd payloads,
// and raw frames of random bytes, sent over real sockets. The server lives, no room is lost, the
// honest player keeps acting, and a second room keeps answering throughout.
import { matchMaker } from "@colyseus/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../../server/app";
import { nextRandom, seedState } from "../../shared/engine/rng";
import { clientMessageSchemas } from "../../shared/protocol";
import { createRoom, joinRoom, roundTrip, until, type Player } from "../helpers/clients";

let server: RunningServer;
let honest: Player;
let elsewhere: Player;
let code: string;
beforeAll(async () => {
  server = await startServer({ port: 0 });
  honest = await createRoom(server.port, "Honest");
  code = honest.room.roomId;
  elsewhere = await createRoom(server.port, "Elsewhere");
  await until(() => (honest.room.state.seats?.length ?? 0) > 0, "synced");
  honest.room.send("takeSeat", { seat: 0 });
  await until(() => honest.privateView !== null, "seated");
  honest.room.send("startGame", {});
  await until(() => honest.room.state.phase === "action", "started");
});
afterAll(async () => {
  for (const p of [honest, elsewhere]) if (p?.room.connection.isOpen) await p.room.leave();
  await server?.close();
});

let rng = seedState(12);
const random = () => {
  const draw = nextRandom(rng);
  rng = draw.state;
  return draw.value;
};

function nested(depth: number): unknown {
  let v: unknown = { leaf: [1, "x", null] };
  for (let i = 0; i < depth; i++) v = { a: v, b: [i] };
  return v;
}

/** Payloads that are not what any handler expects. */
const ODD_PAYLOADS: unknown[] = [
  { toString: 1 },
  { valueOf: 1, toString: "x" },
  {},
  [],
  [1, 2, 3],
  null,
  0,
  -1,
  1e308,
  Number.NaN,
  true,
  "government",
  "x".repeat(2_500), // over the room's 2 KB, under the transport's 4 KB
  nested(40),
  { seat: { valueOf: 1 } },
  { command: { type: "borrow", amount: "1" } },
  { command: { type: "__proto__" } },
  { __proto__: { seat: 0 } },
  { constructor: { prototype: { polluted: true } } },
];
const ODD_TYPES: (string | number)[] = ["*", "__proto__", "constructor", "toString", "hasOwnProperty", "", "x".repeat(200), 42, -1, 0, 3.5];
const TYPES = [...Object.keys(clientMessageSchemas), ...ODD_TYPES];

/** Raw websocket frames: random bytes after each protocol code the server reads (and some it does not). */
function rawFrame(): Uint8Array {
  const codes = [10, 12, 13, 14, 15, 17, 0, 255];
  const bytes = new Uint8Array(1 + Math.floor(random() * 60));
  for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(random() * 256);
  bytes[0] = codes[Math.floor(random() * codes.length)];
  return bytes;
}

/** A fuzzing client sends `frames` messages and raw frames (below the flood cut-off), then goes. */
async function fuzz(frames: number): Promise<void> {
  const p = await joinRoom(server.port, code, `Fuzz${Math.floor(random() * 1000)}`);
  p.room.onError(() => undefined);
  p.room.onLeave(() => undefined);
  for (let i = 0; i < frames && p.room.connection.isOpen; i++) {
    const kind = random();
    const type = TYPES[Math.floor(random() * TYPES.length)];
    if (kind < 0.1) p.room.connection.send(rawFrame());
    else if (kind < 0.2) p.room.sendBytes(type, rawFrame());
    else p.room.send(type as string, ODD_PAYLOADS[Math.floor(random() * ODD_PAYLOADS.length)]);
  }
  await new Promise((r) => setTimeout(r, 50));
  if (p.room.connection.isOpen) await p.room.leave();
}

describe("odd messages", () => {
  it("a message of type * with an object payload whose toString is not a function is refused, and the server lives", async () => {
    honest.errors.length = 0;
    for (const payload of [{ toString: 1 }, { valueOf: 1, toString: "x" }, [], null, 7])
      honest.room.send("*", payload);
    await until(() => honest.errors.length === 5, "five refusals");
    expect(honest.errors.map((e) => e.code)).toEqual(Array(5).fill("unknownMessage"));
    expect(honest.errors[0].message).toMatch(/Unknown message type "\*"/);
    await roundTrip(honest);
  });

  it("every message type with every odd payload: each one is answered with a coded refusal, never a crash", async () => {
    const codes = new Set<string>();
    // A new sender every 6 types stays under the flood cut-off (150 messages at once).
    for (let first = 0; first < TYPES.length; first += 6) {
      const sender = await joinRoom(server.port, code, "Sender");
      for (const type of TYPES.slice(first, first + 6)) {
        sender.errors.length = 0;
        for (const payload of ODD_PAYLOADS) sender.room.send(type as string, payload);
        await until(() => sender.errors.length === ODD_PAYLOADS.length, `an answer to each ${String(type).slice(0, 20)}`);
        for (const e of sender.errors) codes.add(e.code!);
      }
      await sender.room.leave();
    }
    // Unknown types share one bucket: after 20 of them, the rest are "slow down".
    expect([...codes].sort()).toEqual(["badMessage", "notFacilitator", "notSeated", "rateLimited", "tooLarge", "unknownMessage"]);
    await roundTrip(honest);
  }, 60_000);

  it("10,000 random messages and raw frames from fuzzing clients: the server lives, the room stays, the honest player acts, the other room answers", async () => {
    const quota = honest.room.state.hukouQuota;
    const lags: number[] = [];
    for (let batch = 0; batch < 100; batch++) {
      const t0 = performance.now();
      await Promise.all([fuzz(100), roundTrip(elsewhere).then(() => lags.push(performance.now() - t0))]);
    }
    // The other room answers throughout (client and server share this process's event loop).
    lags.sort((a, b) => a - b);
    expect(lags[Math.floor(lags.length / 2)]).toBeLessThan(250);
    expect(matchMaker.getLocalRoomById(code)).toBeDefined();
    honest.errors.length = 0;
    honest.room.send("command", { command: { type: "setHukouQuota", cohorts: quota + 1 } });
    await until(() => honest.room.state.hukouQuota === quota + 1, "the honest player's command lands");
    expect(honest.errors).toEqual([]);
    await roundTrip(elsewhere);
  }, 120_000);
});
