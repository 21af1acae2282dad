// Players talk through the room's log; every line is kept in the session records.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../../server/app";
import { createRoom, joinRoom, until } from "../helpers/clients";
import { logTexts } from "../../client/ui/logText";

let server: RunningServer;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "shancheng-chat-"));
  server = await startServer({ port: 0, dataFile: join(dir, "records.sqlite") });
});
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("chat", () => {
  it("a seated player's line reaches everyone's log and the records; no seat or too fast is refused", async () => {
    const host = await createRoom(server.port, "Ana");
    const guest = await joinRoom(server.port, host.room.roomId, "Bo");
    await until(() => (guest.room.state.seats?.length ?? 0) > 0, "synced");
    guest.room.send("chat", { text: "hello" });
    await until(() => guest.errors.length === 1, "refused without a seat");
    expect(guest.errors[0].message).toMatch(/Take a seat/);
    host.room.send("takeSeat", { seat: 0 });
    await until(() => host.privateView !== null, "seated");
    host.room.send("chat", { text: "  Villages: my offers stand until the timer ends.  " });
    host.room.send("chat", { text: "again" });
    await until(() => logTexts(guest.room.state).some((l) => l === "Municipal government (Ana): Villages: my offers stand until the timer ends."), "the line in the log");
    await until(() => host.errors.length === 1, "the second line too soon");
    expect(host.errors[0].message).toMatch(/One message a second/);
    expect(server.records.messages(host.room.roomId)).toMatchObject([{ seat: 0, text: "Villages: my offers stand until the timer ends." }]);
    host.room.send("chat", { text: "x".repeat(201) });
    await until(() => host.errors.length === 2, "too long");
    await Promise.all([host.room.leave(), guest.room.leave()]);
  });
});
