// "The city so far": the last resolved round's indicators (shared/rules/indicators.ts), with
// the change from the round before.
import type { RoomState } from "../../server/room/schema";
import type { RoundRecord } from "../../shared/model/state";
import { historyOf } from "../synced";
import { h } from "./dom";
import { money } from "./money";


interface Row {
  label: string;
  value: (r: RoundRecord) => number;
  format: (v: number) => string;
  /** A flow for that round alone, so a change from the round before means little. */
  perRound?: true;
  title?: string;
}
const count = (v: number) => String(v);
const GROUPS: { heading: string; rows: Row[] }[] = [
  {
    heading: "Economy and budget",
    rows: [
      { label: "GDP this round", value: (r) => r.gdp, format: money, perRound: true, title: "Wages, farm income, firms' profits, construction spending and rents this round" },
      { label: "Revenue: land leases", value: (r) => r.revenue.leases, format: money, perRound: true },
      { label: "Revenue: taxes", value: (r) => r.revenue.taxes, format: money, perRound: true },
      { label: "Revenue: central transfers", value: (r) => r.revenue.transfers, format: money, perRound: true },
      { label: "Revenue: PRH rents", value: (r) => r.revenue.rents, format: money, perRound: true },
      { label: "Government debt", value: (r) => r.governmentDebt, format: money },
      { label: "Manufacturers (in zones)", value: (r) => r.firms, format: count },
      { label: "Factory jobs (cohorts)", value: (r) => r.firmJobs, format: count },
    ],
  },
  {
    heading: "Land",
    rows: [
      { label: "Farmland tiles", value: (r) => r.farmlandTiles, format: count, title: "The national red line is shown in brackets" },
      { label: "Land reserve tiles", value: (r) => r.reserveTiles, format: count },
      { label: "Mean land value", value: (r) => r.meanLandValue, format: money },
      { label: "Compensation paid this round", value: (r) => r.compensationPaid, format: money, perRound: true },
      { label: "Land-ticket price", value: (r) => r.ticketPrice, format: (v) => (v > 0 ? money(v) : "no trade"), perRound: true },
      { label: "Mean travel cost to the core", value: (r) => r.meanTravelCost, format: count },
    ],
  },
  {
    heading: "People",
    rows: [
      { label: "Cohorts working in the city", value: (r) => r.urbanPopulation, format: count },
      { label: "Urban hukou holders", value: (r) => r.hukouHolders, format: count, title: "Migrant cohorts plus village tiles' households converted" },
      { label: "Rural income, % of urban", value: (r) => r.ruralUrbanIncomePct, format: (v) => `${v}%` },
      { label: "PRH estates (building)", value: (r) => r.prhBuilt, format: count },
      { label: "PRH: households / employer blocks", value: (r) => r.prhOccupiedByMigrants, format: count },
      { label: "Informal housing tiles", value: (r) => r.informalHousingTiles, format: count },
      { label: "Cohorts displaced so far", value: (r) => r.displacedTotal, format: count },
      { label: "Stability", value: (r) => r.stability, format: count },
    ],
  },
];

/** Extra words after a value, e.g. the red line next to the farmland. */
function note(label: string, r: RoundRecord): string {
  if (label === "Farmland tiles") return ` (red line ${r.redLineTiles})`;
  if (label === "Manufacturers (in zones)") return ` (${r.firmsInZone})`;
  if (label === "PRH estates (building)") return ` (${r.prhUnderConstruction})`;
  if (label === "PRH: households / employer blocks") return ` / ${r.prhLeasedByEmployers}`;
  return "";
}

/** Groups the reader opened stay open when the panel is redrawn after a round. */
const openGroups = new Set(["Economy and budget"]);

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
    h("h2", { id: "indicators-heading" }, `The city after ${last.year}–${last.year + 1}`),
    ...GROUPS.map((g) =>
      h(
        "details",
        { open: openGroups.has(g.heading), ontoggle: (e: Event) => ((e.target as HTMLDetailsElement).open ? openGroups.add(g.heading) : openGroups.delete(g.heading)) },
        h("summary", {}, g.heading),
        h("dl", {}, ...g.rows.flatMap((r) => [h("dt", r.title ? { title: r.title } : {}, r.label), h("dd", {}, r.format(r.value(last)), note(r.label, last), h("span", { class: "change" }, change(r)))])),
      ),
    ),
  );
}
