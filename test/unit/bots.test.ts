// Bots (shared/bots) on the real Chongqing map: they never send a refused command, they replay
// exactly from the seed, each role's default bot beats the random legal player on its own score,
// and the simulator's CSV has the promised shape. Kept to a few seconds: the 50-game margins are
// measured by scripts/margins.ts and reported in docs/figures.md.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_MIX, PERSONALITIES, botAnswers, botCommands, type PersonalityMix } from "../../shared/bots/index";
import { playBotGame, playBotRound } from "../../shared/bots/play";
import { SYSTEM_SEAT, type Command } from "../../shared/engine/commands";
import { applyCommand, createGame } from "../../shared/engine/apply";
import { hashState } from "../../shared/engine/hash";
import { chongqingScenario } from "../../shared/scenarios/chongqing";
import { scoreSeat } from "../../shared/rules/scores";
import { ROLES, type GameState } from "../../shared/model/state";
import { loadTiledMap } from "../../shared/maps/tiledLoader";
import { UsageError, parseArgs, simulate } from "../../scripts/simulate";
import { randomSeat } from "../helpers/randomSeat";

const map = loadTiledMap(JSON.parse(readFileSync(new URL("../../assets/maps/chongqing.tmj", import.meta.url), "utf8")));
const newGame = (seed: number) => createGame(chongqingScenario, map, seed);

/** Seed i plays personality i mod 3 of every role, so ten games try every personality. */
const mixFor = (i: number): PersonalityMix => Object.fromEntries(ROLES.map((r) => [r, PERSONALITIES[r][i % 3]])) as PersonalityMix;

describe("bots", () => {
  it("never send a refused command: every list is accepted in order, over 10 seeded games and every personality", () => {
    let commands = 0;
    for (let seed = 1; seed <= 10; seed++) {
      const mix = mixFor(seed);
      // Re-check each seat's whole-round list on its own, from the state it was decided in.
      const end = playBotGame(newGame(seed), {
        mix,
        policies: Object.fromEntries(
          newGame(seed).seats.map((seat) => [
            seat.id,
            (state: GameState, id: number, pass: number) => {
              const list = pass === 0 ? botCommands(state, id, mix[seat.role]) : botAnswers(state, id, mix[seat.role]);
              let s = state;
              for (const c of list) {
                const r = applyCommand(s, id, c);
                expect(r.ok, `${seat.label}: ${JSON.stringify(c)} ${r.ok ? "" : r.error}`).toBe(true);
                if (r.ok) s = r.state;
              }
              commands += list.length;
              return list;
            },
          ]),
        ),
      });
      expect(end.phase).toBe("ended");
    }
    expect(commands).toBeGreaterThan(500);
  });

  it("are deterministic: the same seed gives the same final state, another seed another one", () => {
    const log: Command[] = [];
    const a = hashState(playBotGame(newGame(7), { onCommand: (_s, c) => log.push(c) }));
    expect(hashState(playBotGame(newGame(7)))).toBe(a);
    expect(hashState(playBotGame(newGame(8)))).not.toBe(a);
    expect(log.filter((c) => c.type === "endActionPhase")).toHaveLength(chongqingScenario.rounds);
  });

  it("reject an unknown personality with the list of valid ones", () => {
    const s = playBotGame(newGame(1), { onRound: () => {} });
    expect(() => botCommands({ ...s, phase: "action" }, 0, "tyrant")).toThrow(/growth, balanced, welfare/);
  });

  for (const role of ROLES)
    it(`${role}: the default bot beats the random legal player on its own score (8 games, same seat, same other seats)`, () => {
      const margins: number[] = [];
      for (let seed = 1; seed <= 8; seed++) {
        const g = newGame(seed);
        const seat = g.seats.find((s) => s.role === role)!.id;
        const bot = scoreSeat(playBotGame(g, { mix: DEFAULT_MIX }), seat).score;
        const random = scoreSeat(playBotGame(g, { mix: DEFAULT_MIX, policies: { [seat]: randomSeat(seed) } }), seat).score;
        margins.push(bot - random);
      }
      const mean = margins.reduce((a, b) => a + b, 0) / margins.length;
      expect(mean).toBeGreaterThan(0);
      expect(margins.filter((m) => m > 0).length).toBeGreaterThanOrEqual(6);
    });
});

