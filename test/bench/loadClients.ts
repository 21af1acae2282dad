// The clients of npm run bench:load, in their own process so that generating the load does not
// starve the server: `rooms` rooms of `people` colyseus.js clients each (12: every seat). Every room is created by its
// first client; the others join by its code in a burst (rooms start `joinGapMs` apart), each
// takes a seat, bots fill any seat left and the game starts with `roundSeconds` rounds. Then for
// `seconds` every client acts at a human pace: one message every 0–10 s (0.2 a second on
// average), picked from Ready on/off, inspecting a tile, and cheap legal commands (government and
// developers borrow 1 wan and repay it; migrants set what they send home). Prints one line
// "joined {…}" when every client is in, and one line "result {…}" at the end (JSON).
// Options: one JSON object as the only argument (see LoadClientOptions).
import { monitorEventLoopDelay } from "node:perf_hooks";
import { Client, type Room } from "colyseus.js";
import { ROOM_NAME } from "../../shared/protocol";
import { BARE_ROOM, type LoadClientOptions, type LoadClientResult } from "./loadShared";

const options = JSON.parse(process.argv[2]) as LoadClientOptions;
const url = (port: number) => `ws://127.0.0.1:${port}`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const result: LoadClientResult = { clients: 0, joinMs: [], failedJoins: 0, joinErrors: {}, sent: 0, errors: {}, patches: 0, clientLagP99: 0, clientJoinLagP99: 0 };

interface Seat {
  room: Room;
  index: number;
  ready: boolean;
  borrowed: boolean;
}

/** A join with no first state by then failed (a lost reservation would otherwise hang the step). */
const JOIN_TIMEOUT_MS = 30_000;

async function join(make: () => Promise<Room>): Promise<Room | null> {
  const t0 = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no state within ${JOIN_TIMEOUT_MS / 1000} s`)), JOIN_TIMEOUT_MS)));
  try {
    const room = await Promise.race([make(), timeout]);
    await Promise.race([new Promise<void>((resolve) => room.onStateChange.once(() => resolve())), timeout]);
    clearTimeout(timer);
    result.joinMs.push(performance.now() - t0);
    room.onStateChange(() => result.patches++);
    room.onMessage("error", (e: { refused?: string }) => (result.errors[e.refused ?? "?"] = (result.errors[e.refused ?? "?"] ?? 0) + 1));
    room.onMessage("*", () => undefined);
    return room;
  } catch (error) {
    clearTimeout(timer);
    result.failedJoins++;
    const reason = error instanceof Error ? error.message : String(error);
    result.joinErrors[reason] = (result.joinErrors[reason] ?? 0) + 1;
    return null;
  }
}

async function fillRoom(r: number): Promise<Seat[]> {
  const createPort = options.ports[r % options.ports.length];
  const joinPort = options.ports[(r + 1) % options.ports.length];
  const name = (i: number) => `P${r}-${i}`;
  const roomName = options.room === "game" ? ROOM_NAME : BARE_ROOM;
  const createOptions = { name: name(0), roundSeconds: options.roundSeconds, settings: { developers: 3 } };
  const creator = await join(() => new Client(url(createPort)).create(roomName, createOptions));
  if (!creator) return [];
  const joiners = await Promise.all(Array.from({ length: options.people - 1 }, (_, i) => join(() => new Client(url(joinPort)).joinById(creator.roomId, { name: name(i + 1) }))));
  const seats = [creator, ...joiners].flatMap((room, index) => (room ? [{ room, index, ready: false, borrowed: false }] : []));
  for (const seat of seats) seat.room.send("takeSeat", { seat: seat.index });
  await sleep(1000);
  creator.send("fillWithBots", {});
  creator.send("startGame", {});
  return seats;
}

/** One message, as a person at this seat might send it. */
function act(seat: Seat): void {
  const role = options.room === "game" ? (seat.room.state.seats?.[seat.index]?.role as string | undefined) : undefined;
  const roll = Math.random();
  if (roll < 0.3) {
    seat.ready = !seat.ready;
    seat.room.send("ready", { ready: seat.ready });
  } else if (roll < 0.6 || role === "village") {
    seat.room.send("inspect", { tile: Math.floor(Math.random() * 3072) });
  } else if (role === "migrant") {
    seat.room.send("command", { command: { type: "setRemittance", amount: Math.floor(Math.random() * 4) } });
  } else {
    seat.room.send("command", { command: { type: seat.borrowed ? "repay" : "borrow", amount: 1 } });
    seat.borrowed = !seat.borrowed;
  }
  result.sent++;
}

// The clients' own event loop while they join: decoding each joiner's first state is this
// process's work, so a busy client process shows here rather than as the server's join time.
const joinLag = monitorEventLoopDelay({ resolution: 10 });
joinLag.enable();
const filling: Promise<Seat[]>[] = [];
for (let r = 0; r < options.rooms; r++) {
  filling.push(fillRoom(r));
  await sleep(options.joinGapMs);
}
const seats = (await Promise.all(filling)).flat();
joinLag.disable();
result.clientJoinLagP99 = Math.max(0, joinLag.percentile(99) / 1e6 - 10);
result.clients = seats.length;
console.log(`joined ${JSON.stringify({ clients: seats.length, failedJoins: result.failedJoins })}`);

const lag = monitorEventLoopDelay({ resolution: 10 });
lag.enable();
// Each client's next message comes 0–10 s after its last; at the end every pending one is dropped.
const timers = new Set<NodeJS.Timeout>();
const schedule = (seat: Seat) => {
  const timer = setTimeout(() => {
    timers.delete(timer);
    act(seat);
    schedule(seat);
  }, Math.random() * 10_000);
  timers.add(timer);
};
for (const seat of seats) schedule(seat);
await sleep(options.seconds * 1000);
for (const timer of timers) clearTimeout(timer);
// Both lags beyond the 10-ms sampling, as the server measures its own (server/scale/loadStats.ts).
result.clientLagP99 = Math.max(0, lag.percentile(99) / 1e6 - 10);
console.log(`result ${JSON.stringify(result)}`);
process.exit(0);
