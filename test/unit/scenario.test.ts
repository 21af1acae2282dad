import { describe, expect, it } from "vitest";
import { ScenarioError, parseScenario } from "../../shared/scenarios/schema";
import { chongqingScenario } from "../../shared/scenarios/chongqing";

describe("the scenario file", () => {
  it("the default scenario is valid and has one event card per round", () => {
    expect(parseScenario(chongqingScenario)).toEqual(chongqingScenario);
    expect(chongqingScenario.events).toHaveLength(chongqingScenario.rounds);
    expect(chongqingScenario.events.map((e) => e.year)).toEqual([1997, 1999, 2001, 2003, 2005, 2007, 2009, 2011, 2013, 2015, 2017, 2019]);
  });

  it("a bad value gets an error that names it", () => {
    const bad = structuredClone(chongqingScenario) as unknown as { landValue: { halfCost: number } };
    bad.landValue.halfCost = -3;
    expect(() => parseScenario(bad)).toThrow(ScenarioError);
    expect(() => parseScenario(bad)).toThrow(/landValue\.halfCost/);
    expect(() => parseScenario({ ...chongqingScenario, rounds: "twelve" })).toThrow(/rounds/);
    expect(() => parseScenario({ ...chongqingScenario, migrants: { ...chongqingScenario.migrants, wage: { coast: 1.5 } } })).toThrow(/migrants\.wage\.coast/);
  });

  it("refuses too few event cards for the rounds", () => {
    expect(() => parseScenario({ ...chongqingScenario, events: chongqingScenario.events.slice(0, 3) })).toThrow(/3 cards for 12 rounds/);
  });
});
