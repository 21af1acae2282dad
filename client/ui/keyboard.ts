// The map without a mouse: with the map focused, the arrow keys move a visible focus tile (Shift:
// five tiles at a time), Enter or Space selects it for the inspector, Escape leaves the map for the
// tile's panel; +/- zoom (mapScene.ts). A screen reader hears each tile the focus tile reaches.
import type { RoomState } from "../../server/room/schema";
import type { MapScene } from "../scenes/mapScene";
import { TENURES, TERRAINS, USES } from "../../shared/model/map";
import { mapOf } from "../synced";
import { catalogue, t } from "../i18n";
import { announce } from "./liveRegion";
import { tileHeading } from "./names";

export interface MapKeys {
  scene(): MapScene | null;
  state(): RoomState | null;
  /** The focus tile reached a tile (the inspector shows it as it would a hovered one). */
  hover(tile: number): void;
  select(tile: number): void;
  /** Escape: the focus goes to the tile's panel. */
  leave(): void;
}

const STEPS: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
/** Tiles moved by Shift+arrow. */
const BIG_STEP = 5;

/** The map key's name for a terrain, tenure or use. */
const label = (name: string): string => (catalogue().legend.frame as Record<string, string>)[name] ?? name;

/** A tile in one sentence: where it is, what it is, who holds it. */
export function tileSummary(state: RoomState, tile: number): string {
  const m = mapOf(state);
  const holder = m.holder[tile];
  return t("a11y.tile", {
    place: tileHeading(state, tile).name,
    x: tile % m.width,
    y: Math.floor(tile / m.width),
    terrain: label(TERRAINS[m.terrain[tile]]),
    tenure: label(TENURES[m.tenure[tile]]),
    use: USES[m.use[tile]] === "none" ? t("inspector.vacant") : label(USES[m.use[tile]]),
    holder: holder >= 0 ? (state.seats[holder]?.label ?? "—") : t("inspector.noOne"),
  });
}

/** Listen for the map's keys on `mapBox` (the focusable box around the canvas). */
export function mapKeyboard(mapBox: HTMLElement, keys: MapKeys): void {
  let cursor = -1;
  const show = (tile: number) => {
    const state = keys.state();
    const scene = keys.scene();
    if (!state || !scene || tile < 0) return;
    cursor = tile;
    scene.cursor(tile);
    keys.hover(tile);
    announce(tileSummary(state, tile));
  };
  mapBox.addEventListener("focus", () => show(cursor >= 0 ? cursor : (keys.scene()?.centreTile() ?? -1)));
  mapBox.addEventListener("blur", () => keys.scene()?.cursor(-1));
  mapBox.addEventListener("keydown", (e) => {
    if (e.target !== mapBox || e.altKey || e.ctrlKey || e.metaKey) return;
    const state = keys.state();
    const scene = keys.scene();
    if (!state || !scene) return;
    const { width, height } = mapOf(state);
    const step = STEPS[e.key];
    if (step) {
      e.preventDefault();
      const from = cursor >= 0 ? cursor : scene.centreTile();
      const by = e.shiftKey ? BIG_STEP : 1;
      const x = Math.min(width - 1, Math.max(0, (from % width) + step[0] * by));
      const y = Math.min(height - 1, Math.max(0, Math.floor(from / width) + step[1] * by));
      show(y * width + x);
    } else if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      const tile = cursor >= 0 ? cursor : scene.centreTile();
      if (tile < 0) return;
      keys.select(tile);
      announce(t("a11y.selected", { tile: tileSummary(state, tile) }));
    } else if (e.key === "Escape") {
      e.preventDefault();
      keys.leave();
    }
  });
}
