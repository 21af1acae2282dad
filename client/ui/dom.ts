// A tiny element builder: h("button", { class: "primary", onclick }, "Text").
type Attrs = Record<string, string | number | boolean | ((e: Event) => void) | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Node | string | null | false)[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (typeof value === "function") el.addEventListener(key.replace(/^on/, ""), value);
    else if (value === true) el.setAttribute(key, "");
    else el.setAttribute(key, String(value));
  }
  for (const child of children) if (child !== null && child !== false) el.append(child);
  return el;
}

/**
 * Replace an element's children. A keyboard user's focus inside it moves to the new copy of the
 * focused control (same id, else same tag and text), else to the new content's first heading,
 * else its first control: never to <body>.
 */
export function fill(el: Element, ...children: (Node | string | null | false)[]): void {
  const active = document.activeElement;
  const had = active instanceof HTMLElement && active !== el && el.contains(active) ? { id: active.id, tag: active.tagName, text: active.textContent } : null;
  el.replaceChildren(...children.filter((c): c is Node | string => c !== null && c !== false));
  if (had && !el.contains(document.activeElement)) refocus(el, had);
}

function refocus(el: Element, had: { id: string; tag: string; text: string | null }): void {
  const same = (had.id ? el.querySelector<HTMLElement>(`#${CSS.escape(had.id)}`) : null) ?? [...el.querySelectorAll<HTMLElement>(had.tag)].find((c) => c.textContent === had.text && !c.hasAttribute("disabled"));
  if (same) return same.focus();
  const heading = el.querySelector<HTMLElement>("h1, h2, h3");
  if (heading) {
    heading.tabIndex = -1;
    return heading.focus();
  }
  el.querySelector<HTMLElement>("button, a[href], input, select, textarea")?.focus();
}

/** Which foldable sections the reader opened: panels are redrawn often, and must not snap shut. */
const opened = new Set<string>();

/** A <details> section that stays open or closed across redraws. */
export function foldable(id: string, summary: string | Node, ...children: (Node | string | null | false)[]): HTMLDetailsElement {
  return h(
    "details",
    { id, open: opened.has(id), ontoggle: (e: Event) => ((e.target as HTMLDetailsElement).open ? opened.add(id) : opened.delete(id)) },
    h("summary", {}, summary),
    ...children,
  );
}
