// The English names of the game's vocabulary (shared/model/map.ts, state.ts, offers.ts, the
// scenario's unlocks): what the inspector, the map key and the refusals put in a sentence.
export const enTerms = {
  terms: {
    terrain: { water: "river", flat: "flat land", slope: "slope", mountain: "mountain ridge" },
    tenure: { stateUrban: "state-owned urban land", landReserve: "the state land reserve", villageCollective: "village collective land" },
    use: {
      none: "vacant land",
      farmland: "farmland",
      forest: "forest",
      villageHousing: "village house plots",
      informalHousing: "informal housing",
      oldUrban: "the old city",
      stateIndustry: "a state-enterprise site",
      commercialHousing: "flats",
      factory: "a factory",
      prhEstate: "a public rented housing estate",
      road: "a road",
      bridge: "a bridge",
      office: "offices",
    },
    plan: { none: "rural (outside the urban plan)", residential: "residential", industrial: "industrial", green: "green space" },
    building: { commercialHousing: "flats", factory: "a factory", office: "offices" },
    infra: { bridge: "bridge", tunnel: "tunnel", road: "road", rail: "light rail" },
    unlock: { exchange: "The land-ticket exchange", rail: "Light rail", prh: "Public rented housing", zones: "Special economic zones", ruralPlanning: "Planning village land" },
    /** What a seat may take back (the withdraw command's refusal). */
    queuedKind: { offer: "offer", bid: "bid", exchange: "exchange order", order: "order" },
    status: { open: "open", accepted: "accepted", refused: "refused", countered: "countered", resisted: "protested" },
    side: { buy: "buy", sell: "sell" },
    job: { coast: "a job on the coast", construction: "a construction job", factory: "a factory job", services: "a services job" },
    home: { coast: "a home on the coast", dorm: "an employer dormitory", tile: "a home in the city" },
    /** A tile by its number, where the page does not know the map. */
    tileNumber: "tile {{tile}}",
    seat: "seat {{seat}}",
    list: ", ",
  },
};
