// The debrief's numbers, without the page: the chart definitions (which indicators, in which
// unit); the exports are in debriefExport.ts. Everything is read from one plain object, DebriefData
// (shared/views/debrief.ts): built in the page from the synced room state (debriefFromRoom), or
// by the server from a stored session (GET /api/sessions/:code/debrief) for a past session.
import type { RoomState } from "../../server/room/schema";
import type { RoundRecord } from "../../shared/model/state";
import type { DebriefData } from "../../shared/views/debrief";
import { plotRows } from "../../shared/views/valueCapture";
import { cumulativeCompensationShare, roundShares, type ReferenceSet } from "../../shared/views/history";
import type { ReferenceId } from "../../shared/scenarios/references";
import { historyOf, objectiveOf, rulesOf, scorePartsOf } from "../synced";
import { plotNamesIn } from "./names";

/** The debrief's data from a live room's synced state: the same numbers the server would build. */
export function debriefFromRoom(state: RoomState, code?: string): DebriefData {
  return {
    ...(code ? { code } : {}),
    phase: state.phase,
    round: state.round,
    rounds: state.rounds,
    scenarioName: state.scenarioName,
    counterfactual: state.counterfactual,
    ...(rulesOf(state).references ? { references: rulesOf(state).references } : {}),
    history: historyOf(state),
    deals: plotRows(state.deals.entries(), state.map.width),
    ...plotNamesIn(state, [...state.deals.keys()].map(Number)),
    seats: [...state.seats].map((s) => ({ id: s.id, role: s.role, label: s.label, player: s.player, score: s.score, scoreParts: scorePartsOf(state, s), balance: s.balance, objective: objectiveOf(s) })),
  };
}

/** Okabe-Ito, without the yellow (too pale on white and on a projector). */
export const OKABE_ITO = { blue: "#0072B2", vermillion: "#D55E00", green: "#009E73", purple: "#CC79A7", orange: "#E69F00", sky: "#56B4E9", black: "#000000" } as const;
/** Line styles in the same order, so lines differ on a black-and-white print too. */
export const DASHES: number[][] = [[], [14, 6], [4, 5], [16, 5, 4, 5], [2, 3], [8, 4]];

/** A line's point marker: its shape, and filled or hollow (charts.ts draws it, on the line and in the legend key). */
export type PointShape = "circle" | "square" | "triangle" | "diamond" | "bar";
export interface PointMark {
  shape: PointShape;
  filled?: true;
}
export interface SeriesDef {
  label: string;
  colour: string;
  dash?: number[];
  /** Its point marker (a hollow circle if none). */
  point?: PointMark;
  /** Drawn against the chart's right-hand axis (rightUnit). */
  right?: true;
  /** A line from history (the scenario's reference figures), not the game's. */
  reference?: true;
  /** The series' value in a round (`i`: the record's index in the game's history); null: none. */
  value: (r: RoundRecord, i: number) => number | null;
}
export interface ChartDef {
  id: string;
  title: string;
  /** The y axis label (its unit). */
  unit: string;
  /** A second unit, on the right-hand axis, for the series marked `right`. */
  rightUnit?: string;
  /** How the numbers are computed, in a sentence (docs/rules.md has the full table). */
  note: string;
  series: SeriesDef[];
  /** Fix the y range (e.g. stability 0-100); otherwise from 0 to the data's maximum. */
  range?: [number, number];
}
export interface ChartGroup {
  id: string;
  heading: string;
  charts: ChartDef[];
}

/** Money is wan in the records; charts show ¥ million (100 wan). */
const m = (wan: number): number => wan / 100;
const C = OKABE_ITO;

/** The chart each reference figure is drawn on, and the factor from the figure's unit to the chart's. */
export const REFERENCE_CHARTS: Record<ReferenceId, { chart: string; scale: number }> = {
  gdpGrowth: { chart: "chart-gdp", scale: 1 / 100 },
  urbanResidents: { chart: "chart-residents", scale: 1 / 1_000_000 },
  prhFloorArea: { chart: "chart-prh", scale: 1 },
  leaseShare: { chart: "chart-lease-share", scale: 1 },
  taxRate: { chart: "chart-tax-rate", scale: 1 },
  compensationOfLease: { chart: "chart-comp-share", scale: 1 },
};

/** A manufacturer's profit when the data carries no figures: the tax-rate chart then reads 0. */
const NO_REFERENCES: ReferenceSet = { figures: [], mapSharePct: 0, firmProfit: 0 };

