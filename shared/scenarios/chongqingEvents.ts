// The default timeline, 1997-2020. Each card opens the round its year falls in (rounds are two
// years: 1997-98, 1999-2000, ...), so the 2008 card opens 2007-08 and the 2010 card 2009-10.
// Years and policies are from the source (../shared/seed/chongqing-planning-chapter.txt) unless
// marked; grants and multipliers are calibration. Events that fell in the same two years share
// a card (light rail 2005 and the experimental zone 2006; the party chief's fall 2013 and the
// New Urbanization Plan 2014). One card per round, in round order (the lobby's plan lists them so).
// Kept apart from the scenario (and free of zod) so the page can list the cards when a teacher
// plans a counterfactual; shared/scenarios/schema.ts validates them with the rest.

export const CHONGQING_EVENTS = [
  { id: "municipality", year: 1997, title: "Chongqing becomes a municipality", text: "Split from Sichuan and placed directly under Beijing, the city gains provincial rank and a larger share of central money.", grant: 100_000 },
  { id: "openUpTheWest", year: 2000, title: "Open Up the West", text: "A national programme (2000) sends infrastructure money west. Bridges and roads are now within the budget's reach.", grant: 120_000 },
  { id: "landReserve", year: 2002, title: "The state land reserve", text: "From 2002 one municipal reserve controls the supply of urban land: plots are released to auction when the government chooses.", grant: 0, housingDemand: 120 },
  // Year: the reservoir's first filling, June 2003 (public record; the source gives no year).
  { id: "threeGorges", year: 2003, title: "Three Gorges resettlement", text: "The dam's reservoir floods towns upstream; over a million people are resettled within the municipality, and newcomers need homes.", grant: 40_000, housingDemand: 110 },
  { id: "experimentalZone", year: 2006, title: "Light rail and the experimental zone", text: "The first light-rail line opens (2005), knitting the river-divided districts together, and in 2006 Chongqing becomes the first national pilot for integrating town and countryside. The government can now lay light rail and plan village land.", grant: 70_000, housingDemand: 130, unlocks: ["rail", "ruralPlanning"] },
  { id: "ticketsAndCrisis", year: 2008, title: "Land-ticket exchange and the financial crisis", text: "A land-ticket exchange opens (2008): villages can reclaim house plots and sell the quota. On the coast, export factories lay off workers and look inland for cheaper sites.", grant: 20_000, coastWage: 80, housingDemand: 110, firmInflow: 200, unlocks: ["exchange"] },
  { id: "liangjiang", year: 2010, title: "Liangjiang New Area and public rented housing", text: "A 1,200 km2 national new area with preferential policies opens north of the core (2010), and the city pledges public rented housing at 60% of market rent. Zones and PRH estates can now be built.", grant: 60_000, housingDemand: 140, firmInflow: 250, unlocks: ["prh", "zones"] },
  { id: "railToEurope", year: 2012, title: "Rail link to Europe", text: "A freight line to Europe opens (2012), next to the airport and the river port north of the core.", grant: 20_000, coastWage: 90, firmInflow: 300 },
  { id: "newUrbanization", year: 2014, title: "The party chief falls; New Urbanization Plan", text: "The municipal party chief who championed the 'Chongqing Model' is imprisoned (2013). National policy (2014) adopts ideas tested here: people, not only land, are to be urbanised.", grant: 30_000, housingDemand: 130 },
  // Credit (calibration): the slowdown cuts new borrowing to 60% of the limits; the 2017-18 curbs
  // to 40% and double the share of debt due each round (rules/finance.ts).
  // Years: public record (China's "new normal" from 2015; the mayor Huang Qifan, in office
  // 2001-2016 in the source, leaves in 2016; Beijing's curbs on local borrowing from 2017).
  { id: "slowdown", year: 2016, title: "Growth slows", text: "China's growth slows and land prices level off; banks lend less (new borrowing limits fall to 60%). In 2016 the long-serving mayor who built the land reserve and the city's investment companies leaves office.", grant: 0, housingDemand: 110, firmInflow: 150, creditLimit: 60 },
  { id: "debtsDue", year: 2018, title: "The debts come due", text: "Beijing reins in local borrowing: the investment companies' loans of the boom years must be repaid (twice the usual share falls due each round), and new credit is scarce (limits at 40%).", grant: 0, housingDemand: 105, firmInflow: 150, creditLimit: 40, debtDue: 200 },
  { id: "target2020", year: 2019, title: "The 2020 target", text: "The pledge was ten million more urban residents by 2020. The last round decides how close the city came.", grant: 0, housingDemand: 100 },
];
