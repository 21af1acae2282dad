// What the browser tests do on the page, in the words a player would use: create or join a
// game, take a seat, click a tile on the map, read the map's pixels.
import type { Page } from "playwright-core";
import { createGame } from "../../shared/engine/apply";
import { TENURES, USES, neighbours } from "../../shared/model/map";
import { chongqingScenario } from "../../shared/scenarios/chongqing";
import { loadMapFile } from "../../server/mapFile";
import { lang, loadChinese, setLanguage, type Lang } from "../../client/i18n";
import { placeText } from "../../client/ui/names";
import { placeName, placeTable } from "../../shared/views/placeNames";

/** The page as the tests open it: Canvas renderer, so pixels can be read back and frames are fast. */
export const gameUrl = (port: number): string => `http://127.0.0.1:${port}/?renderer=canvas`;

export async function createRoom(page: Page, port: number, name: string): Promise<string> {
  await page.goto(gameUrl(port));
  await page.getByLabel("Your display name").fill(name);
  await page.getByRole("button", { name: "Create a new game" }).click();
  await page.getByRole("heading", { name: "Choose your seat" }).waitFor();
  return (await page.locator(".room-code").first().innerText()).trim();
}

export async function joinRoom(page: Page, port: number, code: string, name: string): Promise<void> {
  await page.goto(gameUrl(port));
  await page.getByLabel("Your display name").fill(name);
  await page.getByLabel("Room code").fill(code);
  await page.getByRole("button", { name: "Join with a code" }).click();
  await page.getByRole("heading", { name: "Choose your seat" }).waitFor();
}

/** Take a seat and wait until the map has been drawn into its canvas. */
export async function takeSeat(page: Page, label: string): Promise<void> {
  await page.getByRole("button", { name: `Take this seat: ${label}` }).click();
  await page.locator("canvas").waitFor();
  await page.waitForFunction(() => "__shancheng" in window);
}

/** From the start page: a solo game against bots, `seat` taken (e.g. "Developer 1") and started. */
export async function startSoloGame(page: Page, port: number, seat: string): Promise<void> {
  await page.goto(gameUrl(port));
  await page.getByLabel("Your display name").fill("Solo");
  await page.getByRole("button", { name: "Play alone against bots" }).click();
  await page.getByText(/You play alone: pick your role/).waitFor();
  await takeSeat(page, seat);
  await page.getByRole("button", { name: "Start game (bots take the other seats)" }).click();
}

interface TileHooks {
  __shancheng: { tileToPage(x: number, y: number): { x: number; y: number }; focus(tile: number): void };
}

/**
 * Centre the camera on a tile and return its on-page centre and size in page pixels, read after
 * Phaser has drawn two more frames (the camera's view of the world updates when it renders).
 */
