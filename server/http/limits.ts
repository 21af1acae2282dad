// What the HTTP side refuses before any game code runs: bodies over the limit, broken JSON, a
// client asking too often. Every refusal is a 4xx with a short JSON `{ error }` sentence; a 500
// is only ever the server's own fault.
import type { IncomingMessage, ServerResponse } from "node:http";
import type express from "express";

/** The largest request body any route reads, in bytes (the API's JSON and the matchmaker's join options). */
export const BODY_LIMIT_BYTES = 16 * 1024;

/** A refusal with its HTTP status, thrown inside a handler and answered by `sendError`. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { ...headers, "Content-Type": "application/json; charset=utf-8", "Content-Length": Buffer.byteLength(text) });
  res.end(text);
}

const TOO_LARGE = `The request body is over ${BODY_LIMIT_BYTES / 1024} KB.`;

/** A request that announces a body over the limit: answered 413 before anyone reads it. */
export function refuseDeclaredOversize(req: IncomingMessage, res: ServerResponse): boolean {
  const length = Number(req.headers["content-length"] ?? 0);
  if (!(length > BODY_LIMIT_BYTES)) return false;
  // Connection: close — the unread body is not worth receiving.
  sendJson(res, 413, { error: TOO_LARGE }, { Connection: "close" });
  return true;
}

/** The whole body, or an HttpError 413 as soon as it passes the limit (a chunked body has no length up front). */
export function readBody(req: IncomingMessage, limit = BODY_LIMIT_BYTES): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off("data", onData);
        req.pause();
        reject(new HttpError(413, TOO_LARGE));
        return;
      }
      chunks.push(chunk);
    };
    req.on("data", onData);
    req.once("end", () => resolve(Buffer.concat(chunks)));
    req.once("error", reject);
  });
}

/** A JSON object from a body, or an HttpError 400 saying what is wrong with it. */
export function parseJsonObject(body: Buffer): Record<string, unknown> {
  if (body.length === 0) return {};
  let value: unknown;
  try {
    value = JSON.parse(body.toString("utf8"));
  } catch {
    throw new HttpError(400, "The request body is not valid JSON.");
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new HttpError(400, "The request body must be a JSON object.");
  return value as Record<string, unknown>;
}

/**
 * The API's last error handler: express's own client errors (body-parser's broken JSON 400 and
 * oversize 413, a path that does not decode 400) keep their status with a short sentence of our
 * own; anything else is the server's fault, logged, and answered 500 without its details.
 */
export function apiErrors(error: unknown, _req: express.Request, res: express.Response, _next: express.NextFunction): void {
  const status = error instanceof HttpError ? error.status : Number((error as { status?: unknown })?.status);
  if (status >= 400 && status < 500) {
    const type = (error as { type?: unknown }).type;
    const message =
      error instanceof HttpError ? error.message
      : type === "entity.too.large" ? TOO_LARGE
      : type === "entity.parse.failed" ? "The request body is not valid JSON."
      : error instanceof URIError ? "The address has a malformed percent-encoding."
      : "The request could not be read.";
    res.status(status).json({ error: message });
    return;
  }
  console.error("session api:", error);
  res.status(500).json({ error: "The server failed; the error is in its log." });
}

/**
 * At most `max` events per key (a client's address) within `windowMs`. `take(key, now)` counts
 * one and answers 0, or, when the key has used them all, the seconds until the oldest expires
 * (counting nothing).
 */
export function rateLimit(max: number, windowMs: number) {
  const seen = new Map<string, number[]>();
  return {
    take(key: string, now: number): number {
      const recent = (seen.get(key) ?? []).filter((t) => now - t < windowMs);
      if (recent.length >= max) {
        seen.set(key, recent);
        return Math.max(1, Math.ceil((recent[0] + windowMs - now) / 1000));
      }
      recent.push(now);
      seen.set(key, recent);
      // Forget addresses whose window has passed, so the map stays as small as the recent callers.
      if (seen.size > 1000) for (const [k, times] of seen) if (times.every((t) => now - t >= windowMs)) seen.delete(k);
      return 0;
    },
  };
}
