// The map legend (drawn with the tileset's own pictures) and a short glossary with Chinese terms.
import { TILE_SIZE, TILESET_COLUMNS, legend } from "../tileFrames";
import { h } from "./dom";

const GLOSSARY: [string, string, string][] = [
  ["Land reserve", "土地储备 tǔdì chǔbèi", "State-held land taken from villages or old industry, released to developers by lease auction when the government chooses."],
  ["Land ticket", "地票 dìpiào", "The right to turn one tile of farmland into building land, earned by a village that returns a house plot to farming."],
  ["Collective land", "集体土地 jítǐ tǔdì", "Rural land owned by a village together; it must be expropriated before it can become urban land."],
  ["Hukou", "户口 hùkǒu", "Household registration: urban hukou gives access to city schools, pensions and housing."],
  ["Public rented housing", "公租房 gōngzūfáng", "State-built flats let at about 60% of market rent (arrives in a later version)."],
  ["Wan", "万 wàn", "Ten thousand yuan, the game's unit of money. 100 wan = ¥1 million."],
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
  return h(
    "details",
    { class: "legend" },
    h("summary", {}, "Map key and glossary"),
    ...groups,
    h("h3", {}, "Glossary"),
    h("dl", { class: "glossary" }, ...GLOSSARY.flatMap(([term, zh, text]) => [h("dt", {}, term, " ", h("span", { lang: "zh" }, zh)), h("dd", {}, text)])),
  );
}
