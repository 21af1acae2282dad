// The language switch any page can mount: a labelled <select> of the two languages, each named
// in its own language. Choosing one switches the page at once (setLanguage); every switch on
// the page follows. index.html has a slot for it (#language-switch), filled on every page.
import { h } from "../ui/dom";
import { textSizeControl } from "../ui/textSize";
import { LANGUAGES, lang, onLanguageChange, setLanguage, t, type Lang } from "./index";

export function languageSwitch(): HTMLElement {
  const label = h("span", { class: "language-label" }, t("language.label"));
  const select = h(
    "select",
    { class: "language-select", "aria-label": `${t("language.label")} / Language`, onchange: () => setLanguage(select.value as Lang) },
    ...(Object.keys(LANGUAGES) as Lang[]).map((l) => h("option", { value: l, lang: l, selected: l === lang() }, LANGUAGES[l])),
  );
  onLanguageChange((l) => {
    select.value = l;
    label.textContent = t("language.label");
  });
  // The text size goes with it: one place for how the page reads (ui/textSize.ts).
  return h("span", { class: "language-switch" }, h("label", { class: "language-choice" }, label, select), textSizeControl());
}

/** Fill the page's slot (index.html #language-switch), if it has one and it is empty. */
export function mountLanguageSlot(): void {
  const slot = globalThis.document?.getElementById("language-switch");
  if (slot && !slot.firstChild) slot.append(languageSwitch());
}
