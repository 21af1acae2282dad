// "What if?" branches (shared/engine/branch.ts) on the real Chongqing map: with no change a
// branch replays the bots' game from its round byte for byte; a change makes it diverge; the
// held policies stay held; bad settings are refused with a code.
import { describe, expect, it } from "vitest";
import { DEFAULT_MIX } from "../../shared/bots/personalities";
import { playBotGame } from "../../shared/bots/play";
import { BRANCH_REFUSALS, branchPointSeq, isBranchRefusal, playBranch, startBranch, type BranchGame, type BranchInput, type BranchRefusal } from "../../shared/engine/branch";
import { en } from "../../client/i18n/en";
import { zhCN } from "../../client/i18n/zhCN";
import { createGame } from "../../shared/engine/apply";
import { hashState } from "../../shared/engine/hash";
import type { GameRecord } from "../../shared/engine/replay";
import { RULES_VERSION, type GameState } from "../../shared/model/state";
import { chongqingScenario } from "../../shared/scenarios/chongqing";
import { loadMapFile } from "../../server/mapFile";

const map = loadMapFile();
const SEED = 7;

/** A whole game of bots (every role's default personality), its record and its final state. */
function botGame(): { record: GameRecord; final: GameState } {
  const record: GameRecord = { rulesVersion: RULES_VERSION, seed: SEED, scenario: chongqingScenario, map, log: [] };
  const final = playBotGame(createGame(chongqingScenario, map, SEED), { onCommand: (seat, command) => record.log.push({ seat, command }) });
  return { record, final };
}
const { record, final } = botGame();
const personalities = final.seats.map((s) => DEFAULT_MIX[s.role]);
const input = (round: number, settings: BranchInput["settings"] = {}): BranchInput => ({ record, round, personalities, settings });
const played = (r: BranchGame | BranchRefusal): BranchGame => {
  if (isBranchRefusal(r)) throw new Error(r.refused);
  return r;
};

