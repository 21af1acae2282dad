// The lens over the map's tiles: one canvas texture, LENS_PX pixels a tile, painted once when the
// lens or its data changes (client/lensPaint.ts) and shown as one image scaled to the map, so
// panning and zooming with a lens on cost one image draw a frame. Lines (ticket arcs, commutes,
// the tiles of a previewed bridge) go in a graphics object above it.
import * as Phaser from "phaser";
import { terrainCode } from "../../shared/model/map";
import type { LensData } from "../../shared/views/lenses";
import type { TicketArc } from "../../shared/views/ticketFlows";
import { paint, swatchOf } from "../lensPaint";
import { TILE_SIZE } from "../tileFrames";

/** Pixels a tile in the lens texture: enough for its pattern to read when scaled up. */
const LENS_PX = 16;
const KEY = "lens";
const WATER = terrainCode("water");

export interface LensExtras {
  /** The viewer's seat, when a village or developer: its own land is framed in the holders lens (-1: none). */
  mySeat: number;
  holder: number[];
  terrain: number[];
  /** Tiles to frame: the works being previewed. */
  outline: number[];
  arcs: TicketArc[];
  /** Commute lines, home (a person) to workplace (a square). */
  commutes: { from: number; to: number }[];
}

export class LensLayer {
  private readonly texture: Phaser.Textures.CanvasTexture;
  private readonly image: Phaser.GameObjects.Image;
  private readonly lines: Phaser.GameObjects.Graphics;

  constructor(scene: Phaser.Scene, private readonly width: number, height: number) {
    if (scene.textures.exists(KEY)) scene.textures.remove(KEY);
    this.texture = scene.textures.createCanvas(KEY, width * LENS_PX, height * LENS_PX)!;
    this.image = scene.add.image(0, 0, KEY).setOrigin(0).setScale(TILE_SIZE / LENS_PX).setDepth(3).setAlpha(0.9).setVisible(false);
    this.lines = scene.add.graphics().setDepth(3.5);
  }

  draw(data: LensData | null, extras: LensExtras): void {
    this.lines.clear();
    this.image.setVisible(data !== null);
    if (!data) return;
    const g = this.texture.context;
    g.clearRect(0, 0, this.texture.width, this.texture.height);
    const swatches = data.classes.map((_, i) => swatchOf(data, i));
    const own = data.lens === "holders" && extras.mySeat >= 0;
    for (let t = 0; t < data.tileClass.length; t++) {
      const x = (t % this.width) * LENS_PX;
      const y = Math.floor(t / this.width) * LENS_PX;
      const c = data.tileClass[t];
      if (c >= 0) paint(g, x, y, LENS_PX, swatches[c]);
      else if (extras.terrain[t] !== WATER) {
        // Tiles outside every class are veiled, so the classes stand out; rivers stay visible.
        g.fillStyle = "rgba(20, 28, 36, 0.6)";
        g.fillRect(x, y, LENS_PX, LENS_PX);
      }
      if (own && extras.holder[t] === extras.mySeat) {
        g.strokeStyle = "#ffffff";
        g.lineWidth = 3;
        g.strokeRect(x + 1.5, y + 1.5, LENS_PX - 3, LENS_PX - 3);
      }
    }
    this.texture.refresh();
    this.drawOutline(extras.outline);
    this.drawArcs(extras.arcs);
    this.drawCommutes(extras.commutes);
  }

  /** Each cohort's commute: a dashed straight line from its home (a ring) to its workplace (a square). */
  private drawCommutes(commutes: { from: number; to: number }[]): void {
    for (const c of commutes) {
      const [x0, y0] = this.centre(c.from);
      const [x1, y1] = this.centre(c.to);
      const length = Math.hypot(x1 - x0, y1 - y0);
      const dashes = Math.max(1, Math.floor(length / 12));
      for (const [w, colour] of [[7, 0x000000], [3, 0x56b4e9]] as const) {
        this.lines.lineStyle(w, colour, 1);
        for (let i = 0; i < dashes; i += 2) {
          const a = i / dashes;
          const b = Math.min(1, (i + 1) / dashes);
          this.lines.lineBetween(x0 + (x1 - x0) * a, y0 + (y1 - y0) * a, x0 + (x1 - x0) * b, y0 + (y1 - y0) * b);
        }
      }
      this.lines.lineStyle(6, 0x000000, 1).strokeCircle(x0, y0, 8);
      this.lines.lineStyle(3, 0x56b4e9, 1).strokeCircle(x0, y0, 8);
      this.lines.fillStyle(0x000000, 1).fillRect(x1 - 8, y1 - 8, 16, 16);
      this.lines.fillStyle(0x56b4e9, 1).fillRect(x1 - 5, y1 - 5, 10, 10);
    }
  }

  private centre(t: number): [number, number] {
    return [((t % this.width) + 0.5) * TILE_SIZE, (Math.floor(t / this.width) + 0.5) * TILE_SIZE];
  }

  private drawOutline(tiles: number[]): void {
    for (const [w, colour] of [[6, 0x000000], [3, 0xffffff]] as const) {
      this.lines.lineStyle(w, colour, 1);
      for (const t of tiles) this.lines.strokeRect((t % this.width) * TILE_SIZE + 2, Math.floor(t / this.width) * TILE_SIZE + 2, TILE_SIZE - 4, TILE_SIZE - 4);
    }
  }

  /** Each ticket's journey: a curve from the reclaimed plot (square) to the farmland built on (dot). */
  private drawArcs(arcs: TicketArc[]): void {
    for (const arc of arcs) {
      const [x0, y0] = this.centre(arc.from);
      const [x1, y1] = this.centre(arc.to);
      // The curve bows to the left of its direction by a quarter of its length.
      const mx = (x0 + x1) / 2 - (y1 - y0) / 4;
      const my = (y0 + y1) / 2 + (x1 - x0) / 4;
      const points = Array.from({ length: 17 }, (_, i) => {
        const s = i / 16;
        return new Phaser.Math.Vector2((1 - s) * (1 - s) * x0 + 2 * (1 - s) * s * mx + s * s * x1, (1 - s) * (1 - s) * y0 + 2 * (1 - s) * s * my + s * s * y1);
      });
      for (const [w, colour] of [[7, 0x000000], [3, 0xf0e442]] as const) this.lines.lineStyle(w, colour, 1).strokePoints(points);
      this.lines.fillStyle(0x000000, 1).fillRect(x0 - 7, y0 - 7, 14, 14).fillCircle(x1, y1, 8);
      this.lines.fillStyle(0xf0e442, 1).fillRect(x0 - 4, y0 - 4, 8, 8).fillCircle(x1, y1, 5);
    }
  }
}
