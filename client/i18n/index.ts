// The interface's language: English or Simplified Chinese, chosen by `?lang=zh-CN|en`, else the
// choice this browser remembers (localStorage "shancheng.lang"), else the browser's language
// (zh* → zh-CN, anything else → en). It can change at any time without a reload: setLanguage
// sets <html lang>, remembers the choice, and tells the pages that listen (onLanguageChange),
// which redraw. Texts come from the catalogues en.ts and zhCN.ts through i18next (plural forms
// by Intl.PluralRules, {{name}} parameters, `{{amount, money}}` for a sum in wan).
// The Chinese catalogue is a chunk of its own, loaded only for a page that opens in Chinese (this
// module waits for it before any page that imports it runs, so `t()` stays synchronous) or when
// the reader switches to Chinese: an English reader does not download it.
import i18next from "i18next";
import type { Catalogue, Key, Params, ZhCatalogue } from "./catalogue";
import { en } from "./en";
import { formatMoney } from "./money";

export type Lang = "en" | "zh-CN";
/** Each language by its own name (the switch shows these whatever the page's language). */
export const LANGUAGES: Record<Lang, string> = { en: "English", "zh-CN": "中文" };
export const LANG_STORAGE_KEY = "shancheng.lang";

const asLang = (value: string | null | undefined): Lang | null => (value === "en" || value === "zh-CN" ? value : null);

/** The language a page opens in: the address's ?lang=, else the remembered choice, else the browser's. */
export function detectLanguage(search: string, stored: string | null, browser: string | undefined): Lang {
  return asLang(new URLSearchParams(search).get("lang")) ?? asLang(stored) ?? (browser?.toLowerCase().startsWith("zh") ? "zh-CN" : "en");
}

function storedLanguage(): string | null {
  try {
    return globalThis.localStorage?.getItem(LANG_STORAGE_KEY) ?? null;
  } catch {
    return null; // storage blocked: the address or the browser decides
  }
}

const i18n = i18next.createInstance();
void i18n.init({
  lng: "en",
  fallbackLng: "en",
  resources: { en: { translation: en } },
  initAsync: false,
  // The pages build DOM nodes from text (textContent), so nothing needs HTML escaping here.
  interpolation: { escapeValue: false },
});
i18n.services.formatter?.add("money", (value: number, lng: string | undefined) => formatMoney(value, asLang(lng) ?? "en"));

/** The Chinese catalogue once its chunk has loaded. */
let zh: ZhCatalogue | null = null;

/** Load the Chinese catalogue's chunk (once) and give it to i18next. */
export async function loadChinese(): Promise<void> {
  if (zh) return;
  const { zhCN } = await import("./zhCN");
  i18n.addResourceBundle("zh-CN", "translation", zhCN);
  zh = zhCN;
}

/** The page's language now. */
export const lang = (): Lang => asLang(i18n.language) ?? "en";

/** A text of the catalogue in the page's language. */
export const t = (key: Key, params?: Params): string => i18n.t(key, params ?? {}) as string;

/** Whether the catalogue has `key` (e.g. a refusal code it can render). */
export const hasText = (key: string): boolean => i18n.exists(key);

/** A text whose parameters are page nodes (a link, a bold name): the text split around them. */
export function tNodes(key: Key, nodes: Record<string, Node | string>, params: Params = {}): (Node | string)[] {
  const marks = Object.fromEntries(Object.keys(nodes).map((name) => [name, `\u0000${name}\u0000`]));
  return t(key, { ...params, ...marks })
    .split("\u0000")
    .map((part, i) => (i % 2 === 1 ? nodes[part] : part))
    .filter((part) => part !== "");
}

/** This language's catalogue, for the sections read as data (chart texts, CSV columns). */
export const catalogue = (): Catalogue | ZhCatalogue => (lang() === "zh-CN" && zh ? zh : en);

const listeners = new Set<(lang: Lang) => void>();

/** Call `listener` after every change of language; returns the function that stops it. */
export function onLanguageChange(listener: (lang: Lang) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The language last asked for (a switch back to English while Chinese loads wins). */
let wanted: Lang = "en";

/** Switch the page to `next`, remember it in this browser, and let the pages redraw: at once, or
 * once the Chinese catalogue has loaded (the promise resolves when the page reads `next`). */
export async function setLanguage(next: Lang, remember = true): Promise<void> {
  wanted = next;
  if (next === "zh-CN" && !zh) await loadChinese();
  if (next !== wanted || next === lang()) return;
  void i18n.changeLanguage(next);
  if (remember)
    try {
      globalThis.localStorage?.setItem(LANG_STORAGE_KEY, next);
    } catch {
      // storage blocked: the choice lasts for this page only
    }
  markDocument();
  for (const listener of listeners) listener(next);
}

/** <html lang> follows the page's language (screen readers, fonts, line breaking). */
function markDocument(): void {
  if (globalThis.document) document.documentElement.lang = lang();
}
// A page that opens in Chinese waits here for the catalogue, before anything is drawn.
await setLanguage(detectLanguage(globalThis.location?.search ?? "", storedLanguage(), globalThis.navigator?.language), false);
markDocument();
