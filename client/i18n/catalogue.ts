// The catalogues' types. The English catalogue (en.ts) is the reference: Catalogue is its shape
// with every text widened to string, ZhCatalogue the same without the `_one` plural forms
// (Chinese has one plural form, `_other`), and Key every text's i18next key (a plural key
// without its suffix: t("console.students", { count }) picks the form).
import type { en } from "./en";

type Widen<T> = T extends string ? string : T extends readonly string[] ? string[] : { [K in keyof T]: Widen<T[K]> };
export type Catalogue = Widen<typeof en>;

type WithoutOne<T> = T extends string ? string : T extends readonly string[] ? string[] : { [K in keyof T as K extends `${string}_one` ? never : K]: WithoutOne<T[K]> };
export type ZhCatalogue = WithoutOne<typeof en>;

type Singular<K extends string> = K extends `${infer B}_one` ? B : K extends `${infer B}_other` ? B : K;
type Leaves<T, P extends string> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${Singular<K>}` : T[K] extends readonly unknown[] ? never : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];
/** Every text's key, e.g. "console.title", "console.students" (plural), "refusal.<code>". */
export type Key = Leaves<Catalogue, "">;

/** A text's parameters: {{name}} in the catalogue. */
export type Params = Record<string, string | number>;
