// How each lens class looks: a colour (Okabe-Ito for categories, viridis and magma for scales,
// blue/orange for rises/falls, all readable with the common colour-vision deficiencies) and a
// pattern or shape, so no class is told from another by colour alone. One painter draws both the
// map's lens layer and the legend's swatches, so the key shows exactly what the map shows.
import type { LensData } from "../shared/views/lenses";

export type Pattern = "solid" | "hatch" | "cross" | "dots" | "stripes" | "dot" | "ring" | "up" | "down" | "person";

export interface Swatch {
  colour: string;
  pattern: Pattern;
  /** For dot, ring, up and down: the shape's size, 0-1 of the tile. */
  size?: number;
}

/** Categorical colours by class id (holders, plan, housing). Villages and developers get a colour each, by their order. */
const CATEGORY: Record<string, Swatch> = {
  government: { colour: "#0072b2", pattern: "solid" },
  reserve: { colour: "#56b4e9", pattern: "cross" },
  prh: { colour: "#009e73", pattern: "stripes" },
  zone: { colour: "#f0e442", pattern: "cross" },
  industrial: { colour: "#0072b2", pattern: "hatch" },
  // Most of the city is planned for housing: a pale fill, so industry, zones and green stand out.
  residential: { colour: "#f3dfb8", pattern: "solid" },
  green: { colour: "#44aa99", pattern: "ring", size: 0.6 },
  hubOpen: { colour: "#cc79a7", pattern: "dots" },
  hubPlanned: { colour: "#999999", pattern: "dots" },
  farmland: { colour: "#009e73", pattern: "stripes" },
  full: { colour: "#882255", pattern: "person" },
  migrants: { colour: "#d55e00", pattern: "person" },
  prhRented: { colour: "#009e73", pattern: "solid" },
  commercialHousing: { colour: "#0072b2", pattern: "dots" },
  villageHousing: { colour: "#e69f00", pattern: "hatch" },
  informalHousing: { colour: "#cc79a7", pattern: "cross" },
  oldUrban: { colour: "#999999", pattern: "solid" },
};
const VILLAGES = ["#e69f00", "#f0e442", "#d55e00", "#ffd59a", "#8c510a", "#c7a76c"];
const DEVELOPERS = ["#cc79a7", "#882255", "#aa4499", "#ddaadd"];
const VIRIDIS = ["#440154", "#414487", "#2a788e", "#22a884", "#7ad151", "#fde725"];
/** Travel cost: light where the core is near, dark where it is far (magma, reversed). */
const MAGMA = ["#fcfdbf", "#fe9f6d", "#de4968", "#8c2981", "#3b0f70", "#000004"];
/** Change: falls orange with a down-pointing triangle, steady grey, rises in deepening blue with an up-pointing one. */
const CHANGE: Swatch[] = [
  { colour: "#e08214", pattern: "down", size: 0.7 },
  { colour: "#bdbdbd", pattern: "solid" },
  { colour: "#92c5de", pattern: "up", size: 0.4 },
  { colour: "#4393c3", pattern: "up", size: 0.6 },
  { colour: "#2166ac", pattern: "up", size: 0.85 },
];

/** The look of class `index` of a lens. */
export function swatchOf(data: LensData, index: number): Swatch {
  const c = data.classes[index];
  const rank = data.classes.slice(0, index).filter((o) => o.id === c.id).length;
  if (c.id === "village") return { colour: VILLAGES[rank % VILLAGES.length], pattern: "hatch" };
  if (c.id === "developer") return { colour: DEVELOPERS[rank % DEVELOPERS.length], pattern: "dots" };
  if (data.lens === "value") return { colour: VIRIDIS[index], pattern: "dot", size: (index + 1) / 7 };
  if (data.lens === "travel") return { colour: MAGMA[index], pattern: "ring", size: (index + 1) / 7 };
  if (data.lens === "change") return CHANGE[index];
  return CATEGORY[c.id] ?? { colour: "#ffffff", pattern: "solid" };
}

/** A pattern's ink: dark on light colours, light on dark ones; the scales' shapes fainter, as they sit on every tile. */
function ink(colour: string, faint: boolean): string {
  const n = parseInt(colour.slice(1), 16);
  const luma = 0.299 * (n >> 16) + 0.587 * ((n >> 8) & 255) + 0.114 * (n & 255);
  const alpha = faint ? 0.45 : 0.75;
  return luma > 140 ? `rgba(0,0,0,${alpha})` : `rgba(255,255,255,${alpha})`;
}

/** Paint one tile (or one legend swatch) of side `s` pixels at (x, y). */
export function paint(g: CanvasRenderingContext2D, x: number, y: number, s: number, sw: Swatch): void {
  g.fillStyle = sw.colour;
  g.fillRect(x, y, s, s);
  g.fillStyle = g.strokeStyle = ink(sw.colour, sw.pattern === "dot" || sw.pattern === "ring");
  g.lineWidth = Math.max(1, s / 10);
  const c = s / 2;
  const r = ((sw.size ?? 0.5) * s) / 2;
  g.beginPath();
  switch (sw.pattern) {
    case "solid":
      return;
    case "hatch":
      g.moveTo(x, y + s);
      g.lineTo(x + s, y);
      g.moveTo(x, y + c);
      g.lineTo(x + c, y);
      g.moveTo(x + c, y + s);
      g.lineTo(x + s, y + c);
      break;
    case "cross":
      g.moveTo(x, y);
      g.lineTo(x + s, y + s);
      g.moveTo(x + s, y);
      g.lineTo(x, y + s);
      break;
    case "stripes":
      for (const f of [0.25, 0.75]) {
        g.moveTo(x, y + s * f);
        g.lineTo(x + s, y + s * f);
      }
      break;
    case "dots":
      for (const [fx, fy] of [[0.25, 0.25], [0.75, 0.75]]) g.rect(x + s * fx - s / 10, y + s * fy - s / 10, s / 5, s / 5);
      g.fill();
      return;
    case "dot":
      g.arc(x + c, y + c, r, 0, 2 * Math.PI);
      g.fill();
      return;
    case "ring":
      g.arc(x + c, y + c, r, 0, 2 * Math.PI);
      break;
    case "up":
    case "down": {
      const d = sw.pattern === "up" ? -1 : 1;
      g.moveTo(x + c - r, y + c - d * r * 0.8);
      g.lineTo(x + c + r, y + c - d * r * 0.8);
      g.lineTo(x + c, y + c + d * r * 0.8);
      g.closePath();
      g.fill();
      return;
    }
    case "person":
      g.arc(x + c, y + s * 0.32, s / 7, 0, 2 * Math.PI);
      g.fill();
      g.beginPath();
      g.rect(x + c - s / 6, y + s * 0.5, s / 3, s * 0.35);
      g.fill();
      return;
  }
  g.stroke();
}
