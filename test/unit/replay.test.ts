import { describe, expect, it } from "vitest";
import { parseCommand } from "../../shared/engine/commands";
import { hashState } from "../../shared/engine/hash";
import { ledgerTotal } from "../../shared/rules/ledger";
import { nextRandom } from "../../shared/engine/rng";
import { replay, type GameRecord } from "../../shared/engine/replay";
import { chongqingScenario } from "../../shared/scenarios/chongqing";
import { RULES_VERSION } from "../../shared/model/state";
import { asciiMap } from "../helpers/asciiMap";
import { RIVER_MAP } from "../helpers/game";
import { dice, playRandomGame } from "../helpers/randomPlay";

/** A recorded game of random legal play on the small river map. */
function randomRecord(seed: number): GameRecord {
  const record: GameRecord = { rulesVersion: RULES_VERSION, seed, scenario: chongqingScenario, map: asciiMap(RIVER_MAP), log: [] };
  playRandomGame(replay(record), { roll: dice(seed), tries: 20, onCommand: (seat, command) => record.log.push({ seat, command }) });
  return record;
}

describe("determinism and replay", () => {
  it("the same seed and command log give the same game, byte for byte", () => {
    const record = randomRecord(42);
    expect(record.log.length).toBeGreaterThan(30);
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

describe("replay's steps", () => {
  it("reports every command of the log in order, with the state it led to and its events", () => {
    const record = randomRecord(5);
    const seqs: number[] = [];
    let resolved = 0;
    const final = replay(record, {
      onStep: (seq, seat, command, state, events) => {
        seqs.push(seq);
        expect({ seat, command }).toEqual(record.log[seq]);
        if (command.type === "endActionPhase") {
          resolved++;
          expect(state.history).toHaveLength(resolved);
          expect(events.some((e) => e.type === "roundResolved")).toBe(true);
        }
      },
    });
    expect(seqs).toEqual(record.log.map((_, i) => i));
    expect(resolved).toBe(chongqingScenario.rounds);
    expect(final.phase).toBe("ended");
  });

  it("stops when a step throws (a resumed room's hash check)", () => {
    const record = randomRecord(6);
    const check = (seq: number) => {
      if (seq === 4) throw new Error("hash differs at 4");
    };
    expect(() => replay(record, { onStep: check })).toThrow(/hash differs at 4/);
  });
});
