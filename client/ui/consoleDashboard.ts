// The console's live dashboard: the city's key numbers after the last resolved round, large
// enough to read on a projector, each with its change since the round before.
import type { RoomState } from "../../server/room/schema";
import type { RoundRecord } from "../../shared/model/state";
import { h } from "./dom";
import { historyOf as parseHistory } from "../synced";
import { money } from "./money";

interface Tile {
  label: string;
  value: (r: RoundRecord) => number;
  format: (v: number) => string;
  /** Words after the number, e.g. the red line. */
  note?: (r: RoundRecord) => string;
  /** Whether a rise is good news (colours the change); undefined: neither. */
  upIsGood?: boolean;
  title: string;
}

const count = (v: number): string => v.toLocaleString("en-US");

export const DASHBOARD: Tile[] = [
  { label: "GDP this round", value: (r) => r.gdp, format: money, upIsGood: true, title: "Wages, farm income, firms' profits, construction spending and rents in the round" },
  { label: "Government debt", value: (r) => r.governmentDebt, format: money, upIsGood: false, title: "The municipal government's debt at the end of the round" },
  { label: "Farmland tiles", value: (r) => r.farmlandTiles, format: count, note: (r) => `red line ${count(r.redLineTiles)}`, title: "Farmland left, and the national red line it must stay above" },
  { label: "Urban hukou holders", value: (r) => r.hukouHolders, format: count, upIsGood: true, title: "Migrant cohorts with urban hukou plus converted village households" },
  { label: "PRH households", value: (r) => r.prhOccupiedByMigrants, format: count, upIsGood: true, title: "Migrant households living in public rented housing" },
  { label: "Manufacturers", value: (r) => r.firms, format: count, note: (r) => `${count(r.firmsInZone)} in zones`, upIsGood: true, title: "Manufacturers located in the city (in special economic zones)" },
  { label: "Stability", value: (r) => r.stability, format: count, upIsGood: true, title: "Social stability, 0-100: protests against expropriation lower it" },
];

export function consoleDashboard(state: RoomState): HTMLElement {
  const history = parseHistory(state);
  const last = history.at(-1);
  const before = history.at(-2);
  const heading = h("h2", { id: "console-dashboard-heading" }, last ? `The city after ${last.year}–${last.year + 1} (round ${last.round})` : "The city");
  if (!last) return h("div", {}, heading, h("p", { class: "hint" }, "The numbers appear here when the first round has been resolved."));
  return h(
    "div",
    {},
    heading,
    h(
      "dl",
      { class: "console-numbers" },
      ...DASHBOARD.map((t) => {
        const value = t.value(last);
        const d = before ? value - t.value(before) : 0;
        const shown = t.format(Math.abs(d));
        const changed = before && d !== 0 && shown !== t.format(0);
        const good = t.upIsGood === undefined ? "" : (d > 0) === t.upIsGood ? " good" : " bad";
        const warn = t.label === "Farmland tiles" && last.farmlandTiles < last.redLineTiles;
        return h(
          "div",
          { class: `console-number${warn ? " warn" : ""}`, title: t.title },
          h("dt", {}, t.label),
          h("dd", {}, h("span", { class: "value" }, t.format(value)), changed ? h("span", { class: `change${good}` }, `${d > 0 ? "▲ +" : "▼ −"}${shown}`) : h("span", { class: "change" }, before ? "no change" : "first round"), t.note ? h("span", { class: "note" }, t.note(last)) : null),
        );
      }),
    ),
  );
}
