// The views every client reads (shared/views): the packed map and its derived land values, the
// log ring, the public view's fixed rules and rounded scores, and value capture, on worked numbers.
import { describe, expect, it } from "vitest";
import { createGame } from "../../shared/engine/apply";
import { chongqingScenario } from "../../shared/scenarios/chongqing";
import { loadMapFile } from "../../server/mapFile";
import { scoreSeat } from "../../shared/rules/scores";
import { publicRules, publicScores, publicView } from "../../shared/views/publicView";
import { plotSplit, valueCapture } from "../../shared/views/valueCapture";
import { LOG_LINES, derivedLandValues, flatten, logLines, packEdit, packLayers, packNumber, packRecord, unpackLayers, unpackRecord, writeLogLine } from "../../shared/views/wire";
import { playBotGame } from "../../shared/bots/play";
import { dice, playRandomGame } from "../helpers/randomPlay";

const map = loadMapFile();

describe("the packed map", () => {
  it("unpacks to the layers it was packed from, with the edits since applied in order", () => {
    const game = createGame(chongqingScenario, map, 1);
    const m = game.map;
    const tiles = m.width * m.height;
    const packed = packLayers(m);
    expect(packed).toHaveLength(6 * tiles); // one character per tile and layer
    const edits = [packEdit(tiles, "holder", 5, 3), packEdit(tiles, "use", 7, 2), packEdit(tiles, "holder", 5, -1)];
    const out = unpackLayers(m.width, m.height, m.core, packed, edits);
    expect(out.terrain).toEqual(m.terrain);
    expect(out.tenure).toEqual(m.tenure);
    expect(out.use).toEqual(m.use.map((u, t) => (t === 7 ? 2 : u)));
    expect(out.holder).toEqual(m.holder.map((h, t) => (t === 5 ? -1 : h)));
    expect(() => packEdit(tiles, "holder", 0, 63)).toThrow(/does not fit/);
  });

  it("carries the plan as its fifth layer (and rail as its sixth): a tile planned industrial (code 2) is one edit", () => {
    const game = createGame(chongqingScenario, map, 1);
    const m = game.map;
    const tiles = m.width * m.height;
    const packed = packLayers(m);
    // Layer 4 (plan) starts at 4 x tiles; the edit is (4 x tiles + tile) x 64 + code.
    expect(packEdit(tiles, "plan", 10, 2)).toBe((4 * tiles + 10) * 64 + 2);
    const out = unpackLayers(m.width, m.height, m.core, packed, [packEdit(tiles, "plan", 10, 2)]);
    expect(out.plan).toEqual(m.plan.map((p, t) => (t === 10 ? 2 : p)));
    expect(out.use).toEqual(m.use);
  });

  it("derives the land value the server holds, after every command of a random game", () => {
    let checked = 0;
    playRandomGame(createGame(chongqingScenario, map, 6), {
      roll: dice(6),
      tries: 20,
      onCommand: (_seat, _command, _events, s) => {
        expect(derivedLandValues(s.map, { travelCost: s.scenario.travelCost, landValue: s.scenario.landValue })).toEqual(s.map.value);
        checked++;
      },
    });
    expect(checked).toBeGreaterThan(50);
  });
});

describe("the round records", () => {
  it("travel as their changes since the last round in the order of names sent once, and come back whole", () => {
    const game = playBotGame(createGame(chongqingScenario, map, 2));
    const names = Object.keys(flatten(game.history[0]));
    expect(names).toContain("revenue.leases");
    expect(names).toContain("balances.0");
    game.history.forEach((record, r) => {
      const previous = game.history[r - 1] ?? null;
      expect(Object.keys(flatten(record))).toEqual(names);
      const packed = packRecord(record, names, previous);
      expect(packed.length).toBeLessThan(JSON.stringify(record).length / (r === 0 ? 2 : 4));
      expect(unpackRecord(packed, names, previous)).toEqual(record);
    });
    // Whole numbers in base 36, others with their decimals: 1,295 -> "zz", -36 -> "-10", 2.5 -> "~2.5".
    expect([packNumber(1295), packNumber(-36), packNumber(2.5)]).toEqual(["zz", "-10", "~2.5"]);
  });
});

describe("the log ring", () => {
  it("keeps the last LOG_LINES lines and gives them oldest first", () => {
    const ring: string[] = [];
    for (let i = 0; i < LOG_LINES + 2; i++) writeLogLine(ring, i, `line ${i}`);
    expect(ring).toHaveLength(LOG_LINES);
    expect(ring[0]).toBe(`line ${LOG_LINES}`); // the oldest slots were written over
    const lines = logLines(ring, LOG_LINES + 2);
    expect(lines[0]).toBe("line 2");
    expect(lines.at(-1)).toBe(`line ${LOG_LINES + 1}`);
    expect(logLines(["a", "b"], 2)).toEqual(["a", "b"]);
  });
});

describe("the public view", () => {
  const game = createGame(chongqingScenario, map, 1);

  it("names the card that opens each mechanic and the policy limits of the scenario", () => {
    const rules = publicRules(game);
    expect(rules.unlockCards.prh).toEqual({ id: "liangjiang", title: "Liangjiang New Area and public rented housing", year: 2010 });
    expect(rules.unlockCards.exchange?.year).toBe(2008);
    expect(rules.limits.prhRentPct).toEqual({ min: 30, max: 100 });
    expect(rules.limits.hukouQuota).toEqual({ min: 0, max: game.cohorts.length });
    expect(rules.zoneTaxPct).toBe(15);
    expect(rules.cards).toHaveLength(chongqingScenario.events.length);
    expect(rules.cards[0]).toEqual({ id: "municipality", year: 1997, title: "Chongqing becomes a municipality" });
    expect(rules.scoreLabels.migrant).toEqual(["savings", "cityJob", "homeQuality", "commute", "hukou", "objective"]);
  });

  it("gives the year, the next card and scores rounded once", () => {
    const v = publicView(game);
    expect(v).toMatchObject({ phase: "lobby", round: 0, year: 1997, nextCardId: "municipality", card: null, unlocked: [] });
    const scores = publicScores(game);
    for (const s of scores) {
      expect(s.score).toBe(Math.round(scoreSeat(game, s.seat).score));
      expect(s.parts).toEqual(scoreSeat(game, s.seat).parts);
    }
  });
});

describe("value capture", () => {
  it("splits a sold plot's price between the village, the city and the developer", () => {
    expect(plotSplit({ compensation: 2_000, lease: 5_000, sale: 12_000 })).toEqual({ village: 2_000, city: 3_000, developer: 7_000, sale: 12_000, pct: { village: 17, city: 25, developer: 58 } });
    expect(plotSplit({ compensation: 2_000, lease: 5_000, sale: 0 })).toBeNull();
  });

  it("sums the plots sold, most valuable first", () => {
    const c = valueCapture({
      deals: [
        { tile: 1, x: 1, y: 0, compensation: 1_000, lease: 0, sale: 0 },
        { tile: 2, x: 2, y: 0, compensation: 2_000, lease: 5_000, sale: 12_000 },
        { tile: 3, x: 3, y: 0, compensation: 1_500, lease: 4_000, sale: 6_000 },
      ],
    });
    expect(c.plots.map((p) => p.tile)).toEqual([2, 3, 1]);
    expect(c.totals).toEqual({ compensation: 4_500, lease: 9_000, sale: 18_000 });
    expect(c.sold).toEqual({ plots: 2, village: 3_500, city: 5_500, developer: 9_000, sale: 18_000 });
  });
});
