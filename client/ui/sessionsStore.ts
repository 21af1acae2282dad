// The facilitator's browser remembers the sessions it runs: code and facilitator secret, kept in
// localStorage when a facilitator page (?room=CODE&facilitator=SECRET) is opened. The past
// sessions page (ui/sessions.ts, ?sessions) lists them. Small and free of the charting library:
// main.ts imports it on every page load.

export interface KeptSession {
  code: string;
  secret: string;
  /** The facilitator's own name for the session ("Tuesday class, group A"). */
  label?: string;
  /** When this browser first saw it (ms since epoch). */
  kept: number;
}

export const KEPT_SESSIONS_KEY = "shancheng.facilitatorSessions";
const CODE = /^[A-Za-z0-9_-]{1,40}$/;
const SECRET = /^[A-Za-z0-9_-]{8,200}$/;

function read(): KeptSession[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(KEPT_SESSIONS_KEY) ?? "[]");
    if (!Array.isArray(parsed)) return [];
    return parsed.filter((s): s is KeptSession => !!s && typeof s.code === "string" && typeof s.secret === "string" && CODE.test(s.code) && SECRET.test(s.secret)).map((s) => ({ code: s.code, secret: s.secret, ...(typeof s.label === "string" && s.label ? { label: s.label.slice(0, 60) } : {}), kept: Number(s.kept) || 0 }));
  } catch {
    return [];
  }
}

function write(list: KeptSession[]): void {
  try {
    localStorage.setItem(KEPT_SESSIONS_KEY, JSON.stringify(list));
  } catch {
    // Private browsing or a full store: the page still works, it just forgets.
  }
}

/** Newest first. */
export const keptSessions = (): KeptSession[] => read().sort((a, b) => b.kept - a.kept);

export function keepSession(code: string, secret: string): boolean {
  if (!CODE.test(code) || !SECRET.test(secret)) return false;
  const list = read();
  const found = list.find((s) => s.code === code);
  if (found) found.secret = secret;
  else list.push({ code, secret, kept: Date.now() });
  write(list);
  return true;
}

export function labelSession(code: string, label: string): void {
  const list = read();
  const found = list.find((s) => s.code === code);
  if (!found) return;
  if (label.trim()) found.label = label.trim().slice(0, 60);
  else delete found.label;
  write(list);
}

export function forgetKept(code: string): void {
  write(read().filter((s) => s.code !== code));
}

/** On a facilitator page (?room=CODE&facilitator=SECRET): remember the session. */
export function keepFacilitatorFromUrl(search: string = location.search): void {
  const q = new URLSearchParams(search);
  const code = q.get("room");
  const secret = q.get("facilitator");
  if (code && secret) keepSession(code, secret);
}

/** ?sessions, ?debrief=CODE(&facilitator=SECRET) or ?compare=CODE,CODE: a page of ui/sessions.ts. */
export function isSessionsPage(search: string = location.search): boolean {
  const q = new URLSearchParams(search);
  return q.has("sessions") || q.has("debrief") || q.has("compare");
}
