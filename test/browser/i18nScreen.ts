// What the i18n browser tests check a page with: its visible text nodes and labels that are texts
// of the English catalogue (en.ts), skipping what the server and the scenario write (given per
// page as `skip`, a CSS selector) and whatever is marked as English (lang="en": the switch's
// "English", the glossary's English term beside the Chinese).
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { en } from "../../client/i18n/en";
import { zhCN } from "../../client/i18n/zhCN";

function leaves(value: unknown): string[] {
  return typeof value === "string" ? [value] : value && typeof value === "object" ? Object.values(value).flatMap(leaves) : [];
}
/** The English catalogue as what it would put on screen: whole texts without parameters, and the
 * longer literal pieces of texts with parameters ("Students join at ", " with the code"). */
const ENGLISH = leaves(en).flatMap((text) => text.split(/\{\{[^}]*\}\}/).map((piece) => piece.trim()));
/** Texts Chinese writes the same way ("GDP") are not English on a Chinese page. */
const SHARED = new Set(leaves(zhCN));
const WHOLE = [...new Set(leaves(en).filter((text) => !text.includes("{{") && /[a-z]{2}/i.test(text) && !SHARED.has(text)))];
const PIECES = [...new Set(ENGLISH.filter((piece) => piece.length >= 12 && /[a-z]{3,}\s+[a-z]{2,}/i.test(piece)))];

/** Visible texts of the page that are English catalogue texts. `labels`: elements whose text is a
 * name from the server (a seat label), taken out of every other text before it is checked. */
export async function englishOnScreen(page: Page, skip: string, labels = ""): Promise<string[]> {
  const nodes = await page.evaluate(
    ({ skip, labels }) => {
      const all = `[lang='en'], script, style${skip ? `, ${skip}` : ""}`;
      const out: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        const text = (n.textContent ?? "").trim();
        if (!el || !text || el.closest(all) || !el.checkVisibility()) continue;
        out.push(text);
      }
      for (const el of document.querySelectorAll<HTMLElement>("[aria-label], [title], [placeholder]")) {
        if (el.closest(all)) continue;
        for (const name of ["aria-label", "title", "placeholder"]) if (el.getAttribute(name)) out.push(el.getAttribute(name)!.trim());
      }
      const names = labels ? [...document.querySelectorAll(labels)].map((el) => el.textContent?.trim() ?? "").filter(Boolean) : [];
      return out.map((text) => names.reduce((rest, name) => rest.replaceAll(name, ""), text));
    },
    { skip, labels },
  );
  return [...new Set(nodes.filter((text) => WHOLE.includes(text) || PIECES.some((piece) => text.includes(piece))))];
}

/** I18N_SCREENSHOTS=/tmp/dir: a picture of the page under `name`. */
export async function shot(page: Page, name: string): Promise<void> {
  const dir = process.env.I18N_SCREENSHOTS;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`) });
}
