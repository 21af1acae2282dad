import { describe, expect, it } from "vitest";
import { isCounterfactual, plannedCards } from "../../shared/rules/unlocks";
import { ScenarioError } from "../../shared/scenarios/schema";
import { chongqingScenario } from "../../shared/scenarios/chongqing";
import { DEV1, GOV, at, endRound, must, refused, scenarioWith, started } from "../helpers/game";

// The historical plan: each card in the round its year falls in ("" for a round without one).
const HISTORY = plannedCards({ scenario: chongqingScenario });
const CARD_2008 = HISTORY.indexOf("ticketsAndCrisis");

describe("event plans and counterfactuals", () => {
  it("the historical plan is no counterfactual; a plan that drops or reorders cards is", () => {
    expect(isCounterfactual(started())).toBe(false);
    expect(isCounterfactual(started(scenarioWith({ eventPlan: HISTORY })))).toBe(false);
    expect(isCounterfactual(started(scenarioWith({ eventPlan: [...HISTORY.slice(0, CARD_2008), "", ...HISTORY.slice(CARD_2008 + 1)] })))).toBe(true);
  });

  it("dropping the 2008 card keeps the land-ticket exchange closed for the whole game", () => {
    let s = started(scenarioWith({ eventPlan: [...HISTORY.slice(0, CARD_2008), "", ...HISTORY.slice(CARD_2008 + 1)] }));
    while (s.round < 12) s = endRound(s).state;
    expect(refused(s, DEV1, { type: "exchangeOrder", side: "buy", tickets: 1, price: 1 })).toMatch(/not available yet/);
    expect(s.eventCard).toBe(chongqingScenario.events.findIndex((e) => e.id === "target2020"));
  });

  it("moving Liangjiang to round 1 opens PRH and zones at once and applies its demand and grant", () => {
    const plan = ["liangjiang", ...HISTORY.filter((id) => id !== "liangjiang" && id !== "municipality"), "municipality"];
    const s = started(scenarioWith({ eventPlan: plan }));
    expect(s.modifiers).toMatchObject({ housingDemand: 140, firmInflow: 250 });
    must(s, GOV, { type: "buildPrh", tile: at(0, 4) });
    must(s, GOV, { type: "designateZone", tile: at(2, 3) });
  });

  it("a bad plan is refused with the path of the bad value", () => {
    expect(() => scenarioWith({ eventPlan: ["municipality"] })).toThrow(ScenarioError);
    expect(() => scenarioWith({ eventPlan: ["municipality"] })).toThrow(/eventPlan: 1 entries for 12 rounds/);
    expect(() => scenarioWith({ eventPlan: [...HISTORY.slice(0, 11), "moonLanding"] })).toThrow(/eventPlan.11: no event card has the id "moonLanding"/);
    expect(() => scenarioWith({ prh: { ...chongqingScenario.prh, rentPct: 120 } })).toThrow(/prh.rentPct: must lie between 30 and 100/);
  });
});
