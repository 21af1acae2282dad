// The map legend (drawn with the tileset's own pictures) and a short glossary with Chinese terms.
import { MARK_COLOURS, css } from "../marks";
import { TILE_SIZE, TILESET_COLUMNS, legend } from "../tileFrames";
import { h } from "./dom";

const GLOSSARY: [string, string, string][] = [
  ["Land reserve", "土地储备 tǔdì chǔbèi", "State-held land taken from villages or old industry, released to developers by lease auction when the government chooses."],
  ["Land ticket", "地票 dìpiào", "The right to turn one tile of farmland into building land, earned by a village that returns a house plot to farming."],
  ["Collective land", "集体土地 jítǐ tǔdì", "Rural land owned by a village together; it must be expropriated before it can become urban land."],
  ["Hukou", "户口 hùkǒu", "Household registration: urban hukou gives access to city schools, pensions and housing."],
  ["Public rented housing (PRH)", "公租房 gōngzūfáng", "State-built flats let at a share of market rent (60% in Chongqing), paid for by borrowing. Opens with the 2010 card; employers may rent blocks for their workers."],
  ["Special economic zone", "经济特区 / 新区 xīnqū", "An area where manufacturers pay 15% corporate tax instead of 33% and get energy subsidies (Liangjiang New Area, 2010)."],
  ["Resettlement housing", "安置房 ānzhìfáng", "Flats built for villagers whose land was expropriated, part of a compensation package with urban hukou."],
  ["Informal housing", "违章建筑 wéizhāng jiànzhù", "Rooms villages build on their own land to let to migrants; cheap, unplanned, and liable to demolition."],
  ["Red line", "耕地红线 gēngdì hóngxiàn", "The national minimum of farmland. Land tickets exist to keep the total above it."],
  ["Wan", "万 wàn", "Ten thousand yuan, the game's unit of money. 100 wan = ¥1 million."],
  ["Stability", "稳定 wěndìng", "Starts at 100; every village protest against an expropriation offer costs the government 5, and each cohort displaced by a demolition 2. Unrest was the price of land taken on bad terms."],
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
      h("li", {}, h("span", { class: "mark", style: `border: 3px solid ${css(MARK_COLOURS.underWay)}`, "aria-hidden": "true" }), "Building, infrastructure or PRH estate under way"),
      h("li", {}, h("span", { class: "mark", style: `background: ${css(MARK_COLOURS.zone)}66`, "aria-hidden": "true" }), "Special economic zone (15% tax)"),
      h("li", {}, h("span", { class: "mark", style: `background: linear-gradient(${css(MARK_COLOURS.rail)}, ${css(MARK_COLOURS.rail)}) center / 100% 5px no-repeat`, "aria-hidden": "true" }), "Light rail"),
      h("li", {}, h("span", { class: "mark", style: `background: linear-gradient(${css(MARK_COLOURS.firm)}, ${css(MARK_COLOURS.firm)}) top right / 45% 45% no-repeat`, "aria-hidden": "true" }), "Factory with a manufacturer in it"),
      h("li", {}, h("span", { class: "mark", style: `background: linear-gradient(45deg, transparent 30%, ${css(MARK_COLOURS.hub)} 30% 70%, transparent 70%)`, "aria-hidden": "true" }), "Transport hub: airport, river port, rail link (grey until it opens); factories near it draw firms"),
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
