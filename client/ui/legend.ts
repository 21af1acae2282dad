// The map legend (drawn with the tileset's own pictures) and a short glossary in both languages.
import { MARK_COLOURS, css } from "../marks";
import { TILE_SIZE, TILESET_COLUMNS, legend } from "../tileFrames";
import { h } from "./dom";
import { catalogue, lang, t } from "../i18n";
import type { Catalogue } from "../i18n/catalogue";
import { en } from "../i18n/en";
import { zhMap } from "../i18n/zhMap";

/** The glossary's terms (the catalogue's glossary section) with each Chinese term's pinyin. */
const PINYIN: Record<keyof Catalogue["glossary"], string> = {
  reserve: "tǔdì chǔbèi",
  ticket: "dìpiào",
  collective: "jítǐ tǔdì",
  hukou: "hùkǒu",
  prh: "gōngzūfáng",
  zone: "xīnqū",
  resettlement: "ānzhìfáng",
  informal: "wéizhāng jiànzhù",
  redLine: "gēngdì hóngxiàn",
  wan: "wàn",
  stability: "wěndìng",
};

/** A term in this page's language, with the other language's name (and the pinyin) beside it. */
function glossaryEntry(key: keyof Catalogue["glossary"]): HTMLElement[] {
  const { term, text } = catalogue().glossary[key];
  const other = lang() === "zh-CN" ? h("span", { lang: "en" }, `${PINYIN[key]} · ${en.glossary[key].term}`) : h("span", { lang: "zh-CN" }, `${zhMap.glossary[key].term} ${PINYIN[key]}`);
  return [h("dt", {}, term, " ", other), h("dd", {}, text)];
}

function swatch(frame: number): HTMLElement {
  const x = (frame % TILESET_COLUMNS) * TILE_SIZE;
  const y = Math.floor(frame / TILESET_COLUMNS) * TILE_SIZE;
  return h("span", { class: "swatch", "aria-hidden": "true", style: `background-position: -${x}px -${y}px` });
}

export function legendView(): HTMLDetailsElement {
  const groups = (["terrain", "use", "tenure"] as const).map((kind) =>
    h("div", { class: "legend-group" }, h("h3", {}, t(`legend.${kind}`)), h("ul", {}, ...legend.filter((l) => l.kind === kind).map((l) => h("li", {}, swatch(l.frame), t(`legend.frame.${l.value}`))))),
  );
  const marks = h(
    "div",
    { class: "legend-group" },
    h("h3", {}, t("legend.marks")),
    h(
      "ul",
      {},
      h("li", {}, h("span", { class: "mark mark-mine", "aria-hidden": "true" }), t("legend.mine")),
      h("li", {}, h("span", { class: "mark", style: `border: 3px solid ${css(MARK_COLOURS.underWay)}`, "aria-hidden": "true" }), t("legend.underWay")),
      h("li", {}, h("span", { class: "mark", style: `background: ${css(MARK_COLOURS.zone)}66`, "aria-hidden": "true" }), t("legend.zone")),
      h("li", {}, h("span", { class: "mark", style: `background: linear-gradient(${css(MARK_COLOURS.rail)}, ${css(MARK_COLOURS.rail)}) center / 100% 5px no-repeat`, "aria-hidden": "true" }), t("legend.rail")),
      h("li", {}, h("span", { class: "mark", style: `background: linear-gradient(${css(MARK_COLOURS.firm)}, ${css(MARK_COLOURS.firm)}) top right / 45% 45% no-repeat`, "aria-hidden": "true" }), t("legend.firm")),
      h("li", {}, h("span", { class: "mark", style: `background: linear-gradient(45deg, transparent 30%, ${css(MARK_COLOURS.hub)} 30% 70%, transparent 70%)`, "aria-hidden": "true" }), t("legend.hub")),
      h("li", {}, h("span", { class: "mark", style: `border: 2px solid ${css(MARK_COLOURS.auction)}; background: linear-gradient(135deg, ${css(MARK_COLOURS.auction)} 30%, transparent 30%)`, "aria-hidden": "true" }), t("legend.auction")),
      h("li", {}, h("span", { class: "mark", style: `border: 3px solid ${css(MARK_COLOURS.offer)}; border-radius: 50%`, "aria-hidden": "true" }), t("legend.offer")),
    ),
  );
  return h(
    "details",
    { class: "legend" },
    h("summary", {}, t("legend.title")),
    ...groups,
    marks,
    h("h3", {}, t("legend.glossary")),
    h("dl", { class: "glossary" }, ...(Object.keys(PINYIN) as (keyof Catalogue["glossary"])[]).flatMap(glossaryEntry)),
  );
}
