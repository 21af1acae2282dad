// Seeded pseudo-random numbers (mulberry32). The generator's whole state is one 32-bit
// integer kept inside the game state, so a rule that draws a number stays a pure function
// of the state and a game replays exactly from its seed and command log.

/** Draw a float in [0, 1) from `state`; returns the number and the next state. */
export function nextRandom(state: number): { value: number; state: number } {
  const next = (state + 0x6d2b79f5) | 0;
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  const value = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  return { value, state: next };
}

/** Turn any seed (a number or a string such as a room code) into a 32-bit generator state. */
export function seedState(seed: number | string): number {
  const text = String(seed);
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h | 0;
}
