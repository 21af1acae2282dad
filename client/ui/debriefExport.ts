// The debrief's exports, made to be read without the game's code: the CSV's header names each
// column, says what it is in the reader's language and gives its unit ("gdp — GDP in the round
// (wan, 1 wan = ¥10,000)", "balances.3 — balance of Qinggang village (wan, …)"); the JSON says
// its units, whether the game's event plan was the historical one (counterfactual, also a CSV
// column), the plan itself, the facilitator's interventions and the comparison with history.
import type { RoundRecord } from "../../shared/model/state";
import { catalogue, t } from "../i18n";
import { outcomes, type DebriefData } from "../../shared/views/debrief";
import { valueCapture } from "../../shared/views/valueCapture";
import { flatten } from "../../shared/views/wire";
import { compareWithHistory } from "../../shared/views/history";
import { questionNumbers } from "../../shared/views/questions";
import { plotName } from "./debriefCapture";

type Unit = "wan" | "tiles" | "cohorts" | "pct" | "index" | "count" | "year" | "travel";

/** Each record field's unit (shared/model/state.ts RoundRecord); a balance (balances.N) is wan. */
const UNITS: Record<string, Unit> = {
  year: "year",
  farmlandTiles: "tiles",
  reserveTiles: "tiles",
  urbanTiles: "tiles",
  meanLandValue: "wan",
  stability: "index",
  compensationPaid: "wan",
  leaseRevenue: "wan",
  ticketPrice: "wan",
  ticketVolume: "count",
  cohortsInCity: "cohorts",
  gdp: "wan",
  "revenue.leases": "wan",
  "revenue.taxes": "wan",
  "revenue.transfers": "wan",
  "revenue.rents": "wan",
  governmentDebt: "wan",
  developerDebt: "wan",
  redLineTiles: "tiles",
  urbanPopulation: "cohorts",
  hukouHolders: "cohorts",
  ruralUrbanIncomePct: "pct",
  prhBuilt: "count",
  prhUnderConstruction: "count",
  prhOccupiedByMigrants: "count",
  prhLeasedByEmployers: "count",
  informalHousingTiles: "tiles",
  displacedTotal: "cohorts",
  firms: "count",
  firmsInZone: "count",
  firmJobs: "cohorts",
  meanTravelCost: "travel",
  urbanResidents: "count",
  hukouPeople: "count",
  ticketIncomePct: "pct",
  welfareSpending: "wan",
};

/** The header of column `name`: its name, what it is and its unit, in the page's language. */
export function columnHeader(name: string, data: Pick<DebriefData, "seats">): string {
  const fields: Record<string, string> = catalogue().csv.field;
  const balance = /^balances\.(\d+)$/.exec(name);
  const what = balance ? t("csv.balance", { seat: data.seats[Number(balance[1])]?.label ?? `#${balance[1]}` }) : fields[name];
  const unit = balance ? "wan" : UNITS[name];
  if (!what) return name;
  return unit ? t("csv.column", { name, what, unit: catalogue().csv.unit[unit] }) : t("csv.columnNoUnit", { name, what });
}

const csvCell = (s: string): string => (/[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);

/** One row per resolved round, every numeric indicator a column (the first record's order), and
 * last whether the game was counterfactual (1) or followed history's cards (0). */
export function historyCsv(data: Pick<DebriefData, "history" | "seats" | "counterfactual">): string {
  const rows: Record<string, number>[] = data.history.map((r: RoundRecord) => ({ ...flatten(r), counterfactual: data.counterfactual ? 1 : 0 }));
  const columns: string[] = [];
  for (const row of rows) for (const key of Object.keys(row)) if (!columns.includes(key)) columns.push(key);
  const lines = [columns.map((c) => csvCell(columnHeader(c, data))).join(","), ...rows.map((row) => columns.map((c) => (c in row ? String(row[c]) : "")).join(","))];
  return `${lines.join("\n")}\n`;
}

/** Everything the debrief shows, as one JSON document. */
export function debriefJson(data: DebriefData): string {
  return JSON.stringify(
    {
      exportedAt: new Date().toISOString(),
      ...(data.code ? { code: data.code } : {}),
      scenario: data.scenarioName,
      phase: data.phase,
      round: data.round,
      rounds: data.rounds,
      /** The event cards did not follow history's order (the facilitator changed the plan). */
      counterfactual: data.counterfactual,
      /** The card that opened each round ("" for none), and the facilitator's changes by round. */
      ...(data.eventPlan ? { eventPlan: data.eventPlan } : {}),
      ...(data.interventions ? { interventions: data.interventions } : {}),
      /** History beside the game: each figure, history's side and the class's (views/history.ts). */
      ...(data.references ? { vsChongqing: compareWithHistory({ history: data.history, deals: data.deals, references: data.references }).map((c) => ({ id: c.id, unit: c.unit, history: c.target, game: c.game, verdict: c.verdict, source: c.reference.source })) } : {}),
      ...(data.contributors ? { contributors: data.contributors } : {}),
      questions: questionNumbers(data),
      units: { money: "wan (1 wan = ¥10,000)", tiles: "map tiles", cohorts: "cohorts of 1,000 migrant workers", stability: "index 0–100" },
      /** balances[i] in history is seats[i]'s balance. */
      history: data.history,
      /** Each plot's deal, with its place name in the reader's language beside its tile. */
      deals: valueCapture(data).plots.map((p) => ({ ...p, place: plotName(data, p) })),
      seats: outcomes(data),
    },
    null,
    2,
  );
}
