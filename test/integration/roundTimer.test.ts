// The round clock: with nobody pressing Ready, the timer alone ends the action phase.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../../server/app";
import { createRoom, until } from "../helpers/clients";

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ port: 0, roomDefaults: { roundSeconds: 0.6 } });
});
afterAll(async () => {
  await server?.close();
});

describe("the round timer", () => {
  it("ends the action phase when it runs out, resets Ready and starts the next round's clock", async () => {
    const p = await createRoom(server.port, "Ana");
    await until(() => (p.room.state.seats?.length ?? 0) > 0, "synced");
    p.room.send("takeSeat", { seat: 0 });
    await until(() => p.privateView !== null, "seated");
    p.room.send("startGame", {});
    await until(() => p.room.state.round === 1, "round 1");
    const firstDeadline = p.room.state.phaseEndsAt;
    expect(firstDeadline - Date.now()).toBeLessThanOrEqual(600);
    await until(() => p.room.state.round === 2, "round 2 by the clock alone", 5000);
    expect(p.room.state.phaseEndsAt).toBeGreaterThan(firstDeadline);
    expect(p.room.state.seats[0].ready).toBe(false);
    await p.room.leave();
  });

  it("a room's creator may not ask for a clock faster than 5 s", async () => {
    const p = await createRoom(server.port, "Bo", { roundSeconds: 0.1 });
    await until(() => (p.room.state.seats?.length ?? 0) > 0, "synced");
    p.room.send("takeSeat", { seat: 0 });
    await until(() => p.privateView !== null, "seated");
    p.room.send("startGame", {});
    await until(() => p.room.state.phaseEndsAt > 0, "clock running");
    expect(p.room.state.phaseEndsAt - Date.now()).toBeGreaterThan(4_000);
    await p.room.leave();
  });
});
