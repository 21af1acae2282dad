// The map: three tile layers (terrain, use, tenure marks) drawn from the synced map (mapOf) with the
// tileset, plus markers for your own land, work under way and open auctions, and the names of
// the map's places (placeLabels.ts). Pan by dragging, zoom
// with the wheel or +/-; the keyboard's focus tile (ui/keyboard.ts moves it with the arrows) is
// drawn by `cursor` and kept in view. Only tiles whose codes changed are redrawn.
import * as Phaser from "phaser";
import { terrainCode } from "../../shared/model/map";
import type { RoomState } from "../../server/room/schema";
import { HOVER_FRAME, SELECTED_FRAME, TILE_SIZE, TILESET_KEY, tenureFrame, terrainFrame, useFrame } from "../tileFrames";
import { mapOf, rulesOf } from "../synced";
import { PlaceLabels } from "./placeLabels";
import { drawMarks } from "./mapMarks";
import { LensLayer, type LensExtras } from "./lensLayer";
import type { LensData } from "../../shared/views/lenses";

const WATER = terrainCode("water");
const MOUNTAIN = terrainCode("mountain");
const MIN_ZOOM = 0.35;
const MAX_ZOOM = 4;
const START_ZOOM = 0.75;

export interface MapCallbacks {
  onSelect(tile: number): void;
  onHover(tile: number): void;
}

/** The parts of the synced map this scene has drawn, to find what changed. */
interface Drawn {
  terrain: number[];
  use: number[];
  tenure: number[];
}

export class MapScene extends Phaser.Scene {
  private layers: { terrain: Phaser.Tilemaps.TilemapLayer; use: Phaser.Tilemaps.TilemapLayer; tenure: Phaser.Tilemaps.TilemapLayer } | null = null;
  private drawn: Drawn = { terrain: [], use: [], tenure: [] };
  private width = 0;
  private height = 0;
  private hover!: Phaser.GameObjects.Image;
  private selected!: Phaser.GameObjects.Image;
  private marks!: Phaser.GameObjects.Graphics;
  private lens: LensLayer | null = null;
  private labels!: PlaceLabels;
  private selection!: Phaser.GameObjects.Graphics;
  private focusTile!: Phaser.GameObjects.Graphics;
  private dragFrom: { x: number; y: number; scrollX: number; scrollY: number } | null = null;
  private moved = false;

  constructor(private readonly callbacks: MapCallbacks) {
    super("map");
  }

  preload(): void {
    this.load.spritesheet(TILESET_KEY, "tiles/shancheng.png", { frameWidth: TILE_SIZE, frameHeight: TILE_SIZE });
  }

  create(): void {
    this.cameras.main.setBackgroundColor("#1d2a33");
    this.marks = this.add.graphics().setDepth(4);
    this.labels = new PlaceLabels(this);
    this.selection = this.add.graphics().setDepth(7);
    this.focusTile = this.add.graphics().setDepth(8);
    this.hover = this.add.image(0, 0, TILESET_KEY, HOVER_FRAME).setOrigin(0).setDepth(5).setVisible(false);
    this.selected = this.add.image(0, 0, TILESET_KEY, SELECTED_FRAME).setOrigin(0).setDepth(6).setVisible(false);
    this.setUpInput();
    this.game.events.emit("map-ready");
  }

  /** Draw what changed since the last call; build the layers on the first. */
  show(state: RoomState, mySeat: number): void {
    const m = mapOf(state);
    if (m.width === 0) return;
    if (!this.layers) {
      this.build(m.width, m.height);
      this.centreOnHoldings(state, mySeat);
    }
    const { terrain, use, tenure } = this.layers!;
    for (let t = 0; t < m.terrain.length; t++) {
      const x = t % this.width;
      const y = Math.floor(t / this.width);
      if (this.drawn.terrain[t] !== m.terrain[t]) {
        terrain.putTileAt(terrainFrame(m.terrain[t]), x, y);
        this.drawn.terrain[t] = m.terrain[t];
      }
      if (this.drawn.use[t] !== m.use[t]) {
        const frame = useFrame(m.use[t]);
        if (frame < 0) use.removeTileAt(x, y);
        else use.putTileAt(frame, x, y);
        this.drawn.use[t] = m.use[t];
      }
      if (this.drawn.tenure[t] !== m.tenure[t]) {
        // Rivers and ridges are state land by definition: a mark on each would only be noise.
        if (m.terrain[t] === WATER || m.terrain[t] === MOUNTAIN) tenure.removeTileAt(x, y);
        else tenure.putTileAt(tenureFrame(m.tenure[t]), x, y);
        this.drawn.tenure[t] = m.tenure[t];
      }
    }
    drawMarks(this.marks, state, mySeat, this.width, this.height);
    this.labels.show(rulesOf(state).places, this.width, this.height);
  }

