import { describe, expect, it } from "vitest";
import { SYSTEM_SEAT, parseCommand } from "../../shared/commands";
import { applyCommand } from "../../shared/engine";
import { hashState } from "../../shared/hash";
import { tileActions } from "../../shared/hints";
import { ledgerTotal } from "../../shared/ledger";
import { nextRandom } from "../../shared/rng";
import { replay, type GameRecord, type LoggedCommand } from "../../shared/replay";
import { chongqingScenario } from "../../shared/scenarios/chongqing";
import { RULES_VERSION } from "../../shared/state";
import { asciiMap } from "../helpers/asciiMap";
import { RIVER_MAP } from "../helpers/game";

/** Play a game by picking, each step, a random legal tile action for a random seat. */
function randomRecord(seed: number): GameRecord {
  const record: GameRecord = { rulesVersion: RULES_VERSION, seed, scenario: chongqingScenario, map: asciiMap(RIVER_MAP), log: [] };
  let state = replay(record);
  let rng = seed;
  const log = (entry: LoggedCommand) => {
    const r = applyCommand(state, entry.seat, entry.command);
    if (!r.ok) throw new Error(r.error);
    state = r.state;
    record.log.push(entry);
  };
  const draw = (n: number) => {
    const d = nextRandom(rng);
    rng = d.state;
    return Math.floor(d.value * n);
  };
  log({ seat: SYSTEM_SEAT, command: { type: "startGame" } });
  while (state.phase === "action") {
    for (let i = 0; i < 25; i++) {
      const seat = draw(state.seats.length);
      const actions = tileActions(state, seat, draw(state.map.width * state.map.height));
      if (actions.length > 0) log({ seat, command: actions[draw(actions.length)].command });
      const offer = state.offers.find((o) => o.status === "open");
      if (offer) log({ seat: offer.to, command: { type: "respondOffer", offerId: offer.id, accept: draw(2) === 1 } });
    }
    log({ seat: SYSTEM_SEAT, command: { type: "endActionPhase" } });
  }
  return record;
}

describe("determinism and replay", () => {
  it("the same seed and command log give the same game, byte for byte", () => {
    const record = randomRecord(42);
    expect(record.log.length).toBeGreaterThan(40);
    const a = replay(record);
    const b = replay(structuredClone(record));
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(hashState(a)).toBe(hashState(b));
    expect(a.phase).toBe("ended");
  });

  it("a different seed gives a different game", () => {
    expect(hashState(replay(randomRecord(1)))).not.toBe(hashState(replay(randomRecord(2))));
  });

  it("money is conserved in every one of 30 random games", () => {
    for (let seed = 1; seed <= 30; seed++) expect(ledgerTotal(replay(randomRecord(seed)))).toBe(0);
  });

  it("a record from another rules version, or with a refused command, is rejected", () => {
    const record = randomRecord(3);
    expect(() => replay({ ...record, rulesVersion: 99 })).toThrow(/rules version 99/);
    expect(() => replay({ ...record, log: [{ seat: 0, command: { type: "bid", auctionId: 0, amount: 1 } }] })).toThrow(/diverged at command 0/);
  });

  it("the random generator repeats from the same state", () => {
    expect(nextRandom(7)).toEqual(nextRandom(7));
    expect(nextRandom(7).value).not.toBe(nextRandom(8).value);
  });
});

describe("parsing untrusted commands", () => {
  it("accepts a well-formed command", () => {
    expect(parseCommand({ type: "bid", auctionId: 3, amount: 100 })).toEqual({ ok: true, command: { type: "bid", auctionId: 3, amount: 100 } });
  });
  it.each([
    [null, /Malformed/],
    ["bid", /Malformed/],
    [{ type: "fly" }, /Malformed/],
    [{ type: "bid", auctionId: 3 }, /amount/],
    [{ type: "bid", auctionId: 3, amount: -5 }, /amount/],
    [{ type: "bid", auctionId: 3, amount: 1.5 }, /amount/],
    [{ type: "bid", auctionId: 3, amount: Number.NaN }, /amount/],
    [{ type: "bid", auctionId: 3, amount: 5, seat: 0 }, /Malformed/],
    [{ type: "startGame" }, /Malformed/],
  ])("refuses %j", (input, message) => {
    const r = parseCommand(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });
});
