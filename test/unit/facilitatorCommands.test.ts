// The facilitator's system commands: pick the card that opens the next round, and end the game
// now. Both go through the engine as system commands, so the record replays to the same state.
import { describe, expect, it } from "vitest";
import { SYSTEM_SEAT, parseCommand } from "../../shared/engine/commands";
import { hashState } from "../../shared/engine/hash";
import { replay, type GameRecord } from "../../shared/engine/replay";
import { isCounterfactual } from "../../shared/rules/unlocks";
import { chongqingScenario } from "../../shared/scenarios/chongqing";
import { RULES_VERSION } from "../../shared/model/state";
import { asciiMap } from "../helpers/asciiMap";
import { GOV, RIVER_MAP, endRound, must, newGame, refusal, started } from "../helpers/game";

const cardOf = (s: ReturnType<typeof newGame>) => s.scenario.events[s.eventCard]?.id ?? "";

describe("setNextCard", () => {
  it("changes the card that opens the next round, and only that one", () => {
    let s = started();
    expect(cardOf(s)).toBe("municipality");
    s = must(s, SYSTEM_SEAT, { type: "setNextCard", id: "liangjiang" }).state;
    expect(s.scenario.eventPlan?.[1]).toBe("liangjiang");
    expect(s.scenario.eventPlan?.[2]).toBe("landReserve");
    expect(isCounterfactual(s)).toBe(true);
    s = endRound(s).state;
    expect(s.round).toBe(2);
    expect(cardOf(s)).toBe("liangjiang");
    expect(s.unlocked).toContain("prh");
    s = endRound(s).state;
    expect(cardOf(s)).toBe("landReserve");
  });

  it("drops the next card with an empty id; before the start it sets round 1", () => {
    let s = must(newGame(), SYSTEM_SEAT, { type: "setNextCard", id: "" }).state;
    s = must(s, SYSTEM_SEAT, { type: "startGame" }).state;
    expect(s.eventCard).toBe(-1);
    s = must(s, SYSTEM_SEAT, { type: "setNextCard", id: "" }).state;
    s = endRound(s).state;
    expect(s.eventCard).toBe(-1);
  });

  it("does not touch the state it was given", () => {
    const s = started();
    const before = hashState(s);
    must(s, SYSTEM_SEAT, { type: "setNextCard", id: "slowdown" });
    must(s, SYSTEM_SEAT, { type: "endGame" });
    expect(hashState(s)).toBe(before);
    expect(s.scenario.eventPlan).toBeUndefined();
  });

  it("refuses an unknown card, a player, the last round and an ended game", () => {
    let s = started();
    expect(refusal(s, SYSTEM_SEAT, { type: "setNextCard", id: "moonLanding" })).toEqual({ code: "noSuchCard", params: { card: "moonLanding" } });
    expect(refusal(s, GOV, { type: "setNextCard", id: "" }).code).toBe("systemOnly");
    expect(parseCommand({ type: "setNextCard", id: "" }).ok).toBe(false);
    expect(parseCommand({ type: "endGame" }).ok).toBe(false);
    while (s.round < s.scenario.rounds) s = endRound(s).state;
    expect(refusal(s, SYSTEM_SEAT, { type: "setNextCard", id: "" }).code).toBe("lastRound");
    s = endRound(s).state;
    expect(s.phase).toBe("ended");
    expect(refusal(s, SYSTEM_SEAT, { type: "setNextCard", id: "" }).code).toBe("gameOver");
  });
});

describe("endGame", () => {
  it("ends the game at once: nothing queued is resolved, no round is recorded", () => {
    let s = started();
    s = must(s, GOV, { type: "setHukouQuota", cohorts: 2 }).state;
    s = must(s, GOV, { type: "borrow", amount: 1000 }).state;
    const r = must(s, SYSTEM_SEAT, { type: "endGame" });
    expect(r.events).toEqual([{ type: "gameEnded" }]);
    expect(r.state.phase).toBe("ended");
    expect(r.state.history).toHaveLength(0);
    expect(r.state.orders).toEqual([]);
    expect(refusal(r.state, SYSTEM_SEAT, { type: "endGame" }).code).toBe("gameOver");
    expect(refusal(r.state, GOV, { type: "borrow", amount: 10 }).code).toBe("gameOver");
  });
});

describe("replay with facilitator commands", () => {
  it("a log with setNextCard and endGame replays to the same hash", () => {
    const record: GameRecord = { rulesVersion: RULES_VERSION, seed: 5, scenario: chongqingScenario, map: asciiMap(RIVER_MAP), log: [] };
    let s = replay(record);
    const step = (seat: number, command: GameRecord["log"][number]["command"]) => {
      s = must(s, seat, command).state;
      record.log.push({ seat, command });
    };
    step(SYSTEM_SEAT, { type: "setNextCard", id: "threeGorges" });
    step(SYSTEM_SEAT, { type: "startGame" });
    step(SYSTEM_SEAT, { type: "setNextCard", id: "ticketsAndCrisis" });
    step(GOV, { type: "setHukouQuota", cohorts: 1 });
    step(SYSTEM_SEAT, { type: "endActionPhase" });
    step(SYSTEM_SEAT, { type: "setNextCard", id: "" });
    step(SYSTEM_SEAT, { type: "endActionPhase" });
    step(SYSTEM_SEAT, { type: "endGame" });
    expect(s.phase).toBe("ended");
    expect(s.history.map((h) => h.round)).toEqual([1, 2]);
    expect(s.scenario.eventPlan?.slice(0, 4)).toEqual(["threeGorges", "ticketsAndCrisis", "", "threeGorges"]); // round 4 (2003-04) is Three Gorges in history
    const again = replay(structuredClone(record));
    expect(hashState(again)).toBe(hashState(s));
    // Without the facilitator's commands the game differs.
    const plain = replay({ ...record, log: record.log.filter((e) => e.command.type !== "setNextCard") });
    expect(hashState(plain)).not.toBe(hashState(s));
  });
});
