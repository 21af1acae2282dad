// Join codes unique across every process that shares a Colyseus presence (server/scale/cluster.ts):
// a code is claimed in one presence hash before a room takes it and released when the room goes.
// With one process the presence is Colyseus's in-memory one, and the same calls work.
import type { Presence } from "@colyseus/core";

/** The presence hash of live codes: field = code, value = claims made on it (1 = one holder). */
export const LIVE_CODES_KEY = "shancheng:liveCodes";

/**
 * Claim `code` for a new room: true if no live room on any process holds it. Atomic (one
 * HINCRBY): of two processes claiming the same code at once, exactly one gets 1 and true.
 * A refused claim needs no undo: the holder's release deletes the field whatever it counts.
 */
export async function claimJoinCode(presence: Presence, code: string): Promise<boolean> {
  return (await presence.hincrby(LIVE_CODES_KEY, code, 1)) === 1;
}

/**
 * Mark `code` held by a room that keeps an old code (a resumed session) without asking: its
 * session's records already own the code, and a claim left by the process that died with it
 * must not keep it out.
 */
export async function holdJoinCode(presence: Presence, code: string): Promise<void> {
  await presence.hset(LIVE_CODES_KEY, code, "1");
}

/** The room that held `code` is gone (onDispose): any new room may claim it. */
export async function releaseJoinCode(presence: Presence, code: string): Promise<void> {
  await presence.hdel(LIVE_CODES_KEY, code);
}
