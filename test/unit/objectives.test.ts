// Private objectives (shared/rules/objectives.ts, scenario section shared/scenarios/objectives.ts):
// drawn from the seed, one of the seat's own role; progress with worked numbers; shown only to
// the seat and revealed at the end; scored as the role's last part; pursued by the bots.
import { describe, expect, it } from "vitest";
import { BotTurn, applyPure, pursueObjective } from "../../shared/bots/common";
import type { GameState } from "../../shared/model/state";
import { drawObjectives, objectiveOf, objectiveProgress, objectiveStatus } from "../../shared/rules/objectives";
import { scoreSeat } from "../../shared/rules/scores";
import { CHONGQING_OBJECTIVES } from "../../shared/scenarios/objectives";
import { privateView } from "../../shared/views/privateView";
import { publicScores } from "../../shared/views/publicView";
import { ALL_OPEN, DEV1, GOV, MIG1, MIG2, VILLAGE, at, endRound, must, newGame, scenarioWith, setTile, started } from "../helpers/game";

const withObjective = (s: GameState, seat: number, id: GameState["objectives"][number]): GameState => ({ ...s, objectives: s.objectives.map((o, i) => (i === seat ? id : o)) });

describe("drawing private objectives", () => {
  it("gives every seat one of its own role's, the same for the same seed, without moving the game's generator", () => {
    const a = newGame(undefined, 1);
    expect(a.objectives).toEqual(["promisedBridge", "ticketIncome", "partnerFactory", "partnerFactory", "bringFamily", "settledHome"]);
    expect(newGame(undefined, 1).objectives).toEqual(a.objectives);
    a.seats.forEach((seat) => expect(CHONGQING_OBJECTIVES.find((o) => o.id === a.objectives[seat.id])?.role).toBe(seat.role));
    // Over many seeds each role's objectives all come up.
    const drawn = new Set(Array.from({ length: 40 }, (_, seed) => newGame(undefined, seed).objectives).flat());
    expect([...drawn].sort()).toEqual(CHONGQING_OBJECTIVES.map((o) => o.id).sort());
    // The draw reads the generator's first state and leaves it as it was.
    expect(drawObjectives(a.scenario, a.seats, a.rng)).toEqual(a.objectives);
    expect(a.rng).toBe(newGame(scenarioWith({ privateObjectives: [] }), 1).rng);
  });

  it("a scenario without private objectives draws none, and every role's objective part is 0", () => {
    const s = started(scenarioWith({ privateObjectives: [] }));
    expect(s.objectives).toEqual(["", "", "", "", "", ""]);
    expect(objectiveOf(s, GOV)).toBeNull();
    expect(scoreSeat(s, GOV).parts.at(-1)).toEqual({ id: "objective", label: "private objective", value: 0 });
  });
});

describe("progress on each objective, worked numbers", () => {
  it("counts from the state and the ledger", () => {
    let s = started(ALL_OPEN);
    // Two ticket payments to the village (2,500 + 1,200 wan) meet its 3,000-wan ticket objective.
    s = {
      ...s,
      ledger: [
        ...s.ledger,
        { round: 1, from: `seat:${DEV1}`, to: `seat:${VILLAGE}`, amount: 2_500, reason: "ticket", tile: -1 },
        { round: 2, from: `seat:${DEV1}`, to: `seat:${VILLAGE}`, amount: 1_200, reason: "ticket", tile: -1 },
        { round: 2, from: `seat:${MIG1}`, to: `seat:${VILLAGE}`, amount: 900, reason: "remittance", tile: -1 },
      ],
    };
    expect(objectiveStatus(s, VILLAGE)).toEqual({ id: "ticketIncome", target: 3_000, points: 300, progress: 3_700, met: true });
    expect(scoreSeat(s, VILLAGE).parts.at(-1)).toEqual({ id: "objective", label: "private objective", value: 300 });
    // 900 wan sent home of a 2,000 target: not met.
    expect(objectiveProgress(s, MIG1, "sendMoneyHome")).toBe(900);
    expect(objectiveStatus(withObjective(s, MIG1, "sendMoneyHome"), MIG1)?.met).toBe(false);
    // A developer holding one factory (and no office) meets "partner factory", not "headquarters".
    setTile(s, at(0, 4), "stateUrban", "factory", DEV1);
    expect(objectiveProgress(s, DEV1, "partnerFactory")).toBe(1);
    expect(objectiveProgress(s, DEV1, "headquarters")).toBe(0);
    // Hukou: one cohort holding it counts for the government's pledge (target 3) and the cohort's family.
    s = { ...s, cohorts: s.cohorts.map((c) => (c.seat === MIG2 ? { ...c, hukou: true } : c)) };
    expect(objectiveProgress(s, GOV, "hukouPledge")).toBe(1);
    expect(objectiveStatus(withObjective(s, GOV, "hukouPledge"), GOV)).toMatchObject({ progress: 1, target: 3, met: false });
    expect(objectiveStatus(withObjective(s, MIG2, "bringFamily"), MIG2)?.met).toBe(true);
  });
});

describe("who sees it", () => {
  it("only the seat's private view carries it; the public scores reveal it once the game is over", () => {
    const s = started();
    expect(privateView(s, DEV1, 0).objective).toEqual({ id: "partnerFactory", target: 1, points: 300, progress: 0, met: false });
    expect(publicScores(s).every((x) => x.objective === null)).toBe(true);
    const ended = { ...s, phase: "ended" as const };
    expect(publicScores(ended)[DEV1].objective).toEqual({ id: "partnerFactory", target: 1, points: 300, progress: 0, met: false });
  });
});

describe("bots pursue theirs", () => {
  it("a developer who owes a factory builds one on its own plot; a cohort that wants to send money home remits", () => {
    let s = started(ALL_OPEN);
    setTile(s, at(0, 4), "stateUrban", "none", DEV1);
    s.map.plan[at(0, 4)] = 2; // industrial
    const dev = new BotTurn(s, DEV1, applyPure);
    pursueObjective(dev, "moves");
    expect(dev.commands).toEqual([{ type: "build", tile: at(0, 4), building: "factory" }]);
    const mig = new BotTurn(withObjective(s, MIG1, "sendMoneyHome"), MIG1, applyPure);
    pursueObjective(mig, "moves");
    expect(mig.commands).toEqual([{ type: "setRemittance", amount: 200 }]);
    // Met already: nothing more.
    const done = new BotTurn(withObjective(endRound(must(s, DEV1, { type: "build", tile: at(0, 4), building: "factory" }).state).state, DEV1, "partnerFactory"), DEV1, applyPure);
    expect(objectiveStatus(done.state, DEV1)?.met).toBe(true);
    pursueObjective(done, "moves");
    expect(done.commands).toEqual([]);
  });
});
