// The What-if panel's form (client/ui/debriefWhatIfForm.ts): what the teacher filled in becomes
// the branch settings the server checks (shared/engine/branch.ts), and nothing else; a changed
// card keeps history's cards in the other later rounds.
import { describe, expect, it } from "vitest";
import { draftSettings, emptyDraft } from "../../client/ui/debriefWhatIfForm";
import { playBotRound } from "../../shared/bots/play";
import { isBranchRefusal, startBranch } from "../../shared/engine/branch";
import { applyCommand, createGame } from "../../shared/engine/apply";
import { SYSTEM_SEAT } from "../../shared/engine/commands";
import type { GameRecord } from "../../shared/engine/replay";
import { RULES_VERSION } from "../../shared/model/state";
import { plannedCards } from "../../shared/rules/unlocks";
import { chongqingScenario } from "../../shared/scenarios/chongqing";
import { buildDebriefData } from "../../shared/views/debriefBuilder";
import { scenarioView } from "../../shared/views/scenarioView";
import { loadMapFile } from "../../server/mapFile";

const map = loadMapFile();
const view = scenarioView(chongqingScenario);
// A bot game in round 4, and its record.
const record: GameRecord = { rulesVersion: RULES_VERSION, seed: 5, scenario: chongqingScenario, map, log: [{ seat: SYSTEM_SEAT, command: { type: "startGame" } }] };
const started = applyCommand(createGame(chongqingScenario, map, 5), SYSTEM_SEAT, { type: "startGame" });
if (!started.ok) throw new Error(started.error);
let game = started.state;
for (let r = 1; r <= 3; r++) game = playBotRound(game, { onCommand: (seat, command) => record.log.push({ seat, command }) });
const main = buildDebriefData(game, { code: "T", status: "running" });

describe("the what-if form's settings", () => {
  it("an untouched form changes nothing", () => {
    expect(main.round).toBe(4);
    expect(draftSettings(emptyDraft(4), main, view)).toEqual({});
  });

  it("takes only the fields filled in, as numbers, and a seat's bot only with both halves", () => {
    const draft = { ...emptyDraft(2), prhRentPct: "80", hukouQuota: "0", zoneTaxPct: " ", seat: "0", personality: "welfare" };
    expect(draftSettings(draft, main, view)).toEqual({ prhRentPct: 80, hukouQuota: 0, personalities: [{ seat: 0, personality: "welfare" }] });
    expect(draftSettings({ ...emptyDraft(2), personality: "welfare" }, main, view)).toEqual({});
  });

  it("one card changed in round 6: the plan keeps history's cards in rounds 5 and 7-12, and the branch from round 4 plays it", () => {
    const draft = { ...emptyDraft(4), cards: { 6: "" } };
    const settings = draftSettings(draft, main, view);
    const history = plannedCards({ scenario: chongqingScenario });
    expect(history[5]).not.toBe("");
    expect(settings.eventPlan).toEqual(history.map((id, i) => (i < 4 ? "" : i === 5 ? "" : id)));
    const start = startBranch({ record, round: 4, personalities: [], settings });
    if (isBranchRefusal(start)) throw new Error(start.refused);
    expect(start.state.scenario.eventPlan).toEqual(history.map((id, i) => (i === 5 ? "" : id)));
  });

  it("a card changed for a round the branch has already opened is not sent", () => {
    expect(draftSettings({ ...emptyDraft(6), cards: { 5: "" } }, main, view)).toEqual({});
  });
});
