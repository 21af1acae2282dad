// The debrief's data (what its exports hold) against the ledger: the value-capture numbers per
// plot add up to the money that moved for those plots, and every seat's balance is the ledger's.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildDebriefData } from "../../shared/views/debriefBuilder";
import { playBotGame } from "../../shared/bots/play";
import { createGame } from "../../shared/engine/apply";
import { ledgerTotal } from "../../shared/rules/ledger";
import { chongqingScenario } from "../../shared/scenarios/chongqing";
import { seatAccount, type TransferReason } from "../../shared/model/state";
import { loadTiledMap } from "../../shared/maps/tiledLoader";

const map = loadTiledMap(JSON.parse(readFileSync("assets/maps/chongqing.tmj", "utf8")));

describe("the debrief's export against the ledger", () => {
  it("compensation, lease and sale per plot sum to the ledger's transfers; balances are the ledger's", () => {
    const game = playBotGame(createGame(chongqingScenario, map, 3), { mix: { government: "growth", village: "sellEarly", developer: "buildToSell", migrant: "hukouSaver" } });
    const data = buildDebriefData(game, { code: "TEST", status: "ended" });
    const paid = (reason: TransferReason) => game.ledger.filter((t) => t.reason === reason && t.tile >= 0).reduce((n, t) => n + t.amount, 0);
    const sum = (f: (d: (typeof data.deals)[number]) => number) => data.deals.reduce((n, d) => n + f(d), 0);
    expect(data.deals.length).toBeGreaterThan(0);
    // Village compensation plus what enterprises were paid to move (a relocation is the reserve's "compensation").
    expect(sum((d) => d.compensation)).toBe(paid("compensation") + paid("relocation"));
    expect(sum((d) => d.lease)).toBe(paid("lease"));
    expect(sum((d) => d.sale)).toBe(paid("sale"));
    for (const seat of data.seats) expect(seat.balance).toBe(game.balances[seatAccount(seat.id)]);
    expect(ledgerTotal(game)).toBe(0);
    expect(data.history).toEqual(game.history);
  });
});

describe("the exports say when the game was counterfactual", () => {
  it("a game whose cards were reordered is flagged in the CSV's last column and in the JSON with its event plan", async () => {
    const { debriefJson, historyCsv } = await import("../../client/ui/debriefExport");
    const { plannedCards } = await import("../../shared/rules/unlocks");
    const historical = plannedCards({ scenario: chongqingScenario });
    // The first two rounds' cards swapped.
    const plan = [historical[1], historical[0], ...historical.slice(2)];
    const scenario = { ...chongqingScenario, eventPlan: plan };
    const game = playBotGame(createGame(scenario, map, 4), { mix: { government: "growth", village: "sellEarly", developer: "buildToSell", migrant: "hukouSaver" } });
    const data = buildDebriefData(game, { code: "CF", status: "ended" });
    expect(data.counterfactual).toBe(true);
    const [header, ...rows] = historyCsv(data).trim().split("\n");
    expect(header.split(",").at(-1)).toMatch(/^counterfactual — /);
    expect(rows.every((r) => r.endsWith(",1"))).toBe(true);
    const json = JSON.parse(debriefJson(data));
    expect(json).toMatchObject({ counterfactual: true, eventPlan: plan });
    expect(json.vsChongqing.map((r: { id: string }) => r.id)).toContain("gdpGrowth");
    // Each deal names its plot by place, as the page does ("Qinggang farmland (4.5 km south-west)").
    expect(json.deals.length).toBeGreaterThan(0);
    for (const deal of json.deals) expect(deal.place).toMatch(/^[A-Z].* \((centre|[\d.]+ km [a-z-]+)(, .+)?\)$/);
    const plain = buildDebriefData(playBotGame(createGame(chongqingScenario, map, 4), { mix: { government: "growth", village: "sellEarly", developer: "buildToSell", migrant: "hukouSaver" } }), { code: "H", status: "ended" });
    expect(historyCsv(plain).trim().split("\n").slice(1).every((r) => r.endsWith(",0"))).toBe(true);
  });
});
