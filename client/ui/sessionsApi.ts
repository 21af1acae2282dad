// What the sessions pages ask of the server (server/app.ts): the list, a debrief, a resume. The
// server answers a session's record only for its facilitator secret.
import type { DebriefData } from "./debriefData";

/** A row of GET /api/sessions (server/app.ts). */
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
  connected?: number;
}

async function api<T>(path: string, init: { method?: string; secret?: string } = {}): Promise<T> {
  const res = await fetch(`/api${path}`, { method: init.method ?? "GET", headers: init.secret ? { "x-facilitator-secret": init.secret } : {} });
  const body = (await res.json().catch(() => ({}))) as T & { error?: string };
  if (!res.ok) throw new Error(body.error ?? `The server answered ${res.status}.`);
  return body;
}

export const listSessions = async (): Promise<ListedSession[]> => (await api<{ sessions: ListedSession[] }>("/sessions")).sessions;

export const fetchDebrief = (code: string, secret: string): Promise<DebriefData> => api<DebriefData>(`/sessions/${encodeURIComponent(code)}/debrief`, { secret });

/** POST /api/sessions/:code/resume: the round the resumed session stands at. */
export const resumeSession = (code: string, secret: string): Promise<{ round: number }> => api<{ round: number }>(`/sessions/${encodeURIComponent(code)}/resume`, { method: "POST", secret });
