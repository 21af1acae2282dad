// A field where a player types a sum of money, in the unit the page shows money in: millions of
// yuan on an English page (15 means ¥15 m), 万 on a Chinese one (1500 means ¥1,500万). The engine
// counts whole wan (1 wan = ¥10,000; docs/scale.md), so a field reads back in wan, rounded.
// Beside the field, the unit; past the larger unit (¥1 bn, 1 亿) also the sum as the panels show it.
import { lang, t } from "../i18n";
import { h } from "./dom";
import { money } from "./money";

/** Wan per typed unit: ¥1 m is 100 wan; 万 is 1. */
const wanPerUnit = (): number => (lang() === "zh-CN" ? 1 : 100);

/** A figure typed in the reader's unit, in whole wan. */
export const typedToWan = (typed: number): number => Math.round(typed * wanPerUnit());
/** From the larger unit on, the typed figure is hard to read: ¥1 bn (100,000 wan), 1 亿 (10,000 wan). */
const bigFrom = (): number => (lang() === "zh-CN" ? 10_000 : 100_000);

export interface MoneyField {
  input: HTMLInputElement;
  /** The field, its unit and the sum in words, in one row. */
  row: HTMLElement;
  /** What is typed, in wan (NaN when the field holds no number). */
  wan(): number;
}

/** A sum typed in the reader's unit; `value` and `min` in wan. */
export function moneyField(id: string, value: number, min = 0): MoneyField {
  const per = wanPerUnit();
  const input = h("input", { id, type: "number", min: min / per, step: "any", inputmode: "decimal", value: value / per });
  const wan = (): number => (input.value.trim() === "" ? Number.NaN : typedToWan(Number(input.value)));
  const shown = h("span", { class: "in-millions", "aria-live": "polite" });
  const show = () => {
    const sum = wan();
    shown.textContent = Number.isFinite(sum) && Math.abs(sum) >= bigFrom() ? t("role.inMoney", { money: money(sum) }) : "";
  };
  input.addEventListener("input", show);
  show();
  return { input, row: h("div", { class: "amount-row" }, input, h("span", { class: "money-unit" }, t("role.moneyUnit")), shown), wan };
}
