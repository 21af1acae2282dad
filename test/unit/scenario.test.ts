import { describe, expect, it } from "vitest";
import { ScenarioError, parseScenario } from "../../shared/scenarios/schema";
import { chongqingScenario } from "../../shared/scenarios/chongqing";
import { cardIndexForRound, roundOfYear } from "../../shared/rules/unlocks";

describe("the scenario file", () => {
  it("the default scenario is valid and has one event card per round", () => {
    expect(parseScenario(chongqingScenario)).toEqual(chongqingScenario);
    expect(chongqingScenario.events).toHaveLength(chongqingScenario.rounds);
    // Each card's year falls in its round (round r covers 1997 + 2(r-1) and the year after).
    expect(chongqingScenario.events.map((e) => e.year)).toEqual([1997, 2000, 2002, 2003, 2006, 2008, 2010, 2012, 2014, 2016, 2018, 2019]);
    chongqingScenario.events.forEach((e, i) => expect(roundOfYear(chongqingScenario, e.year)).toBe(i + 1));
  });

  it("a bad value gets an error that names it", () => {
    const bad = structuredClone(chongqingScenario) as unknown as { landValue: { halfCost: number } };
    bad.landValue.halfCost = -3;
    expect(() => parseScenario(bad)).toThrow(ScenarioError);
    expect(() => parseScenario(bad)).toThrow(/landValue\.halfCost/);
    expect(() => parseScenario({ ...chongqingScenario, rounds: "twelve" })).toThrow(/rounds/);
    expect(() => parseScenario({ ...chongqingScenario, migrants: { ...chongqingScenario.migrants, wage: { coast: 1.5 } } })).toThrow(/migrants\.wage\.coast/);
  });

  it("refuses two cards whose years fall in the same round", () => {
    const events = chongqingScenario.events.map((e) => (e.id === "liangjiang" ? { ...e, year: 2007 } : e));
    expect(() => parseScenario({ ...chongqingScenario, events })).toThrow(/"liangjiang" \(2007\) falls in the same round as "ticketsAndCrisis" \(2008\)/);
  });

  it("a round whose years hold no card opens without one", () => {
    const s = parseScenario({ ...chongqingScenario, events: chongqingScenario.events.filter((e) => e.id !== "slowdown") });
    expect(cardIndexForRound({ scenario: s }, 10)).toBe(-1);
    expect(s.events[cardIndexForRound({ scenario: s }, 11)].id).toBe("debtsDue");
  });
});