  /** Show a lens over the tiles (null: none). Call when the lens or its data changes, not per frame. */
  showLens(data: LensData | null, extras: LensExtras): void {
    if (!this.layers) return;
    this.lens ??= new LensLayer(this, this.width, this.height);
    this.lens.draw(data, extras);
  }

  select(tile: number): void {
    if (tile < 0) {
      this.selected.setVisible(false);
      this.selection.clear();
      return;
    }
    const x = (tile % this.width) * TILE_SIZE;
    const y = Math.floor(tile / this.width) * TILE_SIZE;
    this.selected.setPosition(x, y).setVisible(true);
    // A thick two-tone frame, visible at any zoom and on any terrain.
    this.selection.clear().lineStyle(6, 0x000000, 1).strokeRect(x - 3, y - 3, TILE_SIZE + 6, TILE_SIZE + 6);
    this.selection.lineStyle(3, 0xf0e442, 1).strokeRect(x - 3, y - 3, TILE_SIZE + 6, TILE_SIZE + 6);
  }

  /**
   * The keyboard's focus tile: four white corner brackets outlined in black, standing out beyond
   * the tile (unlike the selection's solid yellow frame, and readable in any colour vision), and
   * scrolled into view when it leaves the camera's view.
   */
  cursor(tile: number): void {
    this.focusTile.clear();
    if (tile < 0) return;
    const x = (tile % this.width) * TILE_SIZE;
    const y = Math.floor(tile / this.width) * TILE_SIZE;
    // Bracket legs of half a tile, 6 px outside the tile's edge.
    const out = 6;
    const leg = TILE_SIZE / 2;
    const corners: [number, number, number, number][] = [
      [x - out, y - out, 1, 1],
      [x + TILE_SIZE + out, y - out, -1, 1],
      [x - out, y + TILE_SIZE + out, 1, -1],
      [x + TILE_SIZE + out, y + TILE_SIZE + out, -1, -1],
    ];
    for (const [width, colour] of [[8, 0x000000], [4, 0xffffff]] as const) {
      this.focusTile.lineStyle(width, colour, 1);
      for (const [cx, cy, dx, dy] of corners) {
        this.focusTile.lineBetween(cx - (dx * width) / 2, cy, cx + dx * leg, cy);
        this.focusTile.lineBetween(cx, cy - (dy * width) / 2, cx, cy + dy * leg);
      }
    }
    const view = this.cameras.main.worldView;
    if (x < view.x || y < view.y || x + TILE_SIZE > view.right || y + TILE_SIZE > view.bottom) this.focus(tile);
  }

  /** The tile at the centre of the view, where the keyboard's focus tile starts. */
  centreTile(): number {
    const p = this.cameras.main.midPoint;
    const x = Math.floor(p.x / TILE_SIZE);
    const y = Math.floor(p.y / TILE_SIZE);
    return x >= 0 && y >= 0 && x < this.width && y < this.height ? y * this.width + x : -1;
  }

  /** Centre the camera on a tile. */
  focus(tile: number): void {
    this.cameras.main.centerOn(((tile % this.width) + 0.5) * TILE_SIZE, (Math.floor(tile / this.width) + 0.5) * TILE_SIZE);
  }

  /** Page coordinates of a tile's centre (for tests and tutorials). */
  tileToPage(x: number, y: number): { x: number; y: number } {
    const cam = this.cameras.main;
    const sx = cam.x + ((x + 0.5) * TILE_SIZE - cam.worldView.x) * cam.zoom;
    const sy = cam.y + ((y + 0.5) * TILE_SIZE - cam.worldView.y) * cam.zoom;
    const rect = this.game.canvas.getBoundingClientRect();
    return { x: rect.left + sx * (rect.width / this.scale.width), y: rect.top + sy * (rect.height / this.scale.height) };
  }

  private build(width: number, height: number): void {
    this.width = width;
    this.height = height;
    const map = this.make.tilemap({ tileWidth: TILE_SIZE, tileHeight: TILE_SIZE, width, height });
    const tileset = map.addTilesetImage(TILESET_KEY, TILESET_KEY, TILE_SIZE, TILE_SIZE, 0, 0)!;
    this.layers = {
      terrain: map.createBlankLayer("terrain", tileset)!.setDepth(0),
      use: map.createBlankLayer("use", tileset)!.setDepth(1),
      tenure: map.createBlankLayer("tenure", tileset)!.setDepth(2),
    };
    const cam = this.cameras.main;
    cam.setBounds(0, 0, width * TILE_SIZE, height * TILE_SIZE);
    // Start close enough to read the tiles (24 px each), or with the whole map if it fits.
    const fit = Math.min(this.scale.width / (width * TILE_SIZE), this.scale.height / (height * TILE_SIZE));
    this.setZoom(Math.max(fit, START_ZOOM));
  }

