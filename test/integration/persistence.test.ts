// A server killed mid-game loses at most the action in flight: the real server runs as a child
// process on a database file, plays a round with real clients, is killed with SIGKILL, and a new
// server on the same file resumes the session under the same code with the identical state.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startChildServer, killAll, type ChildServer } from "../helpers/childServer";
import { api } from "../helpers/api";
import { joinRoom, until } from "../helpers/clients";
import { seatOf, sessionWithAnOfferOut } from "../helpers/scriptedPlayers";

const dir = mkdtempSync(join(tmpdir(), "shancheng-persist-"));
const dataFile = join(dir, "records.sqlite");
const children: ChildServer[] = [];

afterAll(() => {
  killAll(children);
  rmSync(dir, { recursive: true, force: true });
});

/** The real server on a free port and the test's database file. Resumed by the facilitator's request, not on start (autoResume.test.ts has that). */
async function startChild(): Promise<ChildServer> {
  const child = await startChildServer(dataFile, { SHANCHENG_AUTO_RESUME: "off" });
  children.push(child);
  return child;
}

describe("a server killed mid-game", () => {
  it("resumes the session from its log with the identical state, and players rejoin by code", async () => {
    const first = await startChild();
    // Round 1: a farm bought and resolved; round 2, mid-phase: one more offer is out when the server dies.
    const { code, secret, village, all, secondFarm, villageSeat } = await sessionWithAnOfferOut(first.port, 11);
    expect(all.every((p) => p.errors.length === 0)).toBe(true);

    const before = await api(first.port, `/sessions/${code}/record`, { secret });
    expect(before.status).toBe(200);
    expect(before.body).toMatchObject({ live: true, status: "running", round: 2 });
    expect(before.body.log.map((e: { command: { type: string } }) => e.command.type)).toEqual(["startGame", "expropriate", "respondOffer", "endActionPhase", "expropriate"]);
    expect(before.body.rounds).toHaveLength(1);

    first.child.kill("SIGKILL");
    await first.exited;

    const second = await startChild();
    const list = await api(second.port, "/sessions/mine", { method: "POST", body: { sessions: [{ code, secret }] } });
    expect(list.body.sessions).toContainEqual(expect.objectContaining({ code, status: "running", round: 2, live: false }));
    // Before the resume the record is rebuilt from the log alone.
    const stored = await api(second.port, `/sessions/${code}/record`, { secret });
    expect(stored.body).toMatchObject({ live: false, stateHash: before.body.stateHash });
    expect((await api(second.port, `/sessions/${code}/resume`, { method: "POST", secret: "guess" })).status).toBe(403);
    const resumed = await api(second.port, `/sessions/${code}/resume`, { method: "POST", secret });
    expect(resumed.status).toBe(200);
    expect(resumed.body).toMatchObject({ code, round: 2, commands: 5, stateHash: before.body.stateHash });

    // The village comes back by code with its seat's secret (kept by its browser; the records
    // keep its hash), is seated again (its seat was kept for it), and answers the open offer.
    const back = await joinRoom(second.port, code, "Bo", village.seatSecret!);
    await until(() => (back.room.state.seats?.length ?? 0) > 0, "rejoined");
    expect(back.room.state.round).toBe(2);
    expect(back.room.state.seats[seatOf(back, "government")]).toMatchObject({ player: "Ana", connected: false });
    await until(() => back.privateView !== null, "seated again");
    expect(back.room.state.seats[villageSeat]).toMatchObject({ player: "Bo", connected: true });
    const open = back.room.state.offers.find((o) => o.status === "open")!;
    expect(open).toMatchObject({ tile: secondFarm, amount: 2_500 });
    back.room.send("command", { command: { type: "respondOffer", offerId: open.id, accept: true } });
    await until(() => back.room.state.offers.find((o) => o.id === open.id)?.status === "accepted", "second offer accepted");
    expect(back.errors).toEqual([]);

    const after = await api(second.port, `/sessions/${code}/record`, { secret });
    expect(after.body.log).toHaveLength(6);
    expect(after.body.log.slice(0, 5)).toEqual(before.body.log);
    expect(after.body.log[5]).toMatchObject({ seat: villageSeat, command: { type: "respondOffer", accept: true } });
    await back.room.leave();
    second.child.kill("SIGTERM");
  }, 60_000); // 5-20 s on the 2-core machine; two server starts under load can take 15 s each
});
