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

/** Replace an element's children. */
export function fill(el: Element, ...children: (Node | string | null | false)[]): void {
  el.replaceChildren(...children.filter((c): c is Node | string => c !== null && c !== false));
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
