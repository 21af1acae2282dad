// The debrief's map replay keeps a packed snapshot per round (server/room/session.ts): what it
// answers is the map as it was, every layer, holders of -1 (nobody) included.
import { describe, expect, it } from "vitest";
import { applyCommand } from "../../shared/engine/apply";
import { createGame } from "../../shared/engine/createGame";
import { playBotRound } from "../../shared/bots/play";
import { chongqingScenario } from "../../shared/scenarios/chongqing";
import { loadMapFile } from "../../server/mapFile";
import { Session } from "../../server/room/session";

describe("map snapshots", () => {
  it("answer each round's tenure, use and holder as they were, and refuse a round not played", () => {
    const session = new Session("TEST", null);
    const created = createGame(chongqingScenario, loadMapFile(), "snapshots");
    session.snapshot(created, 0);
    const started = applyCommand(created, -1, { type: "startGame" });
    if (!started.ok) throw new Error(started.error);
    const after = playBotRound(started.state);
    session.snapshot(after, 1);
    for (const [round, game] of [[0, created], [1, after]] as const) {
      const m = game.map;
      expect(session.mapAt(round)).toEqual({ round, width: m.width, height: m.height, tenure: m.tenure, use: m.use, holder: m.holder });
    }
    expect(created.map.holder).toContain(-1);
    expect(after.map.holder).not.toEqual(created.map.holder);
    expect(session.mapAt(2)).toMatchObject({ code: "notPlayedYet", params: { round: 2 } });
  });
});
