// The bridge preview against the engine: what the inspector predicts a bridge would add to each
// tile's land value is what the round's resolution then gives.
import { describe, expect, it } from "vitest";
import { infraTiles, upliftOf } from "../../shared/views/uplift";
import { priceParts } from "../../shared/views/priceParts";
import type { GameState } from "../../shared/model/state";
import { GOV, VILLAGE, at, endRound, must, started } from "../helpers/game";

const layersOf = (s: GameState) => ({ ...s.map });
const rulesOf = (s: GameState) => ({ travelCost: s.scenario.travelCost, landValue: s.scenario.landValue });

describe("uplift preview", () => {
  it("a 3-tile bridge: predicted uplift equals the uplift after it is built", () => {
    const s = started();
    const tiles = infraTiles(layersOf(s), "bridge", at(5, 0), "ew");
    expect(tiles).toEqual([at(4, 0), at(5, 0), at(6, 0)]);
    const preview = upliftOf(layersOf(s), s.map.value, rulesOf(s), "bridge", tiles);
    // The farm across the river: 16,216 (travel 270 by ferry) -> 42,254 (travel 42 over the bridge).
    expect(s.map.value[at(7, 0)]).toBe(16_216);
    expect(preview.change[at(7, 0)]).toBe(42_254 - 16_216);
    const after = endRound(must(s, GOV, { type: "buildInfrastructure", infra: "bridge", tile: at(5, 0), axis: "ew" }).state).state;
    expect(s.map.value.map((v, t) => after.map.value[t] - v)).toEqual(preview.change);
    // The far bank is village land: the village gains it all; the west bank gains nothing.
    expect(preview.byHolder.map((g) => g.holder)).toEqual([VILLAGE]);
    expect(preview.total).toBe(preview.change.filter((d) => d > 0).reduce((a, b) => a + b, 0));
    expect(preview.change[at(2, 0)]).toBe(0);
  });

  it("a tunnel or road is one span or one tile; a span that cannot start gives none", () => {
    const s = started();
    expect(infraTiles(layersOf(s), "road", at(2, 2))).toEqual([at(2, 2)]);
    expect(infraTiles(layersOf(s), "bridge", at(2, 0), "ew")).toEqual([]);
  });
});

describe("why this price", () => {
  it("takes the farm across the river apart: ferry, streets and open land; 27.0% of the core's value", () => {
    const s = started();
    const p = priceParts(layersOf(s), rulesOf(s), at(7, 0));
    expect(p.value).toBe(s.map.value[at(7, 0)]);
    expect(p.travelCost).toBe(270);
    // 100 / (100 + 270) = 27.0%
    expect(p.distancePct).toBe(27);
    expect(p.legs).toEqual([
      { kind: "ferry", tiles: 3, cost: 240 },
      { kind: "open", tiles: 3, cost: 30 },
    ]);
    expect(p.route[p.route.length - 1]).toBe(s.map.core);
    expect(p.legs.reduce((sum, l) => sum + l.cost, 0)).toBe(p.travelCost);
  });

  it("state industry planned industrial keeps 15%: 60,000 x 100 / (100 + 18) = 50,847, x 15% = 7,627", () => {
    const s = started();
    const tile = at(0, 2);
    const p = priceParts(layersOf(s), rulesOf(s), tile);
    expect(p.industrialPct).toBe(15);
    // From the core over two old-urban tiles and into the works: three city tiles of 6 each.
    expect(p.travelCost).toBe(18);
    expect(p.legs).toEqual([{ kind: "street", tiles: 3, cost: 18 }]);
    expect(p.value).toBe(7_627);
    expect(p.value).toBe(s.map.value[tile]);
  });
});
