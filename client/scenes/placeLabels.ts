// The map's place names drawn over the tiles in the reader's language, so a tile named by place
// ("Qinggang farmland (4.5 km south-west)") can be found: villages and districts at the centres
// their tiles are measured from, rivers and ridges at the middle of their line's part on the
// map. Drawn again only when the places or the language change. The debrief's replay map
// (ui/replayMap.ts) draws the same names, where and how these are drawn.
import type * as Phaser from "phaser";
import type { MapPlaces, NamedPlace } from "../../shared/model/map";
import { lang, onLanguageChange } from "../i18n";
import { placeLabel } from "../ui/names";
import { TILE_SIZE } from "../tileFrames";

/** Text styles by kind: settlements dark on a light halo, water and ridges in italics. */
export const STYLES: Record<NamedPlace["kind"], { size: number; colour: string; halo: string; italic: boolean }> = {
  village: { size: 20, colour: "#3b2a00", halo: "#fff6d8", italic: false },
  district: { size: 22, colour: "#1b1b1b", halo: "#ffffff", italic: false },
  river: { size: 20, colour: "#ffffff", halo: "#0b3d66", italic: true },
  ridge: { size: 18, colour: "#ffffff", halo: "#3a3a3a", italic: true },
};
export const FONT = '"Noto Sans", "Segoe UI", "Noto Sans SC Subset", system-ui, sans-serif';

/** Where a place's name goes, in tiles; null for a line that never crosses the map. */
export function anchor(p: NamedPlace, width: number, height: number): [number, number] | null {
  if (p.at) return p.at;
  const inside = p.line.filter(([x, y]) => x >= 0 && y >= 0 && x <= width && y <= height);
  return inside.length ? inside[Math.floor(inside.length / 2)] : null;
}

export class PlaceLabels {
  private texts: Phaser.GameObjects.Text[] = [];
  private drawnFor = "";
  private shown: { places: MapPlaces | undefined; width: number; height: number } = { places: undefined, width: 0, height: 0 };

  constructor(private readonly scene: Phaser.Scene) {
    onLanguageChange(() => this.draw());
  }

  /** Draw the names unless they are drawn already. */
  show(places: MapPlaces | undefined, width: number, height: number): void {
    this.shown = { places, width, height };
    this.draw();
  }

  private draw(): void {
    const { places, width, height } = this.shown;
    const key = places ? `${lang()}|${places.list.map((p) => p.name).join(",")}` : "";
    if (key === this.drawnFor) return;
    this.drawnFor = key;
    for (const text of this.texts) text.destroy();
    this.texts = [];
    for (const p of places?.list ?? []) {
      const at = anchor(p, width, height);
      if (!at) continue;
      const s = STYLES[p.kind];
      const text = this.scene.add
        .text(at[0] * TILE_SIZE, at[1] * TILE_SIZE, placeLabel(p), { fontFamily: FONT, fontSize: `${s.size}px`, fontStyle: s.italic ? "italic bold" : "bold", color: s.colour, stroke: s.halo, strokeThickness: 4 })
        .setOrigin(0.5)
        .setDepth(3.8);
      this.texts.push(text);
    }
  }
}
