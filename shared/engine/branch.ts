// "What if?" branches (issue #10 item 3): from a game record, take the state at the opening of
// round N, change some settings, and play the rest of the game with bots in every seat. Pure and
// deterministic: the same record, round, personalities and settings give the same branch, command
// for command, because the bots draw their randomness from the game's generator state.
//
// The branch point of round N is the state right after the command that opened it: `startGame`
// for round 1, the clock's (N-1)th `endActionPhase` otherwise. Round N's card has been drawn
// there, so a changed event order applies from round N+1.
//
// What a branch may change, and how:
//   prhRentPct, hukouQuota   the government's policies, held for the rest of the game: at the
//                            start of each round the government seat sends setPrhPolicy /
//                            setHukouQuota when the state differs (refused while PRH is still
//                            locked: tried again next round), and the government bot's own
//                            commands of those kinds are dropped unsent;
//   zoneTaxPct,              scenario parameters (firms.zoneTaxPct, expropriation.
//   compensationMinimum      minimumPerFarmTile, wan a tile), changed in the state's scenario at
//                            the branch point;
//   eventPlan                the card id per round ("" for none); the rounds already opened keep
//                            the cards they had;
//   personalities            a seat's bot personality (others keep the one they played, or the
//                            role's default for a seat a person played).

import { z } from "zod";
import { runBots, type BotSeat } from "../bots/schedule";
import type { ApplyBotCommand } from "../bots/common";
import { DEFAULT_PERSONALITY, isPersonality } from "../bots/personalities";
import { applyCommand } from "./apply";
import { SYSTEM_SEAT, type Command, type PlayerCommand } from "./commands";
import { replay, type GameRecord, type LoggedCommand } from "./replay";
import { governmentSeat, type GameState, type Role } from "../model/state";
import { plannedCards } from "../rules/unlocks";
import { parseScenario } from "../scenarios/schema";

export const branchSettingsSchema = z
  .object({
    /** PRH rent, percent of a commercial flat's market rent. */
    prhRentPct: z.number().int().min(0).max(1000).optional(),
    /** Migrant cohorts that may gain urban hukou a round. */
    hukouQuota: z.number().int().min(0).max(40).optional(),
    /** Corporate income tax inside a special economic zone, percent of profit. */
    zoneTaxPct: z.number().int().min(0).max(100).optional(),
    /** Lowest compensation the law allows per farmland tile, wan. */
    compensationMinimum: z.number().int().min(0).max(1_000_000).optional(),
    /** Card id per round, "" for none. */
    eventPlan: z.array(z.string().max(40)).max(40).optional(),
    /** A bot personality for some seats. */
    personalities: z.array(z.object({ seat: z.number().int().min(0).max(63), personality: z.string().max(40) }).strict()).max(64).optional(),
  })
  .strict();
export type BranchSettings = z.infer<typeof branchSettingsSchema>;

/** What a branch is made from: with the same four, it plays out the same, command for command. */
export interface BranchInput {
  record: GameRecord;
  round: number;
  /** The personality each seat's bot played in the record; "" for a seat a person played. */
  personalities: string[];
  /** The personality a person's seat gets, by role (the room's bots; absent: the role's default). */
  mix?: Partial<Record<Role, string>>;
  settings: BranchSettings;
}

/** Why a branch cannot be made, as a code with its parameters (the page words it; `refused` is the English). */
export const BRANCH_REFUSALS = {
  badBranchSettings: ["field"],
  roundNotReached: ["round", "reached"],
  branchRentOutOfRange: ["rentPct", "min", "max"],
  branchQuotaTooHigh: ["cohorts", "max"],
  branchNoSuchSeat: ["seat"],
  branchNotAPersonality: ["seat", "personality"],
  branchNoSuchCard: ["card"],
} as const satisfies Record<string, readonly string[]>;
export type BranchRefusalCode = keyof typeof BRANCH_REFUSALS;
export interface BranchRefusal {
  code: BranchRefusalCode;
  params: Record<string, string | number>;
  refused: string;
}
/** `refusal("roundNotReached", sentence, { round, reached })`: a code of BRANCH_REFUSALS with exactly its parameters. */
const refusal = <C extends BranchRefusalCode>(code: C, refused: string, params: Record<(typeof BRANCH_REFUSALS)[C][number], string | number>): BranchRefusal => ({ code, params, refused });
export const isBranchRefusal = (x: unknown): x is BranchRefusal => typeof x === "object" && x !== null && "refused" in x;

/** The branch ready to play: its state at the branch point (settings applied) and its bots. */
export interface BranchStart {
  /** Commands of the record up to and including the one that opened the round. */
  fromSeq: number;
  state: GameState;
  bots: BotSeat[];
  /** The settings, checked. */
  settings: BranchSettings;
}

/** A played branch: the commands it added after the branch point and the state they end in. */
export interface BranchGame {
  fromSeq: number;
  log: LoggedCommand[];
  state: GameState;
}

/** How many commands of the record come before round `round`'s action phase (the opening command included); -1 if it never opened. */
export function branchPointSeq(record: Pick<GameRecord, "log" | "scenario">, round: number): number {
  if (round < 1 || round > record.scenario.rounds) return -1;
  let opened = 0;
  for (let seq = 0; seq < record.log.length; seq++) {
    const type = record.log[seq].command.type;
    if (type === "startGame" || (type === "endActionPhase" && opened > 0)) opened++;
    if (opened === round) return seq + 1;
  }
  return -1;
}

