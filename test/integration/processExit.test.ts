// A server process that must die exits at once with a non-zero code, so a supervisor restarts
// it; asked to stop (SIGTERM, SIGINT) it shuts down within a few seconds, even with a running
// game whose players' reconnection holds last a minute. The real server runs as a child process;
// test/helpers/faultOnStdin.ts makes it throw or reject on a line of stdin, as a bug would.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { killAll, startChildServer, type ChildServer } from "../helpers/childServer";
import { joinRoom, until, startAsFacilitator } from "../helpers/clients";

const dir = mkdtempSync(join(tmpdir(), "shancheng-exit-"));
const children: ChildServer[] = [];
afterAll(() => {
  killAll(children);
  rmSync(dir, { recursive: true, force: true });
});

async function start(name: string): Promise<ChildServer> {
  const server = await startChildServer(join(dir, `${name}.sqlite`), {}, ["./test/helpers/faultOnStdin.ts"]);
  children.push(server);
  return server;
}

/** Milliseconds until the child exits, and how. */
async function timeExit(server: ChildServer, act: () => void) {
  const t0 = Date.now();
  act();
  const how = await server.exited;
  return { ...how, ms: Date.now() - t0 };
}

/**
 * A running game with a seated player in it and another whose connection dropped (the room
 * holds their seat for a reconnection): what made the old shutdown wait for a minute.
 */
async function runningGame(server: ChildServer) {
  const res = await fetch(`http://127.0.0.1:${server.port}/api/sessions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ roundSeconds: 600 }) });
  const { code, facilitatorSecret } = (await res.json()) as { code: string; facilitatorSecret: string };
  const player = await joinRoom(server.port, code, "Ana");
  const dropping = await joinRoom(server.port, code, "Bo");
  for (const p of [player, dropping]) p.room.onError(() => undefined);
  await until(() => (player.room.state.seats?.length ?? 0) > 0 && (dropping.room.state.seats?.length ?? 0) > 0, "seats synced");
  player.room.send("takeSeat", { seat: 0 });
  dropping.room.send("takeSeat", { seat: 1 });
  await until(() => player.privateView !== null && dropping.privateView !== null, "seated");
  await startAsFacilitator(server.port, code, facilitatorSecret);
  await until(() => player.room.state.phase === "action", "started");
  await dropping.room.leave(false);
  await until(() => player.room.state.seats[1]?.connected === false, "the second player dropped");
  return player;
}

describe("the server process", () => {
  it("exits with code 1 at once after an uncaught exception, logging it", async () => {
    const server = await start("throw");
    await runningGame(server);
    const exit = await timeExit(server, () => server.child.stdin!.write("throw\n"));
    expect(exit.code).toBe(1);
    expect(exit.ms).toBeLessThan(3000);
    expect(server.output()).toMatch(/uncaught exception[^]*fault injected by the test/);
  });

  it("exits with code 1 at once after an unhandled rejection", async () => {
    const server = await start("reject");
    const exit = await timeExit(server, () => server.child.stdin!.write("reject\n"));
    expect(exit.code).toBe(1);
    expect(exit.ms).toBeLessThan(3000);
    expect(server.output()).toMatch(/unhandled promise rejection[^]*rejection injected by the test/);
  });

  it("shuts down within a few seconds on SIGTERM, with a game running, and exits with 0", async () => {
    const server = await start("term");
    const player = await runningGame(server);
    let left = false;
    player.room.onLeave(() => (left = true));
    const exit = await timeExit(server, () => server.child.kill("SIGTERM"));
    expect(exit.code).toBe(0);
    expect(exit.ms).toBeLessThan(6000);
    await until(() => left, "the player's socket closed");
  });

  it("shuts down on SIGINT too", async () => {
    const server = await start("int");
    const exit = await timeExit(server, () => server.child.kill("SIGINT"));
    expect(exit.code).toBe(0);
    expect(exit.ms).toBeLessThan(6000);
  });
});