describe("the government bot's light rail", () => {
  it("from 2013, with money to spare, extends rail from the core (balanced 6 tiles, growth 8, welfare none); short of cash, none", () => {
    const s = applyCommand(newGame(1), SYSTEM_SEAT, { type: "startGame" });
    if (!s.ok) throw new Error(s.error);
    let state = s.state;
    while (state.round < 8) state = playBotRound(state);
    const gov = state.seats.findIndex((seat) => seat.role === "government");
    const rail = (st: GameState, personality: string) =>
      botCommands(st, gov, personality).flatMap((c) => (c.type === "buildInfrastructure" && c.infra === "rail" ? [c.tile] : []));
    expect(rail(state, "balanced")).toEqual([]); // 2011: not yet
    state = playBotRound(state); // round 9 opens 2013
    expect(state.map.rail.every((r) => r === 0)).toBe(true);
    const balanced = rail(state, "balanced");
    expect(balanced).toHaveLength(6);
    // A line grows from the core: each tile is the core or touches one ordered before it.
    const w = state.map.width;
    const touches = (a: number, b: number) => Math.abs((a % w) - (b % w)) + Math.abs(Math.floor(a / w) - Math.floor(b / w)) === 1;
    balanced.forEach((t, i) => expect(t === state.map.core || touches(t, state.map.core) || balanced.slice(0, i).some((b) => touches(t, b))).toBe(true));
    expect(rail(state, "growth")).toHaveLength(8);
    expect(rail(state, "welfare")).toEqual([]);
    const poor = { ...state, balances: { ...state.balances, [`seat:${gov}`]: 150_000 } }; // below twice the ¥1 bn reserve plus a tile
    expect(rail(poor, "balanced")).toEqual([]);
  });
});

describe("the simulator", () => {
  const personalities = { government: ["balanced", "welfare"], village: ["holdOut"], developer: ["buildToSell"], migrant: ["hukouSaver"] };
  const run = () => simulate({ games: 2, seed: 3, scenario: chongqingScenario, map, personalities });

  it("writes one CSV row per game and per round, every row as wide as its header, and the same bytes twice", () => {
    const r = run();
    const games = r.gamesCsv.trimEnd().split("\n");
    const rounds = r.roundsCsv.trimEnd().split("\n");
    expect(games[0].split(",").slice(0, 8)).toEqual(["gov", "village", "developer", "migrant", "game", "seed", "farmlandTiles", "reserveTiles"]);
    expect(games[0]).toContain("score_government");
    expect(games).toHaveLength(1 + 2 * 2);
    expect(rounds).toHaveLength(1 + 2 * 2 * chongqingScenario.rounds);
    for (const [header, ...rows] of [games, rounds]) for (const row of rows) expect(row.split(",")).toHaveLength(header.split(",").length);
    expect(games[1].startsWith("balanced,holdOut,buildToSell,hukouSaver,1,3,")).toBe(true);
    expect(games[3].startsWith("welfare,holdOut,buildToSell,hukouSaver,1,3,")).toBe(true);
    expect(r.summary).toMatch(/mix balanced\/holdOut\/buildToSell\/hukouSaver/);
    expect(r.summary).toMatch(/score_developer/);
    const again = run();
    expect(again).toEqual(r);
  });

  it("explains bad arguments and a bad scenario file", () => {
    expect(() => parseArgs(["--gov", "tyrant"])).toThrow(UsageError);
    expect(() => parseArgs(["--gov", "tyrant"])).toThrow(/growth, balanced, welfare/);
    expect(() => parseArgs(["--games", "0"])).toThrow(/at least 1/);
    expect(parseArgs(["--games", "5", "--seed", "9", "--village", "reclaim,sellEarly"])).toMatchObject({ games: 5, seed: 9, personalities: { village: ["reclaim", "sellEarly"] } });
    const dir = mkdtempSync(join(tmpdir(), "sim-"));
    const file = join(dir, "bad.json");
    writeFileSync(file, JSON.stringify({ ...chongqingScenario, landValue: { ...chongqingScenario.landValue, halfCost: -5 } }));
    const cli = spawnSync(process.execPath, ["--import", "tsx", "scripts/simulate.ts", "--games", "1", "--scenario", file, "--out", dir], { encoding: "utf8" });
    expect(cli.status).toBe(2);
    expect(cli.stderr).toMatch(/landValue\.halfCost/);
  });
});
