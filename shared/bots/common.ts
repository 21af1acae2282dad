// What every bot shares: a turn that applies each command it chooses once, through the apply
// its scheduler gives it (shared/bots/schedule.ts: the rules' own check, and in a room the
// record), keeping the accepted ones; the hints' candidates, the only actions a bot takes, with
// the bot's own numbers filled in; and seeded dice drawn from the game's seed, the seat and the round (never Math.random),
// so bots replay exactly.

import type { PlayerCommand } from "../engine/commands";
import { applyCommand } from "../engine/apply";
import { nextRandom } from "../engine/rng";
import { tenureCode, useCode } from "../model/map";
import type { GameState } from "../model/state";
import { objectiveOf, objectiveStatus } from "../rules/objectives";
import type { ObjectiveId } from "../scenarios/objectives";
import { offerCandidates, seatCandidates, tileCandidates } from "../views/hints";

/**
 * Applies a seat's command: the new state, or the refusal's sentence (and nothing changed).
 * `state` is the state the command is meant for: the one the scheduler was given or `apply`
 * last returned.
 */
export type ApplyBotCommand = (seat: number, command: PlayerCommand, state: GameState) => GameState | string;

/** Apply through the rules alone (no room): the new state, or the refusal's sentence. */
export const applyPure: ApplyBotCommand = (seat, command, state) => {
  const r = applyCommand(state, seat, command);
  return r.ok ? r.state : r.error;
};

/** A bot's turn: the state as its commands leave it, and the commands the rules accepted. */
export class BotTurn {
  readonly commands: PlayerCommand[] = [];
  constructor(
    public state: GameState,
    readonly seat: number,
    private readonly apply: ApplyBotCommand,
  ) {}

  private heldOn: { map: GameState["map"]; tiles: number[] } | null = null;

  /** The tiles the seat holds, in map order (worked out once per map: a round's actions never change it). */
  held(): number[] {
    const map = this.state.map;
    if (this.heldOn?.map !== map) {
      const { holder } = map;
      const seat = this.seat;
      const tiles: number[] = [];
      for (let t = 0; t < holder.length; t++) if (holder[t] === seat) tiles.push(t);
      this.heldOn = { map, tiles };
    }
    return this.heldOn.tiles;
  }

  /** Apply `command` if the rules accept it (a refusal leaves the turn as it was); true if accepted. */
  try(command: PlayerCommand): boolean {
    const next = this.apply(this.seat, command, this.state);
    if (typeof next === "string") return false;
    this.state = next;
    this.commands.push(command);
    return true;
  }

  /**
   * Try the hints' candidate (`where` a tile, "seat" for the actions not about a tile, or
   * "offers" for answers to offers and direct ticket offers) of
   * this command type whose fields equal `match`, with the bot's own choice of the numbers the
   * hint lets a player change (`set`); false if there is none or the rules refuse it.
   */
  tryHint<T extends PlayerCommand["type"]>(where: number | "seat" | "offers", type: T, set: Fields<T> = {}, match: Fields<T> = {}): boolean {
    const candidates =
      where === "seat" ? seatCandidates(this.state, this.seat) : where === "offers" ? offerCandidates(this.state, this.seat) : tileCandidates(this.state, this.seat, where, type).map((a) => a.command);
    const hint = candidates.find((c) => c.type === type && Object.entries(match).every(([k, v]) => (c as Record<string, unknown>)[k] === v));
    return hint !== undefined && this.try({ ...hint, ...set } as PlayerCommand);
  }
}

/** Some fields of one command type. */
type Fields<T extends PlayerCommand["type"]> = Partial<Omit<Extract<PlayerCommand, { type: T }>, "type">>;

/**
 * Seeded dice for one seat's decisions this round: a function of the game's generator state
 * at the start of the round (which only the rules advance), the seat and the round.
 */
export function botDice(s: GameState, seat: number, salt = 0): () => number {
  let state = (s.rng ^ Math.imul(seat + 1, 0x9e3779b1) ^ Math.imul(s.round + 1, 0x85ebca6b) ^ Math.imul(salt + 1, 0xc2b2ae35)) | 0;
  return () => {
    const d = nextRandom(state);
    state = d.state;
    return d.value;
  };
}

/**
 * Indices of `values`, largest value first (equal values: the lower index first, as a stable
 * sort would give), taken from a heap as they are asked for: a bot that stops after its first
 * few picks out of a thousand tiles needs no full sort.
 */
