// Two live regions for screen readers, made once per page: a polite one for what the keyboard
// did (the focus tile, a selection, a new offer) and an assertive one for what needs hearing at
// once. Each message replaces the last; the text is cleared first so the same words said twice
// are read twice.
import { h } from "./dom";

const regions = new Map<"polite" | "assertive", HTMLElement>();

function region(kind: "polite" | "assertive"): HTMLElement {
  let el = regions.get(kind);
  if (!el || !el.isConnected) {
    el = h("div", { class: "visually-hidden", role: kind === "polite" ? "status" : "alert", "aria-live": kind, "aria-atomic": "true", "data-live": kind });
    document.body.append(el);
    regions.set(kind, el);
  }
  return el;
}

/** Say `text` to a screen reader (polite: after what it is reading now). */
export function announce(text: string, kind: "polite" | "assertive" = "polite"): void {
  const el = region(kind);
  el.textContent = "";
  // A new task, so the emptied region is seen before the new words land in it.
  window.setTimeout(() => (el.textContent = text), 30);
}
