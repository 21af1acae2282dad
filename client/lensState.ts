// What the lenses need beyond the synced state of the moment: the land values and uses of the
// round before (for "change since last round" and the ticket arcs), kept by this page as the
// rounds go by. Pure (no DOM, no Phaser), so tests read it the way the page does.
import type { RoomState } from "../server/room/schema";
import { lensData, type Lens, type LensData, type LensSource } from "../shared/views/lenses";
import { pairTickets, ticketUses, type TicketArc } from "../shared/views/ticketFlows";
import { infraTiles, upliftOf, type Uplift } from "../shared/views/uplift";
import type { InfraKind } from "../shared/model/offers";
import type { TileAction } from "../shared/views/hints";
import { mapOf, rulesOf, type MapView } from "./synced";
import { commutesOf, type Commute } from "../shared/views/commutes";
import { JOBS, type Job } from "../shared/model/state";

export interface LensMemory {
  /** The last land values and uses seen in each round, by round. */
  values: Map<number, number[]>;
  uses: Map<number, number[]>;
  /** Reclaimed plots whose ticket has not been seen used yet, oldest first. */
  waiting: number[];
  arcs: TicketArc[];
  /** The round whose uses were last compared with the round before. */
  comparedRound: number;
  /** The connection's state these rounds were seen in: another game (or a new connection) starts afresh. */
  room: RoomState | null;
}

export const newLensMemory = (): LensMemory => ({ values: new Map(), uses: new Map(), waiting: [], arcs: [], comparedRound: 0, room: null });

/** Remember this round's map; at a new round, find the tickets used since the last one. */
export function observe(memory: LensMemory, state: RoomState): void {
  if (memory.room !== state) Object.assign(memory, newLensMemory(), { room: state });
  const m = mapOf(state);
  if (m.width === 0 || state.phase === "lobby") return;
  memory.values.set(state.round, m.value);
  memory.uses.set(state.round, m.use);
  const before = memory.uses.get(state.round - 1);
  if (!before || memory.comparedRound === state.round) return;
  memory.comparedRound = state.round;
  const { reclaimed, converted } = ticketUses(before, m.use);
  memory.waiting.push(...reclaimed);
  memory.arcs.push(...pairTickets(memory.waiting, converted, state.round - 1, state.ticketPrice));
}

/** The lens inputs from the synced state and this page's memory. */
export function lensSource(state: RoomState, memory: LensMemory, map: MapView = mapOf(state)): LensSource {
  return {
    map,
    previous: memory.values.get(state.round - 1) ?? null,
    rules: rulesOf(state).valueRules,
    seats: [...state.seats].map((s) => ({ role: s.role })),
    railTiles: [...state.railTiles],
    zoneTiles: [...state.zoneTiles],
    hubs: [...state.hubs].map((h) => ({ x: h.x, y: h.y, radius: h.radius, open: h.open })),
    homes: [...state.seats].flatMap((s) => (s.role === "migrant" && s.homeKind === "tile" && s.homeTile >= 0 ? [s.homeTile] : [])),
    prhBlocks: [...state.prhBlocks].map((b) => b.tile),
    homeCapacity: rulesOf(state).homeCapacity,
  };
}

/** Where each cohort with a city job and a home tile works, and its commute's costs (shared/views/commutes.ts). */
export function commutesNow(state: RoomState): Commute[] {
  const cohorts = [...state.seats].flatMap((s) => (s.role === "migrant" && s.homeKind === "tile" && s.homeTile >= 0 && JOBS.includes(s.job as Job) ? [{ seat: s.id, job: s.job as Job, home: s.homeTile }] : []));
  if (cohorts.length === 0) return [];
  const sites = [...new Set([...[...state.orders].filter((o) => o.kind === "build" || o.kind === "infra" || o.kind === "prh").flatMap((o) => [...o.tiles]), ...[...state.projects].map((p) => p.tile)])];
  return commutesOf({ map: mapOf(state), railTiles: [...state.railTiles], rules: rulesOf(state).valueRules, cohorts, firmTiles: [...state.firmTiles], sites });
}

/** The infrastructure orders among a tile's legal actions (the server's inspect reply). */
export function infraActions(actions: TileAction[]): { infra: InfraKind; tile: number; axis?: "ns" | "ew" }[] {
  return actions.flatMap((a) => (a.command.type === "buildInfrastructure" ? [{ infra: a.command.infra, tile: a.command.tile, axis: a.command.axis }] : []));
}

/** An order's uplift, with the axis of a bridge or tunnel. */
export interface Preview extends Uplift {
  axis?: "ns" | "ew";
}

/** What one legal infrastructure order would do to land values. */
export function previewOf(state: RoomState, order: { infra: InfraKind; tile: number; axis?: "ns" | "ew" }): Preview {
  const m = mapOf(state);
  const tiles = infraTiles(m, order.infra, order.tile, order.axis);
  return { ...upliftOf(m, m.value, [...state.railTiles], rulesOf(state).valueRules, order.infra, tiles), axis: order.infra === "bridge" || order.infra === "tunnel" ? order.axis ?? "ns" : undefined };
}

/** A lens's data; with a preview, the change lens shows the change the order would bring instead of the last round's. */
export function lensOf(lens: Lens, state: RoomState, memory: LensMemory, preview: Preview | null): LensData {
  const src = lensSource(state, memory);
  if (lens !== "change" || !preview) return lensData(lens, src);
  const predicted = src.map.value.map((v, t) => v + preview.change[t]);
  return lensData("change", { ...src, map: { ...src.map, value: predicted }, previous: src.map.value });
}

