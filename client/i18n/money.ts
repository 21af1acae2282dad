// Money in the reader's language. The engine counts integer wan (1 wan = ¥10,000; docs/scale.md).
// English: ¥ m below ¥1 bn (100 wan = ¥1 m, 100,000 wan = ¥1 bn), one decimal for millions, two
// for billions. Chinese: 万 below 1 亿 (10,000 wan = 1 亿), whole 万, up to two decimals of 亿.
// The number and its unit are held together by a no-break space, so a column never splits them.
import type { Lang } from "./index";

const NUMBER: Record<Lang, { whole: Intl.NumberFormat; tenths: Intl.NumberFormat; hundredths: Intl.NumberFormat }> = {
  en: { whole: new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 }), tenths: new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 }), hundredths: new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 }) },
  "zh-CN": { whole: new Intl.NumberFormat("zh-CN", { maximumFractionDigits: 0 }), tenths: new Intl.NumberFormat("zh-CN", { maximumFractionDigits: 1 }), hundredths: new Intl.NumberFormat("zh-CN", { maximumFractionDigits: 2 }) },
};

/** 1 亿 in wan, and ¥1 bn in wan. */
const YI = 10_000;
const BILLION = 100_000;

/** e.g. 2000 → "¥20 m" / "¥2,000万"; 12,000 → "¥120 m" / "¥1.2亿"; 250,000 → "¥2.5 bn" / "¥25亿". */
export function formatMoney(wan: number, lang: Lang): string {
  const sign = wan < 0 ? "−" : "";
  const a = Math.abs(wan);
  const n = NUMBER[lang];
  if (lang === "zh-CN") return a >= YI ? `${sign}¥${n.hundredths.format(a / YI)}亿` : `${sign}¥${n.whole.format(a)}万`;
  return a >= BILLION ? `${sign}¥${n.hundredths.format(a / BILLION)}\u00a0bn` : `${sign}¥${n.tenths.format(a / 100)}\u00a0m`;
}

/** A count of people, rounded as a headline reads: "4.04 million" / "403.8万" below which whole numbers. */
export function formatPeople(people: number, lang: Lang): string {
  const n = NUMBER[lang];
  if (lang === "zh-CN") return people >= 10_000 ? `${n.tenths.format(people / 10_000)}万` : n.whole.format(people);
  return people >= 1_000_000 ? `${n.hundredths.format(people / 1_000_000)} million` : n.whole.format(people);
}

/** A plain number in the reader's language (counts, points). */
export const formatNumber = (value: number, lang: Lang, digits = 1): string => new Intl.NumberFormat(lang === "zh-CN" ? "zh-CN" : "en-US", { maximumFractionDigits: digits }).format(value);
