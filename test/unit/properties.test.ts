// Properties that must hold in every game: checked over many seeded games on the real map,
// each played by picking random legal actions (the same hints a player's buttons come from).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SYSTEM_SEAT, type Command } from "../../shared/commands";
import { applyCommand, createGame } from "../../shared/engine";
import { tileActions } from "../../shared/hints";
import { ledgerTotal } from "../../shared/ledger";
import { USES } from "../../shared/map";
import { nextRandom } from "../../shared/rng";
import { chongqingScenario } from "../../shared/scenarios/chongqing";
import type { GameState } from "../../shared/state";
import { loadTiledMap } from "../../shared/tiledLoader";

const map = loadTiledMap(JSON.parse(readFileSync("assets/maps/chongqing.tmj", "utf8")));
const count = (s: GameState, use: string) => s.map.use.filter((u) => USES[u] === use).length;

describe("over 12 seeded games on the default map", () => {
  it("every round: money sums to zero, no seat is overdrawn, farmland moves only by reclamation and building", () => {
    for (let seed = 1; seed <= 12; seed++) {
      let s = createGame(chongqingScenario, map, seed);
      let rng = seed;
      const draw = (n: number) => {
        const d = nextRandom(rng);
        rng = d.state;
        return Math.floor(d.value * n);
      };
      const apply = (seat: number, command: Command) => {
        const r = applyCommand(s, seat, command);
        if (!r.ok) throw new Error(`a hinted command was refused: ${r.error}`);
        s = r.state;
        return r.events;
      };
      apply(SYSTEM_SEAT, { type: "startGame" });
      while (s.phase === "action") {
        for (const seat of s.seats)
          for (let i = 0; i < 30; i++) {
            const actions = tileActions(s, seat.id, draw(map.width * map.height));
            if (actions.length === 0) continue;
            apply(seat.id, actions[draw(actions.length)].command);
            break;
          }
        for (const o of s.offers) if (o.status === "open" && draw(3) > 0) apply(o.to, { type: "respondOffer", offerId: o.id, accept: true });
        const farmland = count(s, "farmland");
        const events = apply(SYSTEM_SEAT, { type: "endActionPhase" });
        const reclaimed = events.filter((e) => e.type === "reclaimed").length;
        const builtOnFarms = s.ledger.filter((t) => t.round === s.history.at(-1)!.round && t.reason === "construction").length;
        expect(ledgerTotal(s)).toBe(0);
        for (const seat of s.seats) expect(s.balances[`seat:${seat.id}`]).toBeGreaterThanOrEqual(0);
        expect(count(s, "farmland")).toBeGreaterThanOrEqual(farmland + reclaimed - builtOnFarms);
        expect(count(s, "farmland")).toBeLessThanOrEqual(farmland + reclaimed);
        expect(s.tickets.every((t) => t >= 0)).toBe(true);
      }
      expect(s.history).toHaveLength(chongqingScenario.rounds);
    }
  });
});
