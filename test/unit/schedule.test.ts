// The bots' one schedule (shared/bots/schedule.ts) on the real Chongqing map: every command a
// bot keeps went through the scheduler's apply once and in order (a replay of those commands
// gives the same state), answer passes alone send only answers, and the government bot's
// bridge and light-rail estimates equal recomputing the whole map's land values; the bots' lazy ranking equals
// a stable sort.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { bridgeGains, railGains } from "../../shared/bots/bridges";
import { applyPure, largestFirst, type ApplyBotCommand } from "../../shared/bots/common";
import { runBots } from "../../shared/bots/schedule";
import { playBotRound } from "../../shared/bots/play";
import { SYSTEM_SEAT, type PlayerCommand } from "../../shared/engine/commands";
import { applyCommand, createGame } from "../../shared/engine/apply";
import { hashState } from "../../shared/engine/hash";
import { terrainCode, useCode } from "../../shared/model/map";
import type { GameState } from "../../shared/model/state";
import { chongqingScenario } from "../../shared/scenarios/chongqing";
import { updateLandValues } from "../../shared/rules/accessibility";
import { crossingSpan } from "../../shared/rules/infrastructure";
import { loadTiledMap } from "../../shared/maps/tiledLoader";

const map = loadTiledMap(JSON.parse(readFileSync(new URL("../../assets/maps/chongqing.tmj", import.meta.url), "utf8")));
const opened = (seed: number): GameState => {
  const r = applyCommand(createGame(chongqingScenario, map, seed), SYSTEM_SEAT, { type: "startGame" });
  if (!r.ok) throw new Error(r.error);
  return r.state;
};
const everySeat = (s: GameState) => s.seats.map((seat) => ({ seat: seat.id }));

/** An apply that records what it kept and checks it is handed the state it last returned. */
function recording(start: GameState) {
  const kept: { seat: number; command: PlayerCommand }[] = [];
  let last = start;
  let wrongState = 0;
  const apply: ApplyBotCommand = (seat, command, state) => {
    if (state !== last) wrongState++;
    const next = applyPure(seat, command, state);
    if (typeof next === "string") return next;
    kept.push({ seat, command });
    last = next;
    return next;
  };
  return { apply, kept, wrongState: () => wrongState };
}

describe("the bot schedule", () => {
  it("applies each kept command once, in order: replaying them gives the same state", () => {
    for (const seed of [1, 2]) {
      const start = opened(seed);
      const r = recording(start);
      const end = runBots(start, everySeat(start), r.apply);
      expect(r.wrongState()).toBe(0);
      expect(r.kept.length).toBeGreaterThan(10);
      let replayed = start;
      for (const { seat, command } of r.kept) {
        const step = applyCommand(replayed, seat, command);
        expect(step.ok, JSON.stringify(command)).toBe(true);
        if (step.ok) replayed = step.state;
      }
      expect(hashState(replayed)).toBe(hashState(end));
    }
  });

  it("answer passes alone (play: []) only answer offers, and only the bots' own", () => {
    const start = opened(3);
    const afterGovernment = runBots(start, [{ seat: 0 }]); // the government's offers and auctions
    expect(afterGovernment.offers.filter((o) => o.status === "open").length).toBeGreaterThan(0);
    const r = recording(afterGovernment);
    runBots(afterGovernment, everySeat(start).slice(1), r.apply, { play: [] });
    expect(r.kept.length).toBeGreaterThan(0);
    for (const { seat, command } of r.kept) {
      expect(["respondOffer", "counterOffer", "resistOffer"]).toContain(command.type);
      expect(seat).not.toBe(0);
    }
  });
});

