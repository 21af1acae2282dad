// Frame indexes into assets/tiles/shancheng.png (32 x 32 px frames, 5 columns, read left to
// right, top to bottom). FRAMES is the single source of truth: scripts/make-tileset.ts draws
// the frames in this order and scripts/make-map.ts writes the same kind/value properties into
// the map's embedded tileset, so engine codes, pixels and Tiled properties cannot drift apart.
import { TENURES, TERRAINS, USES, type Tenure, type Terrain, type Use } from "../shared/model/map";

export const TILE_SIZE = 32;
export const TILESET_KEY = "shancheng";
/** Frames per row of the tileset image. */
export const TILESET_COLUMNS = 5;

export type FrameKind = "terrain" | "use" | "tenure" | "ui";
export type UiFrame = "hover" | "selected";

/** A use that has a picture; "none" draws nothing. */
export type DrawnUse = Exclude<Use, "none">;

export interface FrameInfo {
  kind: FrameKind;
  value: Terrain | DrawnUse | Tenure | UiFrame;
}

/** Every frame of the tileset, in image order. "none" has no frame: nothing is drawn. */
export const FRAMES: readonly FrameInfo[] = [
  ...TERRAINS.map((value): FrameInfo => ({ kind: "terrain", value })),
  ...USES.filter((u): u is DrawnUse => u !== "none").map((value): FrameInfo => ({ kind: "use", value })),
  ...TENURES.map((value): FrameInfo => ({ kind: "tenure", value })),
  { kind: "ui", value: "hover" },
  { kind: "ui", value: "selected" },
];

function frameOf(kind: FrameKind, value: string): number {
  const frame = FRAMES.findIndex((f) => f.kind === kind && f.value === value);
  if (frame < 0) throw new RangeError(`No ${kind} frame for "${value}"`);
  return frame;
}

function named<T extends string>(list: readonly T[], code: number, what: string): T {
  const name = list[code];
  if (name === undefined) throw new RangeError(`Unknown ${what} code ${code}`);
  return name;
}

/** Frame for a TERRAINS code (ground, drawn first). */
export const terrainFrame = (code: number): number => frameOf("terrain", named(TERRAINS, code, "terrain"));

/** Frame for a USES code (overlay drawn on the terrain), or -1 for "none". */
export function useFrame(code: number): number {
  const use = named(USES, code, "use");
  return use === "none" ? -1 : frameOf("use", use);
}

/** Frame for a TENURES code (border/corner marker drawn over the use). */
export const tenureFrame = (code: number): number => frameOf("tenure", named(TENURES, code, "tenure"));

export const HOVER_FRAME = frameOf("ui", "hover");
export const SELECTED_FRAME = frameOf("ui", "selected");

export interface LegendEntry {
  /** The terrain, use or tenure drawn: the map key names it in the catalogue (legend.frame.<value>). */
  value: Terrain | DrawnUse | Tenure;
  frame: number;
  kind: Exclude<FrameKind, "ui">;
}

/** Legend rows for the HTML legend, grouped terrain, use, tenure (the UI frames are left out). */
export const legend: readonly LegendEntry[] = FRAMES.flatMap((f, frame): LegendEntry[] =>
  f.kind === "ui" ? [] : [{ value: f.value as Terrain | DrawnUse | Tenure, frame, kind: f.kind }],
);
