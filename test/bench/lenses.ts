// npm run bench:lenses — how fast the map's lenses are: the lens data for the whole default map
// in Node (shared/views/lenses.ts), the switch from one lens to the next in headless Chromium on
// the Canvas renderer (key press to the next drawn frame), and frames a second while the map pans
// with a lens on against the plain map. Medians over repeated runs; measures, asserts nothing.
import { SYSTEM_SEAT } from "../../shared/engine/commands";
import { applyCommand, createGame } from "../../shared/engine/apply";
import { LENSES, lensData, type LensSource } from "../../shared/views/lenses";
import { chongqingScenario } from "../../shared/scenarios/chongqing";
import { loadMapFile } from "../../server/mapFile";
import { startServer } from "../../server/app";
import { buildPage } from "../browser/buildPage";
import { openBrowser } from "../browser/chromium";
import { gameUrl, takeSeat } from "../browser/page";

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (x: number) => x.toFixed(2);

// --- lens data in Node, the full 64 x 48 map ---
const opening = applyCommand(createGame(chongqingScenario, loadMapFile(), 1), SYSTEM_SEAT, { type: "startGame" });
if (!opening.ok) throw new Error(opening.error);
const s = opening.state;
const tiles = (list: number[], code: number) => list.flatMap((v, t) => (v === code ? [t] : []));
const src: LensSource = {
  map: { ...s.map },
  previous: s.map.value.map((v) => Math.round(v * 0.95)),
  rules: { travelCost: s.scenario.travelCost, landValue: s.scenario.landValue },
  seats: s.seats,
  zoneTiles: tiles(s.map.zone, 1),
  hubs: s.scenario.firms.hubs.map((h) => ({ ...h, open: false })),
  homes: [],
  prhBlocks: [],
  homeCapacity: { ...s.scenario.migrants.capacity, prhEstate: s.scenario.prh.capacity },
};
console.log(`lens data, ${s.map.width} x ${s.map.height} map (Node, median of 50 runs, ms):`);
for (const lens of LENSES) {
  const runs: number[] = [];
  for (let i = 0; i < 50; i++) {
    const t0 = performance.now();
    lensData(lens, src);
    runs.push(performance.now() - t0);
  }
  console.log(`  ${lens.padEnd(8)} ${fmt(median(runs))}`);
}

// --- the page ---
const server = await startServer({ port: 0, staticDir: await buildPage(), dataFile: ":memory:" });
const b = await openBrowser({ width: 1440, height: 900 });
const page = b.page;
try {
  await page.goto(gameUrl(server.port));
  await page.getByLabel("Your display name").fill("Bench");
  await page.getByRole("button", { name: "Play alone against bots" }).click();
  await takeSeat(page, "Municipal government");
  await page.getByRole("button", { name: "Start game (bots take the other seats)" }).click();
  await page.getByRole("button", { name: "Ready — end my turn" }).click();
  await page.locator(".round").getByText("Round 2 of 12").waitFor({ timeout: 30_000 });

  // Key press to the next frame drawn, and the part of it spent in the key's handler (data + paint).
  // In-page code as text: tsx would wrap named functions in a helper the page does not have.
  const switches = (await page.evaluate(`(async () => {
    const out = {};
    const lenses = ${JSON.stringify(LENSES)};
    for (let rep = 0; rep < 10; rep++)
      for (let i = 0; i < lenses.length; i++) {
        await new Promise((r) => requestAnimationFrame(r));
        const t0 = performance.now();
        document.dispatchEvent(new KeyboardEvent("keydown", { key: String(i + 1), bubbles: true }));
        const t1 = performance.now();
        await new Promise((r) => requestAnimationFrame(r));
        out[lenses[i]] ??= { handler: [], frame: [] };
        out[lenses[i]].handler.push(t1 - t0);
        out[lenses[i]].frame.push(performance.now() - t0);
      }
    return out;
  })()`)) as Record<string, { handler: number[]; frame: number[] }>;
  console.log("lens switch in Chromium, Canvas renderer (median of 10, ms): handler / to the next frame");
  for (const lens of LENSES) console.log(`  ${lens.padEnd(8)} ${fmt(median(switches[lens].handler))} / ${fmt(median(switches[lens].frame))}`);

  // Frames a second while panning with the arrow keys: plain map and value lens, interleaved.
  await page.locator(".map").hover();
  const fps = async (key: string): Promise<number> => {
    await page.keyboard.press(key);
    const keys = ["ArrowRight", "ArrowLeft"];
    const counts: number[] = [];
    for (const arrow of keys) {
      await page.keyboard.down(arrow);
      counts.push(
        (await page.evaluate(`new Promise((resolve) => {
          let n = 0;
          const t0 = performance.now();
          const tick = () => (performance.now() - t0 < 1000 ? (n++, requestAnimationFrame(tick)) : resolve((n * 1000) / (performance.now() - t0)));
          requestAnimationFrame(tick);
        })`)) as number,
      );
      await page.keyboard.up(arrow);
    }
    return counts.reduce((a, c) => a + c, 0) / counts.length;
  };
  // The machine is shared: each pair is measured back to back and the ratios' median reported.
  const plain: number[] = [];
  const lensed: number[] = [];
  for (let i = 0; i < 9; i++) {
    plain.push(await fps("0"));
    lensed.push(await fps("2"));
  }
  const ratios = plain.map((p, i) => lensed[i] / p);
  console.log(`panning, frames a second (median of 9 back-to-back pairs): plain ${fmt(median(plain))}, value lens ${fmt(median(lensed))}; lens / plain ${fmt(median(ratios))} (pairs ${fmt(Math.min(...ratios))}-${fmt(Math.max(...ratios))})`);
  if (b.pageErrors.length) console.error(b.pageErrors.join("\n"));
} finally {
  await b.close();
  await server.close();
}
