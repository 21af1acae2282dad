// A room's session: its join code, what it writes to the records (server/records.ts) — every
// accepted command before the room adopts it, the seats, chat — the map snapshots for the
// debrief's replay, and rebuilding a stored session by replaying its log.

import type { Command } from "../../shared/engine/commands";
import { hashState } from "../../shared/engine/hash";
import { refuse, type Refusal } from "../../shared/engine/refusal";
import { replay, type GameRecord } from "../../shared/engine/replay";
import type { GameState } from "../../shared/model/state";
import type { MapAtRound } from "../../shared/protocol";
import type { RecordStore, ResumeData, SessionStatus } from "../records";
import type { Seats } from "./seats";
import { eventLines } from "./sync";
import type { Presence } from "@colyseus/core";
import { claimJoinCode } from "../scale/joinCodes";

// Join codes avoid letters and digits that are easy to confuse when read off a projector.
const CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/**
 * A 4-character code no stored session (`taken`) and no live room on any process sharing the
 * presence has (server/scale/joinCodes.ts); claimed until releaseJoinCode.
 */
export async function newJoinCode(presence: Presence, taken: (code: string) => boolean = () => false): Promise<string> {
  for (;;) {
    let code = "";
    for (let i = 0; i < 4; i++) code += CODE_ALPHABET[Math.floor(Math.random() * CODE_ALPHABET.length)];
    if (!taken(code) && (await claimJoinCode(presence, code))) return code;
  }
}

/**
 * A round's map for the replay: tenure, use and holder one byte per tile, one layer after the
 * other (codes and seat ids are below 64, shared/views/wire.ts). As arrays of numbers the 13
 * snapshots of a game held ~1 MB a room; packed, 120 KB.
 */
interface MapSnapshot {
  width: number;
  height: number;
  layers: Int8Array;
}

export class Session {
  /** The map at the start (0) and at the end of every resolved round, for the debrief's replay. */
  private readonly snapshots: MapSnapshot[] = [];
  /** Rounds of game.history already in the records. */
  private storedRounds = 0;
  /** The seat list and seat secrets last written (JSON), to write them only when they change. */
  private storedSeats = "";
  private storedSecrets = "";

  constructor(
    readonly code: string,
    private readonly records: RecordStore | null,
  ) {}

  /**
   * Rebuild a stored session by replaying its command log, keeping a snapshot per round. The
   * state after each resolved round was hashed as it was played: a replay that misses one (the
   * rules changed since) is refused rather than continued in a different game. `log` is the
   * lines the replayed events make, packed (chat is not replayed), for the resumed room's log.
   */
  resume(resume: ResumeData, map: GameRecord["map"]): { game: GameState; record: GameRecord; log: string[] } {
    if (resume.settings.mapHash !== hashState(map)) throw new Error(`The map file has changed since session ${resume.code} was recorded; it cannot be resumed.`);
    const record: GameRecord = { rulesVersion: resume.settings.rulesVersion, seed: resume.seed, scenario: resume.scenario, map, log: [...resume.log] };
    this.snapshot(replay({ ...record, log: [] }), 0);
    const expected = new Map((resume.checkpoints ?? []).map((c) => [c.seq, c.stateHash]));
    const log: string[] = [];
    const onStep = (seq: number, _seat: number, command: Command, state: GameState, events: Parameters<typeof eventLines>[1]) => {
      log.push(...eventLines(state, events));
      const hash = expected.get(seq);
      if (hash !== undefined && hashState(state) !== hash)
        throw new Error(`Session ${resume.code} does not replay to the state it was played to (after command ${seq}, round ${state.round}): the rules have changed since it was recorded.`);
      if (command.type === "endActionPhase") this.snapshot(state, state.history.at(-1)!.round);
    };
    const game = replay(record, { onStep });
    this.storedRounds = game.history.length;
    return { game, record, log };
  }

  /**
   * Append an accepted command (number `seq`), with any round it resolved and the session's
   * status, before the room moves on: a killed server loses at most the command in flight. If
   * the write fails the command is refused and the game is unchanged, so the log never misses a step.
   */
  recordCommand(seq: number, seat: number, command: Command, before: GameState, next: GameState): Refusal | void {
    if (!this.records) return;
    const status: SessionStatus = next.phase === "lobby" ? "lobby" : next.phase === "action" ? "running" : "ended";
    try {
      const newRounds = next.history.slice(this.storedRounds);
      // A checkpoint per resolved round and at the end (hashing costs a few ms; a command, tens of µs).
      const stateHash = newRounds.length > 0 || (status === "ended" && before.phase !== "ended") ? hashState(next) : undefined;
      this.records.recordCommand(this.code, seq, { seat, command }, { status, round: next.round, newRounds, stateHash });
    } catch (error) {
      console.error(`room ${this.code}: could not record "${command.type}"`, error);
      return refuse("The server could not record that action; nothing changed.", "notRecorded");
    }
    this.storedRounds = next.history.length;
  }

  /** Write who sits where, and the seats' secret hashes, when they changed (a resumed room seats them again). */
  saveSeats(seats: Seats): void {
    if (!this.records) return;
    const list = seats.stored();
    const secrets = seats.secrets();
    const [listKey, secretsKey] = [JSON.stringify(list), JSON.stringify(secrets)];
    try {
      if (listKey !== this.storedSeats) this.records.saveSeats(this.code, list);
      this.storedSeats = listKey;
      if (secretsKey !== this.storedSecrets) this.records.saveSeatSecrets(this.code, secrets);
      this.storedSecrets = secretsKey;
    } catch (error) {
      console.error(`room ${this.code}: could not record the seats`, error);
    }
  }

  /** Keep a chat line or a broadcast in the session's messages. */
  appendMessage(seat: number, text: string): void {
    try {
      this.records?.appendMessage(this.code, seat, text);
    } catch (error) {
      console.error(`room ${this.code}: could not record a message`, error);
    }
  }

  snapshot(game: GameState, round: number): void {
    const m = game.map;
    this.snapshots[round] = { width: m.width, height: m.height, layers: Int8Array.from([...m.tenure, ...m.use, ...m.holder]) };
  }

  mapAt(round: number): MapAtRound | Refusal {
    const snap = this.snapshots[round];
    if (!snap) return refuse(`Round ${round} has not been played yet.`, "notPlayedYet", { round });
    const tiles = snap.width * snap.height;
    const layer = (i: number) => Array.from(snap.layers.subarray(i * tiles, (i + 1) * tiles));
    return { round, width: snap.width, height: snap.height, tenure: layer(0), use: layer(1), holder: layer(2) };
  }
}
