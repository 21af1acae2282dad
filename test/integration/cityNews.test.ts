// The city news over real sockets: nothing before the first resolution; after it, every client
// (and one that joins later) holds the same headlines, each a line of the log it can read.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../../server/app";
import { unpackNews } from "../../shared/views/cityNews";
import { unpackEntry } from "../../shared/views/logEntries";
import { logOf } from "../../client/synced";
import { createSession } from "../helpers/api";
import { joinRoom, until, type Player } from "../helpers/clients";
import { readyThroughRounds, seatGovernmentAndVillage, startAndBuyFarm } from "../helpers/scriptedPlayers";

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ port: 0 });
});
afterAll(async () => {
  await server?.close();
});

/** The news's headlines as the log lines they name (the synced ring holds a round's few lines). */
function headlines(p: Player): string[] {
  const s = p.room.state;
  const ring = logOf(s);
  const first = s.logWritten - ring.length;
  return unpackNews(s.news).map((item) => {
    const entry = unpackEntry(ring[item.line - first] ?? "");
    return entry ? entry.code : "missing";
  });
}

describe("the city news", () => {
  it("is empty in round 1, then names the round's headlines for every reader", async () => {
    const { code, secret } = await createSession(server.port, { seed: 11, roundSeconds: 600 });
    const table = await seatGovernmentAndVillage(server.port, code);
    await startAndBuyFarm(table, 2_000, { port: server.port, code, secret });
    expect(table.gov.room.state.news).toBe("");
    await readyThroughRounds(table.all, 1);
    await until(() => table.all.every((p) => p.room.state.news !== ""), "the news of round 1");
    // Round 2's card opens the news (the default event plan opens round 2 with a card).
    const codes = headlines(table.gov);
    expect(codes[0]).toBe("roundStartedCard");
    expect(codes).not.toContain("missing");
    expect(headlines(table.village)).toEqual(codes);
    // A client joining now reads the same news.
    const late = await joinRoom(server.port, code, "Late");
    await until(() => (late.room.state.seats?.length ?? 0) > 0, "synced");
    expect(late.room.state.news).toBe(table.gov.room.state.news);
    expect(headlines(late)).toEqual(codes);
    await late.room.leave();
  });
});
