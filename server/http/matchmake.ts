// The matchmaker's HTTP routes, POST /matchmake/<method>/<room name or code>, in place of the
// handler @colyseus/core 0.16 puts on the http server: that one reads a body of any size into
// memory, answers 200 to broken JSON, and matches any URL containing "/matchmake". This one reads
// at most 16 KB of JSON, answers a client's fault with a 4xx, and then asks the same matchmaker
// (matchMaker.controller.invokeMethod) and answers the same way (200 with the seat reservation,
// or 200 with `{ code, error }` when the matchmaker or the room refuses, which colyseus.js turns
// into a MatchMakeError).
import type { IncomingMessage, ServerResponse } from "node:http";
import { matchMaker } from "@colyseus/core";
import { BODY_LIMIT_BYTES, HttpError, parseJsonObject, readBody, sendJson } from "./limits";

export const MATCHMAKE_PREFIX = "/matchmake/";

/**
 * What a client may ask the matchmaker: create a room, join one by its code, reconnect with its
 * token. Not `joinOrCreate` or `join`, which put a client into any open room: no room is found
 * without its code.
 */
export const MATCHMAKE_METHODS: readonly string[] = ["create", "joinById", "reconnect"];

// Room names and codes: letters, digits, "_" and "-" (Colyseus's allowedRoomNameChars).
const ROUTE = /^\/matchmake\/([A-Za-z]+)\/([A-Za-z0-9_-]{1,64})$/;

export async function handleMatchmake(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const cors = { ...matchMaker.controller.DEFAULT_CORS_HEADERS, ...matchMaker.controller.getCorsHeaders(req) } as Record<string, string>;
  try {
    if (req.method === "OPTIONS") {
      res.writeHead(204, cors);
      res.end();
      return;
    }
    if (req.method !== "POST") throw new HttpError(405, "The matchmaker answers POST only.");
    const route = ROUTE.exec((req.url ?? "").split("?")[0]);
    if (!route) throw new HttpError(404, "No such matchmaker route: POST /matchmake/<method>/<room>.");
    const [, method, room] = route;
    if (!MATCHMAKE_METHODS.includes(method)) throw new HttpError(404, `The matchmaker does not offer "${method}": use ${MATCHMAKE_METHODS.join(", ")}.`);
    if (!/^application\/json\b/i.test(req.headers["content-type"] ?? "")) throw new HttpError(415, "Join options must be sent as Content-Type: application/json.");
    if (matchMaker.state === matchMaker.MatchMakerState.SHUTTING_DOWN) throw new HttpError(503, "The server is shutting down; try again in a moment.");
    const options = parseJsonObject(await readBody(req, BODY_LIMIT_BYTES));
    const authorization = req.headers.authorization;
    let answer: unknown;
    try {
      answer = await matchMaker.controller.invokeMethod(method, room, options, {
        token: authorization?.startsWith("Bearer ") ? authorization.slice(7) : undefined,
        headers: req.headers,
        ip: req.socket.remoteAddress,
        req,
      } as Parameters<typeof matchMaker.controller.invokeMethod>[3]);
    } catch (error) {
      const e = error as { code?: number; message?: string };
      answer = { code: e.code, error: e.message };
    }
    sendJson(res, 200, answer, cors);
  } catch (error) {
    if (error instanceof HttpError) sendJson(res, error.status, { error: error.message }, { ...cors, ...(error.status === 413 ? { Connection: "close" } : {}) });
    else {
      console.error("matchmaker:", error);
      sendJson(res, 500, { error: "The server failed; the error is in its log." }, cors);
    }
  }
}
