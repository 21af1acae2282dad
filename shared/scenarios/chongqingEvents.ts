// The default timeline: one card per round, 1997-2019. Years and policies are from the source
// (../shared/seed/chongqing-planning-chapter.txt); grants and multipliers are calibration.
// Kept apart from the scenario (and free of zod) so the page can list the cards when a teacher
// plans a counterfactual; shared/scenario.ts validates them with the rest.

export const CHONGQING_EVENTS = [
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
];