export function* largestFirst(values: number[]): Generator<number> {
  const v = Float64Array.from(values);
  const before = (a: number, b: number) => v[a] > v[b] || (v[a] === v[b] && a < b);
  const heap = new Int32Array(values.length);
  for (let i = 0; i < heap.length; i++) heap[i] = i;
  const down = (i: number, size: number) => {
    for (;;) {
      const l = 2 * i + 1;
      let top = i;
      if (l < size && before(heap[l], heap[top])) top = l;
      if (l + 1 < size && before(heap[l + 1], heap[top])) top = l + 1;
      if (top === i) return;
      const swap = heap[i];
      heap[i] = heap[top];
      heap[top] = swap;
      i = top;
    }
  };
  for (let i = (heap.length >> 1) - 1; i >= 0; i--) down(i, heap.length);
  for (let size = heap.length; size > 0; size--) {
    yield heap[0];
    heap[0] = heap[size - 1];
    down(0, size - 1);
  }
}

/** Rounds left after this one (0 in the last round). */
export const roundsLeft = (s: GameState): number => Math.max(0, s.scenario.rounds - s.round);

/** Offers addressed to `seat` still waiting for an answer. */
export const openOffersTo = (s: GameState, seat: number) => s.offers.filter((o) => o.to === seat && o.status === "open");

const HOUSE_PLOT = useCode("villageHousing");
const RESERVE = tenureCode("landReserve");
const URBAN = tenureCode("stateUrban");
const BUILDABLE = new Set(["none", "farmland", "forest", "villageHousing"].map((u) => useCode(u as never)));

/** The objectives with a step before the answers and after the moves (the switch below). */
const PURSUED: Record<"answers" | "moves", Set<ObjectiveId>> = {
  answers: new Set(["hukouForChildren", "flatInTown"]),
  moves: new Set(["partnerFactory", "headquarters", "prhPledge", "hukouPledge", "ticketIncome", "sendMoneyHome", "bringFamily"]),
};

/**
 * A bot's steps toward its private objective (shared/rules/objectives.ts), besides its role's
 * round: before its answers (`answers`), a village that wants urban hukou or a flat in town
 * accepts an offer whose package has them; after its own moves (`moves`), one move a round
 * toward the objective not yet met: a factory or office block on its own plot (asking for the
 * plan first if need be), a PRH estate on a reserve plot, a hukou quota of one cohort, a house
 * plot reclaimed for tickets, a remittance home, a hukou application. The others (a bridge,
 * flats sold, a settled home) are what the role's bot already weighs.
 */
export function pursueObjective(p: BotTurn, when: "answers" | "moves"): void {
  // Only objectives with a step at this point are worked out (progress may read the whole ledger).
  const id = objectiveOf(p.state, p.seat)?.id;
  if (!id || !PURSUED[when].has(id)) return;
  const goal = objectiveStatus(p.state, p.seat);
  if (!goal || goal.met) return;
  const s = p.state;
  const seat = p.seat;
  const mine = (pred: (t: number) => boolean) => p.held().filter(pred).sort((a, b) => s.map.value[a] - s.map.value[b] || a - b);
  if (when === "answers") {
    const wanted = openOffersTo(s, seat).find((o) => o.kind === "expropriation" && (goal.id === "hukouForChildren" ? o.hukou : o.flats));
    if (wanted) p.tryHint("offers", "respondOffer", {}, { offerId: wanted.id, accept: true });
    return;
  }
  const cohort = s.cohorts.find((c) => c.seat === seat);
  switch (goal.id) {
    case "partnerFactory":
    case "headquarters": {
      const building = goal.id === "partnerFactory" ? "factory" : "office";
      const plots = mine((t) => s.map.tenure[t] === URBAN && BUILDABLE.has(s.map.use[t]));
      if (plots.some((t) => p.tryHint(t, "build", {}, { building }))) return;
      if (building === "factory") plots.some((t) => p.tryHint(t, "requestAmendment", {}, { plan: "industrial" }));
      return;
    }
    case "prhPledge":
      if (!s.projects.some((x) => x.seat === seat)) mine((t) => s.map.tenure[t] === RESERVE).some((t) => p.tryHint(t, "buildPrh"));
      return;
    case "hukouPledge":
      if (s.hukouQuota === 0) p.tryHint("seat", "setHukouQuota", { cohorts: 1 });
      return;
    case "ticketIncome":
      if (!s.orders.some((o) => o.kind === "reclaim" && o.seat === seat)) mine((t) => s.map.use[t] === HOUSE_PLOT && !s.cohorts.some((c) => c.home.kind === "tile" && c.home.tile === t)).some((t) => p.tryHint(t, "reclaim"));
      return;
    case "sendMoneyHome":
      if (cohort && cohort.remittance === 0) p.tryHint("seat", "setRemittance", { amount: 200 });
      return;
    case "bringFamily":
      if (cohort && !cohort.hukou && !cohort.applyingHukou) p.tryHint("seat", "applyHukou");
      return;
  }
}
