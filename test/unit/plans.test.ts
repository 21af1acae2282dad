import { describe, expect, it } from "vitest";
import { SYSTEM_SEAT } from "../../shared/engine/commands";
import { createGame } from "../../shared/engine/apply";
import { planOf } from "../../shared/rules/plans";
import type { GameState } from "../../shared/model/state";
import { DEV1, GOV, RIVER_MAP, at, endRound, must, refused, scenarioWith, setTile, started } from "../helpers/game";
import { asciiMap } from "../helpers/asciiMap";

const PLOT = at(2, 3); // vacant state land, planned residential; its neighbours are residential too
const NEXT_TO_INDUSTRY = at(1, 2); // touches the state-enterprise site at (0,2), planned industrial

/** Developer 1 leases both plots from the start (a fixture). */
function leasing(): GameState {
  const s = createGame(scenarioWith({}), asciiMap(RIVER_MAP), 1);
  setTile(s, PLOT, "stateUrban", "none", DEV1);
  setTile(s, NEXT_TO_INDUSTRY, "stateUrban", "none", DEV1);
  return must(s, SYSTEM_SEAT, { type: "startGame" }).state;
}

describe("plans and amendments", () => {
  it("the map starts planned: state land by its use, village land outside the plan", () => {
    const s = started();
    expect(planOf(s, at(0, 2))).toBe("industrial");
    expect(planOf(s, at(0, 0))).toBe("residential");
    expect(planOf(s, at(7, 0))).toBe("none");
    expect(planOf(s, at(5, 0))).toBe("none"); // water
  });

  it("a compulsory amendment needs the government's approval and comes into force a round later", () => {
    let s = leasing();
    expect(refused(s, DEV1, { type: "build", tile: PLOT, building: "factory" })).toMatch(/residential use; a factory needs industrial/);
    s = must(s, DEV1, { type: "requestAmendment", tile: PLOT, plan: "industrial" }).state;
    expect(s.offers[0]).toMatchObject({ kind: "amendment", from: DEV1, to: GOV, amendment: "compulsory", status: "open" });
    s = must(s, GOV, { type: "respondOffer", offerId: 0, accept: true }).state;
    s = endRound(s).state;
    expect(planOf(s, PLOT)).toBe("residential"); // approved, not yet in force
    expect(refused(s, DEV1, { type: "requestAmendment", tile: PLOT, plan: "industrial" })).toMatch(/already under way/);
    const r = endRound(s);
    expect(r.events).toContainEqual({ type: "planChanged", tiles: [PLOT], plan: "industrial", amendment: true });
    must(r.state, DEV1, { type: "build", tile: PLOT, building: "factory" });
  });

  it("a refused or unanswered compulsory amendment changes nothing", () => {
    let s = leasing();
    s = must(s, DEV1, { type: "requestAmendment", tile: PLOT, plan: "industrial" }).state;
    s = endRound(endRound(s).state).state;
    expect(planOf(s, PLOT)).toBe("residential");
  });

  it("a technical amendment (a boundary correction next to land already so planned) is in force at once", () => {
    let s = leasing();
    s = must(s, DEV1, { type: "requestAmendment", tile: NEXT_TO_INDUSTRY, plan: "industrial" }).state;
    expect(s.offers[0]).toMatchObject({ amendment: "technical", status: "accepted" });
    s = endRound(s).state;
    expect(planOf(s, NEXT_TO_INDUSTRY)).toBe("industrial");
  });

  it("the government plans land it holds; village land only after the 2006 experimental zone", () => {
    let s = started();
    s = must(s, GOV, { type: "setPlan", tile: at(0, 4), plan: "green" }).state;
    expect(refused(s, GOV, { type: "setPlan", tile: at(7, 0), plan: "green" })).toMatch(/2006 experimental zone/);
    s = endRound(s).state;
    expect(planOf(s, at(0, 4))).toBe("green");
    while (s.scenario.events[s.eventCard].id !== "experimentalZone") s = endRound(s).state;
    s = must(s, GOV, { type: "setPlan", tile: at(7, 0), plan: "green" }).state;
    s = endRound(s).state;
    expect(planOf(s, at(7, 0))).toBe("green");
  });

  it("land entering the reserve joins the plan as residential", () => {
    let s = started();
    s = must(s, GOV, { type: "expropriate", tile: at(7, 0), compensation: 1_500 }).state;
    s = must(s, 1, { type: "respondOffer", offerId: 0, accept: true }).state;
    s = endRound(s).state;
    expect(planOf(s, at(7, 0))).toBe("residential");
  });
});
