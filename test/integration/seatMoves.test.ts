// "Who has not acted" over real sockets: each seat's row carries the number of commands the room
// accepted from its player in this action phase. A refused command, a Ready and a bot's move do
// not count; the count is 0 again when the next round opens.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../../server/app";
import { createSession } from "../helpers/api";
import { roundTrip, until } from "../helpers/clients";
import { readyThroughRounds, seatGovernmentAndVillage, startAndBuyFarm, villageFarms, type GovernmentAndVillage } from "../helpers/scriptedPlayers";

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ port: 0 });
});
afterAll(async () => {
  await server?.close();
});

describe("the seats' accepted commands this round", () => {
  let table: GovernmentAndVillage;
  const moves = () => table.all.map((p) => p.room.state.seats[p.privateView!.seat].moves);

  it("counts each accepted command of a seat's player, and nothing else", async () => {
    const { code, secret } = await createSession(server.port, { seed: 7, roundSeconds: 600 });
    table = await seatGovernmentAndVillage(server.port, code);
    const { gov, village } = table;
    const secondFarm = villageFarms(gov)[1];
    expect(moves()).toEqual([0, 0]);
    // Round 1: the government's offer and the village's acceptance, one command each.
    await startAndBuyFarm(table, 2_000, { port: server.port, code, secret });
    await until(() => moves().join() === "1,1", "one move each");
    // A refused command (an offer on a plot already bought) and a Ready change no count.
    gov.room.send("command", { command: { type: "expropriate", tile: table.farm, compensation: 2_000 } });
    await until(() => gov.errors.length === 1, "refused");
    village.room.send("ready", { ready: true });
    await roundTrip(village);
    await until(() => village.room.state.seats[village.privateView!.seat].ready, "village ready");
    // A second offer from the government: 2; every reader sees the same counts.
    gov.room.send("command", { command: { type: "expropriate", tile: secondFarm, compensation: 2_500 } });
    await until(() => moves().join() === "2,1", "the government's second move");
    expect(table.all.map((p) => [...p.room.state.seats].map((s) => s.moves).join())).toEqual([
      [...gov.room.state.seats].map((s) => s.moves).join(),
      [...gov.room.state.seats].map((s) => s.moves).join(),
    ]);
    // Bots fill no seat here; every other seat's count is 0.
    expect([...gov.room.state.seats].reduce((sum, s) => sum + s.moves, 0)).toBe(3);
  });

  it("starts again from 0 when the next round opens", async () => {
    await readyThroughRounds(table.all, 1);
    expect(table.all[0].room.state.round).toBe(2);
    expect(moves()).toEqual([0, 0]);
  });
});
