// Light rail for a government with money to spare. The score stops counting cash beyond its
// reserve (rules/scores.ts), while rail raises land values along the line (leases, the flats'
// prices, the old city's renewal and how densely flats are built: rules/renewal.ts,
// rules/population.ts) and its construction counts in GDP. So from RAIL_FROM, a government
// whose free budget is above twice that reserve extends the network by up to `perRound` tiles
// a round: each time the tile next to the core or the line (built or ordered) that adds the
// most land value over the map, if that is at least `minReturn` times its cost.

import { available } from "../rules/commitments";
import { SCORE_WEIGHTS } from "../rules/scores";
import { isUnlocked } from "../rules/unlocks";
import { neighbours } from "../model/map";
import { yearOfRound } from "../model/state";
import type { BotTurn } from "./common";
import { railGains } from "./bridges";

/**
 * The bot builds its network in the 2010s, as Chongqing did (public: one monorail line opened in
 * 2005, Lines 1, 3 and 6 in 2011-12, most of the rest after 2016), after the zones of 2010 are
 * sited (rail's land values, read earlier, draw the zones away from where factories stand).
 * Calibration: built from 2011, the line's cost lands in the 2011 round's GDP and lifts
 * 2007-2011 growth to 22%/yr (12 games), above the source's 14.
 */
const RAIL_FROM = 2013;

export function extendRail(p: BotTurn, perRound: number, minReturn: number): void {
  if (perRound <= 0 || !isUnlocked(p.state, "rail") || yearOfRound(p.state.scenario, p.state.round) < RAIL_FROM) return;
  const cost = p.state.scenario.infrastructure.railPerTile;
  const keep = 2 * SCORE_WEIGHTS.governmentReserve;
  // The gains are worked out on the map as it stands (queued rail is not on it yet), once a tile.
  const railGain = railGains(p.state);
  const known = new Map<number, number>();
  const gainOf = (t: number): number => {
    let g = known.get(t);
    if (g === undefined) known.set(t, (g = railGain([t])));
    return g;
  };
  for (let k = 0; k < perRound && available(p.state, p.seat) >= keep + cost; k++) {
    const s = p.state;
    const line = new Set<number>();
    for (let t = 0; t < s.map.rail.length; t++) if (s.map.rail[t] === 1) line.add(t);
    for (const o of s.orders) if (o.kind === "infra" && o.infra === "rail") for (const t of o.tiles) line.add(t);
    const frontier = new Set<number>(line.has(s.map.core) ? [] : [s.map.core]);
    for (const t of [s.map.core, ...line]) for (const nb of neighbours(s.map, t)) if (!line.has(nb)) frontier.add(nb);
    // The biggest gain first (equal gains: the first on the map); a tile the rules refuse
    // (open water, an untunnelled ridge) gives way to the next.
    const tiles = [...frontier].sort((a, b) => a - b);
    const gains = tiles.map(gainOf);
    const order = tiles.map((_, i) => i).sort((a, b) => gains[b] - gains[a] || a - b);
    if (!order.some((i) => gains[i] >= minReturn * cost && p.tryHint(tiles[i], "buildInfrastructure", {}, { infra: "rail" }))) return;
  }
}
