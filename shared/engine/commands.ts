// Every command a seat (or the room's clock) can send, as one validated union built from the
// command table (engine/commandTable.ts). The server parses untrusted messages with
// `parseCommand`; bots and tests build them directly.

import { z } from "zod";
import { COMMANDS, type SystemCommand } from "./commandTable";

export type PlayerCommandType = keyof typeof COMMANDS;
type CommandSchema = (typeof COMMANDS)[PlayerCommandType]["schema"];

const schemas = Object.values(COMMANDS).map((c) => c.schema) as [CommandSchema, ...CommandSchema[]];
export const playerCommandSchema = z.discriminatedUnion("type", schemas);
// The input type: fields with defaults (a package's hukou and flats, an axis) may be left out by callers.
export type PlayerCommand = z.input<typeof playerCommandSchema>;

export type Command = PlayerCommand | SystemCommand;

/** The seat id used for system commands in the command log. */
export const SYSTEM_SEAT = -1;

export function parseCommand(input: unknown): { ok: true; command: PlayerCommand } | { ok: false; error: string } {
  const result = playerCommandSchema.safeParse(input);
  if (result.success) return { ok: true, command: result.data };
  const issue = result.error.issues[0];
  const where = issue.path.length ? ` (${issue.path.join(".")})` : "";
  return { ok: false, error: `Malformed command${where}: ${issue.message}` };
}
