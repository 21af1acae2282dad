// The HTTP side as an outside client sees it: a client's fault is a 4xx with a short JSON
// `{ error }` (never a 500), every route has a body limit (the matchmaker's too), a session is
// created only from a JSON body and at most so often per address, no route lists join codes to
// someone without their secrets, and no room is found without its code.
import { request } from "node:http";
import { matchMaker } from "@colyseus/core";
import { Client } from "colyseus.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../../server/app";
import { BODY_LIMIT_BYTES, rateLimit } from "../../server/http/limits";
import { ROOM_NAME } from "../../shared/protocol";
import { createRoom, joinRoom, until } from "../helpers/clients";

const CREATE_LIMIT = 8;
let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ port: 0, createLimit: { max: CREATE_LIMIT, windowMs: 600_000 } });
});
afterAll(async () => {
  await server?.close();
});

/** A raw request: `chunks` are sent without a Content-Length (chunked), as a client may. */
function send(method: string, path: string, opts: { headers?: Record<string, string>; body?: string; chunks?: string[] } = {}): Promise<{ status: number; headers: Record<string, unknown>; text: string; json: any }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port: server.port, method, path, headers: opts.headers }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (text += c));
      res.on("end", () => {
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch {
          json = undefined;
        }
        resolve({ status: res.statusCode!, headers: res.headers, text, json });
      });
    });
    // The server may answer (and close) before it has read a body it refuses.
    req.on("error", (e: NodeJS.ErrnoException) => (e.code === "EPIPE" || e.code === "ECONNRESET" ? undefined : reject(e)));
    if (opts.chunks) for (const c of opts.chunks) req.write(c);
    else if (opts.body !== undefined) req.write(opts.body);
    req.end();
  });
}

const JSON_TYPE = { "content-type": "application/json" };
let created = 0;
async function createSession(body: unknown = {}) {
  const res = await send("POST", "/api/sessions", { headers: JSON_TYPE, body: JSON.stringify(body) });
  if (res.status === 201) created++;
  return res;
}
const roomCount = async () => (await matchMaker.query({})).length;

describe("client errors are a 4xx with a JSON reason", () => {
  it("malformed JSON, a body over the limit, a bare % in a code, an unknown API route", async () => {
    const broken = await send("POST", "/api/sessions", { headers: JSON_TYPE, body: '{"seed": ' });
    expect(broken.status).toBe(400);
    expect(broken.json.error).toMatch(/not valid JSON/);

    // 10 MB announced: refused before it is read.
    const huge = await send("POST", "/api/sessions", { headers: { ...JSON_TYPE, "content-length": String(10 * 1024 * 1024) }, body: "" });
    expect(huge.status).toBe(413);
    expect(huge.json.error).toMatch(/over 16 KB/);
    // Over the limit without a length (chunked): refused as it arrives.
    const chunked = await send("POST", "/api/sessions", { headers: JSON_TYPE, chunks: ['{"seed":"', "x".repeat(BODY_LIMIT_BYTES), '"}'] });
    expect(chunked.status).toBe(413);
    expect(chunked.json.error).toMatch(/over 16 KB/);
    // Any route, the static page's included.
    expect((await send("POST", "/", { headers: { "content-length": String(BODY_LIMIT_BYTES + 1) }, body: "" })).status).toBe(413);

    for (const path of ["/api/sessions/%/record", "/api/sessions/%/debrief", "/api/sessions/%E0%A4%A/resume"]) {
      const bad = await send(path.endsWith("resume") ? "POST" : "GET", path);
      expect(bad.status, path).toBe(400);
      expect(bad.json.error).toMatch(/percent-encoding/);
    }

    const unknown = await send("GET", "/api/nothing/here");
    expect(unknown.status).toBe(404);
    expect(unknown.json.error).toMatch(/No such API route/);
  });

  it("a crafted bots option is a 400 naming the option, not an internal TypeError", async () => {
    // As raw JSON: "__proto__" and "constructor" are what a hand-written check trips over.
    for (const bots of ['{"constructor":"x"}', '{"__proto__":"x"}', '{"toString":"growth"}', '{"village":"anarchist"}', '["growth"]', '"growth"', '{"village":{"a":1}}']) {
      const res = await send("POST", "/api/sessions", { headers: JSON_TYPE, body: `{"bots":${bots}}` });
      expect(res.status, bots).toBe(400);
      expect(res.json.error).toMatch(/^Bad session settings: bots/);
      expect(res.json.error).not.toMatch(/TypeError|is not a function|Cannot read/);
    }
    const named = await createSession({ bots: { village: "anarchist" } });
    expect(named.json.error).toMatch(/bots\.village/);
  });
});

