// Properties that must hold in every game: checked over many seeded games on the real map,
// each played by picking random legal actions (the same hints a player's buttons come from).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createGame } from "../../shared/engine/apply";
import { ledgerTotal } from "../../shared/rules/ledger";
import { USES } from "../../shared/model/map";
import { chongqingScenario } from "../../shared/scenarios/chongqing";
import { RULES_VERSION, seatAccount, type GameState } from "../../shared/model/state";
import { loadTiledMap } from "../../shared/maps/tiledLoader";
import type { GameEvent } from "../../shared/model/events";
import { hashState } from "../../shared/engine/hash";
import { replay, type GameRecord } from "../../shared/engine/replay";
import { asciiMap } from "../helpers/asciiMap";
import { ALL_OPEN } from "../helpers/game";
import { dice, playRandomGame } from "../helpers/randomPlay";

const map = loadTiledMap(JSON.parse(readFileSync("assets/maps/chongqing.tmj", "utf8")));
const farmland = (s: GameState) => s.map.use.filter((u) => USES[u] === "farmland").length;

/** Tiles an event says it changed. */
const tilesNamed = (events: GameEvent[]): Set<number> =>
  new Set(events.flatMap((e) => ("tiles" in e ? e.tiles : "tile" in e ? [e.tile] : [])));

describe("over 12 seeded games on the default map", () => {
  it("every round: money sums to zero, no seat is overdrawn, debts match the ledger, and land changes only through events that name the tile", () => {
    for (let seed = 1; seed <= 12; seed++) {
      let before: GameState | null = null;
      const final = playRandomGame(createGame(chongqingScenario, map, seed), {
        roll: dice(seed),
        tries: 30,
        beforeResolution: (s) => (before = s),
        onCommand: (_seat, command, events, s) => {
          if (command.type !== "endActionPhase") return;
          const prior = before!;
          expect(ledgerTotal(s)).toBe(0);
          for (const seat of s.seats) expect(s.balances[seatAccount(seat.id)]).toBeGreaterThanOrEqual(0);
          // One record of tenure and use: every tile whose tenure, use or holder changed is named by an event.
          const named = tilesNamed(events);
          for (let t = 0; t < s.map.use.length; t++)
            if (s.map.use[t] !== prior.map.use[t] || s.map.tenure[t] !== prior.map.tenure[t] || s.map.holder[t] !== prior.map.holder[t]) expect(named.has(t), `tile ${t} changed silently`).toBe(true);
          // Farmland grows only by reclamation.
          expect(farmland(s)).toBeLessThanOrEqual(farmland(prior) + events.filter((e) => e.type === "reclaimed").length);
          // Debt is what was borrowed less what was repaid (interest that could not be paid is added).
          const borrowed = s.ledger.filter((t) => t.reason === "loan").reduce((n, t) => n + t.amount, 0);
          const repaid = s.ledger.filter((t) => t.reason === "repayment").reduce((n, t) => n + t.amount, 0);
          expect(s.debt.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(borrowed - repaid);
          expect(s.tickets.every((t) => t >= 0)).toBe(true);
        },
      });
      expect(final.history).toHaveLength(chongqingScenario.rounds);
    }
  });
});

describe("over 200 seeded games on a small map with every mechanic open", () => {
  it("money is conserved, no seat is overdrawn, land changes only through events, no command touches the state it was given, and each game replays exactly", () => {
    const small = asciiMap(["oC..~~~ffh", "oo..~~~ffh", "i...~~~fhw", "....~~~ffw", "rr..~~~ffw", "^^^.~~~hff"]);
    for (let seed = 1; seed <= 200; seed++) {
      let before: GameState | null = null;
      const record: GameRecord = { rulesVersion: RULES_VERSION, seed, scenario: ALL_OPEN, map: small, log: [] };
      const final = playRandomGame(replay(record), {
        roll: dice(seed),
        tries: 8,
        // Comparing the whole state before and after every command is slow: the first 20 games.
        checkUntouched: seed <= 20,
        beforeResolution: (s) => (before = s),
        onCommand: (seat, command, events, s) => {
          record.log.push({ seat, command });
          if (command.type !== "endActionPhase") return;
          expect(ledgerTotal(s)).toBe(0);
          const named = tilesNamed(events);
          for (let t = 0; t < s.map.use.length; t++) if (s.map.use[t] !== before!.map.use[t] || s.map.tenure[t] !== before!.map.tenure[t]) expect(named.has(t)).toBe(true);
          for (const seat of s.seats) expect(s.balances[seatAccount(seat.id)]).toBeGreaterThanOrEqual(0);
        },
      });
      expect(hashState(replay(record))).toBe(hashState(final));
    }
  });
});
