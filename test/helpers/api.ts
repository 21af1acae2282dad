// The server's HTTP API (server/app.ts) as the integration and browser tests call it: JSON in
// and out, the facilitator's secret in the x-facilitator-secret header.

export interface ApiReply {
  status: number;
  /** The parsed JSON answer, typed loosely: its shape is what a test asserts on. */
  body: any;
  /** The answer as sent (for byte-level checks). */
  text: string;
}

/** Call `/api${path}` on the server at `port`. */
export async function api(port: number, path: string, init: { method?: string; body?: unknown; secret?: string } = {}): Promise<ApiReply> {
  const headers: Record<string, string> = {};
  if (init.body !== undefined) headers["content-type"] = "application/json";
  if (init.secret !== undefined) headers["x-facilitator-secret"] = init.secret;
  const res = await fetch(`http://127.0.0.1:${port}/api${path}`, { method: init.method ?? "GET", headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
  const text = await res.text();
  return { status: res.status, body: JSON.parse(text), text };
}

export interface CreatedSession {
  code: string;
  /** Shown only once, in this answer. */
  secret: string;
  /** `/?room=CODE&facilitator=SECRET`: the console's private link. */
  facilitatorUrl: string;
}

/** POST /api/sessions with `settings` (seed, roundSeconds, …); fails unless the server made one. */
export async function createSession(port: number, settings: Record<string, unknown> = {}): Promise<CreatedSession> {
  const created = await api(port, "/sessions", { method: "POST", body: settings });
  if (created.status !== 201) throw new Error(`POST /api/sessions answered ${created.status}: ${created.text}`);
  const { code, facilitatorSecret, facilitatorUrl } = created.body as { code: string; facilitatorSecret: string; facilitatorUrl: string };
  return { code, secret: facilitatorSecret, facilitatorUrl };
}