describe("what-if branches", () => {
  it("the branch point of round N follows the command that opened it", () => {
    expect(record.log[0].command.type).toBe("startGame");
    expect(branchPointSeq(record, 1)).toBe(1);
    const seq = branchPointSeq(record, 5);
    expect(record.log[seq - 1].command.type).toBe("endActionPhase");
    expect(record.log.slice(0, seq).filter((e) => e.command.type === "endActionPhase")).toHaveLength(4);
    expect(branchPointSeq(record, 13)).toBe(-1);
  });

  it("with nothing changed, a branch from round 5 replays rounds 5-12 of the bots' game byte for byte", () => {
    const game = played(playBranch(input(5)));
    const seq = branchPointSeq(record, 5);
    expect(game.fromSeq).toBe(seq);
    expect(game.log.length).toBeGreaterThan(50);
    expect(JSON.stringify(game.log)).toBe(JSON.stringify(record.log.slice(seq)));
    expect(JSON.stringify(game.state.history.slice(4))).toBe(JSON.stringify(final.history.slice(4)));
    expect(game.state.history).toHaveLength(12);
    expect(hashState(game.state)).toBe(hashState(final));
  });

  it("from round 1 too, and the progress callback sees each of the 12 rounds once", () => {
    const rounds: number[] = [];
    const game = played(playBranch(input(1), (s) => rounds.push(s.history.length)));
    expect(rounds).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(hashState(game.state)).toBe(hashState(final));
  });

  it("a welfare government from round 5 diverges from round 5 on, and plays the same twice", () => {
    const settings = { personalities: [{ seat: 0, personality: "welfare" }] };
    const a = played(playBranch(input(5, settings)));
    const b = played(playBranch(input(5, settings)));
    expect(hashState(a.state)).toBe(hashState(b.state));
    expect(JSON.stringify(a.state.history.slice(0, 4))).toBe(JSON.stringify(final.history.slice(0, 4)));
    expect(JSON.stringify(a.state.history[4])).not.toBe(JSON.stringify(final.history[4]));
    expect(hashState(a.state)).not.toBe(hashState(final));
    // Welfare sets the hukou quota to 2 cohorts (shared/bots/governmentPolicies.ts); balanced keeps 1.
    expect(final.hukouQuota).toBe(1);
    expect(a.state.hukouQuota).toBe(2);
  });

  it("a held PRH rent of 80% and a hukou quota of 0 are sent by the government and stay to the end", () => {
    // From round 6 (2007-08): the quota is sent at once; PRH opens with the 2010 card (round 7),
    // so its rent is refused in round 6 and sent when round 7 opens.
    const game = played(playBranch(input(6, { prhRentPct: 80, hukouQuota: 0 })));
    const government = game.log.filter((e) => e.seat === 0 && (e.command.type === "setPrhPolicy" || e.command.type === "setHukouQuota"));
    const round7 = game.log.findIndex((e) => e.command.type === "endActionPhase") + 1;
    expect(game.log[0]).toEqual({ seat: 0, command: { type: "setHukouQuota", cohorts: 0 } });
    expect(game.log[round7]).toEqual({ seat: 0, command: { type: "setPrhPolicy", rentPct: 80, eligibility: "cityWorkers" } });
    // Sent once each: the bot's own policy commands of those kinds are dropped, so nothing moves them again.
    expect(government).toHaveLength(2);
    expect(game.state.prh.rentPct).toBe(80);
    expect(game.state.hukouQuota).toBe(0);
    expect(hashState(game.state)).not.toBe(hashState(final));
  });

  it("scenario settings change the state's scenario at the branch point; the cards already drawn stay", () => {
    const plan = Array.from({ length: 12 }, () => "");
    const start = startBranch(input(4, { zoneTaxPct: 25, compensationMinimum: 300, eventPlan: plan }));
    if (isBranchRefusal(start)) throw new Error(start.refused);
    expect(start.state.scenario.firms.zoneTaxPct).toBe(25);
    expect(start.state.scenario.expropriation.minimumPerFarmTile).toBe(300);
    const history = chongqingScenario.events.map((e) => e.id);
    const kept = start.state.scenario.eventPlan!.slice(0, 4);
    expect(start.state.scenario.eventPlan!.slice(4)).toEqual(plan.slice(4));
    expect(kept.every((id) => id === "" || history.includes(id))).toBe(true);
    // No card from round 5 on: the cards' unlocks and grants never come, so the game differs.
    const game = played(playBranch(input(4, { eventPlan: plan })));
    expect(game.state.unlocked.length).toBeLessThan(final.unlocked.length);
    expect(hashState(game.state)).not.toBe(hashState(final));
  });

  it("refuses what cannot be branched, with a code and its parameters", () => {
    const code = (r: unknown) => (isBranchRefusal(r) ? [r.code, r.params] : "accepted");
    expect(code(startBranch(input(13)))).toEqual(["roundNotReached", { round: 13, reached: 12 }]);
    const { minRentPct, maxRentPct } = chongqingScenario.prh;
    expect(code(startBranch(input(3, { prhRentPct: maxRentPct + 1 })))).toEqual(["branchRentOutOfRange", { rentPct: maxRentPct + 1, min: minRentPct, max: maxRentPct }]);
    expect(code(startBranch(input(3, { hukouQuota: 40 })))).toEqual(["branchQuotaTooHigh", { cohorts: 40, max: final.cohorts.length }]);
    expect(code(startBranch(input(3, { personalities: [{ seat: 0, personality: "holdOut" }] })))).toEqual(["branchNotAPersonality", { seat: 0, personality: "holdOut" }]);
    expect(code(startBranch(input(3, { personalities: [{ seat: 60, personality: "growth" }] })))).toEqual(["branchNoSuchSeat", { seat: 60 }]);
    expect(code(startBranch(input(3, { eventPlan: ["noSuchCard"] })))).toEqual(["branchNoSuchCard", { card: "noSuchCard" }]);
    expect(code(startBranch(input(3, { rounds: 3 } as never)))).toEqual(["badBranchSettings", { field: "(settings)" }]);
  });

  it("the page words every refusal, the engine's and the routes', with the same parameters in both languages", () => {
    const codes = [...Object.keys(BRANCH_REFUSALS), "tooManyBranches", "branchLimit", "notFacilitator", "network"];
    expect(Object.keys(en.branch.refusal).sort()).toEqual(codes.sort());
    const params = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const [code, names] of Object.entries(BRANCH_REFUSALS)) {
      const key = code as keyof typeof en.branch.refusal;
      expect(params(en.branch.refusal[key])).toEqual([...names].sort());
      expect(params(zhCN.branch.refusal[key])).toEqual([...names].sort());
    }
  });
});
