// In-page links of the debrief's contents and prompts.
import { h } from "./dom";

/** A link that scrolls the debrief to a section or chart (without touching the page's address). */
export function jumpLink(target: string, text: string): HTMLAnchorElement {
  return h(
    "a",
    {
      href: `#${target}`,
      onclick: (e: Event) => {
        e.preventDefault();
        const el = document.getElementById(target);
        el?.scrollIntoView({ behavior: "smooth", block: "start" });
        el?.focus({ preventScroll: true });
      },
    },
    text,
  );
}
