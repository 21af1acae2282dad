// The options a room is created with, checked by one zod schema: a client's create options
// (untrusted) with the server's own (serverDefaults, records) merged over them by Colyseus. A bad
// option refuses the room with a sentence naming it, never an internal TypeError.

import { z } from "zod";
import { DEFAULT_MIX, PERSONALITIES, isPersonality, type PersonalityMix } from "../../shared/bots";
import { ROLES, type Role } from "../../shared/model/state";
import { joinOptionsSchema } from "../../shared/protocol";
import type { RecordStore } from "../records";

export const DEFAULT_ROUND_SECONDS = 180;
/** A solo player is not rushed: Ready ends the round, the clock is only a backstop. */
export const SOLO_ROUND_SECONDS = 900;
/** A room's creator may ask for an action phase of 5 s to 30 min (the server's own default is trusted as it is). */
export const MIN_ROUND_SECONDS = 5;
export const MAX_ROUND_SECONDS = 1800;
export const BOT_GRACE_SECONDS = 20;
/** A session made over HTTP or resumed waits this long for its first players (Colyseus: 15 s). */
export const EMPTY_SESSION_SECONDS = 3600;

/** Set by the server for every room; clients cannot change these. */
const serverDefaultsSchema = z
  .object({
    /** Length of the action phase in seconds, unless the room's creator asks for another. */
    roundSeconds: z.number().positive().optional(),
    /** The Tiled map file to play on. */
    mapPath: z.string().min(1).optional(),
    /** Seconds before a bot takes the seat of a player who dropped out of a running game. */
    botGraceSeconds: z.number().min(0).optional(),
    /** Seconds a facilitator's session (made over HTTP, or resumed) stays open with nobody in it; 0: no hold. */
    emptySessionSeconds: z.number().min(0).optional(),
  })
  .strict();
export type ServerRoomDefaults = z.infer<typeof serverDefaultsSchema>;

const botsSchema = z.object(Object.fromEntries(ROLES.map((role) => [role, z.string().max(40).optional()])) as Record<Role, z.ZodOptional<z.ZodString>>).strict();

/** What a room's creator may choose (untrusted). */
const createFields = {
  /** Seed for the game's random generator; the room code when absent. */
  seed: z.union([z.number().finite(), z.string().max(64)]).optional(),
  /** Length of the action phase in seconds (clamped to 5 s – 30 min). */
  roundSeconds: z.number().finite().optional(),
  /** One player against bots: every seat nobody took is given to a bot when the game starts. */
  solo: z.boolean().optional(),
  /** The creator's changes to the scenario, checked by scenarioWithSettings (its sentences name the setting). */
  settings: z.unknown().optional(),
  /** The personality bots play per role. */
  bots: botsSchema.optional(),
};

/** Everything a room may be created with, the joining options (name, seat secret) taken out. */
export const roomOptionsSchema = z
  .object({
    ...createFields,
    serverDefaults: serverDefaultsSchema.optional(),
    /** The server's session records (set by the server; a client's value is overwritten). */
    records: z.custom<RecordStore>((v) => typeof v === "object").nullable().optional(),
    /** One-time token under which the server handed over a stored session to resume (records.ts). */
    resumeToken: z.string().max(100).optional(),
  })
  .strict();

/** What a client may send when it joins; the creator joins with its create options, so they may ride along. */
export const clientJoinSchema = joinOptionsSchema.extend(createFields).strict();

export type RoomOptions = z.input<typeof roomOptionsSchema>;

/** What a room runs with, once its options are checked. */
export interface RoomConfig {
  seed?: number | string;
  roundSeconds: number;
  solo: boolean;
  settings: unknown;
  botMix: PersonalityMix;
  botGraceSeconds: number;
  emptySessionSeconds: number;
  mapPath?: string;
  records: RecordStore | null;
  resumeToken?: string;
}

/** Where a zod issue is: its path, or the unknown keys it names. */
function where(issue: z.core.$ZodIssue): string {
  return issue.path.join(".") || (issue.code === "unrecognized_keys" ? issue.keys.join(", ") : "(options)");
}

/** Check a room's options; throws an Error whose message names the bad option. */
export function parseRoomOptions(input: unknown): RoomConfig {
  const { name: _name, seatSecret: _secret, ...options } = (input ?? {}) as Record<string, unknown>;
  const parsed = roomOptionsSchema.safeParse(options);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid room option ${where(issue)}: ${issue.message}`);
  }
  const o = parsed.data;
  const botMix: PersonalityMix = { ...DEFAULT_MIX };
  for (const role of ROLES) {
    const name = o.bots?.[role];
    if (name === undefined) continue;
    if (!isPersonality(role, name)) throw new Error(`Invalid settings: bots.${role}: pick one of ${PERSONALITIES[role].join(", ")}`);
    (botMix as Record<Role, string>)[role] = name;
  }
  const defaults = o.serverDefaults ?? {};
  const solo = o.solo === true;
  let roundSeconds = DEFAULT_ROUND_SECONDS;
  if (o.roundSeconds !== undefined) roundSeconds = Math.min(MAX_ROUND_SECONDS, Math.max(MIN_ROUND_SECONDS, Math.round(o.roundSeconds)));
  else if (solo) roundSeconds = SOLO_ROUND_SECONDS;
  else if (defaults.roundSeconds !== undefined) roundSeconds = defaults.roundSeconds;
  return {
    seed: o.seed,
    roundSeconds,
    solo,
    settings: o.settings ?? {},
    botMix,
    botGraceSeconds: defaults.botGraceSeconds ?? BOT_GRACE_SECONDS,
    emptySessionSeconds: defaults.emptySessionSeconds ?? EMPTY_SESSION_SECONDS,
    mapPath: defaults.mapPath,
    records: o.records ?? null,
    resumeToken: o.resumeToken,
  };
}

/** Check a joining client's options; throws an Error whose message says what to fix. */
export function parseJoinOptions(input: unknown): { name: string; seatSecret?: string } {
  const parsed = clientJoinSchema.safeParse(input ?? {});
  if (parsed.success) return { name: parsed.data.name, seatSecret: parsed.data.seatSecret };
  const issue = parsed.error.issues[0];
  if (issue.path[0] === "name") throw new Error("Enter a display name of 1 to 24 characters to join.");
  throw new Error(`Invalid join option ${where(issue)}: ${issue.message}`);
}