export function chartGroups(data: Pick<DebriefData, "seats" | "history" | "references">): ChartGroup[] {
  const seats = data.seats;
  const refs = data.references ?? NO_REFERENCES;
  const compShare = cumulativeCompensationShare(data.history);
  const roleTotal = (role: string) => (r: RoundRecord) => m(seats.reduce((n, s, i) => (s.role === role ? n + (r.balances[i] ?? 0) : n), 0));
  return [
    {
      id: "economy",
      heading: "Economy and budget",
      charts: [
        { id: "chart-gdp", title: "GDP per round", unit: "¥ million", note: "Value added in the round: wages, farm income, firms' profits, construction spending and rents.", series: [{ label: "GDP", colour: C.blue, value: (r) => m(r.gdp) }] },
        {
          id: "chart-revenue",
          title: "Municipal revenue by source",
          unit: "¥ million per round",
          note: "Paid to the government in the round: land-lease payments, firms' taxes, central grants, PRH rents.",
          series: [
            { label: "Land leases", colour: C.vermillion, value: (r) => m(r.revenue.leases) },
            { label: "Taxes", colour: C.blue, value: (r) => m(r.revenue.taxes) },
            { label: "Central transfers", colour: C.green, value: (r) => m(r.revenue.transfers) },
            { label: "PRH rents", colour: C.purple, value: (r) => m(r.revenue.rents) },
          ],
        },
        {
          id: "chart-lease-share",
          title: "Land leases, share of revenue",
          unit: "%",
          note: "Land-lease payments as a percent of the government's revenue in the round.",
          series: [{ label: "Lease share", colour: C.vermillion, value: (r) => roundShares.leaseShare(r) }],
        },
        {
          id: "chart-budget",
          title: "Lease revenue, taxes and welfare spending",
          unit: "¥ million per round",
          note: "Land-lease revenue and taxes paid to the government in the round, and what it spent on hukou services, zone subsidies and PRH rent below market.",
          series: [
            { label: "Land leases", colour: C.vermillion, value: (r) => m(r.revenue.leases) },
            { label: "Taxes", colour: C.blue, value: (r) => m(r.revenue.taxes) },
            { label: "Welfare spending", colour: C.green, value: (r) => m(r.welfareSpending) },
          ],
        },
        {
          id: "chart-debt",
          title: "Debt",
          unit: "¥ million",
          note: "Outstanding bank loans at the end of the round (PRH loans included).",
          series: [
            { label: "Government", colour: C.blue, value: (r) => m(r.governmentDebt) },
            { label: "Developers", colour: C.purple, value: (r) => m(r.developerDebt) },
          ],
        },
        {
          id: "chart-money",
          title: "Money held, by role",
          unit: "¥ million",
          note: "Sum of the seats' balances at the end of the round: who is gaining?",
          series: [
            { label: "Government", colour: C.blue, value: roleTotal("government") },
            { label: "Villages", colour: C.green, value: roleTotal("village") },
            { label: "Developers", colour: C.purple, value: roleTotal("developer") },
            { label: "Migrants", colour: C.orange, value: roleTotal("migrant") },
          ],
        },
      ],
    },
    {
      id: "land",
      heading: "Land",
      charts: [
        {
          id: "chart-farmland",
          title: "Farmland and the red line",
          unit: "tiles",
          note: "Farmland tiles on the map; the national red line is 90% of the farmland at the start.",
          series: [
            { label: "Farmland", colour: C.green, value: (r) => r.farmlandTiles },
            { label: "Red line", colour: C.black, value: (r) => r.redLineTiles },
          ],
        },
        {
          id: "chart-reserve",
          title: "Land reserve and urban land",
          unit: "tiles",
          note: "State land-reserve tiles waiting to be leased, and urban state land.",
          series: [
            { label: "Land reserve", colour: C.vermillion, value: (r) => r.reserveTiles },
            { label: "Urban land", colour: C.blue, value: (r) => r.urbanTiles },
          ],
        },
        {
          id: "chart-capture",
          title: "Compensation paid vs lease revenue",
          unit: "¥ million per round",
          note: "Compensation paid to villages in the round, and land-lease payments to the government.",
          series: [
            { label: "Compensation to villages", colour: C.green, value: (r) => m(r.compensationPaid) },
            { label: "Lease revenue", colour: C.vermillion, value: (r) => m(r.leaseRevenue) },
          ],
        },
        {
          id: "chart-comp-share",
          title: "Compensation, share of the lease price",
          unit: "%",
          note: "Compensation paid to villages so far as a percent of the lease revenue so far.",
          series: [{ label: "Compensation / lease", colour: C.green, value: (_r, i) => compShare[i] ?? null }],
        },
        { id: "chart-land-value", title: "Mean land value", unit: "¥ million per tile", note: "Mean land value of buildable (flat and slope) tiles, from accessibility.", series: [{ label: "Mean land value", colour: C.blue, value: (r) => m(r.meanLandValue) }] },
        {
          id: "chart-tickets",
          title: "Land tickets (dipiao 地票)",
          unit: "¥ million per ticket",
          rightUnit: "tickets traded",
          note: "Clearing price per ticket on the exchange (0: no trade that round), left; tickets traded, right.",
          series: [
            { label: "Price per ticket (¥ m, left)", colour: C.vermillion, value: (r) => m(r.ticketPrice) },
            { label: "Tickets traded (right)", colour: C.sky, right: true, value: (r) => r.ticketVolume },
          ],
        },
        { id: "chart-travel", title: "Mean travel cost to the core", unit: "travel cost", note: "Mean travel cost to the core over buildable tiles: bridges, roads and rail bring land closer.", series: [{ label: "Mean travel cost", colour: C.black, value: (r) => r.meanTravelCost }] },
      ],
    },
    {
      id: "people",
      heading: "People",
      charts: [
        {
          id: "chart-residents",
          title: "Urban residents",
          unit: "million people",
          note: "People living in the city's housing on the map at the end of the round.",
          series: [{ label: "Urban residents", colour: C.blue, value: (r) => r.urbanResidents / 1_000_000 }],
        },
        {
          id: "chart-cohorts",
          title: "Migrants in the city and hukou holders",
          unit: "cohorts",
          note: "Migrant cohorts with a city job; urban-hukou holders (cohorts plus village tiles' households converted).",
          series: [
            { label: "Cohorts in the city", colour: C.orange, value: (r) => r.urbanPopulation },
            { label: "Hukou holders", colour: C.blue, value: (r) => r.hukouHolders },
          ],
        },
        { id: "chart-income", title: "Rural income, % of urban", unit: "%", note: "Income per villager as a percent of income per city worker, in the round.", series: [{ label: "Rural / urban income", colour: C.green, value: (r) => r.ruralUrbanIncomePct }] },
        {
          id: "chart-prh",
          title: "Public rented housing (gongzufang 公租房)",
          unit: "estates / units",
          note: "Estates open and under construction; units lived in by migrant cohorts; units rented as blocks by employers.",
          series: [
            { label: "Estates open", colour: C.blue, value: (r) => r.prhBuilt },
            { label: "Under construction", colour: C.sky, value: (r) => r.prhUnderConstruction },
            { label: "Migrant households", colour: C.orange, value: (r) => r.prhOccupiedByMigrants },
            { label: "Employer blocks", colour: C.purple, value: (r) => r.prhLeasedByEmployers },
          ],
        },
        {
          id: "chart-informal",
          title: "Informal housing and displacement",
          unit: "tiles / cohorts",
          note: "Informal housing tiles; migrant cohorts displaced by demolition so far.",
          series: [
            { label: "Informal housing tiles", colour: C.orange, value: (r) => r.informalHousingTiles },
            { label: "Cohorts displaced", colour: C.vermillion, value: (r) => r.displacedTotal },
          ],
        },
      ],
    },
    {
      id: "firms",
      heading: "Firms and zones",
      charts: [
        {
          id: "chart-firms",
          title: "Manufacturers and factory jobs",
          unit: "firms / cohorts of jobs",
          note: "Manufacturers in factories, those inside a special economic zone, and the city jobs they offer.",
          series: [
            { label: "Manufacturers", colour: C.blue, value: (r) => r.firms },
            { label: "In a zone", colour: C.purple, value: (r) => r.firmsInZone },
            { label: "Factory jobs (cohorts)", colour: C.orange, value: (r) => r.firmJobs },
          ],
        },
        {
          id: "chart-tax-rate",
          title: "Taxes, share of firms' profit",
          unit: "%",
          note: "Taxes paid to the government as a percent of the manufacturers' profit before tax, in the round.",
          series: [{ label: "Tax / profit", colour: C.blue, value: (r) => roundShares.taxRate(r, refs) }],
        },
      ],
    },
    {
      id: "stability",
      heading: "Stability",
      charts: [{ id: "chart-stability", title: "Social stability", unit: "index, 0–100", note: "Starts at 100; each protest against expropriation costs 5, each displaced cohort 2.", range: [0, 100], series: [{ label: "Stability", colour: C.vermillion, value: (r) => r.stability }] }],
    },
  ];
}