/** The state at the opening of `input.round` with the settings applied, and the bots; or why not. */
export function startBranch(input: BranchInput): BranchStart | BranchRefusal {
  const parsed = branchSettingsSchema.safeParse(input.settings);
  if (!parsed.success) return refusal("badBranchSettings", `Bad branch settings: ${parsed.error.issues[0].path.join(".")}.`, { field: parsed.error.issues[0].path.join(".") || "(settings)" });
  const settings = parsed.data;
  const fromSeq = branchPointSeq(input.record, input.round);
  if (fromSeq < 0) {
    const opened = input.record.log.filter((e) => e.command.type === "startGame" || e.command.type === "endActionPhase").length;
    const reached = Math.min(opened, input.record.scenario.rounds);
    return refusal("roundNotReached", `The game never reached round ${input.round}.`, { round: input.round, reached });
  }
  const state = replay({ ...input.record, log: input.record.log.slice(0, fromSeq) });
  if (state.phase !== "action" || state.round !== input.round) return refusal("roundNotReached", `The game never reached round ${input.round}.`, { round: input.round, reached: state.round });

  const { minRentPct, maxRentPct } = state.scenario.prh;
  if (settings.prhRentPct !== undefined && (settings.prhRentPct < minRentPct || settings.prhRentPct > maxRentPct))
    return refusal("branchRentOutOfRange", `PRH rent must be between ${minRentPct}% and ${maxRentPct}%.`, { rentPct: settings.prhRentPct, min: minRentPct, max: maxRentPct });
  if (settings.hukouQuota !== undefined && settings.hukouQuota > state.cohorts.length)
    return refusal("branchQuotaTooHigh", `There are only ${state.cohorts.length} migrant cohorts.`, { cohorts: settings.hukouQuota, max: state.cohorts.length });
  const personalities = state.seats.map((seat) => input.personalities[seat.id] || input.mix?.[seat.role] || DEFAULT_PERSONALITY[seat.role]);
  for (const { seat, personality } of settings.personalities ?? []) {
    const role = state.seats[seat]?.role;
    if (!role) return refusal("branchNoSuchSeat", `There is no seat ${seat}.`, { seat });
    if (!isPersonality(role, personality)) return refusal("branchNotAPersonality", `"${personality}" is not a personality of seat ${seat}'s role.`, { seat, personality });
    personalities[seat] = personality;
  }
  const unknown = settings.eventPlan?.find((id) => id !== "" && !state.scenario.events.some((e) => e.id === id));
  if (unknown !== undefined) return refusal("branchNoSuchCard", `There is no event card "${unknown}".`, { card: unknown });

  const played = plannedCards(state);
  const plan = settings.eventPlan ? played.map((id, i) => (i < input.round ? id : (settings.eventPlan![i] ?? ""))) : undefined;
  const scenario = state.scenario;
  state.scenario = parseScenario({
    ...scenario,
    ...(plan ? { eventPlan: plan } : {}),
    ...(settings.zoneTaxPct !== undefined ? { firms: { ...scenario.firms, zoneTaxPct: settings.zoneTaxPct } } : {}),
    ...(settings.compensationMinimum !== undefined ? { expropriation: { ...scenario.expropriation, minimumPerFarmTile: settings.compensationMinimum } } : {}),
  });
  return { fromSeq, state, bots: state.seats.map((seat) => ({ seat: seat.id, personality: personalities[seat.id] })), settings };
}

/** The held policies' commands the government sends at a round's start (those that would change something). */
function heldPolicies(s: GameState, settings: BranchSettings): PlayerCommand[] {
  const commands: PlayerCommand[] = [];
  if (settings.prhRentPct !== undefined && s.prh.rentPct !== settings.prhRentPct) commands.push({ type: "setPrhPolicy", rentPct: settings.prhRentPct, eligibility: s.prh.eligibility });
  if (settings.hukouQuota !== undefined && s.hukouQuota !== settings.hukouQuota) commands.push({ type: "setHukouQuota", cohorts: settings.hukouQuota });
  return commands;
}

/** Play the branch to the end of the game; `onRound` after each round it resolves (for a progress bar). */
export function playBranch(input: BranchInput, onRound?: (state: GameState) => void): BranchGame | BranchRefusal {
  const start = startBranch(input);
  if (isBranchRefusal(start)) return start;
  const { settings } = start;
  const held = new Set<string>([...(settings.prhRentPct !== undefined ? ["setPrhPolicy"] : []), ...(settings.hukouQuota !== undefined ? ["setHukouQuota"] : [])]);
  const log: LoggedCommand[] = [];
  const send = (s: GameState, seat: number, command: Command): GameState | string => {
    const r = applyCommand(s, seat, command);
    if (!r.ok) return r.error;
    log.push({ seat, command });
    return r.state;
  };
  const bots: ApplyBotCommand = (seat, command, s) => (held.has(command.type) ? "Held by the branch's settings." : send(s, seat, command));
  let state = start.state;
  while (state.phase === "action") {
    for (const command of heldPolicies(state, settings)) {
      const next = send(state, governmentSeat(state), command);
      if (typeof next !== "string") state = next;
    }
    state = runBots(state, start.bots, bots);
    const next = send(state, SYSTEM_SEAT, { type: "endActionPhase" });
    if (typeof next === "string") throw new Error(`The branch's clock was refused: ${next}`);
    state = next;
    onRound?.(state);
  }
  return { fromSeq: start.fromSeq, log, state };
}
