// The text size: two buttons beside the language switch on every page (i18n/switch.ts), remembered
// by this browser (localStorage "shancheng.textSize") and applied to the page's root font size
// (base.css: 17 px × --text-scale), so every panel sized in rem grows with it.
import { h } from "./dom";
import { onLanguageChange, t } from "../i18n";

/** The sizes offered, as a share of the normal 17 px. */
export const TEXT_SCALES = [1, 1.15, 1.3, 1.5] as const;
export const TEXT_SIZE_STORAGE_KEY = "shancheng.textSize";

function storedScale(): number {
  try {
    const v = Number(globalThis.localStorage?.getItem(TEXT_SIZE_STORAGE_KEY));
    return (TEXT_SCALES as readonly number[]).includes(v) ? v : 1;
  } catch {
    return 1; // storage blocked: the normal size
  }
}

let scale = storedScale();
/** The size shown by each control on the page, to follow a change made in another. */
const shown = new Set<HTMLElement>();

function apply(): void {
  globalThis.document?.documentElement.style.setProperty("--text-scale", String(scale));
  for (const el of [...shown]) {
    if (!el.isConnected) shown.delete(el);
    else el.textContent = `${Math.round(scale * 100)}%`;
  }
}
apply();

/** Set the page's text size and remember it. */
export function setTextScale(next: number): void {
  scale = next;
  try {
    globalThis.localStorage?.setItem(TEXT_SIZE_STORAGE_KEY, String(next));
  } catch {
    // storage blocked: the size holds for this page only
  }
  apply();
}

/** One step smaller or larger, within TEXT_SCALES. */
const step = (by: -1 | 1): void => {
  const i = TEXT_SCALES.indexOf(scale as (typeof TEXT_SCALES)[number]);
  setTextScale(TEXT_SCALES[Math.min(TEXT_SCALES.length - 1, Math.max(0, i + by))]);
};

/** "A− 115% A+": a labelled group of two buttons and the size now. */
export function textSizeControl(): HTMLElement {
  const smaller = h("button", { type: "button", class: "text-smaller", onclick: () => step(-1) }, "A−");
  const larger = h("button", { type: "button", class: "text-larger", onclick: () => step(1) }, "A+");
  const now = h("span", { class: "text-size-now", "aria-live": "polite" }, `${Math.round(scale * 100)}%`);
  const group = h("span", { class: "text-size", role: "group" }, smaller, now, larger);
  const label = () => {
    group.setAttribute("aria-label", t("a11y.textSizeLabel"));
    smaller.setAttribute("aria-label", t("a11y.smaller"));
    larger.setAttribute("aria-label", t("a11y.larger"));
  };
  label();
  onLanguageChange(label);
  shown.add(now);
  return group;
}
