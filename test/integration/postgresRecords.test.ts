// The PostgreSQL records (server/records/postgres.ts) against a real PostgreSQL: the records'
// contract run on both stores (a random game's commands, rounds and checkpoints, seats and their
// secrets, messages, open rooms read back equal); the lease that keeps two processes from both
// resuming one session; a call that times out stores nothing; and a session whose server process
// was killed resumes on another process already running on the same database.
//
// Needs a PostgreSQL reachable at SHANCHENG_TEST_DATABASE_URL (default: the local socket as root,
// database shancheng_test; .ci/run installs, starts and creates it, and sets the variable). Each
// run uses a throwaway database it drops at the end. Skipped, with a message, when none answers
// and neither CI nor SHANCHENG_TEST_DATABASE_URL is set.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Command } from "../../shared/engine/commands";
import { mapOf } from "../../client/synced";
import { createGame } from "../../shared/engine/apply";
import { hashState } from "../../shared/engine/hash";
import { replay, type LoggedCommand } from "../../shared/engine/replay";
import { TENURES, USES } from "../../shared/model/map";
import { RULES_VERSION, type GameState, type RoundRecord } from "../../shared/model/state";
import { chongqingScenario } from "../../shared/scenarios/chongqing";
import { loadMapFile } from "../../server/mapFile";
import { openPostgresRecords, openRecords, type PostgresOptions, type RecordStore, type SessionStatus } from "../../server/records";
import { killAll, startChildServer, type ChildServer } from "../helpers/childServer";
import { joinRoom, roundTrip, until, type Player } from "../helpers/clients";
import { startAndBuyFarm } from "../helpers/scriptedPlayers";
import { dice, playRandomGame } from "../helpers/randomPlay";

const BASE_URL = process.env.SHANCHENG_TEST_DATABASE_URL ?? "postgresql://root@/shancheng_test?host=/var/run/postgresql";
const database = `shancheng_t_${randomBytes(4).toString("hex")}`;
// The same server and credentials, the throwaway database's name (a socket URL has no host, so no WHATWG URL).
const url = BASE_URL.replace(/^(postgres(?:ql)?:\/\/[^/]*\/)[^?]*/, `$1${database}`);

