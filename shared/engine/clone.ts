// A deep copy of plain game data (what structuredClone gives for it: arrays, objects, numbers,
// strings, booleans, null), several times faster than structuredClone. The resolution draft
// (engine/drafts.ts) copies the state's small parts with it every round, so this is on the
// simulator's and the server's hot path.
export function clonePlain<T>(value: T): T {
  return copy(value) as T;
}

function copy(v: unknown): unknown {
  if (typeof v !== "object" || v === null) return v;
  if (Array.isArray(v)) {
    const n = v.length;
    const out = new Array(n);
    for (let i = 0; i < n; i++) {
      const x = v[i];
      out[i] = typeof x === "object" && x !== null ? copy(x) : x;
    }
    return out;
  }
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(v)) {
    const x = (v as Record<string, unknown>)[key];
    out[key] = typeof x === "object" && x !== null ? copy(x) : x;
  }
  return out;
}
