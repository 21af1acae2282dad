// The room's plain parts with worked numbers: the token bucket of the message gate, the phase
// clock, and the room's options (server/room/messages.ts, clock.ts, options.ts).
import { describe, expect, it } from "vitest";
import { PhaseClock, type Timer } from "../../server/room/clock";
import { TokenBucket } from "../../server/room/messages";
import { DEFAULT_ROUND_SECONDS, SOLO_ROUND_SECONDS, parseJoinOptions, parseRoomOptions } from "../../server/room/options";

describe("a token bucket", () => {
  it("10 a second with a burst of 20: 20 at once, then one every 100 ms", () => {
    const bucket = new TokenBucket({ perSecond: 10, burst: 20, sentence: "" }, 0);
    const at0 = Array.from({ length: 25 }, () => bucket.take(0)).filter(Boolean).length;
    expect(at0).toBe(20);
    expect(bucket.take(50)).toBe(false); // half a token
    expect(bucket.take(100)).toBe(true);
    expect(bucket.take(100)).toBe(false);
    // Refilled to the burst, never beyond: a quiet minute still allows only 20 at once.
    const later = Array.from({ length: 30 }, () => bucket.take(60_000)).filter(Boolean).length;
    expect(later).toBe(20);
  });
});

/** A clock driven by hand: `now` moves when the test says, timers fire on `advance`. */
function handClock() {
  let now = 1_000_000;
  const timers: { at: number; fn: () => void; cleared: boolean }[] = [];
  let ended = 0;
  const clock = new PhaseClock(
    (fn, ms): Timer => {
      const t = { at: now + ms, fn, cleared: false };
      timers.push(t);
      return { clear: () => (t.cleared = true) };
    },
    () => ended++,
    () => now,
  );
  const advance = (ms: number) => {
    now += ms;
    for (const t of timers) if (!t.cleared && t.at <= now) (t.cleared = true), t.fn();
  };
  return { clock, advance, ended: () => ended, now: () => now };
}

describe("the phase clock", () => {
  it("ends the phase when it runs out; pause keeps the time left; resume runs it again", () => {
    const c = handClock();
    c.clock.run(120_000);
    expect(c.clock.endsAt).toBe(c.now() + 120_000);
    c.advance(30_000);
    expect(c.clock.pause()).toBeUndefined();
    expect(c.clock.endsAt).toBe(0);
    expect(c.clock.pausedSecondsLeft).toBe(90);
    expect(c.clock.pause()?.code).toBe("alreadyPaused");
    c.advance(600_000); // time paused does not count
    expect(c.ended()).toBe(0);
    c.clock.resume();
    expect(c.clock.endsAt).toBe(c.now() + 90_000);
    c.advance(90_000);
    expect(c.ended()).toBe(1);
    expect(c.clock.resume()?.code).toBe("notPaused");
  });

  it("extend adds or takes away seconds, within 0 and two hours", () => {
    const c = handClock();
    c.clock.run(60_000);
    c.clock.extend(90);
    expect(c.clock.endsAt - c.now()).toBe(150_000);
    c.clock.pause();
    c.clock.extend(10_000);
    expect(c.clock.pausedSecondsLeft).toBe(7200);
    c.clock.resume();
    c.clock.extend(-10_000);
    expect(c.clock.endsAt).toBe(c.now());
    c.advance(0);
    expect(c.ended()).toBe(1);
  });
});

describe("a room's options", () => {
  it("clamps the creator's clock to 5 s – 30 min; a solo game's default is 15 min; the server's default is trusted", () => {
    expect(parseRoomOptions({ roundSeconds: 0.1 }).roundSeconds).toBe(5);
    expect(parseRoomOptions({ roundSeconds: 99_999 }).roundSeconds).toBe(1800);
    expect(parseRoomOptions({}).roundSeconds).toBe(DEFAULT_ROUND_SECONDS);
    expect(parseRoomOptions({ solo: true }).roundSeconds).toBe(SOLO_ROUND_SECONDS);
    expect(parseRoomOptions({ serverDefaults: { roundSeconds: 0.6 } }).roundSeconds).toBe(0.6);
    expect(parseRoomOptions({ name: "Ana", seatSecret: "x", bots: { village: "reclaim" } }).botMix.village).toBe("reclaim");
  });

  it("a bad option is an error that names it, never a TypeError", () => {
    expect(() => parseRoomOptions({ bots: { village: "anarchist" } })).toThrow("Invalid settings: bots.village: pick one of sellEarly, holdOut, reclaim");
    expect(() => parseRoomOptions({ bots: { toString: "x" } })).toThrow(/Invalid room option bots: .*toString/);
    expect(() => parseRoomOptions({ bots: "all" })).toThrow(/Invalid room option bots:/);
    expect(() => parseRoomOptions({ seed: { evil: true } })).toThrow(/Invalid room option seed:/);
    expect(() => parseRoomOptions({ sneaky: 1 })).toThrow(/Invalid room option sneaky:/);
    expect(() => parseRoomOptions({ roundSeconds: "10" })).toThrow(/Invalid room option roundSeconds:/);
  });

  it("join options: a display name, a seat secret, and the creator's options; nothing else", () => {
    expect(parseJoinOptions({ name: " Ana ", seatSecret: "abc" })).toEqual({ name: "Ana", seatSecret: "abc" });
    expect(parseJoinOptions({ name: "Ana", solo: true, roundSeconds: 300 })).toEqual({ name: "Ana" });
    expect(() => parseJoinOptions({ name: "  " })).toThrow("Enter a display name of 1 to 24 characters to join.");
    expect(() => parseJoinOptions({ name: "Ana", seatSecret: "x".repeat(65) })).toThrow(/Invalid join option seatSecret/);
    expect(() => parseJoinOptions({ name: "Ana", pad: "x".repeat(10_000) })).toThrow(/Invalid join option pad/);
  });
});
