// A game record is everything needed to rebuild a game exactly: the rules version, the seed,
// the scenario, the map, and the log of accepted commands in order.

import type { Command } from "./commands";
import type { GameEvent } from "../model/events";
import { applyCommand, createGame } from "./apply";
import type { GameMap } from "../model/map";
import type { Scenario } from "../scenarios/schema";
import { RULES_VERSION, type GameState } from "../model/state";

export interface LoggedCommand {
  seat: number;
  command: Command;
}

export interface GameRecord {
  rulesVersion: number;
  seed: number | string;
  scenario: Scenario;
  map: GameMap;
  log: LoggedCommand[];
}

export interface ReplayOptions {
  /** Called after each command of the log is applied: its index in the log, who sent it, the
   * command, the state it led to and its events (a resumed room checks hashes and keeps the map
   * after each round here). Throwing stops the replay. */
  onStep?: (seq: number, seat: number, command: Command, state: GameState, events: GameEvent[]) => void;
}

/** Rebuild the state a record leads to. A refused command in a log means the record is corrupt. */
export function replay(record: GameRecord, options: ReplayOptions = {}): GameState {
  if (record.rulesVersion !== RULES_VERSION) throw new Error(`Record is for rules version ${record.rulesVersion}; this engine is version ${RULES_VERSION}.`);
  let state = createGame(record.scenario, record.map, record.seed);
  record.log.forEach((entry, seq) => {
    const result = applyCommand(state, entry.seat, entry.command);
    if (!result.ok) throw new Error(`Replay diverged at command ${seq} (${entry.command.type}): ${result.error}`);
    state = result.state;
    options.onStep?.(seq, entry.seat, entry.command, state, result.events);
  });
  return state;
}