describe("join codes are not public", () => {
  it("no unauthenticated listing; the facilitator's own list is keyed by their secrets", async () => {
    const { code, facilitatorSecret: secret } = (await createSession()).json as { code: string; facilitatorSecret: string };
    const other = (await createSession()).json as { code: string };

    const list = await send("GET", "/api/sessions");
    expect(list.status).toBe(404);
    expect(list.text).not.toContain(code);

    const mine = await send("POST", "/api/sessions/mine", { headers: JSON_TYPE, body: JSON.stringify({ sessions: [{ code, secret }, { code: other.code, secret: "guess-guess-guess" }] }) });
    expect(mine.status).toBe(200);
    expect(mine.json.sessions).toEqual([expect.objectContaining({ code, status: "lobby", live: true, phase: "lobby" })]);
    expect(mine.text).not.toContain(secret);

    expect((await send("POST", "/api/sessions/mine", { headers: { "content-type": "text/plain" }, body: "{}" })).status).toBe(415);
    expect((await send("POST", "/api/sessions/mine", { headers: JSON_TYPE, body: JSON.stringify({ sessions: "all" }) })).status).toBe(400);
  });

  it("a room made from the page is never in a facilitator's list, and has no secret to guess", async () => {
    const creator = await createRoom(server.port, "Bo");
    const code = creator.room.roomId;
    const mine = await send("POST", "/api/sessions/mine", { headers: JSON_TYPE, body: JSON.stringify({ sessions: [{ code, secret: "x".repeat(24) }] }) });
    expect(mine.json.sessions).toEqual([]);
    await creator.room.leave();
  });

  it("no room is found without its code: joinOrCreate and join are not offered", async () => {
    const someone = await createRoom(server.port, "Ana");
    const client = new Client(`ws://127.0.0.1:${server.port}`);
    await expect(client.joinOrCreate(ROOM_NAME, { name: "Stranger" })).rejects.toThrow(/does not offer "joinOrCreate"/);
    await expect(client.join(ROOM_NAME, { name: "Stranger" })).rejects.toThrow(/does not offer "join"/);
    // By its code, anyone joins.
    const friend = await joinRoom(server.port, someone.room.roomId, "Friend");
    await until(() => (friend.room.state.seats?.length ?? 0) > 0, "joined by code");
    await friend.room.leave();
    await someone.room.leave();
  });
});

describe("creating a session", () => {
  it("needs a JSON body: a form or text/plain post from another page creates nothing", async () => {
    const before = await roomCount();
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"]) {
      const res = await send("POST", "/api/sessions", { headers: { "content-type": type }, body: "{}" });
      expect(res.status, type).toBe(415);
      expect(res.json.error).toMatch(/application\/json/);
    }
    expect((await send("POST", "/api/sessions", { body: "" })).status).toBe(415);
    expect(await roomCount()).toBe(before);
  });

  it("is limited per address: a 429 with Retry-After once the limit is used", async () => {
    while (created < CREATE_LIMIT) expect((await createSession()).status).toBe(201);
    const before = await roomCount();
    const refused = await createSession();
    expect(refused.status).toBe(429);
    expect(refused.json.error).toMatch(/Too many new sessions/);
    expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0);
    expect(await roomCount()).toBe(before);
  });
});

describe("the rate limit", () => {
  it("counts per key within the window and says how long to wait", () => {
    const limit = rateLimit(2, 10_000);
    expect(limit.take("a", 0)).toBe(0);
    expect(limit.take("a", 1_000)).toBe(0);
    expect(limit.take("b", 1_000)).toBe(0);
    // The oldest of a's two expires at 10 s: 8 s to wait at 2 s.
    expect(limit.take("a", 2_000)).toBe(8);
    expect(limit.take("a", 10_000)).toBe(0);
    expect(limit.take("a", 10_500)).toBe(1);
  });
});

describe("the matchmaker's routes", () => {
  const matchmake = (path: string, opts: Parameters<typeof send>[2]) => send("POST", `/matchmake/${path}`, opts);

  it("refuse join options over 16 KB, broken JSON, a body that is not JSON, and answer 4xx with a reason", async () => {
    const creator = await createRoom(server.port, "Cy");
    const code = creator.room.roomId;
    const big = JSON.stringify({ name: "Big", padding: "x".repeat(BODY_LIMIT_BYTES) });
    const declared = await matchmake(`joinById/${code}`, { headers: JSON_TYPE, body: big });
    expect(declared.status).toBe(413);
    const chunked = await matchmake(`joinById/${code}`, { headers: JSON_TYPE, chunks: [big.slice(0, 9000), big.slice(9000)] });
    expect(chunked.status).toBe(413);
    expect(chunked.json.error).toMatch(/over 16 KB/);
    // 10 MB announced: answered at once.
    expect((await matchmake("create/shancheng", { headers: { ...JSON_TYPE, "content-length": String(10 * 1024 * 1024) }, body: "" })).status).toBe(413);

    const broken = await matchmake(`joinById/${code}`, { headers: JSON_TYPE, body: '{"name": "A' });
    expect(broken.status).toBe(400);
    expect(broken.json.error).toMatch(/not valid JSON/);
    expect((await matchmake(`joinById/${code}`, { headers: JSON_TYPE, body: "[1,2]" })).status).toBe(400);
    expect((await matchmake(`joinById/${code}`, { headers: { "content-type": "text/plain" }, body: '{"name":"A"}' })).status).toBe(415);
    expect((await matchmake("joinById", { headers: JSON_TYPE, body: "{}" })).status).toBe(404);
    expect((await send("GET", `/matchmake/joinById/${code}`)).status).toBe(405);
    // A route that merely contains "/matchmake" is not the matchmaker's.
    const api = await send("POST", "/api/matchmake/create/shancheng", { headers: JSON_TYPE, body: '{"name":"A"}' });
    expect(api.status).toBe(404);
    expect(api.json.error).toMatch(/No such API route/);
    await creator.room.leave();
  });
});
