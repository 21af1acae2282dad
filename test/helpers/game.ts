// Helpers for rule tests: a small river map, a game on it, and a way to run commands that
// must succeed (a refusal fails the test with its message).
import { SYSTEM_SEAT, type Command } from "../../shared/engine/commands";
import { applyCommand, createGame } from "../../shared/engine/apply";
import type { GameEvent } from "../../shared/model/events";
import { parseScenario, type Scenario } from "../../shared/scenarios/schema";
import { chongqingScenario } from "../../shared/scenarios/chongqing";
import type { GameState } from "../../shared/model/state";
import { asciiMap } from "./asciiMap";
import { tenureCode, useCode, type Tenure, type Use } from "../../shared/model/map";

// West bank: the core C and state land; a 3-tile river; east bank: village 0.
export const RIVER_MAP = [
  "oC..~~~ffh",
  "oo..~~~ffh",
  "i...~~~fhw",
  "....~~~ffw",
  "rr..~~~ffw",
];
export const W = 10;
export const at = (x: number, y: number): number => y * W + x;

// Seats on this map with the default scenario: 0 government, 1 village V0, 2-3 developers, 4-5 migrants.
export const GOV = 0;
export const VILLAGE = 1;
export const DEV1 = 2;
export const DEV2 = 3;
export const MIG1 = 4;
export const MIG2 = 5;

/** The rule tests' city: the Chongqing scenario with no builders beyond the players, so a round
 * moves only what the test's seats do (rules/renewal.ts is tested on the whole scenario). */
export const PLAYERS_ONLY: Scenario = parseScenario({ ...chongqingScenario, renewal: { ...chongqingScenario.renewal, sharePct: 0 } });

export function scenarioWith(patch: Partial<Scenario>): Scenario {
  return parseScenario({ ...PLAYERS_ONLY, ...patch });
}

export function newGame(scenario: Scenario = PLAYERS_ONLY, seed: number | string = 1): GameState {
  return createGame(scenario, asciiMap(RIVER_MAP), seed);
}

/** Apply a command that must be accepted. */
export function must(state: GameState, seat: number, command: Command): { state: GameState; events: GameEvent[] } {
  const r = applyCommand(state, seat, command);
  if (!r.ok) throw new Error(`refused: ${r.error}`);
  return r;
}

/** Apply a command that must be refused; returns the refusal text. */
export function refused(state: GameState, seat: number, command: Command): string {
  const r = applyCommand(state, seat, command);
  if (r.ok) throw new Error(`expected ${command.type} to be refused`);
  return r.error;
}

/** Apply a command that must be refused; returns the refusal's code and parameters. */
export function refusal(state: GameState, seat: number, command: Command): { code: string; params: Record<string, string | number> } {
  const r = applyCommand(state, seat, command);
  if (r.ok) throw new Error(`expected ${command.type} to be refused`);
  return { code: r.code, params: r.params };
}

export const started = (scenario?: Scenario): GameState => must(newGame(scenario), SYSTEM_SEAT, { type: "startGame" }).state;
export const endRound = (s: GameState) => must(s, SYSTEM_SEAT, { type: "endActionPhase" });

/** Every mechanic open from round 1 (no waiting for the event card that opens it). */
export const ALL_OPEN = scenarioWith({ unlockedFromStart: ["exchange", "rail", "prh", "zones"] });

/** Set a tile's tenure, use and holder before a test starts (a fixture, not a move). */
export function setTile(s: GameState, tile: number, tenure: Tenure, use: Use, holder: number): void {
  s.map.tenure[tile] = tenureCode(tenure);
  s.map.use[tile] = useCode(use);
  s.map.holder[tile] = holder;
}
