// The marks over the map's tiles (the map key lists them), redrawn whenever they may have
// changed: the edge of your own land, zones, light rail, hubs, firms, work under way, auctions
// and open compensation offers.
import type * as Phaser from "phaser";
import type { RoomState } from "../../server/room/schema";
import { MARK_COLOURS } from "../marks";
import { mapOf, railTilesOf } from "../synced";
import { TILE_SIZE } from "../tileFrames";

/**
 * Marks over the tiles (the map key lists them): the edge of your own land (villages and
 * developers: a white perimeter, not a box per tile), work under way (green box with a
 * diagonal), auctions (vermillion corner flag) and open compensation offers (blue ring).
 */
export function drawMarks(g: Phaser.GameObjects.Graphics, state: RoomState, mySeat: number, width: number, height: number): void {
  g.clear();
  const at = (t: number) => [(t % width) * TILE_SIZE, Math.floor(t / width) * TILE_SIZE] as const;
  const role = state.seats[mySeat]?.role;
  if (role === "village" || role === "developer") {
    const holder = mapOf(state).holder;
    const mine = (x: number, y: number) => x >= 0 && y >= 0 && x < width && y < height && holder[y * width + x] === mySeat;
    g.lineStyle(3, 0xffffff, 1);
    for (let t = 0; t < holder.length; t++) {
      if (holder[t] !== mySeat) continue;
      const x = t % width;
      const y = Math.floor(t / width);
      const [px, py] = at(t);
      if (!mine(x, y - 1)) g.lineBetween(px, py + 1, px + TILE_SIZE, py + 1);
      if (!mine(x, y + 1)) g.lineBetween(px, py + TILE_SIZE - 1, px + TILE_SIZE, py + TILE_SIZE - 1);
      if (!mine(x - 1, y)) g.lineBetween(px + 1, py, px + 1, py + TILE_SIZE);
      if (!mine(x + 1, y)) g.lineBetween(px + TILE_SIZE - 1, py, px + TILE_SIZE - 1, py + TILE_SIZE);
    }
  }
  // Special economic zones: a yellow wash with a yellow edge.
  for (const t of state.zoneTiles) {
    const [x, y] = at(t);
    g.fillStyle(MARK_COLOURS.zone, 0.3).fillRect(x, y, TILE_SIZE, TILE_SIZE);
  }
  // Light rail: a thick pink-purple line between neighbouring rail tiles and from the core.
  const rail = new Set(railTilesOf(mapOf(state)));
  const onLine = (t: number) => t === mapOf(state).core || rail.has(t);
  g.lineStyle(5, MARK_COLOURS.rail, 1);
  for (const t of rail) {
    const [x, y] = at(t);
    const c = TILE_SIZE / 2;
    for (const n of [t + 1, t + width, t - 1, t - width]) {
      if (n < 0 || n >= width * height || Math.abs((n % width) - (t % width)) > 1 || !onLine(n)) continue;
      const [nx, ny] = at(n);
      g.lineBetween(x + c, y + c, nx + c, ny + c);
    }
    g.fillStyle(MARK_COLOURS.rail, 1).fillCircle(x + c, y + c, 4);
  }
  // Transport hubs: a black diamond on a white one (grey while not yet open).
  for (const hub of state.hubs) {
    const [x, y] = at(hub.y * width + hub.x);
    const c = TILE_SIZE / 2;
    g.fillStyle(0xffffff, 1).fillTriangle(x + c, y, x + TILE_SIZE, y + c, x + c, y + TILE_SIZE).fillTriangle(x + c, y, x, y + c, x + c, y + TILE_SIZE);
    g.fillStyle(hub.open ? MARK_COLOURS.hub : 0x999999, 1).fillTriangle(x + c, y + 5, x + TILE_SIZE - 5, y + c, x + c, y + TILE_SIZE - 5).fillTriangle(x + c, y + 5, x + 5, y + c, x + c, y + TILE_SIZE - 5);
  }
  // A manufacturer in a factory: a blue square in the top-right corner.
  for (const t of state.firmTiles) {
    const [x, y] = at(t);
    g.fillStyle(0xffffff, 1).fillRect(x + TILE_SIZE - 13, y + 1, 12, 12);
    g.fillStyle(MARK_COLOURS.firm, 1).fillRect(x + TILE_SIZE - 11, y + 3, 8, 8);
  }
  g.lineStyle(3, MARK_COLOURS.underWay, 1);
  for (const p of state.projects) {
    const [x, y] = at(p.tile);
    g.strokeRect(x + 5, y + 5, TILE_SIZE - 10, TILE_SIZE - 10);
    g.lineBetween(x + 5, y + TILE_SIZE - 5, x + TILE_SIZE - 5, y + 5);
  }
  for (const order of state.orders)
    for (const t of order.tiles) {
      const [x, y] = at(t);
      g.strokeRect(x + 5, y + 5, TILE_SIZE - 10, TILE_SIZE - 10);
      g.lineBetween(x + 5, y + 5, x + TILE_SIZE - 5, y + TILE_SIZE - 5);
    }
  for (const a of state.auctions) {
    const [x, y] = at(a.tile);
    g.fillStyle(MARK_COLOURS.auction, 1).fillTriangle(x, y, x + 16, y, x, y + 16);
    g.lineStyle(2, MARK_COLOURS.auction, 1).strokeRect(x + 1, y + 1, TILE_SIZE - 2, TILE_SIZE - 2);
  }
  g.lineStyle(3, MARK_COLOURS.offer, 1);
  for (const o of state.offers)
    if (o.kind === "expropriation" && o.status === "open") {
      const [x, y] = at(o.tile);
      g.strokeCircle(x + TILE_SIZE / 2, y + TILE_SIZE / 2, TILE_SIZE / 2 - 4);
    }
}
