// English names of tiles by place (client/ui/names.ts tileName, from shared/views/placeNames.ts):
// "Huilong farmland (2 km north-west, by the Jialing)": the direction in brackets, so a name
// reads as one phrase inside a log line and the distance plainly belongs to the area's centre. {{area}} is a village or district, {{where}} the direction and
// distance from its centre, {{feature}} a ridge or river beside it.
export const enPlaces = {
  place: {
    land: "{{area}} {{kind}} ({{where}})",
    landBy: "{{area}} {{kind}} ({{where}}, {{feature}})",
    /** A river tile: {{a}} is the nearest land, {{b}} the land across; {{where}} is measured from {{a}}'s centre. */
    water: "the {{river}} {{where}} of {{a}}",
    waterBetween: "the {{river}} between {{a}} and {{b}} ({{where}} of {{a}})",
    bridge: "the {{river}} bridge {{where}} of {{a}}",
    bridgeBetween: "the {{river}} bridge between {{a}} and {{b}} ({{where}} of {{a}})",
    where: {
      centre: "centre",
      n: "{{km}} km north",
      ne: "{{km}} km north-east",
      e: "{{km}} km east",
      se: "{{km}} km south-east",
      s: "{{km}} km south",
      sw: "{{km}} km south-west",
      w: "{{km}} km west",
      nw: "{{km}} km north-west",
    },
    feature: { on: "on {{place}}", below: "below {{place}}", by: "by the {{place}}" },
    /** What the tile is: its use, or its terrain where nothing is built or grown. */
    kind: {
      farmland: "farmland",
      forest: "woods",
      villageHousing: "hamlet",
      informalHousing: "rental rooms",
      oldUrban: "old town",
      stateIndustry: "state works",
      commercialHousing: "flats",
      factory: "factory",
      prhEstate: "PRH estate",
      road: "road",
      bridge: "bridge",
      office: "offices",
      water: "water",
      flat: "open land",
      slope: "hillside",
      mountain: "hills",
    },
    /** A tile's column and row: beside its place name, or instead of it on a map without places. */
    grid: "column {{x}}, row {{y}}",
  },
};
