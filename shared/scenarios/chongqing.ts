// The default scenario: Chongqing, 1997-2020, in twelve two-year rounds.
// Units: money in wan (10,000 yuan); one tile = 25 ha = 375 mu; one cohort = 1,000 workers.
// "Source" = ../shared/seed/chongqing-planning-chapter.txt. Figures not from the source are
// game calibration and say so.

import { parseScenario, type Scenario } from "../scenario";

export const chongqingScenario: Scenario = parseScenario({
  name: "Chongqing 1997-2020",
  // Source: the story runs from municipality status (1997) to the 2020 population target.
  rounds: 12,
  firstYear: 1997,
  yearsPerRound: 2,
  seats: { developers: 2, migrants: 2 },
  // Calibration: the government starts with ¥2 bn of land and infrastructure money, a
  // developer with ¥1.2 bn of capital, a village with ¥20 m of collective savings, a cohort
  // of 1,000 workers with ¥5 m (¥5,000 each).
  startingMoney: { government: 200_000, village: 2_000, developer: 120_000, migrant: 500 },
  landValue: {
    // Calibration: ¥600 m for 25 ha at the core is about ¥1.6 m per mu, a prime central
    // Chongqing lease price of the 2000s.
    flatAtCore: 60_000,
    slopePct: 70,
    // Ten flat tiles (5 km) from the core a tile is worth half as much.
    halfCost: 100,
  },
  travelCost: {
    flat: 10,
    slope: 20,
    // Source: the north-south ridges isolated the city until tunnels were cut through them.
    mountain: 60,
    // Source: wide rivers separated the peninsula from Jiangbei and Nan'an; before the bridges
    // a crossing meant a ferry.
    ferry: 80,
    bridge: 4,
    // Source: tunnels beneath the mountains integrated the districts.
    tunnel: 5,
    urban: 6,
    // Source: light rail after 2005; a rail tile is the cheapest way across the city.
    rail: 2,
  },
  // Calibration. Source: land grabs were sometimes violent; later, deals were negotiated with
  // village authorities — a protest is the village's lever, stability the government's cost.
  stability: { start: 100, protestCost: 5 },
  expropriation: {
    // Calibration: ¥15 m per tile is about ¥40,000 per mu, a generous rural compensation
    // figure; the source stresses that compensation stayed "far below" the lease value.
    minimumPerFarmTile: 1_500,
    minimumPerHousingTile: 3_000,
  },
  construction: {
    // Calibration: building out 25 ha costs ¥80 m (housing) or ¥60 m (factory sheds).
    commercialHousingCost: 8_000,
    factoryCost: 6_000,
    // Calibration: flats sell for 160% of the land value, before the demand multiplier.
    housingSalePct: 160,
    salePriceSpreadPct: 10,
    factoryRent: 1_500,
  },
  bridge: {
    // Calibration: ¥200 m per 500 m of river bridge.
    costPerTile: 20_000,
    maxSpan: 8,
  },
  infrastructure: {
    // Calibration: ¥300 m per 500 m of road tunnel; ¥10-25 m per 500 m of surface road;
    // ¥80 m per 500 m of light rail.
    tunnelPerTile: 30_000,
    maxTunnel: 6,
    roadFlat: 1_000,
    roadSlope: 2_500,
    railPerTile: 8_000,
  },
  finance: {
    // Calibration: about 6% a year, 12% per two-year round.
    interestPct: 12,
    // Calibration: ¥4 bn for the municipality's investment companies, ¥1 bn per developer.
    governmentDebtLimit: 400_000,
    developerDebtLimit: 100_000,
  },
  prh: {
    // Source: a state-owned development corporation acquires land and builds the estates
    // (2010), which generated significant public debt; here the whole cost is borrowed.
    // Calibration: ¥300 m per tile of 30-40 storey blocks, four years to build.
    costPerTile: 30_000,
    buildRounds: 2,
    capacity: 4,
    // Source: rents at 60% of market rates.
    rentPct: 60,
    minRentPct: 30,
    maxRentPct: 100,
  },
  firms: {
    // Calibration: a manufacturer's profit in one factory tile, ¥40 m per two years.
    profit: 4_000,
    // Source: corporate income tax 33% nationally, 15% in Liangjiang New Area.
    taxPct: 33,
    zoneTaxPct: 15,
    // Source: zone enterprises got a gas and electricity subsidy; calibration ¥3 m per round.
    zoneSubsidy: 300,
    arrivalsPerRound: 1,
    minimumProfit: 800,
    travelCostWeight: 5,
    // Source: PRH's strategic value was cheap labour housed near the development zones.
    housingWeight: 150,
    housingRadius: 3,
    zoneSize: 3,
  },
  hukou: {
    // Calibration: schools, health care and pensions for 1,000 new urban residents.
    serviceCostPerCohort: 400,
    serviceCostPerVillageTile: 200,
    housingDemandPct: 5,
    // Source: the pledge of ten million more registered urban residents by 2020.
    target: 10,
  },
  resettlement: {
    // Source: expropriated New North Zone villagers were rehoused in resettlement housing
    // (anzhifang); calibration ¥20 m per tile's households.
    flatsPerTile: 2_000,
  },
  informal: {
    // Source: rural landlords built informal housing on the periphery to rent to migrants.
    buildCost: 400,
    demolitionCost: 200,
    stabilityPerDisplaced: 2,
  },
  soe: {
    // Source: the reserve was supplied in part by unprofitable state enterprises' inner-city sites.
    relocationCost: 5_000,
  },
  // Calibration: the national red line keeps 90% of the farmland the map starts with.
  redLinePct: 90,
  tickets: {
    // Calibration: demolition and soil restoration of 25 ha of house plots.
    reclamationCost: 300,
    // Source: villagers must prove the land is back in farming before a ticket is issued.
    verificationRounds: 1,
  },
  village: {
    // Calibration: about ¥500 per mu per year of net farm income.
    farmIncomePerTile: 40,
    // Calibration: about 12 mu of village land (fields, forest and hillside together) per
    // working villager. With it the default map starts with rural income about 30% of urban,
    // in line with China's roughly 3:1 urban-rural income gap of the 2000s.
    workersPerTile: 30,
  },
  migrants: {
    // Calibration: per cohort of 1,000 workers per two-year round; coastal factory wages were
    // the pull that made Chongqing a sending region in the 1980s-90s (source).
    wage: { coast: 3_000, construction: 2_600, factory: 2_800, services: 2_400 },
    livingCost: 1_000,
    rent: { coast: 700, dorm: 300, villageRoom: 400, commercialFlat: 1_200 },
    capacity: { villageHousing: 1, informalHousing: 2, commercialHousing: 3 },
    jobsPerFactory: 1,
  },
  // One card per round. Years and policies are from the source; the numbers are calibration.
  events: [
    { id: "municipality", year: 1997, title: "Chongqing becomes a municipality", text: "Split from Sichuan and placed directly under Beijing, the city gains provincial rank and a larger share of central money.", grant: 100_000 },
    { id: "threeGorges", year: 1999, title: "Three Gorges resettlement", text: "The dam's reservoir floods towns upstream; over a million people are resettled within the municipality, and newcomers need homes.", grant: 40_000, housingDemand: 110 },
    { id: "openUpTheWest", year: 2001, title: "Open Up the West", text: "A national programme sends infrastructure money west. Bridges and roads are now within the budget's reach.", grant: 120_000 },
    { id: "landReserve", year: 2003, title: "The state land reserve", text: "Since 2002 one municipal reserve controls the supply of urban land: plots are released to auction when the government chooses.", grant: 0, housingDemand: 120 },
    { id: "lightRail", year: 2005, title: "Light rail begins", text: "The first light-rail line opens, knitting the river-divided districts together. The government can now lay light rail; demand for central flats rises.", grant: 40_000, housingDemand: 130, unlocks: ["rail"] },
    { id: "experimentalZone", year: 2007, title: "Experimental zone for urban-rural integration", text: "In 2006 Chongqing becomes the first national pilot for integrating town and countryside; rural land is brought under planning. The government can now plan village land.", grant: 30_000, unlocks: ["ruralPlanning"] },
    { id: "ticketsAndCrisis", year: 2009, title: "Land-ticket exchange and the financial crisis", text: "A land-ticket exchange opens (2008). On the coast, export factories lay off workers and look inland for cheaper sites.", grant: 20_000, coastWage: 80, housingDemand: 110, firmInflow: 200, unlocks: ["exchange"] },
    { id: "liangjiang", year: 2011, title: "Liangjiang New Area and public rented housing", text: "A 1,200 km2 national new area with preferential policies opens north of the core (2010), and the city pledges public rented housing at 60% of market rent. Zones and PRH estates can now be built.", grant: 60_000, housingDemand: 140, firmInflow: 250, unlocks: ["prh", "zones"] },
    { id: "railToEurope", year: 2013, title: "Rail link to Europe; the party chief falls", text: "A freight line to Europe opens in 2012. In 2013 the municipal party chief who championed the 'Chongqing Model' is imprisoned.", grant: 20_000, coastWage: 90, firmInflow: 300 },
    { id: "newUrbanization", year: 2015, title: "New Urbanization Plan", text: "National policy (2014) adopts ideas tested here: people, not only land, are to be urbanised.", grant: 30_000, housingDemand: 130 },
    { id: "slowdown", year: 2017, title: "Growth slows", text: "Land prices level off and the debts of the boom years come due.", grant: 0, housingDemand: 110, firmInflow: 150 },
    { id: "target2020", year: 2019, title: "The 2020 target", text: "The pledge was ten million more urban residents by 2020. The last round decides how close the city came.", grant: 0, housingDemand: 100 },
  ],
});
