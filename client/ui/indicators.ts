// "The city so far": the last resolved round's indicators (shared/rules/indicators.ts), with
// the change from the round before.
import type { RoomState } from "../../server/room/schema";
import type { RoundRecord } from "../../shared/model/state";
import { historyOf } from "../synced";
import { h } from "./dom";
import { money } from "./money";
import { lang, t } from "../i18n";
import { formatPeople } from "../i18n/money";
import type { Catalogue, Key } from "../i18n/catalogue";

type RowKey = keyof Catalogue["city"]["row"];
interface Row {
  /** The row's texts in the catalogue: city.row.<key> (label, and title or note where it has one). */
  key: RowKey;
  value: (r: RoundRecord) => number;
  format: (v: number) => string;
  /** A flow for that round alone, so a change from the round before means little. */
  perRound?: true;
  /** The catalogue has a tooltip for it (city.row.<key>.title). */
  titled?: true;
}
const count = (v: number) => String(v);
const people = (v: number) => formatPeople(v, lang());
const GROUPS: { heading: "economy" | "land" | "people"; rows: Row[] }[] = [
  {
    heading: "economy",
    rows: [
      { key: "gdp", value: (r) => r.gdp, format: money, perRound: true, titled: true },
      { key: "leases", value: (r) => r.revenue.leases, format: money, perRound: true },
      { key: "taxes", value: (r) => r.revenue.taxes, format: money, perRound: true },
      { key: "transfers", value: (r) => r.revenue.transfers, format: money, perRound: true },
      { key: "rents", value: (r) => r.revenue.rents, format: money, perRound: true },
      { key: "debt", value: (r) => r.governmentDebt, format: money },
      { key: "firms", value: (r) => r.firms, format: count },
      { key: "firmJobs", value: (r) => r.firmJobs, format: count },
    ],
  },
  {
    heading: "land",
    rows: [
      { key: "farmland", value: (r) => r.farmlandTiles, format: count, titled: true },
      { key: "reserve", value: (r) => r.reserveTiles, format: count },
      { key: "meanValue", value: (r) => r.meanLandValue, format: money },
      { key: "compensation", value: (r) => r.compensationPaid, format: money, perRound: true },
      { key: "ticketPrice", value: (r) => r.ticketPrice, format: (v) => (v > 0 ? money(v) : t("city.noTrade")), perRound: true },
      { key: "travel", value: (r) => r.meanTravelCost, format: count },
    ],
  },
  {
    heading: "people",
    rows: [
      { key: "residents", value: (r) => r.urbanResidents, format: people, titled: true },
      { key: "hukouPeople", value: (r) => r.hukouPeople, format: people, titled: true },
      { key: "urban", value: (r) => r.urbanPopulation, format: count },
      { key: "hukou", value: (r) => r.hukouHolders, format: count, titled: true },
      { key: "rural", value: (r) => r.ruralUrbanIncomePct, format: (v) => `${v}%` },
      { key: "prhBuilt", value: (r) => r.prhBuilt, format: count },
      { key: "prhLet", value: (r) => r.prhOccupiedByMigrants, format: count },
      { key: "informal", value: (r) => r.informalHousingTiles, format: count },
      { key: "displaced", value: (r) => r.displacedTotal, format: count },
      { key: "stability", value: (r) => r.stability, format: count },
    ],
  },
];

/** Extra words after a value, e.g. the red line next to the farmland (city.row.<key>.note). */
function note(key: RowKey, r: RoundRecord): string {
  if (key === "farmland") return t("city.row.farmland.note", { n: r.redLineTiles });
  if (key === "firms") return t("city.row.firms.note", { n: r.firmsInZone });
  if (key === "prhBuilt") return t("city.row.prhBuilt.note", { n: r.prhUnderConstruction });
  if (key === "prhLet") return t("city.row.prhLet.note", { n: r.prhLeasedByEmployers });
  return "";
}

/** Groups the reader opened stay open when the panel is redrawn after a round. */
const openGroups = new Set<string>(["economy"]);

export function indicatorsView(state: RoomState): HTMLElement | null {
  const history = historyOf(state);
  const last = history.at(-1);
  if (!last) return null;
  const before = history.at(-2);
  const change = (row: Row) => {
    if (!before || row.perRound) return "";
    const d = row.value(last) - row.value(before);
    const shown = row.format(Math.abs(d));
    // A change too small to show (¥0 m) is no change to the reader.
    return d === 0 || shown === money(0) ? "" : ` (${d > 0 ? "+" : "−"}${shown})`;
  };
  return h(
    "section",
    { class: "indicators", "aria-labelledby": "indicators-heading" },
    h("h2", { id: "indicators-heading" }, t("city.title", { from: last.year, to: last.year + 1 })),
    ...GROUPS.map((g) =>
      h(
        "details",
        { open: openGroups.has(g.heading), ontoggle: (e: Event) => ((e.target as HTMLDetailsElement).open ? openGroups.add(g.heading) : openGroups.delete(g.heading)) },
        h("summary", {}, t(`city.${g.heading}`)),
        h("dl", {}, ...g.rows.flatMap((r) => [h("dt", r.titled ? { title: t(`city.row.${r.key}.title` as Key) } : {}, t(`city.row.${r.key}.label`)), h("dd", {}, r.format(r.value(last)), note(r.key, last), h("span", { class: "change" }, change(r)))])),
      ),
    ),
  );
}
