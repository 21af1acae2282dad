// The default scenario: Chongqing, 1997-2020, in twelve two-year rounds.
// Units: money in wan (10,000 yuan); one tile = 25 ha = 375 mu; one cohort = 1,000 workers.
// "Source" = ../shared/seed/chongqing-planning-chapter.txt. Figures not from the source are
// game calibration and say so.

import { parseScenario, type Scenario } from "./schema";
import { CHONGQING_EVENTS } from "./chongqingEvents";

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
    // Source: firms were courted with "heavily subsidized land prices". Calibration: industrial
    // land is worth 15% of housing land in the same place (Chinese cities' industrial land
    // prices of the 2000s were a small fraction of residential ones).
    industrialPct: 15,
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
    // Calibration: an office block costs ¥100 m and lets for 4% of the plot's land value a
    // round, so central offices (high land value) pay and peripheral ones do not.
    officeCost: 10_000,
    officeRentPct: 4,
    // Calibration: flats sell for 160% of the land value, before the demand multiplier.
    housingSalePct: 160,
    salePriceSpreadPct: 10,
    // Public: China's taxes on a new flat's sale came to about a tenth of its price in the
    // 2000s (business tax 5.5% with surcharges, land-appreciation tax prepaid at 1-2%, deed tax
    // 3%); the city keeps them. With them taxes grow as the city builds (the tax share band).
    saleTaxPct: 10,
    // Calibration: the market buys four tiles of flats a round at full price (at 100% demand):
    // the fifth tile sells at 4/5 of the price, the eighth at half.
    flatsPerRound: 4,
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
    // Calibration: 8% of what is owed falls due each round, so half a loan is repaid in about
    // eight rounds (the policy banks' 15-25-year loans behind the investment companies and PRH);
    // an instalment missed is rolled over with a 10% surcharge.
    duePct: 8,
    overduePct: 10,
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
    // Source: firms were courted with "heavily subsidized land prices": here the city pays a
    // third of a zone factory's rent (calibration).
    zoneRentSubsidy: 500,
    // Source: the construction fees for new factories in Liangjiang were waived; calibration:
    // the city pays the builder half of a zone factory's cost when it is completed.
    zoneFactoryGrantPct: 50,
    arrivalsPerRound: 1,
    minimumProfit: 800,
    travelCostWeight: 5,
    // Source: PRH's strategic value was cheap labour housed near the development zones.
    housingWeight: 150,
    housingRadius: 3,
    zoneSize: 3,
    // Source: the New North Zone held the infrastructure that persuaded enterprises to move in:
    // Jiangbei International Airport, the river port and the rail link to Europe (2012).
    // Positions are on the default map (north of the core); bonuses are calibration.
    hubs: [
      { id: "airport", name: "Jiangbei airport", x: 30, y: 8, radius: 6, bonus: 300 },
      { id: "riverPort", name: "River port", x: 41, y: 16, radius: 5, bonus: 300 },
      { id: "railLink", name: "Rail link to Europe", x: 22, y: 16, radius: 6, bonus: 500, opensWith: "railToEurope" },
    ],
  },
  hukou: {
    // Calibration: schools, health care and pensions for 1,000 new urban residents.
    serviceCostPerCohort: 400,
    serviceCostPerVillageTile: 200,
    housingDemandPct: 5,
    // Calibration: each cohort of quota a round also registers 50,000 of the newcomers (public:
    // Chongqing's 2010-12 hukou reform registered about 3.6 million people in two years across
    // the municipality, mostly migrants already living in its towns); their schools, health care
    // and pensions cost ¥1 m per 1,000 a round (¥500 a person a year).
    residentsPerQuota: 50_000,
    serviceCostPerThousand: 100,
    // Source: the pledge of ten million more registered urban residents by 2020 (millions).
    target: 10,
  },
  population: {
    // Calibration (docs/scale.md): the central city the map shows held about 4 million urban
    // residents in 1997 (public census estimates for the main urban districts).
    start: 4_000_000,
    // Calibration: 25 ha of 20-30 storey blocks at a floor-area ratio of about 3 and 35 m2 a
    // person house about 20,000 people; PRH the same; informal rooms far fewer.
    perFlatTile: 20_000,
    // Calibration: the old city's blocks of three or four storeys (the source: the wartime
    // city's "modern buildings of three or four stories"; its 1940s housing) at a floor-area
    // ratio of about 1 and 30 m2 a person house about 8,000 people a tile.
    perOldUrbanTile: 8_000,
    // Calibration: the floor-area ratio rises with the land's price (dear land is built higher):
    // a floor-area ratio of 3 on land worth ¥300 m a tile (half the core's), about 4 at the
    // core's 42,000 wan, down to 1.5 (low-rise) at the edge and up to 6.
    flatDensity: { referenceValue: 30_000, minPct: 50, maxPct: 200 },
    perPrhTile: 20_000,
    perInformalTile: 5_000,
    perResettlementBlock: 2_000,
    // Calibration: a manufacturer on 25 ha employs about 5,000 (public: Chongqing's laptop
    // makers employed tens of thousands on campuses of a few km2); with families 10,000 people,
    // in its dormitories and the rooms let around it.
    perFirm: 10_000,
    // Calibration: the map's share of the municipality's urban growth (the pledge of ten
    // million counts the whole municipality, 82,000 km2; the map is the central city).
    mapSharePct: 30,
  },
  renewal: {
    // Calibration: the players' two developers are a small part of the city's builders; the
    // rest of the market builds this share of the flats they leave unmet, on old-city land.
    // What it leaves carries over, so the share moves the pace more than the total (12 games:
    // 100% gives 54.1% of the pledge's map share, 60% 53.6%); 60% leaves the players more of
    // each round's demand to sell into.
    sharePct: 60,
    // Calibration: buying out an old-city resident (cash or a flat elsewhere) costs about
    // ¥50,000, so a tile's 8,000 residents cost ¥400 m and renewal pays where the new flats sell
    // for ¥480 m (with building, ¥80 m): land worth ¥300 m a tile at 100% demand, half the core's.
    buyoutPerPerson: 5,
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
  // Public: China's red line of 1.8 billion mu (2006) was about 98.5% of the 1.83 billion mu then
  // farmed, so little farmland was left to convert. Calibration: 97% of the map's farmland at
  // the start; the farmland above it is the quota developers build on without a ticket.
  redLinePct: 99,
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
    rent: { coast: 700, dorm: 450, villageRoom: 400, commercialFlat: 1_200 },
    capacity: { villageHousing: 1, informalHousing: 2, commercialHousing: 3 },
    jobsPerFactory: 1,
  },
  events: CHONGQING_EVENTS,
  // History beside the game (the debrief's "your city vs Chongqing"); docs/calibration.md uses
  // the same figures for its bands.
  references: [
    // Source: the metropolitan region's GDP grew 14% a year in 2007-2012.
    { id: "gdpGrowth", value: 14, unit: "pctPerYear", from: 2007, to: 2012, source: "chapter: GDP growth of 14% a year, 2007-2012" },
    // Source: the pledge of ten million more urban residents by 2020, for the whole municipality;
    // the map's share of it is population.mapSharePct (docs/scale.md).
    { id: "urbanResidents", value: 10_000_000, unit: "people", from: 1997, to: 2020, pledge: true, source: "chapter: the pledge of +10 million urban residents by 2020" },
    // Source: the pledge of 40 million m2 of PRH, announced in 2010 for the next ten years.
    // Calibration: a PRH tile houses 20,000 people at 35 m2 each (population.perPrhTile), 700,000 m2;
    // the map holds population.mapSharePct of the pledge, as of the population's.
    { id: "prhFloorArea", value: 40_000_000, unit: "m2", from: 2010, to: 2020, pledge: true, perTile: 700_000, source: "chapter: the pledge of 40 million m2 of public rented housing from 2010" },
    // Source: land leases made up "an increasing portion" of municipal revenue; public: land
    // transfer revenue was about 40-60% of local budget revenue in 2007-2012 (Ministry of Finance).
    { id: "leaseShare", lo: 40, hi: 60, claim: "rising", unit: "pct", from: 2007, to: 2012, source: "chapter: an increasing share of revenue; Ministry of Finance: about 40-60% of local revenue" },
    // Source: corporate income tax 15% in Liangjiang New Area, 33% nationally.
    { id: "taxRate", lo: 15, hi: 33, unit: "pct", from: 2010, to: 2020, source: "chapter: corporate income tax 15% in Liangjiang, 33% nationally" },
    // Source: compensation stayed "far below" the lease price; "far" is taken here as under half.
    { id: "compensationOfLease", hi: 50, claim: "farBelow", unit: "pct", from: 1997, to: 2020, source: "chapter: compensation far below the price the land was leased at" },
  ],
});