  /** Start a village or developer looking at its own land; everyone else at the core. */
  private centreOnHoldings(state: RoomState, mySeat: number): void {
    const role = state.seats[mySeat]?.role;
    const mine = role === "village" || role === "developer" ? mapOf(state).holder.flatMap((h, t) => (h === mySeat ? [t] : [])) : [];
    if (mine.length === 0) return this.focus(mapOf(state).core);
    const x = mine.reduce((sum, t) => sum + (t % this.width), 0) / mine.length;
    const y = mine.reduce((sum, t) => sum + Math.floor(t / this.width), 0) / mine.length;
    this.cameras.main.centerOn((x + 0.5) * TILE_SIZE, (y + 0.5) * TILE_SIZE);
  }

  private tileAt(pointer: Phaser.Input.Pointer): number {
    const x = Math.floor(pointer.worldX / TILE_SIZE);
    const y = Math.floor(pointer.worldY / TILE_SIZE);
    return x >= 0 && y >= 0 && x < this.width && y < this.height ? y * this.width + x : -1;
  }

  private setUpInput(): void {
    const cam = this.cameras.main;
    this.input.on("pointerdown", (p: Phaser.Input.Pointer) => {
      this.dragFrom = { x: p.x, y: p.y, scrollX: cam.scrollX, scrollY: cam.scrollY };
      this.moved = false;
    });
    this.input.on("pointermove", (p: Phaser.Input.Pointer) => {
      if (this.dragFrom && p.isDown) {
        const dx = p.x - this.dragFrom.x;
        const dy = p.y - this.dragFrom.y;
        if (Math.abs(dx) + Math.abs(dy) > 6) this.moved = true;
        if (this.moved) cam.setScroll(this.dragFrom.scrollX - dx / cam.zoom, this.dragFrom.scrollY - dy / cam.zoom);
        return;
      }
      const tile = this.tileAt(p);
      this.hover.setVisible(tile >= 0);
      if (tile >= 0) this.hover.setPosition((tile % this.width) * TILE_SIZE, Math.floor(tile / this.width) * TILE_SIZE);
      this.callbacks.onHover(tile);
    });
    // The pointer off the map hovers nothing (a hovered site's preview goes with it).
    this.input.on("gameout", () => {
      this.hover.setVisible(false);
      this.callbacks.onHover(-1);
    });
    this.input.on("pointerup", (p: Phaser.Input.Pointer) => {
      if (this.dragFrom && !this.moved) {
        const tile = this.tileAt(p);
        if (tile >= 0) this.callbacks.onSelect(tile);
      }
      this.dragFrom = null;
    });
    this.input.on("wheel", (_p: Phaser.Input.Pointer, _o: unknown, _dx: number, dy: number) => this.zoomBy(dy > 0 ? 1 / 1.2 : 1.2));
    const keys = this.input.keyboard;
    if (!keys) return;
    keys.on("keydown-PLUS", () => this.zoomBy(1.2));
    keys.on("keydown-NUMPAD_ADD", () => this.zoomBy(1.2));
    keys.on("keydown-MINUS", () => this.zoomBy(1 / 1.2));
    keys.on("keydown-NUMPAD_SUBTRACT", () => this.zoomBy(1 / 1.2));
  }

  private zoomBy(factor: number): void {
    this.setZoom(this.cameras.main.zoom * factor);
  }

  /** Zoom in steps that keep a tile a whole number of pixels wide, so no seams show between tiles. */
  private setZoom(zoom: number): void {
    const wholePixels = Math.max(1, Math.round(Phaser.Math.Clamp(zoom, MIN_ZOOM, MAX_ZOOM) * TILE_SIZE)) / TILE_SIZE;
    this.cameras.main.setZoom(wholePixels);
  }
}

/** Start Phaser in `parent`; resolves once the map scene can draw. */
export function startMap(parent: HTMLElement, callbacks: MapCallbacks, renderer: "canvas" | "auto"): Promise<MapScene> {
  const scene = new MapScene(callbacks);
  const game = new Phaser.Game({
    type: renderer === "canvas" ? Phaser.CANVAS : Phaser.AUTO,
    parent,
    backgroundColor: "#1d2a33",
    pixelArt: true,
    roundPixels: true,
    scale: { mode: Phaser.Scale.RESIZE, width: parent.clientWidth || 800, height: parent.clientHeight || 600 },
    scene,
    // +/- zoom only while the map has the focus; text fields keep their keys.
    input: { keyboard: { target: parent } },
    banner: false,
  });
  // Phaser re-reads the canvas's place only on window resizes; the panels around the map change
  // its size (players joining wrap the round bar), and stale bounds would put clicks on the
  // wrong tile.
  new ResizeObserver(() => game.scale.refresh()).observe(parent);
  return new Promise((resolve) => game.events.once("map-ready", () => resolve(scene)));
}
