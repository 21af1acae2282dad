// A game's creator changes the scenario when opening a room: event plan, PRH rent share.
import { Client } from "colyseus.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../../server/app";
import { CHONGQING_EVENTS } from "../../shared/scenarios/chongqingEvents";
import { createRoom, joinRoom, until } from "../helpers/clients";

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ port: 0 });
});
afterAll(async () => {
  await server?.close();
});

const HISTORY = CHONGQING_EVENTS.map((e) => e.id);

describe("game settings chosen at creation", () => {
  it("a counterfactual plan with Liangjiang first opens PRH and zones in 1997; the PRH rent share starts where the creator set it", async () => {
    const plan = ["liangjiang", ...HISTORY.filter((id) => id !== "liangjiang")];
    const host = await createRoom(server.port, "Teacher", { settings: { eventPlan: plan, prhRentPct: 80 } });
    await until(() => (host.room.state.seats?.length ?? 0) > 0, "state");
    host.room.send("takeSeat", { seat: 0 });
    await until(() => host.privateView !== null, "seated");
    host.room.send("startGame", {});
    await until(() => host.room.state.phase === "action", "started");
    expect(host.room.state.card.id).toBe("liangjiang");
    expect(host.room.state.counterfactual).toBe(true);
    expect([...host.room.state.unlocked]).toEqual(expect.arrayContaining(["prh", "zones"]));
    expect(host.room.state.prhRentPct).toBe(80);
    await host.room.leave();
  });

  it("a shorter game with more developer seats: 6 rounds of the historical cards, 3 developers", async () => {
    const host = await createRoom(server.port, "Teacher", { settings: { rounds: 6, developers: 3, migrants: 1 } });
    await until(() => (host.room.state.seats?.length ?? 0) > 0, "state");
    expect(host.room.state.rounds).toBe(6);
    const roles = [...host.room.state.seats].map((s) => s.role);
    expect(roles.filter((r) => r === "developer")).toHaveLength(3);
    expect(roles.filter((r) => r === "migrant")).toHaveLength(1);
    expect(host.room.state.counterfactual).toBe(false);
    await host.room.leave();
  });

  it("bad settings refuse the room with a sentence that names them", async () => {
    const client = new Client(`ws://127.0.0.1:${server.port}`);
    await expect(client.create("shancheng", { name: "T", settings: { eventPlan: ["moonLanding"] } })).rejects.toThrow(/eventPlan/);
    await expect(client.create("shancheng", { name: "T", settings: { prhRentPct: 5 } })).rejects.toThrow(/prh.rentPct/);
    await expect(client.create("shancheng", { name: "T", settings: { hacked: true } })).rejects.toThrow(/Invalid settings/);
    await expect(client.create("shancheng", { name: "T", settings: { developers: 9 } })).rejects.toThrow(/developers/);
  });

  it("a facilitator's session (POST /api/sessions) takes the same settings and bots; bad ones are a 400 naming them", async () => {
    const post = (body: unknown) => fetch(`http://127.0.0.1:${server.port}/api/sessions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    const ok = await post({ roundSeconds: 300, settings: { prhRentPct: 70 }, bots: { government: "welfare" } });
    expect(ok.status).toBe(201);
    const { code } = (await ok.json()) as { code: string };
    const student = await joinRoom(server.port, code, "Student");
    await until(() => (student.room.state.seats?.length ?? 0) > 0, "state");
    expect(student.room.state.prhRentPct).toBe(70);
    await student.room.leave();
    const bad = await post({ settings: { prhRentPct: 5 } });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toMatch(/prh.rentPct/);
    const badBot = await post({ bots: { village: "anarchist" } });
    expect(badBot.status).toBe(400);
  });
});
