// Step 8: the round is recorded. Every figure here is read from the state or summed from this
// round's ledger entries, so the debrief can explain each one ("where did this come from?").
//
//   gdp                 value added this round: wages + farm income + firms' profits
//                       + construction spending (buildings, infrastructure, PRH) + rents
//                       (homes, factories, offices)
//   revenue             municipal income by source: leases, taxes (firms, sales of flats), transfers (central
//                       grants), rents (PRH units and employer blocks)
//   ruralUrbanIncomePct income per villager over income per city worker, in percent: all
//                       villages' earned income this round (farm income, rents, remittances,
//                       ticket sales; compensation is a one-off payment for land, not income,
//                       and has its own line, compensationPaid) over their collective tiles x
//                       workersPerTile, against the mean wage of a cohort working in the city
//                       over its 1,000 workers (the services wage if no cohort works in the city)
//   ticketIncomePct     land-ticket sales (direct and on the exchange) as a percent of the
//                       villages' earned income this round
//   welfareSpending     what the city spent this round on hukou services, zone subsidies
//                       (energy, rent, construction fees) and PRH rent below market (the
//                       commercial rent less the PRH rent, per unit let), wan
//   urbanResidents      people living in the city (rules/population.ts)
//   hukouPeople         urban-hukou holders in people: cohorts, converted village households
//                       and newcomers registered through the quota (rules/population.ts)
//   meanTravelCost      mean travel cost to the core over flat and slope tiles

import { tenureCode, terrainCode, useCode, type Use } from "../model/map";
import { governmentSeat, seatAccount, yearOfRound, type GameState, type TransferReason } from "../model/state";
import { inZone } from "./firms";
import { convertedVillageTiles, hukouCohorts } from "./hukou";
import { hukouPeople, urbanResidents, useCounts } from "./population";
import { firmJobs } from "./labour";
import { prhRent } from "./prh";

const GDP_REASONS = new Set<TransferReason>(["wage", "farmIncome", "construction", "infrastructure", "bridge", "prhConstruction", "rent", "prhRent", "factoryRent", "officeRent"]);

const FLAT = terrainCode("flat");
const SLOPE = terrainCode("slope");
const WATER = terrainCode("water");
const COLLECTIVE = tenureCode("villageCollective");
const RESERVE = tenureCode("landReserve");
const URBAN = tenureCode("stateUrban");

export function recordRound(s: GameState): void {
  const govAccount = seatAccount(governmentSeat(s));
  const villageIncome = new Map<string, number>();
  for (const seat of s.seats) if (seat.role === "village") villageIncome.set(seatAccount(seat.id), 0);
  let gdp = 0;
  let compensationPaid = 0;
  let ticketIncome = 0;
  let welfareSpending = 0;
  const revenue = { leases: 0, taxes: 0, transfers: 0, rents: 0 };
  // This round's entries are at the end of the ledger.
  for (let i = s.ledger.length - 1; i >= 0 && s.ledger[i].round === s.round; i--) {
    const t = s.ledger[i];
    if (GDP_REASONS.has(t.reason)) gdp += t.amount;
    if (t.reason === "compensation") compensationPaid += t.amount;
    if (t.to === govAccount) {
      if (t.reason === "lease") revenue.leases += t.amount;
      if (t.reason === "tax") revenue.taxes += t.amount;
      if (t.reason === "grant") revenue.transfers += t.amount;
      if (t.reason === "prhRent") revenue.rents += t.amount;
    }
    if (villageIncome.has(t.to) && t.reason !== "endowment" && t.reason !== "compensation") villageIncome.set(t.to, villageIncome.get(t.to)! + t.amount);
    if (villageIncome.has(t.to) && t.reason === "ticket") ticketIncome += t.amount;
    if (t.from === govAccount && (t.reason === "hukouServices" || t.reason === "subsidy")) welfareSpending += t.amount;
  }
  gdp += s.firms.length * s.scenario.firms.profit;

  const cityCohorts = s.cohorts.filter((c) => c.job !== "coast");
  const wages = s.scenario.migrants.wage;
  const urbanWage = cityCohorts.length > 0 ? cityCohorts.reduce((n, c) => n + wages[c.job], 0) / cityCohorts.length : wages.services;
  // One pass over the map for every per-tile figure (this runs at every resolution).
  const m = s.map;
  const { terrain: terrains, tenure: tenures, holder, value, access, use } = m;
  let villageTiles = 0;
  let reserveTiles = 0;
  let urbanTiles = 0;
  let buildable = 0;
  let valueSum = 0;
  let travelSum = 0;
  const uses = useCounts(use);
  for (let i = 0; i < terrains.length; i++) {
    const tenure = tenures[i];
    const terrain = terrains[i];
    if (tenure === COLLECTIVE && holder[i] >= 0) villageTiles++;
    else if (tenure === RESERVE) reserveTiles++;
    else if (tenure === URBAN && terrain !== WATER) urbanTiles++;
    if (terrain === FLAT || terrain === SLOPE) {
      buildable++;
      valueSum += value[i];
      travelSum += access[i];
    }
  }
  const villagers = Math.max(1, villageTiles * s.scenario.village.workersPerTile);
  const ruralIncome = [...villageIncome.values()].reduce((a, b) => a + b, 0);
  const ruralPerPerson = ruralIncome / villagers;
  const mean = (sum: number) => Math.round(sum / Math.max(1, buildable));
  const count = (use: Use) => uses[useCode(use)];
  const inPrh = s.cohorts.filter((c) => c.home.kind === "tile" && s.map.use[c.home.tile] === useCode("prhEstate")).length;
  welfareSpending += (inPrh + s.prhBlocks.length) * (s.scenario.migrants.rent.commercialFlat - prhRent(s));

  s.history.push({
    round: s.round,
    year: yearOfRound(s.scenario, s.round),
    balances: s.seats.map((seat) => s.balances[seatAccount(seat.id)]),
    farmlandTiles: count("farmland"),
    reserveTiles,
    urbanTiles,
    meanLandValue: mean(valueSum),
    stability: s.stability,
    compensationPaid,
    leaseRevenue: revenue.leases,
    ticketPrice: s.lastClearing.round === s.round ? s.lastClearing.price : 0,
    ticketVolume: s.lastClearing.round === s.round ? s.lastClearing.volume : 0,
    cohortsInCity: cityCohorts.length,
    gdp,
    revenue,
    governmentDebt: s.debt[governmentSeat(s)],
    developerDebt: s.seats.reduce((n, seat) => (seat.role === "developer" ? n + s.debt[seat.id] : n), 0),
    redLineTiles: s.redLineTiles,
    urbanPopulation: cityCohorts.length,
    urbanResidents: urbanResidents(s, uses),
    hukouHolders: hukouCohorts(s) + convertedVillageTiles(s),
    hukouPeople: hukouPeople(s),
    ticketIncomePct: ruralIncome > 0 ? Math.round((100 * ticketIncome) / ruralIncome) : 0,
    welfareSpending,
    ruralUrbanIncomePct: Math.round((100 * ruralPerPerson) / (urbanWage / 1_000)),
    prhBuilt: count("prhEstate"),
    prhUnderConstruction: s.projects.length,
    prhOccupiedByMigrants: inPrh,
    prhLeasedByEmployers: s.prhBlocks.length,
    informalHousingTiles: count("informalHousing"),
    displacedTotal: s.displaced,
    firms: s.firms.length,
    firmsInZone: s.firms.filter((f) => inZone(s, f.tile)).length,
    firmJobs: firmJobs(s),
    meanTravelCost: mean(travelSum),
  });
}
