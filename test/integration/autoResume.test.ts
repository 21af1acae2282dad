// A restarted server resumes on its own every session whose room was open when the process died:
// the real server runs as a child process on a database file, plays into round 2 with real
// clients, is killed with SIGKILL, and started again on the same file; a player joins by code,
// with no one asking for a resume, and finds the same round and the same state. A room that
// closed because everyone left is not brought back.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { killAll, startChildServer, type ChildServer } from "../helpers/childServer";
import { api } from "../helpers/api";
import { createRoom, joinRoom, until } from "../helpers/clients";
import { sessionWithAnOfferOut } from "../helpers/scriptedPlayers";

const dir = mkdtempSync(join(tmpdir(), "shancheng-autoresume-"));
const dataFile = join(dir, "records.sqlite");
const children: ChildServer[] = [];
afterAll(() => {
  killAll(children);
  rmSync(dir, { recursive: true, force: true });
});

async function start(): Promise<ChildServer> {
  const server = await startChildServer(dataFile);
  children.push(server);
  return server;
}

describe("a restarted server", () => {
  it("resumes the sessions that were open when it was killed, without being asked", async () => {
    const first = await start();
    const { code, secret, gov, village, secondFarm, villageSeat } = await sessionWithAnOfferOut(first.port, 12);
    const balances = [...gov.room.state.seats].map((s) => s.balance);

    // A room made from the page and left by everyone is closed: not one to bring back.
    const passerby = await createRoom(first.port, "Cy");
    const closedCode = passerby.room.roomId;
    await passerby.room.leave();
    await new Promise((r) => setTimeout(r, 500)); // the room disposes right after its last player leaves

    const before = await api(first.port, `/sessions/${code}/record`, { secret });
    expect(before.body).toMatchObject({ live: true, status: "running", round: 2 });

    first.child.kill("SIGKILL");
    await first.exited;
    const second = await start();

    // Nobody asked for a resume: the room is there, under its code, in the same round and state.
    expect(second.output()).toContain(code);
    const after = await api(second.port, `/sessions/${code}/record`, { secret });
    expect(after.body).toMatchObject({ live: true, status: "running", round: 2, stateHash: before.body.stateHash });
    expect(after.body.log).toEqual(before.body.log);
    const back = await joinRoom(second.port, code, "Bo", village.seatSecret!);
    back.room.onError(() => undefined);
    await until(() => (back.room.state.seats?.length ?? 0) > 0, "rejoined");
    expect(back.room.state.round).toBe(2);
    expect(back.room.state.phase).toBe("action");
    expect([...back.room.state.seats].map((s) => s.balance)).toEqual(balances);
    expect(back.room.state.offers.find((o) => o.status === "open")).toMatchObject({ tile: secondFarm, amount: 2_500 });
    await until(() => back.privateView !== null, "seated again");
    expect(back.room.state.seats[villageSeat]).toMatchObject({ player: "Bo", connected: true });

    // The page's room that closed before the kill stays closed.
    await expect(joinRoom(second.port, closedCode, "Cy")).rejects.toThrow(/not found/);
    // Asking for a resume now is refused: it is already running.
    expect((await api(second.port, `/sessions/${code}/resume`, { method: "POST", secret })).status).toBe(409);
    await back.room.leave();
    second.child.kill("SIGTERM");
    await second.exited;
  }, 60_000);
});
