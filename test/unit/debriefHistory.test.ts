// History beside the game (shared/views/history.ts, contributors.ts, questions.ts): the figures
// come from the scenario, the comparison and the largest contributors are worked out on literal
// records and a literal ledger, and a played game's contributors add up to its ledger.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { playBotGame } from "../../shared/bots/play";
import { createGame } from "../../shared/engine/apply";
import { loadTiledMap } from "../../shared/maps/tiledLoader";
import type { RoundRecord, Transfer } from "../../shared/model/state";
import { chongqingScenario } from "../../shared/scenarios/chongqing";
import { parseScenario } from "../../shared/scenarios/schema";
import { largestContributors } from "../../shared/views/contributors";
import { buildDebriefData, interventions } from "../../shared/views/debriefBuilder";
import { compareWithHistory, referenceLines, referenceSet } from "../../shared/views/history";
import { publicRules } from "../../shared/views/publicView";
import { questionNumbers } from "../../shared/views/questions";

const map = loadTiledMap(JSON.parse(readFileSync("assets/maps/chongqing.tmj", "utf8")));

/** A round's record with every number 0 but those given. */
function record(round: number, over: Partial<RoundRecord>): RoundRecord {
  const zero = { round, year: 1995 + 2 * round, balances: [], farmlandTiles: 0, reserveTiles: 0, urbanTiles: 0, meanLandValue: 0, stability: 100, compensationPaid: 0, leaseRevenue: 0, ticketPrice: 0, ticketVolume: 0, cohortsInCity: 0, gdp: 0, revenue: { leases: 0, taxes: 0, transfers: 0, rents: 0 }, governmentDebt: 0, developerDebt: 0, redLineTiles: 0, urbanPopulation: 0, hukouHolders: 0, urbanResidents: 0, hukouPeople: 0, ruralUrbanIncomePct: 0, ticketIncomePct: 0, welfareSpending: 0, prhBuilt: 0, prhUnderConstruction: 0, prhOccupiedByMigrants: 0, prhLeasedByEmployers: 0, informalHousingTiles: 0, displacedTotal: 0, firms: 0, firmsInZone: 0, firmJobs: 0, meanTravelCost: 0 };
  return { ...zero, ...over };
}

// Twelve rounds, 1997-2019, each with 2,000 wan of revenue. 2007, 2009, 2011 (rounds 6-8): GDP
// 10,000 -> 17,000 wan; leases 1,200, 1,000, 800 (100 in the other rounds); from 2011 two firms
// paying 1,200 of tax on 2 x 4,000 of profit.
const history: RoundRecord[] = Array.from({ length: 12 }, (_, i) => {
  const round = i + 1;
  const year = 1995 + 2 * round;
  const gdp = year === 2007 ? 10_000 : year === 2011 ? 17_000 : 12_000;
  const leases = year === 2007 ? 1_200 : year === 2009 ? 1_000 : year === 2011 ? 800 : 100;
  const taxes = year >= 2011 ? 1_200 : 0;
  return record(round, { gdp, revenue: { leases, taxes, transfers: 2_000 - leases - taxes, rents: 0 }, firms: year >= 2011 ? 2 : 0, urbanResidents: 4_000_000 + 125_000 * i + (round === 12 ? 125_000 : 0), prhBuilt: year >= 2013 ? 20 : 0 });
});
const deals = [
  { tile: 1, x: 1, y: 0, compensation: 1_500, lease: 6_000, sale: 12_000 },
  { tile: 2, x: 2, y: 0, compensation: 3_000, lease: 4_000, sale: 0 },
];
const references = referenceSet(chongqingScenario);

describe("history beside the game", () => {
  it("takes its figures from the scenario: the server's debrief and the public rules carry them, and a changed scenario changes them", () => {
    expect(references.figures.map((f) => f.id)).toEqual(["gdpGrowth", "urbanResidents", "prhFloorArea", "leaseShare", "taxRate", "compensationOfLease"]);
    expect(references.figures[0]).toMatchObject({ value: 14, from: 2007, to: 2012 });
    const game = createGame(chongqingScenario, map, 1);
    expect(buildDebriefData(game, { code: "T", status: "lobby" }).references).toEqual(references);
    expect(publicRules(game).references).toEqual(references);
    const slower = parseScenario({ ...chongqingScenario, references: chongqingScenario.references.map((r) => (r.id === "gdpGrowth" ? { ...r, value: 10 } : r)) });
    expect(compareWithHistory({ history, deals, references: referenceSet(slower) })[0]).toMatchObject({ target: { value: 10 }, verdict: "above" });
  });

  it("compares the class's city with each figure, in worked numbers", () => {
    const rows = Object.fromEntries(compareWithHistory({ history, deals, references }).map((c) => [c.id, c]));
    // (17,000 / 10,000)^(1/4) - 1 = 14.2% a year: within a tenth of 14.
    expect(rows.gdpGrowth).toMatchObject({ game: 14.2, target: { value: 14 }, verdict: "within" });
    // 4,000,000 -> 5,500,000 residents: +1.5 m against the pledge's 30% on the map, 3 m.
    expect(rows.urbanResidents).toMatchObject({ game: 1_500_000, target: { value: 3_000_000 }, verdict: "below" });
    // 40 m m2 x 30% / 700,000 m2 a tile = 17.1 estates; the game opened 20 by 2019.
    expect(rows.prhFloorArea).toMatchObject({ game: 20, target: { value: 17.1 }, verdict: "above" });
    // (1,200 + 1,000 + 800) / 6,000 = 50% of revenue in 2007-2012, inside 40-60.
    expect(rows.leaseShare).toMatchObject({ game: 50, target: { lo: 40, hi: 60 }, verdict: "within" });
    // 1,200 of tax on 8,000 of profit a round, 2011-2019 = 15%.
    expect(rows.taxRate).toMatchObject({ game: 15, target: { lo: 15, hi: 33 }, verdict: "within" });
    // 4,500 of compensation on 10,000 of leases = 45%: under half, "far below".
    expect(rows.compensationOfLease).toMatchObject({ game: 45, target: { hi: 50 }, verdict: "within" });
  });

  it("draws the figures as lines on the game's rounds: 14% a year from the 2007 GDP, the bands over their years", () => {
    const lines = referenceLines({ history, deals, references });
    const gdp = lines.find((l) => l.id === "gdpGrowth")!;
    expect(gdp.values.slice(4, 9)).toEqual([null, 10_000, 12_996, 16_890, null]);
    const lease = lines.filter((l) => l.id === "leaseShare");
    expect(lease.map((l) => l.part)).toEqual(["lo", "hi"]);
    expect(lease[1].values.slice(4, 9)).toEqual([null, 60, 60, 60, null]);
    // The pledge's path: 4 m in 1997 to 7 m in 2020, so 5.5 m in 2008.5 and 6,869,565 in 2019.
    expect(lines.find((l) => l.id === "urbanResidents")!.values[11]).toBe(6_869_565.2);
  });
});

