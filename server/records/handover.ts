import type { LoggedCommand } from "../../shared/engine/replay";
import type { Scenario } from "../../shared/scenarios/schema";
import type { Checkpoint, SessionSettings, StoredSeat } from "./store";

// Trusted room creation. A client can send any options when it creates a room, so what only the
// server may decide (the code and command log of a session being resumed) is handed to the new
// room under a one-time random token instead of in the options themselves.

export interface ResumeData {
  code: string;
  seed: number | string;
  scenario: Scenario;
  mapPath: string;
  settings: SessionSettings;
  log: LoggedCommand[];
  /** Who sat where when the room stopped (absent: every seat starts empty). */
  seats?: StoredSeat[];
  /** State hashes the replay must meet (absent or empty: not checked, as for older records). */
  checkpoints?: Checkpoint[];
}

const pendingResumes = new Map<string, ResumeData>();

export function offerResume(token: string, data: ResumeData): void {
  pendingResumes.set(token, data);
}

/** The resume handed over under `token`, once; undefined for anything else a client may send. */
export function claimResume(token: unknown): ResumeData | undefined {
  if (typeof token !== "string") return undefined;
  const data = pendingResumes.get(token);
  pendingResumes.delete(token);
  return data;
}