export async function showTile(page: Page, x: number, y: number, width: number): Promise<{ x: number; y: number; size: number }> {
  return page.evaluate(
    async ([x, y, width]) => {
      const hooks = (window as unknown as TileHooks).__shancheng;
      hooks.focus(y * width + x);
      for (let frame = 0; frame < 2; frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
      const centre = hooks.tileToPage(x, y);
      return { ...centre, size: hooks.tileToPage(x + 1, y).x - centre.x };
    },
    [x, y, width] as const,
  );
}

/** Click a tile on the canvas, the way a player does. */
export async function clickTile(page: Page, x: number, y: number, width: number): Promise<void> {
  const at = await showTile(page, x, y, width);
  await page.mouse.click(at.x, at.y);
}

/** RGB of canvas pixels sampled on a grid over the whole canvas, or over one page rectangle (the
 * default step is prime so it does not fall on the same spot of every 32-pixel tile). */
export async function canvasPixels(page: Page, area?: { left: number; top: number; width: number; height: number }, step = 23): Promise<[number, number, number][]> {
  return page.evaluate(
    ({ area, step }) => {
      const canvas = document.querySelector("canvas")!;
      const box = canvas.getBoundingClientRect();
      const scale = canvas.width / box.width;
      const r = area ?? { left: box.left, top: box.top, width: box.width, height: box.height };
      const x0 = Math.max(0, Math.round((r.left - box.left) * scale));
      const y0 = Math.max(0, Math.round((r.top - box.top) * scale));
      const w = Math.min(canvas.width - x0, Math.round(r.width * scale));
      const h = Math.min(canvas.height - y0, Math.round(r.height * scale));
      const data = canvas.getContext("2d")!.getImageData(x0, y0, w, h).data;
      const out: [number, number, number][] = [];
      for (let y = 0; y < h; y += step) for (let x = 0; x < w; x += step) {
        const i = (y * w + x) * 4;
        out.push([data[i], data[i + 1], data[i + 2]]);
      }
      return out;
    },
    { area, step },
  );
}

/**
 * A village farm tile on the default map, surrounded by land, as close to the core as such a
 * tile gets (the place where the compensation-versus-value gap is widest), with its village seat.
 */
export function villageFarmNearCore(): { tile: number; x: number; y: number; width: number; village: string } {
  const map = loadMapFile();
  const game = createGame(chongqingScenario, map, 1);
  const { width } = map;
  const core = { x: map.core % width, y: Math.floor(map.core / width) };
  let best = -1;
  let bestDistance = Infinity;
  for (let t = 0; t < map.terrain.length; t++) {
    if (TENURES[map.tenure[t]] !== "villageCollective" || USES[map.use[t]] !== "farmland") continue;
    if (neighbours(map, t).length < 4) continue;
    const d = Math.abs((t % width) - core.x) + Math.abs(Math.floor(t / width) - core.y);
    if (d < bestDistance) [best, bestDistance] = [t, d];
  }
  if (best < 0) throw new Error("the default map has no village farmland");
  return { tile: best, x: best % width, y: Math.floor(best / width), width, village: game.seats[game.map.holder[best]].label };
}

// The Chinese catalogue is a chunk of its own (client/i18n/index.ts): loaded once here, so
// placeOf can word a place in Chinese synchronously.
let chineseLoaded = false;
await loadChinese().then(() => (chineseLoaded = true));

/** A tile of the default map by its place name, as the page words it while the tile keeps its
 * first use ("Huilong farmland (2 km east)"). */
export function placeOf(tile: number, language: Lang = "en"): string {
  if (language === "zh-CN" && !chineseLoaded) throw new Error("placeOf in Chinese: the Chinese catalogue is not loaded yet");
  const map = loadMapFile();
  const table = placeTable(map, map.places);
  if (!table || !map.places) throw new Error("the default map has no named places");
  const before = lang();
  setLanguage(language);
  try {
    return placeText(placeName(table, map.use[tile], map.terrain[tile], tile), map.places.list);
  } finally {
    setLanguage(before);
  }
}

/**
 * RGB of the map as it appears on screen, sampled on a grid: works for any renderer (a WebGL
 * canvas cannot be read back with getImageData), by decoding a screenshot inside the page.
 */
export async function screenPixels(page: Page, step = 23): Promise<[number, number, number][]> {
  const box = await page.locator("canvas").boundingBox();
  if (!box) throw new Error("the map canvas is not on screen");
  const png = (await page.screenshot({ clip: box })).toString("base64");
  return page.evaluate(
    async ({ png, step }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${png}`;
      await image.decode();
      const canvas = document.createElement("canvas");
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext("2d")!;
      context.drawImage(image, 0, 0);
      const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
      const out: [number, number, number][] = [];
      for (let y = 0; y < canvas.height; y += step) for (let x = 0; x < canvas.width; x += step) {
        const i = (y * canvas.width + x) * 4;
        out.push([data[i], data[i + 1], data[i + 2]]);
      }
      return out;
    },
    { png, step },
  );
}

/** The renderer Phaser picked for the map canvas. */
export const rendererOf = (page: Page): Promise<"webgl" | "canvas"> =>
  page.evaluate(() => {
    const canvas = document.querySelector("canvas")!;
    // getContext returns the canvas's existing context of that kind, or null for another kind.
    return canvas.getContext("webgl2") || canvas.getContext("webgl") ? "webgl" : "canvas";
  });
