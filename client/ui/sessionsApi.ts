// What the sessions pages ask of the server (server/http/sessions.ts): the list, a debrief, a
// resume. The server answers a session only for its facilitator secret.
import type { DebriefData } from "../../shared/views/debrief";
import { keptSessions } from "./sessionsStore";

/** A row of POST /api/sessions/mine (server/http/sessions.ts). */
export interface ListedSession {
  code: string;
  created: string;
  updated: string;
  status: "lobby" | "running" | "ended";
  round: number;
  live: boolean;
  phase?: string;
  rounds?: number;
  seats?: number;
  taken?: number;
  /** People connected (bots not counted). */
  connected?: number;
  bots?: number;
}

async function api<T>(path: string, init: { method?: string; secret?: string; body?: unknown } = {}): Promise<T> {
  const headers: Record<string, string> = init.secret ? { "x-facilitator-secret": init.secret } : {};
  if (init.body !== undefined) headers["content-type"] = "application/json";
  const res = await fetch(`/api${path}`, { method: init.method ?? "GET", headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
  const body = (await res.json().catch(() => ({}))) as T & { error?: string };
  if (!res.ok) throw new Error(body.error ?? `The server answered ${res.status}.`);
  return body;
}

/** Only the sessions this browser holds the secrets of (the newest 100): the server lists no one else's. */
export async function listSessions(): Promise<ListedSession[]> {
  const mine = keptSessions().slice(0, 100).map((k) => ({ code: k.code, secret: k.secret }));
  return (await api<{ sessions: ListedSession[] }>("/sessions/mine", { method: "POST", body: { sessions: mine } })).sessions;
}

export const fetchDebrief = (code: string, secret: string): Promise<DebriefData> => api<DebriefData>(`/sessions/${encodeURIComponent(code)}/debrief`, { secret });

/** POST /api/sessions/:code/resume: the round the resumed session stands at. */
export const resumeSession = (code: string, secret: string): Promise<{ round: number }> => api<{ round: number }>(`/sessions/${encodeURIComponent(code)}/resume`, { method: "POST", secret });
