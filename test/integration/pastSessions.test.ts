// Past sessions: the debrief's data built from a game state (server/debriefData.ts), the debrief
// endpoint (GET /api/sessions/:code/debrief) guarded by the facilitator secret, and the same
// history from the stored log after the server is stopped and a new one opens the same file.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { SYSTEM_SEAT } from "../../shared/engine/commands";
import { TENURES, USES } from "../../shared/model/map";
import { replay } from "../../shared/engine/replay";
import { scoreSeat } from "../../shared/rules/scores";
import { chongqingScenario } from "../../shared/scenarios/chongqing";
import { RULES_VERSION } from "../../shared/model/state";
import type { DebriefData } from "../../shared/views/debrief";
import { buildDebriefData } from "../../shared/views/debriefBuilder";
import { plannedCards } from "../../shared/rules/unlocks";
import { startServer, type RunningServer } from "../../server/app";
import { compareCharts } from "../../client/ui/sessionsData";
import { asciiMap } from "../helpers/asciiMap";
import { joinRoom, until, type Player } from "../helpers/clients";
import { startAndBuyFarm } from "../helpers/scriptedPlayers";
import { RIVER_MAP, VILLAGE, GOV, at } from "../helpers/game";
import { historyOf, mapOf, scorePartsOf } from "../../client/synced";