describe("the largest contributors, from the ledger", () => {
  const years = (round: number) => ({ from: 1995 + 2 * round, to: 1996 + 2 * round });
  const t = (round: number, from: Transfer["from"], to: Transfer["to"], amount: number, reason: Transfer["reason"]): Transfer => ({ round, from, to, amount, reason, tile: 5 });
  // The government (seat 0) leases one plot in 1997 and four in 2003-2006; two villages take compensation.
  const ledger: Transfer[] = [
    t(1, "seat:3", "seat:0", 1_000, "lease"),
    t(4, "seat:3", "seat:0", 1_000, "lease"),
    t(4, "seat:3", "seat:0", 1_000, "lease"),
    t(4, "seat:4", "seat:0", 1_000, "lease"),
    t(5, "seat:3", "seat:0", 1_000, "lease"),
    t(3, "seat:0", "seat:1", 1_500, "compensation"),
    t(3, "seat:0", "seat:1", 1_500, "compensation"),
    t(6, "seat:0", "seat:2", 4_000, "compensation"),
    t(0, "central", "seat:0", 9_999, "endowment"),
  ];
  const found = largestContributors(ledger, years);

  it("finds who released the plots, how many, for how much and when most of it happened", () => {
    // 4,000 of the 5,000 (80%, at least 75%) fell in rounds 4-5: 2003-2006.
    expect(found.filter((c) => c.metric === "leaseShare")).toEqual([{ metric: "leaseShare", reason: "lease", seat: 0, count: 5, amount: 5_000, sharePct: 100, from: 2003, to: 2006 }]);
  });

  it("ranks the villages by what they took for their land", () => {
    expect(found.filter((c) => c.metric === "compensationOfLease").map((c) => [c.seat, c.count, c.amount, c.sharePct, c.from, c.to])).toEqual([
      [2, 1, 4_000, 57, 2007, 2008],
      [1, 2, 3_000, 43, 2001, 2002],
    ]);
  });

  it("adds up to the ledger in a played game", () => {
    const game = playBotGame(createGame(chongqingScenario, map, 3), { mix: { government: "growth", village: "sellEarly", developer: "buildToSell", migrant: "hukouSaver" } });
    const data = buildDebriefData(game, { code: "T", status: "ended" });
    const leased = game.ledger.filter((x) => x.reason === "lease").reduce((n, x) => n + x.amount, 0);
    const lease = data.contributors!.filter((c) => c.metric === "leaseShare");
    expect(lease.length).toBeGreaterThan(0);
    // Only the government receives leases: its one line is every lease in the ledger.
    expect(lease[0]).toMatchObject({ seat: 0, amount: leased, sharePct: 100 });
  });
});

describe("the four questions and the export's record of the game", () => {
  it("gives each question its numbers from the records and deals", () => {
    const q = Object.fromEntries(questionNumbers({ history, deals }).map((x) => [x.id, Object.fromEntries(x.numbers.map((n) => [n.code, n.value]))]));
    // Leases 1,200 + 1,000 + 800 + 9 x 100 = 3,900 of 24,000 revenue: 16%; taxes in the five rounds from 2011.
    expect(q.thirdWay).toMatchObject({ leases: 3_900, leaseShare: 16, taxes: 5 * 1_200 });
    // The one sold plot: 1,500 / 4,500 / 6,000 of 12,000.
    expect(q.valueCapture).toEqual({ villageShare: 13, cityShare: 38, developerShare: 50 });
  });

  it("lists the facilitator's interventions by the round under way", () => {
    const log = [
      { seat: -1, command: { type: "startGame" as const } },
      { seat: -1, command: { type: "endActionPhase" as const } },
      { seat: -1, command: { type: "setNextCard" as const, id: "" } },
      { seat: -1, command: { type: "endActionPhase" as const } },
      { seat: -1, command: { type: "endGame" as const } },
    ];
    expect(interventions(log)).toEqual([
      { round: 2, type: "setNextCard", card: "" },
      { round: 3, type: "endGame" },
    ]);
  });
});
