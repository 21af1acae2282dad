// The action phase's clock: when it ends, and the facilitator's pause and extend. Time is the
// server's wall clock (ms since the epoch): it never enters the engine, which hears only the
// system command `endActionPhase` when the clock runs out.

import { refuse, type Refusal } from "../../shared/engine/refusal";

/** The longest the facilitator can set the clock of one action phase to, in seconds. */
export const MAX_PHASE_SECONDS = 7200;

export interface Timer {
  clear(): void;
}
/** Run `fn` in `ms` (the room's Colyseus clock, so a disposed room runs nothing). */
export type Schedule = (fn: () => void, ms: number) => Timer;

export class PhaseClock {
  private timer: Timer | null = null;
  /** When the phase ends (ms since the epoch); 0: no clock runs. */
  private endsAtMs = 0;
  private pausedLeftMs: number | null = null;

  constructor(
    private readonly schedule: Schedule,
    private readonly onEnd: () => void,
    private readonly now: () => number = Date.now,
  ) {}

  get endsAt(): number {
    return this.endsAtMs;
  }

  get paused(): boolean {
    return this.pausedLeftMs !== null;
  }

  get pausedSecondsLeft(): number {
    return Math.ceil((this.pausedLeftMs ?? 0) / 1000);
  }

  /** The phase ends in `ms` from now (not paused). */
  run(ms: number): void {
    this.timer?.clear();
    this.pausedLeftMs = null;
    this.endsAtMs = this.now() + ms;
    this.timer = this.schedule(this.onEnd, ms);
  }

  /** No clock (the lobby, the end of the game). */
  stop(): void {
    this.timer?.clear();
    this.timer = null;
    this.pausedLeftMs = null;
    this.endsAtMs = 0;
  }

  /** Stop the clock and remember the time left. */
  pause(): Refusal | void {
    if (this.paused) return refuse("The clock is already paused.", "alreadyPaused");
    const left = Math.max(0, this.endsAtMs - this.now());
    this.stop();
    this.pausedLeftMs = left;
  }

  /** Run again with the time that was left when paused. */
  resume(): Refusal | void {
    if (this.pausedLeftMs === null) return refuse("The clock is not paused.", "notPaused");
    this.run(this.pausedLeftMs);
  }

  /** Add (negative: take away) seconds, keeping the time left within 0 to MAX_PHASE_SECONDS. */
  extend(seconds: number): void {
    const clamp = (ms: number) => Math.min(MAX_PHASE_SECONDS * 1000, Math.max(0, ms));
    if (this.pausedLeftMs !== null) this.pausedLeftMs = clamp(this.pausedLeftMs + seconds * 1000);
    else this.run(clamp(this.endsAtMs - this.now() + seconds * 1000));
  }
}
