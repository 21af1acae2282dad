// Properties that must hold in every game: checked over many seeded games on the real map,
// each played by picking random legal actions (the same hints a player's buttons come from).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createGame } from "../../shared/engine";
import { ledgerTotal } from "../../shared/ledger";
import { USES } from "../../shared/map";
import { chongqingScenario } from "../../shared/scenarios/chongqing";
import { seatAccount, type GameState } from "../../shared/state";
import { loadTiledMap } from "../../shared/tiledLoader";
import { dice, playRandomGame } from "../helpers/randomPlay";

const map = loadTiledMap(JSON.parse(readFileSync("assets/maps/chongqing.tmj", "utf8")));
const farmland = (s: GameState) => s.map.use.filter((u) => USES[u] === "farmland").length;

describe("over 12 seeded games on the default map", () => {
  it("every round: money sums to zero, no seat is overdrawn, farmland moves only by reclamation and building", () => {
    for (let seed = 1; seed <= 12; seed++) {
      let farmsBefore = 0;
      const final = playRandomGame(createGame(chongqingScenario, map, seed), {
        roll: dice(seed),
        tries: 30,
        beforeResolution: (s) => (farmsBefore = farmland(s)),
        onCommand: (_seat, command, events, s) => {
          if (command.type !== "endActionPhase") return;
          const reclaimed = events.filter((e) => e.type === "reclaimed").length;
          const built = events.filter((e) => e.type === "built").length;
          expect(ledgerTotal(s)).toBe(0);
          for (const seat of s.seats) expect(s.balances[seatAccount(seat.id)]).toBeGreaterThanOrEqual(0);
          expect(farmland(s)).toBeGreaterThanOrEqual(farmsBefore + reclaimed - built);
          expect(farmland(s)).toBeLessThanOrEqual(farmsBefore + reclaimed);
          expect(s.tickets.every((t) => t >= 0)).toBe(true);
        },
      });
      expect(final.history).toHaveLength(chongqingScenario.rounds);
    }
  });
});
