// Infrastructure the government builds to cut travel costs (rules/accessibility.ts): bridges
// across rivers, tunnels through ridges, roads, and light rail (once its card has opened it).
// Orders are queued in the action phase and open at resolution step 4, paid on completion.
//
//   bridge  a straight line of water tiles from bank to bank, costPerTile each (max span)
//   tunnel  a straight line of mountain tiles from foot to foot, tunnelPerTile each
//   road    one flat or slope tile of state land that is vacant or farmed; roadFlat/roadSlope
//   rail    one tile next to the core or to a rail tile already built or ordered; not open
//           water (it crosses rivers on bridges) nor an untunnelled ridge; railPerTile
//
// A tunnel is kept on the map as a road on mountain terrain.

import type { GameEvent } from "../model/events";
import { available } from "./commitments";
import { transfer } from "./ledger";
import { neighbours, useCode } from "../model/map";
import type { InfraKind } from "../model/offers";
import { seatAccount, type GameState } from "../model/state";
import { refuse, type Refusal } from "../engine/refusal";
import { lockedRefusal } from "./unlocks";
import { describeTile, offMap, tenureOf, terrainOf, useOf } from "./tiles";

/** The tiles a crossing through `tile` along `axis` would span: every tile of that terrain in line. */
export function crossingSpan(s: GameState, tile: number, axis: "ns" | "ew", what: "bridge" | "tunnel"): number[] | Refusal {
  const bad = offMap(s, tile);
  if (bad) return bad;
  const terrain = what === "bridge" ? "water" : "mountain";
  const open = (t: number) => terrainOf(s, t) === terrain && useOf(s, t) !== (what === "bridge" ? "bridge" : "road");
  if (!open(tile)) return refuse(what === "bridge" ? "A bridge must start on open water." : "A tunnel must start on a mountain ridge that has none.", "crossingStart", { tile, infra: what });
  const { width, height } = s.map;
  const [dx, dy] = axis === "ns" ? [0, 1] : [1, 0];
  const span = [tile];
  for (const dir of [-1, 1]) {
    let x = (tile % width) + dir * dx;
    let y = Math.floor(tile / width) + dir * dy;
    for (;;) {
      if (x < 0 || y < 0 || x >= width || y >= height) return refuse(`The ${what} would run off the map.`, "spanOffMap", { tile, infra: what });
      const t = y * width + x;
      if (terrainOf(s, t) !== terrain) break;
      if (!open(t)) return refuse(`The ${what} would run into another ${what}.`, "spanBlocked", { tile: t, infra: what });
      span.push(t);
      x += dir * dx;
      y += dir * dy;
    }
  }
  const max = what === "bridge" ? s.scenario.bridge.maxSpan : s.scenario.infrastructure.maxTunnel;
  if (span.length > max) return refuse(`The ${what === "bridge" ? "river" : "ridge"} is ${span.length} tiles wide here; a ${what} can span at most ${max}.`, "spanTooLong", { tiles: span.length, max, infra: what });
  return span.sort((a, b) => a - b);
}

const ordered = (s: GameState, tiles: number[], infra?: InfraKind): boolean =>
  s.orders.some((o) => o.kind === "infra" && (infra === undefined || o.infra === infra) && o.tiles.some((t) => tiles.includes(t)));

function road(s: GameState, seat: number, tile: number): { tiles: number[]; cost: number } | Refusal {
  const bad = offMap(s, tile);
  if (bad) return bad;
  const terrain = terrainOf(s, tile);
  if (terrain !== "flat" && terrain !== "slope") return refuse("Roads go on flat land or slopes; use a bridge or a tunnel elsewhere.", "wrongTerrain", { tile, terrain });
  if (tenureOf(s, tile) === "villageCollective") return refuse(`A road needs state land; ${describeTile(s, tile)} must be expropriated first.`, "wrongTenure", { tile, tenure: "villageCollective" });
  if (s.map.holder[tile] !== seat) return refuse(`${describeTile(s, tile)} is leased to someone else.`, "notYours", { tile });
  if (s.auctions.some((a) => a.tile === tile)) return refuse("This plot is up for auction this round.", "alreadyAuctioned", { tile });
  const use = useOf(s, tile);
  if (use !== "none" && use !== "farmland" && use !== "forest") return refuse(`${describeTile(s, tile)} is already built up.`, "builtUp", { tile });
  const i = s.scenario.infrastructure;
  return { tiles: [tile], cost: terrain === "flat" ? i.roadFlat : i.roadSlope };
}

function rail(s: GameState, tile: number): { tiles: number[]; cost: number } | Refusal {
  const bad = offMap(s, tile) ?? lockedRefusal(s, "rail");
  if (bad) return bad;
  if (s.map.rail[tile]) return refuse("Light rail already runs here.", "alreadyRail", { tile });
  const terrain = terrainOf(s, tile);
  if (terrain === "water" && useOf(s, tile) !== "bridge") return refuse("Light rail crosses rivers on bridges: build a bridge first.", "railNeedsCrossing", { tile, infra: "bridge" });
  if (terrain === "mountain" && useOf(s, tile) !== "road") return refuse("Light rail crosses ridges in tunnels: build a tunnel first.", "railNeedsCrossing", { tile, infra: "tunnel" });
  const joined = neighbours(s.map, tile).some((n) => n === s.map.core || s.map.rail[n] === 1 || ordered(s, [n], "rail"));
  if (tile !== s.map.core && !joined) return refuse("A light-rail line grows from the core: this tile must touch the core or existing rail.", "railNotJoined", { tile });
  return { tiles: [tile], cost: s.scenario.infrastructure.railPerTile };
}

export function buildInfrastructure(s: GameState, seat: number, infra: InfraKind, tile: number, axis: "ns" | "ew" = "ns"): GameEvent[] | Refusal {
  let plan: { tiles: number[]; cost: number } | Refusal;
  if (infra === "bridge" || infra === "tunnel") {
    const span = crossingSpan(s, tile, axis, infra);
    plan = Array.isArray(span) ? { tiles: span, cost: span.length * (infra === "bridge" ? s.scenario.bridge.costPerTile : s.scenario.infrastructure.tunnelPerTile) } : span;
  } else plan = infra === "road" ? road(s, seat, tile) : rail(s, tile);
  if ("refused" in plan) return plan;
  if (ordered(s, plan.tiles, infra === "rail" ? "rail" : undefined) || (infra === "road" && s.orders.some((o) => "tile" in o && o.tile === tile)))
    return refuse(`Something is already being built here this round.`, "tileBusy", { tile });
  if (available(s, seat) < plan.cost) return refuse(`This ${infra} costs ${plan.cost} wan; the budget has ${available(s, seat)} uncommitted.`, "notEnoughMoney", { needed: plan.cost, available: available(s, seat) });
  s.orders.push({ kind: "infra", seat, infra, tiles: plan.tiles, cost: plan.cost });
  return [{ type: "orderQueued", seat, order: { what: "infra", infra, tile, tiles: plan.tiles.length, cost: plan.cost } }];
}

export function completeInfrastructure(s: GameState, order: { seat: number; infra: InfraKind; tiles: number[]; cost: number }): GameEvent[] {
  transfer(s, seatAccount(order.seat), "economy", order.cost, order.infra === "bridge" ? "bridge" : "infrastructure", order.tiles[0]);
  for (const t of order.tiles) {
    if (order.infra === "rail") s.map.rail[t] = 1;
    else s.map.use[t] = useCode(order.infra === "bridge" ? "bridge" : "road");
  }
  return [{ type: "infrastructureBuilt", infra: order.infra, tiles: order.tiles, cost: order.cost }];
}
