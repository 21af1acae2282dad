// What the lenses need beyond the map of the moment: the land values of the round before (for
// "change since last round") and the ticket arcs of the whole game, both read from the map's
// history in the synced edits (shared/views/wire.ts layersByRound: the layers as each round
// opened), so a page that joins late or reloads draws them as one that watched every round.
// Pure (no DOM, no Phaser), so tests read it the way the page does.
import type { RoomState } from "../server/room/schema";
import { lensData, type Lens, type LensData, type LensSource } from "../shared/views/lenses";
import { ticketArcs, type TicketArc } from "../shared/views/ticketFlows";
import { derivedLandValues, layersByRound } from "../shared/views/wire";
import { infraTiles, upliftOf, type Uplift } from "../shared/views/uplift";
import type { InfraKind } from "../shared/model/offers";
import type { TileAction } from "../shared/views/hints";
import { historyOf, mapOf, rulesOf, type MapView } from "./synced";
import { commutesOf, travelToJobs, type Commute } from "../shared/views/commutes";
import { JOBS, type Job } from "../shared/model/state";

export interface LensMemory {
  /** Land values a round ago (wan per tile), or null when the history does not reach back so far. */
  previous: number[] | null;
  /** Every land ticket's journey the map's history shows. */
  arcs: TicketArc[];
  /** What they were read from: the state, its packing, edits, phase and records. */
  key: string;
  room: RoomState | null;
}

export const newLensMemory = (): LensMemory => ({ previous: null, arcs: [], key: "", room: null });

/** Read last round's values and the ticket arcs from the map's history, when it has grown. */
export function observe(memory: LensMemory, state: RoomState): void {
  const m = state.map;
  const key = `${m.layers.length}|${m.edits.length}|${state.phase}|${state.round}|${state.history.length}`;
  if (memory.room === state && memory.key === key) return;
  Object.assign(memory, newLensMemory(), { room: state, key });
  if (m.width === 0 || state.phase === "lobby") return;
  const now = mapOf(state);
  const rounds = layersByRound(m.width, m.height, m.core, m.layers, m.edits);
  // Once the game has ended the map is the last resolution's: it follows the last round's opening.
  if (state.phase === "ended") rounds.set(state.round + 1, now);
  const records = historyOf(state);
  memory.arcs = ticketArcs(new Map([...rounds].map(([r, layers]) => [r, layers.use])), (r) => records.find((rec) => rec.round === r)?.ticketPrice ?? 0);
  const before = rounds.get(state.phase === "ended" ? state.round : state.round - 1);
  memory.previous = before ? derivedLandValues(before, rulesOf(state).valueRules) : null;
}

/** The lens inputs from the synced state and this page's memory. */
export function lensSource(state: RoomState, memory: LensMemory, map: MapView = mapOf(state)): LensSource {
  return {
    map,
    previous: memory.previous,
    rules: rulesOf(state).valueRules,
    seats: [...state.seats].map((s) => ({ role: s.role })),
    zoneTiles: [...state.zoneTiles],
    hubs: [...state.hubs].map((h) => ({ x: h.x, y: h.y, radius: h.radius, open: h.open })),
    homes: [...state.seats].flatMap((s) => (s.role === "migrant" && s.homeKind === "tile" && s.homeTile >= 0 ? [s.homeTile] : [])),
    prhBlocks: [...state.prhBlocks].map((b) => b.tile),
    homeCapacity: rulesOf(state).homeCapacity,
  };
}

/** The places of work the synced state shows: firms' factories, and sites being built (queued buildings and works, PRH under construction). */
function workplacesNow(state: RoomState) {
  const sites = [...new Set([...[...state.orders].filter((o) => o.kind === "build" || o.kind === "infra" || o.kind === "prh").flatMap((o) => [...o.tiles]), ...[...state.projects].map((p) => p.tile)])];
  return { map: mapOf(state), rules: rulesOf(state).valueRules, firmTiles: [...state.firmTiles], sites };
}

/** Where each cohort with a city job and a home tile works, and its commute's costs (shared/views/commutes.ts). */
export function commutesNow(state: RoomState): Commute[] {
  const cohorts = [...state.seats].flatMap((s) => (s.role === "migrant" && s.homeKind === "tile" && s.homeTile >= 0 && JOBS.includes(s.job as Job) ? [{ seat: s.id, job: s.job as Job, home: s.homeTile }] : []));
  return cohorts.length === 0 ? [] : commutesOf({ ...workplacesNow(state), cohorts });
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
  return { ...upliftOf(m, m.value, rulesOf(state).valueRules, order.infra, tiles), axis: order.infra === "bridge" || order.infra === "tunnel" ? order.axis ?? "ns" : undefined };
}

/** A lens's data; with a preview, the change lens shows the change the order would bring instead of the last round's; `toWork`, the travel lens the cost to the nearest work. */
export function lensOf(lens: Lens, state: RoomState, memory: LensMemory, preview: Preview | null, toWork = false): LensData {
  const src = lensSource(state, memory);
  if (lens === "travel" && toWork) return lensData("travel", { ...src, jobTravel: travelToJobs(workplacesNow(state)) });
  if (lens !== "change" || !preview) return lensData(lens, src);
  const predicted = src.map.value.map((v, t) => v + preview.change[t]);
  return lensData("change", { ...src, map: { ...src.map, value: predicted }, previous: src.map.value });
}

