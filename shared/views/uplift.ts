// What a bridge, tunnel, road or light-rail section would do to land values: the map as it
// would be once built (what rules/infrastructure.ts completeInfrastructure writes), valued by
// the same rules as the server (wire.ts derivedLandValues), minus the values now. The land
// values of the rest of the round's resolution (other orders, plan changes) are left out: this
// is the one order's own effect. test/unit/lensesUplift.test.ts checks that the prediction
// equals what the engine's resolution gives.

import { useCode } from "../model/map";
import type { InfraKind } from "../model/offers";
import type { GameState } from "../model/state";
import { crossingSpan } from "../rules/infrastructure";
import { derivedLandValues, type MapLayers, type ValueRules } from "./wire";

const BRIDGE = useCode("bridge");
const ROAD = useCode("road");

export interface Uplift {
  infra: InfraKind;
  /** The tiles the work would cover. */
  tiles: number[];
  /** Per tile: land value once built minus now, wan. */
  change: number[];
  /** Sum of the gains, wan. */
  total: number;
  /** The gains by the seat that holds the land (-1: no one), largest first. */
  byHolder: { holder: number; gain: number }[];
}

/**
 * The tiles a legal infrastructure order covers: a bridge or tunnel spans the whole river or ridge
 * in line with `tile` (rules/infrastructure.ts crossingSpan); a road or rail section is the one tile.
 * Only for orders the server listed as legal: the span's length limit is the server's to check.
 */
export function infraTiles(layers: MapLayers, infra: InfraKind, tile: number, axis: "ns" | "ew" = "ns"): number[] {
  if (infra === "road" || infra === "rail") return [tile];
  // crossingSpan reads the map and the span limits; the limits are lifted (see above).
  const s = { map: layers, scenario: { bridge: { maxSpan: Infinity }, infrastructure: { maxTunnel: Infinity } } } as unknown as GameState;
  const span = crossingSpan(s, tile, axis, infra);
  return Array.isArray(span) ? span : [];
}

/** The layers once the order is built (completeInfrastructure: bridge and road uses, a tunnel as a road on the ridge, rail). */
function built(layers: MapLayers, infra: InfraKind, tiles: number[]): MapLayers {
  if (infra === "rail") {
    const rail = layers.rail.slice();
    for (const t of tiles) rail[t] = 1;
    return { ...layers, rail };
  }
  const use = layers.use.slice();
  for (const t of tiles) use[t] = infra === "bridge" ? BRIDGE : ROAD;
  return { ...layers, use };
}

/** The land-value change the order would bring, from the values now (`value`, as derived from the same inputs). */
export function upliftOf(layers: MapLayers, value: number[], rules: ValueRules, infra: InfraKind, tiles: number[]): Uplift {
  const next = derivedLandValues(built(layers, infra, tiles), rules);
  const change = next.map((v, t) => v - value[t]);
  const gains = new Map<number, number>();
  let total = 0;
  change.forEach((d, t) => {
    if (d <= 0) return;
    total += d;
    gains.set(layers.holder[t], (gains.get(layers.holder[t]) ?? 0) + d);
  });
  const byHolder = [...gains].map(([holder, gain]) => ({ holder, gain })).sort((a, b) => b.gain - a.gain || a.holder - b.holder);
  return { infra, tiles, change, total, byHolder };
}
