// npm run bench:wire — bytes on the wire over a whole bot game (test/helpers/wireBytes.ts says
// how they are measured), printed with what a round's patch is made of. Not a test: it asserts
// nothing (test/integration/wireBytes.test.ts holds the same figures to the targets).
import { measureWireBytes, median } from "../helpers/wireBytes";

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const { joins, roundPatches, parts, roundRedraws } = await measureWireBytes();

const last = joins.at(-1)!;
const joinRatio = Math.max(...joins.map((j) => j.bytes / j.json));
const patchRatio = median(roundPatches) / last.json;
console.log(`whole bot game: ${roundPatches.length} rounds; a fresh client joined after every round`);
for (const j of joins) console.log(`  after round ${String(j.round).padStart(2)}: join ${kb(j.bytes).padStart(8)}  room state JSON ${kb(j.json).padStart(8)} (gzip ${kb(j.gzip)}; as synced ${kb(j.synced)})  join/JSON ${(j.bytes / j.json).toFixed(2)}x`);
console.log(`round patches to a seated client: median ${kb(median(roundPatches))}, max ${kb(Math.max(...roundPatches))} (${roundPatches.join(" ")} B)`);
const byPart = Object.entries(parts)
  .map(([k, v]) => [k, median(v)] as const)
  .filter(([, v]) => v > 0)
  .sort((a, b) => b[1] - a[1]);
console.log(`what a round changes, median JSON bytes by part: ${byPart.map(([k, v]) => `${k} ${v}`).join(", ")}`);
const sum = (f: (r: (typeof roundRedraws)[number]) => number) => roundRedraws.reduce((n, r) => n + f(r), 0);
console.log(`redraws per round (mean): ${(sum((r) => r.patches) / roundRedraws.length).toFixed(1)} patches; the map drawn ${(sum((r) => r.map) / roundRedraws.length).toFixed(1)} times, the round bar ${(sum((r) => r.bar) / roundRedraws.length).toFixed(1)} (before: on every patch)`);
console.log(`join / room state JSON:   worst ${joinRatio.toFixed(2)}x (target <= 0.5x)`);
console.log(`round patch / final JSON: median ${patchRatio.toFixed(4)} = 1/${Math.round(1 / patchRatio)} (target <= 1/100)`);
process.exit(0);
