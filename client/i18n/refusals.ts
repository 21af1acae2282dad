// An engine refusal or a server error in the reader's language: the catalogue's text for its
// code (refusal.<code>, enRefusals.ts) with the refusal's params made readable first — sums in
// wan as money, tiles and seats by name, the game's vocabulary from `terms` — else (a code this
// page does not know, or none) the English sentence the engine or the room wrote.
import { REFUSAL_CODES, type RefusalCode } from "../../shared/engine/refusalCodes";
import type { Key, Params } from "./catalogue";
import { catalogue, hasText, lang, t } from "./index";
import { formatMoney } from "./money";

/** How the page names a tile and a seat (the game screen knows the map and the seats' labels). */
export interface Names {
  tile(tile: number): string;
  seat(seat: number): string;
}

const NUMBERS_ONLY: Names = {
  tile: (tile) => t("terms.tileNumber", { tile }),
  seat: (seat) => t("terms.seat", { seat }),
};

/** Parameters that are sums of wan (except in tooLarge, whose limit is bytes). */
const MONEY = new Set(["needed", "available", "amount", "minimum", "room", "limit", "owed", "cost", "reserve"]);
/** Parameters whose value is a word of the game's vocabulary, by the terms section naming it. */
const TERMS = { terrain: "terrain", tenure: "tenure", use: "use", plan: "plan", building: "building", infra: "infra", what: "unlock", queued: "queuedKind", status: "status", side: "side", job: "job", home: "home" } as const;

const isCode = (code: string): code is RefusalCode => code in REFUSAL_CODES;

function readable(code: RefusalCode, name: string, value: string | number, names: Names): string | number {
  const terms = catalogue().terms;
  if (MONEY.has(name) && code !== "tooLarge") return formatMoney(Number(value), lang());
  if (name === "tile") return names.tile(Number(value));
  if (name === "seat") return names.seat(Number(value));
  if (name === "roles") return String(value).split(",").map((role) => (catalogue().roles as Record<string, { title: string }>)[role]?.title ?? role).join(terms.list);
  if (name === "role") return (catalogue().roles as Record<string, { title: string }>)[String(value)]?.title ?? value;
  if (name === "personality") return (catalogue().personality as Record<string, { name: string }>)[String(value)]?.name ?? value;
  if (name in TERMS) return (terms[TERMS[name as keyof typeof TERMS]] as Record<string, string>)[String(value)] ?? value;
  return value;
}

/** The refusal's params as the reader reads them (see the header). */
export function readableParams(code: RefusalCode, params: Params, names: Names = NUMBERS_ONLY): Params {
  return Object.fromEntries(Object.entries(params).map(([name, value]) => [name, readable(code, name, value, names)]));
}

export function refusalText(code: string | undefined, params: Params | undefined, fallbackSentence: string, names?: Names): string {
  if (!code || !isCode(code) || !hasText(`refusal.${code}`)) return fallbackSentence;
  return t(`refusal.${code}` as Key, readableParams(code, params ?? {}, names));
}