describe("the reaction pass (react: true)", () => {
  /** Round 2 (round 1 all bots, so the reserve holds land) with a person in the government's seat: bots play their round, then the person auctions three reserve plots at 10% of their value. */
  function personAuctions(seed: number) {
    const start = playBotRound(opened(seed));
    const bots = everySeat(start).slice(1);
    let s = runBots(start, bots);
    const reserve = s.map.holder.flatMap((h, t) => (h === 0 && s.map.tenure[t] === 1 && !s.auctions.some((a) => a.tile === t) ? [t] : []));
    let opened3 = 0;
    for (const tile of reserve) {
      if (opened3 === 3) break;
      const r = applyCommand(s, 0, { type: "releaseAuction", tile, reserve: Math.round(s.map.value[tile] / 10) });
      if (r.ok) ((s = r.state), opened3++);
    }
    expect(opened3).toBe(3);
    return { s, bots, mine: s.auctions.slice(-3).map((a) => a.id) };
  }

  it("bot developers bid on auctions a person opens after their round; the answer passes alone do not", () => {
    const { s, bots, mine } = personAuctions(4);
    const unreacted = runBots(s, bots, applyPure, { play: [] });
    expect(unreacted.auctions.filter((a) => mine.includes(a.id)).every((a) => a.bids.length === 0)).toBe(true);
    const r = recording(s);
    const reacted = runBots(s, bots, r.apply, { play: [], react: true });
    const bids = reacted.auctions.filter((a) => mine.includes(a.id)).flatMap((a) => a.bids);
    expect(bids.length).toBeGreaterThan(0);
    for (const b of bids) expect(s.seats[b.seat].role).toBe("developer");
    // Only reactions are sent: no auction, offer, building or reclaiming a second time.
    for (const { command } of r.kept) expect(["bid", "exchangeOrder", "respondOffer", "counterOffer", "resistOffer"]).toContain(command.type);
    // A second reaction pass finds nothing new to bid on.
    const again = recording(reacted);
    runBots(reacted, bots, again.apply, { play: [], react: true });
    expect(again.kept.filter((k) => k.command.type === "bid")).toEqual([]);
  });
});

describe("the government bot's bridge estimate", () => {
  it("equals the land value gained by recomputing the whole map with the bridge", () => {
    const s = opened(1);
    const water = terrainCode("water");
    const spans: number[][] = [];
    for (let t = 0; t < s.map.terrain.length && spans.length < 6; t += 37) {
      if (s.map.terrain[t] !== water) continue;
      const span = crossingSpan(s, t, spans.length % 2 ? "ew" : "ns", "bridge");
      if (Array.isArray(span)) spans.push(span);
    }
    expect(spans.length).toBeGreaterThan(3);
    const total = (values: number[]) => values.reduce((a, b) => a + b, 0);
    const gains = spans.map((span) => {
      const use = [...s.map.use];
      for (const t of span) use[t] = useCode("bridge");
      const bridged = { ...s.map, use };
      updateLandValues(bridged, s.scenario);
      return total(bridged.value) - total(s.map.value);
    });
    expect(spans.map(bridgeGains(s))).toEqual(gains);
    expect(gains.some((g) => g > 0)).toBe(true);
  });
});

describe("the government bot's light-rail estimate", () => {
  it("equals the land value gained by recomputing the whole map with rail on the tile", () => {
    const s = opened(1);
    const core = s.map.core;
    const tiles = [core, core + 1, core - 1, core + s.map.width, core - s.map.width, core + 2];
    const total = (values: number[]) => values.reduce((a, b) => a + b, 0);
    const gains = tiles.map((t) => {
      const rail = [...s.map.rail];
      rail[t] = 1;
      const railed = { ...s.map, rail };
      updateLandValues(railed, s.scenario);
      return total(railed.value) - total(s.map.value);
    });
    expect(tiles.map((t) => railGains(s)([t]))).toEqual(gains);
    expect(gains.some((g) => g > 0)).toBe(true);
  });
});

describe("largestFirst", () => {
  it("gives the indices largest value first, equal values in index order, as a stable sort does", () => {
    const values = [3, 9, -1, 9, 0, 3, 3, 12, -1];
    expect([...largestFirst(values)]).toEqual([7, 1, 3, 0, 5, 6, 4, 2, 8]);
    const many = Array.from({ length: 500 }, (_, i) => (i * 7919) % 37);
    const sorted = many.map((_, i) => i).sort((a, b) => many[b] - many[a]);
    expect([...largestFirst(many)]).toEqual(sorted);
    expect([...largestFirst([])]).toEqual([]);
  });
});
