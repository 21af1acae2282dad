// Each role's score (shared/scores.ts) with worked numbers on the small river map: one round in
// which the government buys a farm across the river and auctions a reserve plot, a developer
// wins it, and one migrant cohort moves to a construction job with a dormitory bed.
import { describe, expect, it } from "vitest";
import { scoreSeat } from "../../shared/rules/scores";
import type { GameState } from "../../shared/model/state";
import { DEV1, DEV2, GOV, MIG1, MIG2, VILLAGE, at, endRound, must, started } from "../helpers/game";

function oneRound(): GameState {
  let s = started();
  s = must(s, GOV, { type: "expropriate", tile: at(7, 0), compensation: 2_000 }).state;
  s = must(s, VILLAGE, { type: "respondOffer", offerId: s.offers[0].id, accept: true }).state;
  s = must(s, GOV, { type: "releaseAuction", tile: at(0, 4), reserve: 1_000 }).state;
  s = must(s, DEV1, { type: "bid", auctionId: s.auctions[0].id, amount: 5_000 }).state;
  s = must(s, MIG1, { type: "chooseWorkAndHome", job: "construction", home: { kind: "dorm" } }).state;
  return endRound(s).state;
}


describe("scores", () => {
  const s = oneRound();

  it("government: balance in ¥ m, 30 a city cohort, 10 a stability point lost", () => {
    // 200,000 start + 100,000 (1997 card) - 2,000 compensation + 5,000 lease + 120,000 (2000 card,
    // paid when round 2 opens) = 423,000 wan = 4,230 points; one cohort in a city job: 30.
    expect(scoreSeat(s, GOV)).toEqual({
      score: 4_260,
      parts: [
        { label: "fiscal health (balance less debt, ¥ m)", value: 4_230 },
        { label: "growth (tiles built up)", value: 0 },
        { label: "urban population (cohorts in city jobs)", value: 30 },
        { label: "urban hukou holders", value: 0 },
        { label: "PRH delivered (households housed)", value: 0 },
        { label: "farmland kept (vs after round 1)", value: 0 },
        { label: "red line (tiles below it)", value: 0 },
        { label: "stability (vs start)", value: 0 },
      ],
    });
    const protested = { ...s, stability: 90 };
    expect(scoreSeat(protested, GOV).score).toBe(4_260 - 100);
  });

  it("village: wealth, land kept at the legal minimum, and the share of land value received", () => {
    // Balance: 2,000 + 2,000 compensation + 8 farms x 40 = 4,320 wan -> 43.2.
    // Kept: 8 farmland + 3 forest at 1,500, 3 house plots at 3,000 = 25,500 wan -> 255.
    // The farm sold is worth 60,000 x 100 / (100 + 270) = 16,216 wan (docs/rules.md's example):
    // share 2,000 / 16,216 = 12.3% -> 50 x 0.1233 = 6.2.
    expect(s.map.value[at(7, 0)]).toBe(16_216);
    expect(scoreSeat(s, VILLAGE)).toEqual({
      score: 304.4,
      parts: [
        { label: "wealth (balance, ¥ m)", value: 43.2 },
        { label: "land kept (at the legal minimum, ¥ m)", value: 255 },
        { label: "resettlement flats and urban hukou", value: 0 },
        { label: "share of land value received", value: 6.2 },
      ],
    });
  });

  it("developer: cash plus unbuilt leased land at its land value", () => {
    // 120,000 - 5,000 lease = 115,000 -> 1,150. Plot (0,4): travel cost 38 (three urban tiles,
    // two flat), value 60,000 x 100 / 138 = 43,478 wan -> 434.8.
    expect(s.map.value[at(0, 4)]).toBe(43_478);
    expect(scoreSeat(s, DEV1)).toEqual({
      score: 1_584.8,
      parts: [
        { label: "cash less debt (¥ m)", value: 1_150 },
        { label: "unbuilt leased land at land value (¥ m)", value: 434.8 },
        { label: "factories at cost (¥ m)", value: 0 },
      ],
    });
    expect(scoreSeat(s, DEV2).score).toBe(1_200);
    // A factory counts at its cost (6,000 wan), flats not at all (sold on completion).
    const built = { ...s, map: { ...s.map, use: s.map.use.map((u, t) => (t === at(0, 4) ? 8 : u)) } };
    expect(scoreSeat(built, DEV1).score).toBe(1_150 + 60);
  });

  it("migrant: savings plus a round of city job, dormitory, no commute; the coast scores savings only", () => {
    // Construction: 500 + 2,600 wage - 450 dormitory - 1,000 living = 1,650 -> 16.5, +3 job +1 dorm.
    expect(scoreSeat(s, MIG1)).toEqual({
      score: 20.5,
      parts: [
        { label: "savings (balance, ¥ m)", value: 16.5 },
        { label: "city job (rounds x 3)", value: 3 },
        { label: "home quality", value: 1 },
        { label: "commute", value: 0 },
        { label: "urban hukou", value: 0 },
      ],
    });
    // Coast: 500 + 3,000 - 700 - 1,000 = 1,800 -> 18.
    expect(scoreSeat(s, MIG2).score).toBe(18);
  });
});

describe("scores of the wider model", () => {
  it("debt counts against fiscal health; hukou counts for the government and the cohort; PRH households count", async () => {
    const { ALL_OPEN, GOV, MIG1, MIG2, at, endRound, must, started } = await import("../helpers/game");
    let s = started(ALL_OPEN);
    s = must(s, GOV, { type: "buildPrh", tile: at(0, 4) }).state;
    s = must(s, GOV, { type: "setHukouQuota", cohorts: 2 }).state;
    s = must(s, MIG2, { type: "chooseWorkAndHome", job: "construction", home: { kind: "dorm" } }).state;
    s = endRound(endRound(s).state).state; // the estate opens at the end of round 2
    s = must(s, MIG1, { type: "chooseWorkAndHome", job: "services", home: { kind: "tile", tile: at(0, 4) } }).state;
    s = must(s, MIG2, { type: "applyHukou" }).state;
    s = endRound(s).state;
    const gov = scoreSeat(s, GOV);
    const part = (label: string) => gov.parts.find((p) => p.label === label)!.value;
    expect(part("fiscal health (balance less debt, ¥ m)")).toBe((s.balances[`seat:${GOV}`] - 30_000) / 100);
    expect(part("urban hukou holders")).toBe(15);
    expect(part("PRH delivered (households housed)")).toBe(25);
    expect(scoreSeat(s, MIG2).parts.find((p) => p.label === "urban hukou")!.value).toBe(20);
    // A round in a public rented flat is worth 4 for home quality.
    expect(scoreSeat(s, MIG1).parts.find((p) => p.label === "home quality")!.value).toBe(4);
  });
});
