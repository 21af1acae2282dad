// Old-city renewal: the housing market beyond the players. The players' two developers are a
// small part of the city's builders; the demand for flats they leave unmet in a round is met in
// part by the rest of the market, which tears down the old city's low-rise blocks and builds
// towers where that pays (the source: prime central land held "slum-like districts of
// dilapidated private housing dating back to the 1940s"). Step 4, after the players' orders:
//   unmet     flatsDemand - the tiles of flats the players completed this round
//   renewed   at most renewal.sharePct% of the unmet tiles (rounded down), on old-city tiles
//             planned residential whose flats would sell (land value x housingSalePct% x the
//             housing demand%) for at least the cost of building them plus buying out the old
//             blocks' residents (population.perOldUrbanTile x renewal.buyoutPerPerson);
//             the dearest land first (ties by tile id)
//   each tile becomes commercial housing (held by the government, as the old city was) and
//   houses the people its land value allows (rules/population.ts flatResidentsAt) instead of
//   perOldUrbanTile; the city collects the sale's taxes
//   (construction.saleTaxPct of the sale).
// So the city's growth follows what players change: flats the developers build leave less for
// the renewal; land values that rail, bridges and tunnels raise bring more old blocks over the
// line; registered newcomers and the cards raise the demand; a plan that zones the old city
// green keeps it as it is.

import type { GameEvent } from "../model/events";
import { planCode, useCode } from "../model/map";
import { governmentSeat, seatAccount, type GameState } from "../model/state";
import { housingDemandPct, saleTax, unmetFlats } from "./construction";
import { transfer } from "./ledger";
import { settleFlatResidents } from "./population";

const OLD_CITY = useCode("oldUrban");
const FLATS = useCode("commercialHousing");
const RESIDENTIAL = planCode("residential");

/** What the flats on an old-city tile would sell for if renewed now, wan. */
export const renewalSale = (s: GameState, tile: number): number =>
  Math.round((((s.map.value[tile] * s.scenario.construction.housingSalePct) / 100) * housingDemandPct(s)) / 100);

/** What renewing one old-city tile costs its builders: the towers and the old residents' buyout, wan. */
export const renewalCost = (s: GameState): number =>
  s.scenario.construction.commercialHousingCost + s.scenario.population.perOldUrbanTile * s.scenario.renewal.buyoutPerPerson;

/** Old-city tiles where renewal pays now, dearest first. */
export function renewableTiles(s: GameState): number[] {
  const cost = renewalCost(s);
  const tiles: number[] = [];
  const { use, plan } = s.map;
  for (let t = 0; t < use.length; t++) if (use[t] === OLD_CITY && plan[t] === RESIDENTIAL && renewalSale(s, t) >= cost) tiles.push(t);
  return tiles.sort((a, b) => s.map.value[b] - s.map.value[a] || a - b);
}

/** Step 4, after the players' construction: the market beyond the players renews old-city tiles. */
export function renewOldCity(s: GameState): GameEvent[] {
  const want = Math.floor((unmetFlats(s) * s.scenario.renewal.sharePct) / 100);
  if (want < 1) return [];
  const tiles = renewableTiles(s).slice(0, want);
  if (tiles.length === 0) return [];
  const gov = seatAccount(governmentSeat(s));
  let people = 0;
  for (const t of tiles) {
    transfer(s, "economy", gov, saleTax(s, renewalSale(s, t)), "tax", t);
    s.map.use[t] = FLATS;
    people += settleFlatResidents(s, t) - s.scenario.population.perOldUrbanTile;
  }
  s.renewedTiles += tiles.length;
  return [{ type: "oldCityRenewed", tiles, people }];
}
