// Tenure markers and UI frames. Tenure: transparent interior; told apart by place and shape as
// well as colour (top-left triangle / fenced border / bottom-right triangle).
import { TILE_SIZE } from "../../client/tileFrames";
import { OI, rgb, type Frame } from "./frame";

/** Leg of the corner triangles in px: big enough to spot at 1x, small enough to leave the icon. */
const MARK = 9;

/** State-owned land: a blue triangle in the top-left corner. */
export function stateUrban(f: Frame): void {
  f.polygon([[0, 0], [MARK, 0], [0, MARK]], OI.blue);
  f.line(MARK, 0, 0, MARK, OI.white);
  f.line(MARK + 1, 0, 0, MARK + 1, rgb("#000000", 140));
}

/** State land reserve: a vermillion-and-white "site fence" dashed round the whole tile. */
export function landReserve(f: Frame): void {
  for (let k = 0; k < TILE_SIZE; k++) {
    const c = Math.floor(k / 4) % 2 === 0 ? OI.vermillion : OI.white;
    f.rect(k, 0, 1, 3, c);
    f.rect(k, TILE_SIZE - 3, 1, 3, c);
    f.rect(0, k, 3, 1, c);
    f.rect(TILE_SIZE - 3, k, 3, 1, c);
  }
  const inner = rgb("#000000", 150);
  f.rect(3, 3, TILE_SIZE - 6, 1, inner);
  f.rect(3, TILE_SIZE - 4, TILE_SIZE - 6, 1, inner);
  f.rect(3, 4, 1, TILE_SIZE - 8, inner);
  f.rect(TILE_SIZE - 4, 4, 1, TILE_SIZE - 8, inner);
}

/** Village collective land: a yellow triangle in the bottom-right corner. */
export function villageCollective(f: Frame): void {
  const e = TILE_SIZE - 1;
  f.polygon([[TILE_SIZE, TILE_SIZE], [TILE_SIZE - MARK - 1, TILE_SIZE], [TILE_SIZE, TILE_SIZE - MARK - 1]], OI.yellow);
  f.line(e - MARK, e, e, e - MARK, OI.black);
}

// UI frames: the hover frame and the selection brackets.
export function hover(f: Frame): void {
  f.rect(0, 0, TILE_SIZE, TILE_SIZE, OI.black);
  f.rect(1, 1, TILE_SIZE - 2, TILE_SIZE - 2, OI.white);
  f.rect(3, 3, TILE_SIZE - 6, TILE_SIZE - 6, OI.black);
  // Clear the interior back to transparent.
  for (let y = 4; y < TILE_SIZE - 4; y++) f.px.fill(0, (y * TILE_SIZE + 4) * 4, (y * TILE_SIZE + TILE_SIZE - 4) * 4);
}

/** Thick yellow corner brackets: distinct from the hover frame even at a glance. */
export function selected(f: Frame): void {
  const arm = 11;
  for (const [cx, cy] of [[0, 0], [1, 0], [0, 1], [1, 1]]) {
    const x = cx === 0 ? 1 : TILE_SIZE - 1 - 4;
    const y = cy === 0 ? 1 : TILE_SIZE - 1 - 4;
    f.rect(cx === 0 ? 1 : TILE_SIZE - 1 - arm, y, arm, 4, OI.yellow);
    f.rect(x, cy === 0 ? 1 : TILE_SIZE - 1 - arm, 4, arm, OI.yellow);
  }
  f.outline(OI.black);
}