/** Whether the PostgreSQL at BASE_URL answers; under CI, or when SHANCHENG_TEST_DATABASE_URL names one (.ci/run), it must. */
async function reachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: BASE_URL });
  try {
    await client.connect();
    return true;
  } catch (error) {
    if (process.env.CI || process.env.SHANCHENG_TEST_DATABASE_URL) throw new Error(`PostgreSQL is required here and did not answer at ${BASE_URL}: ${(error as Error).message}`);
    console.warn(`Skipping the PostgreSQL records tests: no PostgreSQL at ${BASE_URL} (${(error as Error).message}). .ci/run shows how to install and start one.`);
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: BASE_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

const available = await reachable();
const map = loadMapFile(new URL("../../assets/maps/chongqing.tmj", import.meta.url).pathname);

interface Step {
  entry: LoggedCommand;
  status: SessionStatus;
  round: number;
  newRounds: RoundRecord[];
  stateHash?: string;
}

/** A random game to the end, as the room records it (a hash after each round). */
function randomGame(seed: number): { steps: Step[]; final: GameState } {
  const steps: Step[] = [];
  let stored = 0;
  const final = playRandomGame(createGame(chongqingScenario, map, seed), {
    roll: dice(seed),
    tries: 4,
    onCommand: (seat: number, command: Command, _events, state: GameState) => {
      const newRounds = state.history.slice(stored);
      stored = state.history.length;
      const status: SessionStatus = state.phase === "lobby" ? "lobby" : state.phase === "action" ? "running" : "ended";
      steps.push({ entry: { seat, command }, status, round: state.round, newRounds, stateHash: newRounds.length > 0 ? hashState(state) : undefined });
    },
  });
  return { steps, final };
}

const newSession = (id: string, seed: number) => ({
  id,
  seed,
  scenario: chongqingScenario,
  mapPath: "assets/maps/chongqing.tmj",
  settings: { roundSeconds: 180, rulesVersion: RULES_VERSION, mapHash: hashState(map), bots: { village: "cautious" } },
  status: "lobby" as const,
  round: 0,
});

const game = randomGame(5);

/** What every store must do, whichever database holds it. */
function recordsContract(open: () => RecordStore): void {
  let store: RecordStore;
  beforeAll(() => {
    store = open();
  });
  afterAll(() => store?.close());

  it("keeps a session, its secret, and every command with its rounds and checkpoints", () => {
    const id = `G${randomBytes(3).toString("hex")}`;
    expect(store.hasSession(id)).toBe(false);
    store.createSession(newSession(id, 5));
    expect(store.hasSession(id)).toBe(true);
    expect(store.getSession(id)).toMatchObject({ id, status: "lobby", round: 0, seed: 5, scenario: chongqingScenario, settings: newSession(id, 5).settings, hasFacilitator: false });
    expect(store.getSession(id)!.mapPath).toMatch(/assets\/maps\/chongqing\.tmj$/);
    expect(store.checkFacilitatorSecret(id, "s3cret")).toBe(false);
    store.setFacilitatorSecret(id, "s3cret");
    expect(store.getSession(id)!.hasFacilitator).toBe(true);
    expect([store.checkFacilitatorSecret(id, "s3cret"), store.checkFacilitatorSecret(id, "other"), store.checkFacilitatorSecret(id, 42)]).toEqual([true, false, false]);

    game.steps.forEach((s, seq) => store.recordCommand(id, seq, s.entry, { status: s.status, round: s.round, newRounds: s.newRounds, stateHash: s.stateHash }));
    const log = store.commands(id);
    expect(log).toEqual(game.steps.map((s) => s.entry));
    expect(store.rounds(id)).toEqual(game.final.history);
    expect(store.checkpoints(id)).toEqual(game.steps.flatMap((s, seq) => (s.stateHash ? [{ seq, stateHash: s.stateHash }] : [])));
    expect(store.getSession(id)).toMatchObject({ status: "ended", round: game.final.round });
    // The stored log rebuilds the very state the game ended in.
    expect(hashState(replay({ rulesVersion: RULES_VERSION, seed: 5, scenario: chongqingScenario, map, log }))).toBe(hashState(game.final));
    // A command whose number is taken is refused whole: nothing of it is stored.
    expect(() => store.recordCommand(id, 0, game.steps[0].entry, { status: "running", round: 1, newRounds: [] })).toThrow();
    expect(store.getSession(id)).toMatchObject({ status: "ended" });
  });

  it("keeps seats, seat secrets and messages, replacing the lists as a whole", () => {
    const id = `S${randomBytes(3).toString("hex")}`;
    store.createSession(newSession(id, 1));
    store.saveSeats(id, [{ seat: 2, player: "Bo", bot: "" }, { seat: 0, player: "Ana", bot: "" }]);
    store.saveSeats(id, [{ seat: 0, player: "Ana", bot: "" }, { seat: 3, player: "Bot", bot: "cautious" }]);
    expect(store.seats(id)).toEqual([{ seat: 0, player: "Ana", bot: "" }, { seat: 3, player: "Bot", bot: "cautious" }]);
    store.saveSeatSecrets(id, [{ seat: 0, secretHash: "aa" }, { seat: 1, secretHash: "bb" }]);
    store.saveSeatSecrets(id, [{ seat: 1, secretHash: "cc" }]);
    expect(store.seatSecrets(id)).toEqual([{ seat: 1, secretHash: "cc" }]);
    expect([store.appendMessage(id, 0, "你好"), store.appendMessage(id, -1, "Round 2 begins")]).toEqual([0, 1]);
    const messages = store.messages(id);
    expect(messages.map(({ seq, seat, text }) => ({ seq, seat, text }))).toEqual([{ seq: 0, seat: 0, text: "你好" }, { seq: 1, seat: -1, text: "Round 2 begins" }]);
    expect(messages.every((m) => typeof m.at === "number" && m.at > 1.7e12)).toBe(true);
  });

  it("lists the open rooms oldest first and forgets a closed one", async () => {
    const [a, b] = [`A${randomBytes(3).toString("hex")}`, `B${randomBytes(3).toString("hex")}`];
    store.createSession(newSession(b, 1));
    store.createSession(newSession(a, 1));
    store.setRoomOpen(b, true);
    await new Promise((r) => setTimeout(r, 5)); // distinct `since`
    store.setRoomOpen(a, true);
    store.setRoomOpen(a, true); // again: still one, still as old
    expect(store.openRooms().filter((x) => x === a || x === b)).toEqual([b, a]);
    store.setRoomOpen(b, false);
    expect(store.openRooms().filter((x) => x === a || x === b)).toEqual([a]);
    store.setRoomOpen(a, false);
  });
}

describe("the records' contract: SQLite", () => recordsContract(() => openRecords(":memory:")));

describe.skipIf(!available)("PostgreSQL records", () => {
  const stores: RecordStore[] = [];
  const pgStore = (options: PostgresOptions = {}) => {
    const store = openPostgresRecords(url, options);
    stores.push(store);
    return store;
  };
  const children: ChildServer[] = [];
  beforeAll(() => admin(`CREATE DATABASE ${database}`));
  afterAll(async () => {
    killAll(children);
    for (const s of stores) s.close();
    await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  });

  describe("the records' contract", () => recordsContract(() => pgStore({ instance: "contract" })));

  it("hands an open room to another process only once its owner's lease has expired", async () => {
    const one = pgStore({ instance: "one", leaseSeconds: 3_600 }); // renews every 20 min: not during this test
    const two = pgStore({ instance: "two", leaseSeconds: 1 });
    const three = pgStore({ instance: "three", leaseSeconds: 1 });
    const id = `L${randomBytes(3).toString("hex")}`;
    one.createSession(newSession(id, 1));
    one.setRoomOpen(id, true);
    expect(two.openRooms()).not.toContain(id); // its owner renewed it just now
    expect(one.openRooms()).toContain(id); // its own, as after a restart under the same name
    await new Promise((r) => setTimeout(r, 1_300)); // the 1-s lease of two and three lapses
    expect(two.openRooms()).toContain(id);
    expect(three.openRooms()).not.toContain(id); // two holds it now
    one.setRoomOpen(id, false); // one's room closing does not close two's
    expect(two.openRooms()).toContain(id);
    two.setRoomOpen(id, false);
    await new Promise((r) => setTimeout(r, 1_300));
    expect(three.openRooms()).not.toContain(id);
  });

  it("throws when the database does not answer in time, and stores nothing of that call", async () => {
    const store = pgStore({ instance: "slow", timeoutMs: 300 });
    const id = `T${randomBytes(3).toString("hex")}`;
    store.createSession(newSession(id, 1));
    const locker = new pg.Client({ connectionString: url });
    await locker.connect();
    await locker.query("BEGIN");
    await locker.query("LOCK TABLE commands IN EXCLUSIVE MODE");
    expect(() => store.recordCommand(id, 0, game.steps[0].entry, { status: "running", round: 1, newRounds: [] })).toThrow(/did not answer within 300 ms/);
    await locker.query("ROLLBACK");
    await locker.end();
    // The abandoned insert went through once the lock was gone, and was rolled back.
    expect(store.commands(id)).toEqual([]);
    expect(store.getSession(id)).toMatchObject({ status: "lobby", round: 0 });
    store.recordCommand(id, 0, game.steps[0].entry, { status: "running", round: 1, newRounds: [] });
    expect(store.commands(id)).toEqual([game.steps[0].entry]);
  });

  it("resumes a session on another running process once the process that had it was killed", async () => {
    const start = async (instance: string) => {
      const server = await startChildServer(":memory:", { DATABASE_URL: url, SHANCHENG_INSTANCE: instance, SHANCHENG_LEASE_SECONDS: "3" });
      children.push(server);
      return server;
    };
    const api = async (port: number, path: string, init: { method?: string; body?: unknown; secret?: string } = {}) => {
      const headers: Record<string, string> = {};
      if (init.body !== undefined) headers["content-type"] = "application/json";
      if (init.secret !== undefined) headers["x-facilitator-secret"] = init.secret;
      const res = await fetch(`http://127.0.0.1:${port}/api${path}`, { method: init.method ?? "GET", headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
      return { status: res.status, body: (await res.json()) as any };
    };
    const first = await start("first");
    expect(first.output()).toContain("records: postgresql://");
    const created = await api(first.port, "/sessions", { method: "POST", body: { seed: 12, roundSeconds: 600 } });
    expect(created.status).toBe(201);
    const { code, facilitatorSecret: secret } = created.body as { code: string; facilitatorSecret: string };

    const gov = await joinRoom(first.port, code, "Ana");
    const village = await joinRoom(first.port, code, "Bo");
    const all: Player[] = [gov, village];
    for (const p of all) p.room.onError(() => undefined);
    await until(() => all.every((p) => (p.room.state.seats?.length ?? 0) > 0), "seats synced");
    const m = mapOf(gov.room.state);
    const [farm, secondFarm] = [...m.use.keys()].filter((t) => TENURES[m.tenure[t]] === "villageCollective" && USES[m.use[t]] === "farmland");
    const villageSeat = m.holder[farm];
    gov.room.send("takeSeat", { seat: gov.room.state.seats.findIndex((x) => x.role === "government") });
    village.room.send("takeSeat", { seat: villageSeat });
    await until(() => all.every((p) => p.privateView !== null), "seated");
    await startAndBuyFarm({ gov, village, all, farm }, 2_000, { port: first.port, code, secret });
    for (const p of all) p.room.send("ready", { ready: true });
    await until(() => all.every((p) => p.room.state.round === 2), "round 2");
    gov.room.send("command", { command: { type: "expropriate", tile: secondFarm, compensation: 2_500 } });
    await roundTrip(gov);
    for (const p of all) p.room.send("ready", { ready: true });
    await until(() => all.every((p) => p.room.state.round === 3), "round 3");
    const balances = [...gov.room.state.seats].map((x) => x.balance);
    const before = await api(first.port, `/sessions/${code}/record`, { secret });
    expect(before.body).toMatchObject({ live: true, status: "running", round: 3 });

    // A second process started while the first lives leaves its session alone...
    const second = await start("second");
    expect(second.output()).not.toContain("Resumed");
    await new Promise((r) => setTimeout(r, 3_000)); // a lease's length: the first renews it every second
    expect(second.output()).not.toContain("Resumed");
    // ...and takes it over once the first is killed and its 3-s lease lapses.
    first.child.kill("SIGKILL");
    await first.exited;
    await until(() => second.output().includes(`Resumed 1 session(s) of a stopped process: ${code}`), "resumed on the second process", 30_000);
    const after = await api(second.port, `/sessions/${code}/record`, { secret });
    expect(after.body).toMatchObject({ live: true, status: "running", round: 3, stateHash: before.body.stateHash });
    expect(after.body.log).toEqual(before.body.log);
    const back = await joinRoom(second.port, code, "Bo", village.seatSecret!);
    back.room.onError(() => undefined);
    await until(() => (back.room.state.seats?.length ?? 0) > 0, "rejoined");
    expect(back.room.state.round).toBe(3);
    expect([...back.room.state.seats].map((x) => x.balance)).toEqual(balances);
    await until(() => back.privateView !== null, "seated again");
    expect(back.room.state.seats[villageSeat]).toMatchObject({ player: "Bo", connected: true });

    await back.room.leave();
  }, 90_000);
});
