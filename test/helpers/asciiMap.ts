// Build small literal maps for rule tests from a picture, one character per tile:
//   ~ water   ^ mountain (state)   o old urban core (state)   i state industry
//   . flat state land, vacant     r land reserve, vacant
//   f farmland   h house plot   w forest on a slope   (village collective; the digit row
//   below sets which village, default 0)
//   C the core (old urban)
import { tenureCode, terrainCode, useCode, type GameMap, type Tenure, type Terrain, type Use } from "../../shared/model/map";

const KEY: Record<string, [Terrain, Tenure, Use]> = {
  "~": ["water", "stateUrban", "none"],
  "^": ["mountain", "stateUrban", "forest"],
  o: ["flat", "stateUrban", "oldUrban"],
  C: ["flat", "stateUrban", "oldUrban"],
  i: ["flat", "stateUrban", "stateIndustry"],
  ".": ["flat", "stateUrban", "none"],
  r: ["flat", "landReserve", "none"],
  f: ["flat", "villageCollective", "farmland"],
  h: ["flat", "villageCollective", "villageHousing"],
  w: ["slope", "villageCollective", "forest"],
};

/** rows: the picture; villageOf: which village a collective tile belongs to, by its column. */
export function asciiMap(rows: string[], villageOfColumn: (x: number) => number = () => 0, villages = 1): GameMap {
  const width = rows[0].length;
  const height = rows.length;
  const map: GameMap = {
    name: "test",
    width,
    height,
    terrain: [],
    tenure: [],
    use: [],
    village: [],
    villages: Array.from({ length: villages }, (_, i) => ({ name: `V${i}`, nameZh: "" })),
    core: -1,
  };
  rows.forEach((row, y) => {
    if (row.length !== width) throw new Error(`row ${y} has ${row.length} tiles, expected ${width}`);
    [...row].forEach((ch, x) => {
      const [terrain, tenure, use] = KEY[ch] ?? (() => { throw new Error(`unknown tile '${ch}'`); })();
      map.terrain.push(terrainCode(terrain));
      map.tenure.push(tenureCode(tenure));
      map.use.push(useCode(use));
      map.village.push(tenure === "villageCollective" ? villageOfColumn(x) : -1);
      if (ch === "C") map.core = y * width + x;
    });
  });
  if (map.core < 0) throw new Error("the picture needs a core tile C");
  return map;
}