const dir = mkdtempSync(join(tmpdir(), "shancheng-past-"));
const dataFile = join(dir, "records.sqlite");
let server: RunningServer | undefined;
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function api(path: string, init: { method?: string; body?: unknown; secret?: string } = {}): Promise<{ status: number; body: any }> {
  const headers: Record<string, string> = {};
  if (init.body !== undefined) headers["content-type"] = "application/json";
  if (init.secret !== undefined) headers["x-facilitator-secret"] = init.secret;
  const res = await fetch(`http://127.0.0.1:${server!.port}/api${path}`, { method: init.method ?? "GET", headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
  return { status: res.status, body: await res.json() };
}

describe("buildDebriefData", () => {
  it("turns a replayed game into the debrief's plain data: history, deals with their place, scores", () => {
    const farm = at(8, 0);
    const map = asciiMap(RIVER_MAP);
    const log = [
      { seat: SYSTEM_SEAT, command: { type: "startGame" as const } },
      { seat: GOV, command: { type: "expropriate" as const, tile: farm, compensation: 1_500 } },
    ];
    const record = { rulesVersion: RULES_VERSION, seed: 1, scenario: chongqingScenario, map, log };
    let game = replay(record);
    const offer = game.offers.find((o) => o.to === VILLAGE && o.status === "open")!;
    const full = [...log, { seat: VILLAGE, command: { type: "respondOffer" as const, offerId: offer.id, accept: true } }, { seat: SYSTEM_SEAT, command: { type: "endActionPhase" as const } }];
    game = replay({ ...record, log: full });

    const data: DebriefData = buildDebriefData(game, { code: "TEST", status: "running" });
    expect(data).toMatchObject({ code: "TEST", status: "running", phase: "action", round: 2, rounds: chongqingScenario.rounds, scenarioName: chongqingScenario.name, counterfactual: false });
    expect(data.history).toEqual(game.history);
    expect(data.history).toHaveLength(1);
    expect(data.deals).toEqual([{ tile: farm, x: 8, y: 0, compensation: 1_500, lease: 0, sale: 0 }]);
    expect(data.seats).toHaveLength(game.seats.length);
    const village = data.seats[VILLAGE];
    expect(village).toMatchObject({ id: VILLAGE, role: "village", player: "", score: Math.round(scoreSeat(game, VILLAGE).score) });
    expect(village.scoreParts).toEqual(scoreSeat(game, VILLAGE).parts);
    // Plain JSON: it survives a round trip unchanged, and building again gives the same object.
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
    expect(buildDebriefData(game, { code: "TEST", status: "running" })).toEqual(data);
  });
});

describe("compareCharts", () => {
  it("draws one line per session on a shared axis of years, the red line once", () => {
    const game = replay({ rulesVersion: RULES_VERSION, seed: 1, scenario: chongqingScenario, map: asciiMap(RIVER_MAP), log: [{ seat: SYSTEM_SEAT, command: { type: "startGame" } }, { seat: SYSTEM_SEAT, command: { type: "endActionPhase" } }, { seat: SYSTEM_SEAT, command: { type: "endActionPhase" } }] });
    const two = buildDebriefData(game, { code: "AAAA", status: "running" });
    const one = { ...two, code: "BBBB", history: two.history.slice(0, 1).map((r) => ({ ...r, gdp: r.gdp + 500 })) };
    const charts = compareCharts([{ data: two, name: "AAAA (Group A)" }, { data: one, name: "BBBB" }]);
    const gdp = charts.find((c) => c.def.id === "compare-gdp")!;
    expect(gdp.years).toEqual(two.history.map((r) => r.year));
    // One line per session, and history's (14% a year from the 2007 GDP: nothing in 1997-1999).
    expect(gdp.def.series.map((s) => s.label)).toEqual(["AAAA (Group A)", "BBBB", "14% a year from your 2007 GDP"]);
    expect(gdp.def.series[0].colour).not.toBe(gdp.def.series[1].colour);
    expect(gdp.lines).toEqual([two.history.map((r) => r.gdp / 100), [(two.history[0].gdp + 500) / 100, null], [null, null]]);
    expect(gdp.owners).toEqual([0, 1, -1]);
    const farmland = charts.find((c) => c.def.id === "compare-farmland")!;
    expect(farmland.def.series.map((s) => s.label)).toEqual(["AAAA (Group A)", "BBBB", "Red line"]);
    const capture = charts.find((c) => c.def.id === "compare-capture")!;
    expect(capture.lines).toHaveLength(4);
    expect(charts.map((c) => c.def.id)).toEqual(expect.arrayContaining(["compare-debt", "compare-hukou", "compare-prh", "compare-stability"]));
  });
});

const seatOf = (p: Player, role: string) => p.room.state.seats.findIndex((s) => s.role === role);

describe("the debrief endpoint", () => {
  let code = "";
  let secret = "";
  /** The facilitator's list: the sessions whose secret this test holds. */
  const mine = () => api("/sessions/mine", { method: "POST", body: { sessions: [{ code, secret }] } });
  let before: DebriefData;

  it("answers the facilitator only, from the live room, with players' names", async () => {
    server = await startServer({ port: 0, dataFile });
    const created = await api("/sessions", { method: "POST", body: { seed: 5, roundSeconds: 600 } });
    ({ code, facilitatorSecret: secret } = created.body);

    const gov = await joinRoom(server.port, code, "Ana");
    const village = await joinRoom(server.port, code, "Bo");
    const all = [gov, village];
    await until(() => all.every((p) => (p.room.state.seats?.length ?? 0) > 0), "seats synced");
    const m = mapOf(gov.room.state);
    const farm = [...m.use].findIndex((u, t) => TENURES[m.tenure[t]] === "villageCollective" && USES[u] === "farmland");
    const villageSeat = m.holder[farm];
    gov.room.send("takeSeat", { seat: seatOf(gov, "government") });
    village.room.send("takeSeat", { seat: villageSeat });
    await until(() => all.every((p) => p.privateView !== null), "seated");

    // The workshop view's numbers, for a live room in its lobby.
    const lobby = (await mine()).body.sessions.find((s: { code: string }) => s.code === code);
    expect(lobby).toMatchObject({ live: true, status: "lobby", phase: "lobby", taken: 2, connected: 2 });
    expect(lobby.seats).toBeGreaterThanOrEqual(4);

    await startAndBuyFarm({ gov, village, all, farm }, 2_000, { port: server.port, code, secret });
    for (const p of all) p.room.send("ready", { ready: true });
    await until(() => all.every((p) => p.room.state.round === 2), "round 2");
    for (const p of all) p.room.send("ready", { ready: true });
    await until(() => all.every((p) => p.room.state.round === 3), "round 3");

    expect((await api(`/sessions/${code}/debrief`)).status).toBe(403);
    const wrong = await api(`/sessions/${code}/debrief`, { secret: "not-the-secret-at-all" });
    expect(wrong.status).toBe(403);
    expect(wrong.body.error).toMatch(/secret/);
    expect((await api(`/sessions/NOPE/debrief`, { secret })).status).toBe(404);

    const live = await api(`/sessions/${code}/debrief`, { secret });
    expect(live.status).toBe(200);
    before = live.body;
    expect(before).toMatchObject({ code, status: "running", phase: "action", round: 3 });
    expect(before.history.map((r) => r.round)).toEqual([1, 2]);
    expect(before.history).toEqual(historyOf(gov.room.state));
    expect(before.deals).toContainEqual(expect.objectContaining({ tile: farm, compensation: 2_000 }));
    expect(before.seats.find((s) => s.id === villageSeat)).toMatchObject({ player: "Bo", balance: gov.room.state.seats[villageSeat].balance, score: gov.room.state.seats[villageSeat].score });
    expect(before.seats[villageSeat].scoreParts).toEqual(scorePartsOf(gov.room.state, gov.room.state.seats[villageSeat]));
    // The record of the game the exports carry: history's cards, no intervention, and the
    // ledger's contributor to the compensation figure, the village paid ¥20 m in round 1 (1997-1998).
    expect(before.counterfactual).toBe(false);
    expect(before.eventPlan).toEqual(plannedCards({ scenario: chongqingScenario }));
    expect(before.interventions).toEqual([]);
    expect(before.contributors!.filter((c) => c.metric === "compensationOfLease")).toEqual([{ metric: "compensationOfLease", reason: "compensation", seat: villageSeat, count: 1, amount: 2_000, sharePct: 100, from: 1997, to: 1998 }]);

    const running = (await mine()).body.sessions.find((s: { code: string }) => s.code === code);
    expect(running).toMatchObject({ live: true, status: "running", round: 3, phase: "action", connected: 2 });
    for (const p of all) await p.room.leave();
  });

  it("gives the same debrief from the stored log after a server restart", async () => {
    await server!.close();
    // Not resumed on start: the debrief comes from the stored log alone.
    server = await startServer({ port: 0, dataFile, resumeOnStart: false });
    const list = (await mine()).body.sessions;
    expect(list).toContainEqual(expect.objectContaining({ code, status: "running", round: 3, live: false }));
    expect(list.find((s: { code: string }) => s.code === code).phase).toBeUndefined();

    expect((await api(`/sessions/${code}/debrief`, { secret: "guess-guess-guess" })).status).toBe(403);
    const after = await api(`/sessions/${code}/debrief`, { secret });
    expect(after.status).toBe(200);
    expect(after.body.history).toEqual(before.history);
    expect(after.body.deals).toEqual(before.deals);
    expect(after.body.contributors).toEqual(before.contributors);
    expect(after.body.evidence).toEqual(before.evidence);
    const withoutNames = (d: DebriefData) => d.seats.map(({ player: _player, ...rest }) => rest);
    expect(withoutNames(after.body)).toEqual(withoutNames(before));
    expect(after.body.seats.every((s: { player: string }) => s.player === "")).toBe(true);
    expect(after.body).toMatchObject({ code, status: "running", phase: "action", round: 3, rounds: before.rounds, scenarioName: before.scenarioName });
    // Asked again (from the replay cache): the same answer.
    expect((await api(`/sessions/${code}/debrief`, { secret })).body).toEqual(after.body);
  });
});
