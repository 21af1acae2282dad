// The map legend (drawn with the tileset's own pictures) and a short glossary with Chinese terms.
import { MARK_COLOURS, css } from "../marks";
import { TILE_SIZE, TILESET_COLUMNS, legend } from "../tileFrames";
import { h } from "./dom";

const GLOSSARY: [string, string, string][] = [
  ["Land reserve", "土地储备 tǔdì chǔbèi", "State-held land taken from villages or old industry, released to developers by lease auction when the government chooses."],
  ["Land ticket", "地票 dìpiào", "The right to turn one tile of farmland into building land, earned by a village that returns a house plot to farming."],
  ["Collective land", "集体土地 jítǐ tǔdì", "Rural land owned by a village together; it must be expropriated before it can become urban land."],
  ["Hukou", "户口 hùkǒu", "Household registration: urban hukou gives access to city schools, pensions and housing."],
  ["Public rented housing", "公租房 gōngzūfáng", "State-built flats let at about 60% of market rent (arrives in a later version)."],
  ["Wan", "万 wàn", "Ten thousand yuan, the game's unit of money. 100 wan = ¥1 million."],
  ["Stability", "稳定 wěndìng", "Starts at 100; every village protest against an expropriation offer costs the government 5. Unrest was the price of land taken on bad terms."],
];

function swatch(frame: number): HTMLElement {
  const x = (frame % TILESET_COLUMNS) * TILE_SIZE;
  const y = Math.floor(frame / TILESET_COLUMNS) * TILE_SIZE;
  return h("span", { class: "swatch", "aria-hidden": "true", style: `background-position: -${x}px -${y}px` });
}

export function legendView(): HTMLElement {
  const groups = (["terrain", "use", "tenure"] as const).map((kind) =>
    h("div", { class: "legend-group" }, h("h3", {}, kind === "use" ? "Land use" : kind === "tenure" ? "Tenure (corner marks)" : "Terrain"), h("ul", {}, ...legend.filter((l) => l.kind === kind).map((l) => h("li", {}, swatch(l.frame), l.label)))),
  );
  const marks = h(
    "div",
    { class: "legend-group" },
    h("h3", {}, "Marks on the map"),
    h(
      "ul",
      {},
      h("li", {}, h("span", { class: "mark mark-mine", "aria-hidden": "true" }), "Edge of your land (villages, developers)"),
      h("li", {}, h("span", { class: "mark", style: `border: 3px solid ${css(MARK_COLOURS.underWay)}`, "aria-hidden": "true" }), "Building or bridge under way"),
      h("li", {}, h("span", { class: "mark", style: `border: 2px solid ${css(MARK_COLOURS.auction)}; background: linear-gradient(135deg, ${css(MARK_COLOURS.auction)} 30%, transparent 30%)`, "aria-hidden": "true" }), "Up for auction this round"),
      h("li", {}, h("span", { class: "mark", style: `border: 3px solid ${css(MARK_COLOURS.offer)}; border-radius: 50%`, "aria-hidden": "true" }), "Compensation offered, awaiting an answer"),
    ),
  );
  return h(
    "details",
    { class: "legend" },
    h("summary", {}, "Map key and glossary"),
    ...groups,
    marks,
    h("h3", {}, "Glossary"),
    h("dl", { class: "glossary" }, ...GLOSSARY.flatMap(([term, zh, text]) => [h("dt", {}, term, " ", h("span", { lang: "zh" }, zh)), h("dd", {}, text)])),
  );
}
