// The room's seats alone (server/room/seats.ts): who may sit, leave, be moved, reclaim a seat.
import { describe, expect, it } from "vitest";
import { BOT_NAME, Seats, hashSeatSecret } from "../../server/room/seats";
import type { Refusal } from "../../shared/engine/refusal";

const LABELS = ["Municipal government", "Village 1", "Developer 1"];
const code = (r: unknown) => (r as Refusal).code;

function seated(): { seats: Seats; secret: string } {
  const seats = new Seats(LABELS);
  const taken = seats.take("ana-1", "Ana", 0);
  if (!("secret" in taken)) throw new Error(taken.refused);
  return { seats, secret: taken.secret };
}

describe("taking a seat", () => {
  it("gives the seat and a 24-character secret; the seat keeps only the secret's sha256", () => {
    const { seats, secret } = seated();
    expect(secret).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(seats.at(0)).toMatchObject({ player: "Ana", sessionId: "ana-1", connected: true, ready: false, secretHash: hashSeatSecret(secret) });
    expect(JSON.stringify(seats.list)).not.toContain(secret);
    expect(seats.secrets()).toEqual([{ seat: 0, secretHash: hashSeatSecret(secret) }]);
  });

  it("refuses a taken seat, a second seat, and a seat that does not exist, each with its code", () => {
    const { seats } = seated();
    expect(seats.take("bo-1", "Bo", 0)).toMatchObject({ code: "seatTaken", params: { seat: 0, player: "Ana" }, refused: "Municipal government is taken by Ana." });
    expect(code(seats.take("ana-1", "Ana", 1))).toBe("alreadySeated");
    expect(seats.take("bo-1", "Bo", 3)).toMatchObject({ code: "noSuchSeat", refused: "There is no seat 3; seats are 0 to 2." });
    expect(seats.seated("bo-1", "Take a seat first.")).toEqual({ code: "notSeated", params: {}, refused: "Take a seat first." });
    expect(seats.seated("ana-1", "Take a seat first.")).toBe(0);
  });

  it("a seat a bot filled is anyone's; a dropped person's seat is not, under any name", () => {
    const { seats } = seated();
    seats.putBot(1, "holdOut");
    expect("secret" in seats.take("bo-1", "Bo", 1)).toBe(true);
    seats.drop("ana-1");
    expect(code(seats.take("mallory", "Ana", 0))).toBe("seatTaken");
  });

  it("two seats get different secrets", () => {
    const { seats, secret } = seated();
    const other = seats.take("bo-1", "Bo", 1) as { secret: string };
    expect(other.secret).not.toBe(secret);
  });
});

describe("reclaiming a seat", () => {
  it("with the secret: a new connection takes the seat back, whoever held it, and the bot playing it steps aside", () => {
    const { seats, secret } = seated();
    seats.drop("ana-1");
    seats.at(0)!.bot = "balanced"; // the grace period ran out
    expect(seats.reclaim("ana-2", "Ana", secret)).toEqual({ seat: 0, previous: "ana-1" });
    expect(seats.at(0)).toMatchObject({ player: "Ana", sessionId: "ana-2", connected: true, ready: false, bot: undefined });
    // A third tab of the same browser takes it from a live connection too.
    expect(seats.reclaim("ana-3", "Ana", secret)).toEqual({ seat: 0, previous: "ana-2" });
    expect(seats.seatOf("ana-2")).toBe(-1);
  });

  it("a name alone, a wrong secret or another seat's secret reclaims nothing", () => {
    const { seats, secret } = seated();
    const bo = seats.take("bo-1", "Bo", 1) as { secret: string };
    seats.drop("ana-1");
    expect(seats.reclaim("mallory", "Ana", "not-the-secret")).toBeNull();
    expect(seats.reclaim("mallory", "Ana", secret.slice(1))).toBeNull();
    expect(seats.reclaim("bo-2", "Bo", bo.secret)).toEqual({ seat: 1, previous: "bo-1" });
    expect(seats.at(0)).toMatchObject({ sessionId: "ana-1", connected: false });
  });

  it("a seat given up has no secret any more", () => {
    const { seats, secret } = seated();
    expect(seats.leave("ana-1")).toBe(0);
    expect(seats.reclaim("ana-2", "Ana", secret)).toBeNull();
    expect(seats.secrets()).toEqual([]);
  });
});

describe("the facilitator's moves", () => {
  it("moves a player to a free seat with their secret; refuses a taken or empty seat", () => {
    const { seats, secret } = seated();
    seats.take("bo-1", "Bo", 1);
    expect(code(seats.move(0, 1))).toBe("seatTaken");
    expect(code(seats.move(2, 0))).toBe("seatEmpty");
    expect(code(seats.move(0, 0))).toBe("sameSeat");
    expect(seats.move(0, 2)).toMatchObject({ player: "Ana" });
    expect(seats.at(0)).toBeNull();
    seats.drop("ana-1");
    expect(seats.reclaim("ana-2", "Ana", secret)?.seat).toBe(2);
  });

  it("removes a player; in a running game a seat only a bot plays cannot be removed", () => {
    const { seats } = seated();
    seats.putBot(1, "reclaim");
    expect(code(seats.remove(1, true))).toBe("botSeat");
    expect(seats.remove(0, true)).toMatchObject({ player: "Ana" });
    expect(code(seats.remove(0, false))).toBe("seatEmpty");
  });
});

describe("readiness", () => {
  it("all ready means every connected person; bots are always ready; nobody but bots is never all ready", () => {
    const { seats } = seated();
    seats.fillEmpty(() => "holdOut");
    expect(seats.botSeats()).toEqual([1, 2]);
    seats.resetReady();
    expect(seats.allReady()).toBe(false);
    seats.setReady(0, true);
    expect(seats.allReady()).toBe(true);
    seats.drop("ana-1");
    expect(seats.allReady()).toBe(false);
  });
});

describe("restoring after a restart", () => {
  it("bots come back; a person's seat in a running game is kept with its secret hash; in the lobby only bots", () => {
    const stored = [
      { seat: 0, player: "Ana", bot: "" },
      { seat: 1, player: BOT_NAME, bot: "sellEarly" },
    ];
    const running = new Seats(LABELS);
    expect(running.restore(stored, [{ seat: 0, secretHash: hashSeatSecret("s3cret") }], true)).toEqual([0]);
    expect(running.at(0)).toMatchObject({ player: "Ana", connected: false, sessionId: "" });
    expect(running.at(1)).toMatchObject({ player: BOT_NAME, bot: "sellEarly", ready: true });
    expect(running.reclaim("ana-9", "Ana", "s3cret")).toEqual({ seat: 0, previous: "" });
    const lobby = new Seats(LABELS);
    expect(lobby.restore(stored, [], false)).toEqual([]);
    expect(lobby.at(0)).toBeNull();
    expect(lobby.stored()).toEqual([{ seat: 1, player: BOT_NAME, bot: "sellEarly" }]);
  });
});
