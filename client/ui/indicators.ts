// "The city so far": the last resolved round's indicators, with the change from the round before.
import type { RoomState } from "../../server/schema";
import { h } from "./dom";
import { money } from "./money";

type Field = "farmlandTiles" | "reserveTiles" | "urbanTiles" | "meanLandValue" | "compensationPaid" | "leaseRevenue" | "ticketPrice" | "cohortsInCity" | "stability";
/** `perRound`: a flow for that round alone, so a change from the round before means little. */
const ROWS: { field: Field; label: string; format: (v: number) => string; perRound?: true }[] = [
  { field: "farmlandTiles", label: "Farmland tiles", format: String },
  { field: "reserveTiles", label: "Land reserve tiles", format: String },
  { field: "urbanTiles", label: "State-owned land tiles (incl. ridges)", format: String },
  { field: "meanLandValue", label: "Mean land value", format: money },
  { field: "compensationPaid", label: "Compensation paid this round", format: money, perRound: true },
  { field: "leaseRevenue", label: "Lease revenue this round", format: money, perRound: true },
  { field: "ticketPrice", label: "Land-ticket price", format: (v) => (v > 0 ? money(v) : "no trade"), perRound: true },
  { field: "cohortsInCity", label: "Migrant cohorts working in the city", format: String },
  { field: "stability", label: "Stability", format: String },
];

export function indicatorsView(state: RoomState): HTMLElement | null {
  const history = [...state.history];
  const last = history.at(-1);
  if (!last) return null;
  const before = history.at(-2);
  const change = (field: Field) => {
    if (!before) return "";
    const d = last[field] - before[field];
    const shown = ROWS.find((r) => r.field === field)!.format(Math.abs(d));
    // A change too small to show (¥0 m) is no change to the reader.
    return d === 0 || shown === money(0) ? "" : ` (${d > 0 ? "+" : "−"}${shown})`;
  };
  return h(
    "section",
    { class: "indicators", "aria-labelledby": "indicators-heading" },
    h("h2", { id: "indicators-heading" }, `The city after ${last.year}–${last.year + 1}`),
    h("dl", {}, ...ROWS.flatMap((r) => [h("dt", {}, r.label), h("dd", {}, r.format(last[r.field]), h("span", { class: "change" }, r.perRound ? "" : change(r.field)))])),
  );
}
