import { describe, expect, it } from "vitest";
import { SYSTEM_SEAT } from "../../shared/engine/commands";
import { createGame } from "../../shared/engine/apply";
import { USES } from "../../shared/model/map";
import type { GameState } from "../../shared/model/state";
import { ALL_OPEN, GOV, endRound, must, refused, scenarioWith } from "../helpers/game";
import { asciiMap } from "../helpers/asciiMap";

// The core on the west, a two-tile ridge, state land to the east of it.
const RIDGE = ["oC.^^..", "...^^..", "r..^^.."];
const W = 7;
const at = (x: number, y: number) => y * W + x;
const game = (scenario = ALL_OPEN): GameState => must(createGame(scenario, asciiMap(RIDGE), 1), SYSTEM_SEAT, { type: "startGame" }).state;

describe("tunnels, roads and light rail", () => {
  it("a tunnel through a two-tile ridge costs 60,000 and cuts the far side's travel cost", () => {
    let s = game();
    const far = at(5, 0);
    // Before: 1 flat + 60 + 60 (ridge) + 10 = 130 from the core to (5,0).
    expect(s.map.access[far]).toBe(10 + 60 + 60 + 10);
    s = must(s, GOV, { type: "buildInfrastructure", infra: "tunnel", tile: at(3, 0), axis: "ew" }).state;
    const r = endRound(s);
    expect(r.events).toContainEqual({ type: "infrastructureBuilt", infra: "tunnel", tiles: [at(3, 0), at(4, 0)], cost: 60_000 });
    // After: 10 + 5 + 5 + 10 = 30; land value = 60,000 x 100 / (100 + 30) = 46,154.
    expect(r.state.map.access[far]).toBe(30);
    expect(r.state.map.value[far]).toBe(46_154);
  });

  it("a road makes a tile as cheap to cross as a street; it needs state land the government holds", () => {
    let s = game();
    s = must(s, GOV, { type: "buildInfrastructure", infra: "road", tile: at(2, 0) }).state;
    const r = endRound(s);
    expect(USES[r.state.map.use[at(2, 0)]]).toBe("road");
    expect(r.state.map.access[at(2, 0)]).toBe(6);
    expect(refused(r.state, GOV, { type: "buildInfrastructure", infra: "road", tile: at(3, 1) })).toMatch(/flat land or slopes/);
  });

  it("light rail grows from the core, costs 8,000 a tile and makes travel cheapest of all (2 a tile)", () => {
    let s = game();
    expect(refused(s, GOV, { type: "buildInfrastructure", infra: "rail", tile: at(2, 2) })).toMatch(/grows from the core/);
    s = must(s, GOV, { type: "buildInfrastructure", infra: "rail", tile: at(1, 1) }).state;
    s = must(s, GOV, { type: "buildInfrastructure", infra: "rail", tile: at(1, 2) }).state; // joins the one ordered
    expect(refused(s, GOV, { type: "buildInfrastructure", infra: "rail", tile: at(3, 2) })).toMatch(/tunnel first/);
    const r = endRound(s);
    expect(r.state.map.rail[at(1, 1)]).toBe(1);
    expect(r.state.map.access[at(1, 2)]).toBe(2 + 2);
    const closed = game(scenarioWith({}));
    expect(refused(closed, GOV, { type: "buildInfrastructure", infra: "rail", tile: at(1, 1) })).toMatch(/Light rail is not available yet .*2006/);
  });
});
