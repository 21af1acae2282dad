// The console's live dashboard: the city's key numbers after the last resolved round, large
// enough to read on a projector, each with its change since the round before.
import type { RoomState } from "../../server/room/schema";
import type { RoundRecord } from "../../shared/model/state";
import { h } from "./dom";
import { historyOf as parseHistory } from "../synced";
import { lang, t as tr } from "../i18n";
import { formatMoney, formatNumber, formatPeople } from "../i18n/money";

interface Tile {
  /** The tile's texts in the catalogue: dashboard.<key>.label, .title and (if it has one) .note. */
  key: "gdp" | "debt" | "residents" | "farmland" | "hukou" | "prh" | "firms" | "stability";
  value: (r: RoundRecord) => number;
  format: (v: number) => string;
  /** The count the note's words are about, e.g. the red line. */
  note?: (r: RoundRecord) => number;
  /** Whether a rise is good news (colours the change); undefined: neither. */
  upIsGood?: boolean;
}

const count = (v: number): string => formatNumber(v, lang(), 0);
const money = (wan: number): string => formatMoney(wan, lang());

export const DASHBOARD: Tile[] = [
  { key: "gdp", value: (r) => r.gdp, format: money, upIsGood: true },
  { key: "debt", value: (r) => r.governmentDebt, format: money, upIsGood: false },
  { key: "residents", value: (r) => r.urbanResidents, format: (v) => formatPeople(v, lang()), upIsGood: true },
  { key: "farmland", value: (r) => r.farmlandTiles, format: count, note: (r) => r.redLineTiles },
  { key: "hukou", value: (r) => r.hukouHolders, format: count, upIsGood: true },
  { key: "prh", value: (r) => r.prhOccupiedByMigrants, format: count, upIsGood: true },
  { key: "firms", value: (r) => r.firms, format: count, note: (r) => r.firmsInZone, upIsGood: true },
  { key: "stability", value: (r) => r.stability, format: count, upIsGood: true },
];

const noteOf = (t: Tile, r: RoundRecord): string | null => (t.note && (t.key === "farmland" || t.key === "firms") ? tr(`dashboard.${t.key}.note`, { count: count(t.note(r)) }) : null);

export function consoleDashboard(state: RoomState): HTMLElement {
  const history = parseHistory(state);
  const last = history.at(-1);
  const before = history.at(-2);
  const heading = h("h2", { id: "console-dashboard-heading" }, last ? tr("dashboard.headingAfter", { from: last.year, to: last.year + 1, round: last.round }) : tr("dashboard.heading"));
  if (!last) return h("div", {}, heading, h("p", { class: "hint" }, tr("dashboard.empty")));
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
        const warn = t.key === "farmland" && last.farmlandTiles < last.redLineTiles;
        return h(
          "div",
          { class: `console-number${warn ? " warn" : ""}`, title: tr(`dashboard.${t.key}.title`) },
          h("dt", {}, tr(`dashboard.${t.key}.label`)),
          h("dd", {}, h("span", { class: "value" }, t.format(value)), changed ? h("span", { class: `change${good}` }, `${d > 0 ? "▲ +" : "▼ −"}${shown}`) : h("span", { class: "change" }, before ? tr("dashboard.noChange") : tr("dashboard.firstRound")), noteOf(t, last) ? h("span", { class: "note" }, noteOf(t, last)!) : null),
        );
      }),
    ),
  );
}
