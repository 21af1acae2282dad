// The Tiled map loader: a small hand-made conforming map loads to the expected GameMap whatever
// its gid numbering and data encoding, and each way of breaking the contract is refused with a
// message that names the layer, tile, gid or property at fault.
import { describe, it, expect } from "vitest";
import { loadTiledMap } from "../../shared/maps/tiledLoader";
import { MapFormatError } from "../../shared/maps/tiledProperties";

const str = (name: string, value: string) => ({ name, type: "string", value });

// A 4 x 3 map. The tileset starts at gid 11 and lists its tiles in an order unlike the game's
// own tileset, so the loader can only succeed by reading the kind/value properties.
const FLAT = 11, WATER = 12, STATE = 13, VILLAGE = 14, FARM = 15, OLD = 16, HOVER = 17, BLANK = 18;

type Obj = Record<string, unknown>;

function smallMap() {
  const tile = (id: number, kind: string, value: string) => ({ id, properties: [str("kind", kind), str("value", value)] });
  return {
    type: "map",
    orientation: "orthogonal",
    infinite: false,
    width: 4,
    height: 3,
    tilewidth: 32,
    tileheight: 32,
    properties: [str("name", "Test valley")],
    tilesets: [
      {
        firstgid: 11,
        name: "test",
        tilecount: 8,
        columns: 4,
        tilewidth: 32,
        tileheight: 32,
        image: "test.png",
        tiles: [
          tile(0, "terrain", "flat"), tile(1, "terrain", "water"), tile(2, "tenure", "stateUrban"),
          tile(3, "tenure", "villageCollective"), tile(4, "use", "farmland"), tile(5, "use", "oldUrban"),
          tile(6, "ui", "hover"),
        ] as Obj[],
      },
    ] as Obj[],
    layers: [
      { type: "tilelayer", name: "terrain", width: 4, height: 3, data: [FLAT, FLAT, FLAT, WATER, FLAT, FLAT, FLAT, WATER, FLAT, FLAT, WATER, WATER] as unknown },
      { type: "tilelayer", name: "tenure", width: 4, height: 3, data: [VILLAGE, VILLAGE, STATE, STATE, VILLAGE, VILLAGE, STATE, STATE, STATE, STATE, STATE, STATE] as unknown },
      { type: "tilelayer", name: "use", width: 4, height: 3, data: [FARM, FARM, 0, 0, FARM, 0, OLD, 0, 0, 0, 0, 0] as unknown },
      {
        type: "objectgroup",
        name: "villages",
        objects: [{ id: 1, name: "Lijia", x: 0, y: 0, width: 64, height: 64, rotation: 0, properties: [str("nameZh", "李家村")] }] as Obj[],
      },
      { type: "objectgroup", name: "landmarks", objects: [{ id: 2, name: "core", point: true, x: 80, y: 48 }] as Obj[] },
    ] as Obj[],
  };
}

const EXPECTED = {
  name: "Test valley",
  width: 4,
  height: 3,
  terrain: [1, 1, 1, 0, 1, 1, 1, 0, 1, 1, 0, 0],
  tenure: [2, 2, 0, 0, 2, 2, 0, 0, 0, 0, 0, 0],
  use: [1, 1, 0, 0, 1, 0, 5, 0, 0, 0, 0, 0],
  village: [0, 0, -1, -1, 0, 0, -1, -1, -1, -1, -1, -1],
  villages: [{ name: "Lijia", nameZh: "李家村" }],
  core: 6,
};

type SmallMap = ReturnType<typeof smallMap>;
const layer = (m: SmallMap, name: string) => m.layers.find((l) => l.name === name)!;
const objects = (m: SmallMap, name: string) => layer(m, name).objects as Obj[];

/** Expect `change` applied to a fresh small map to be refused with every fragment in the message. */
function refused(change: (m: SmallMap) => unknown, ...fragments: (string | RegExp)[]): void {
  const m = smallMap();
  const replaced = change(m);
  let error: unknown;
  try {
    loadTiledMap(replaced === undefined ? m : replaced);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(MapFormatError);
  for (const f of fragments) expect((error as Error).message).toMatch(f);
}

/** Little-endian uint32 gids as base64, as Tiled writes "Base64 (uncompressed)". */
const base64 = (gids: number[]) => Buffer.from(new Uint32Array(gids).buffer).toString("base64");

describe("loadTiledMap: conforming maps", () => {
  it("reads meaning from tile properties, not gid numbers", () => {
    expect(loadTiledMap(smallMap())).toEqual(EXPECTED);
  });

  it("accepts CSV text, uncompressed base64 and plain arrays for layer data", () => {
    const m = smallMap();
    const terrain = layer(m, "terrain");
    terrain.encoding = "csv";
    terrain.data = (terrain.data as number[]).join(",\n");
    const tenure = layer(m, "tenure");
    tenure.encoding = "base64";
    tenure.compression = "";
    tenure.data = base64(tenure.data as number[]);
    expect(loadTiledMap(m)).toEqual(EXPECTED);
  });

  it("masks off Tiled's flip and rotation bits", () => {
    const m = smallMap();
    const data = layer(m, "terrain").data as number[];
    data[0] = (FLAT | 0x80000000) >>> 0; // flipped horizontally
    data[3] = (WATER | 0x20000000 | 0x40000000) >>> 0; // rotated
    expect(loadTiledMap(m)).toEqual(EXPECTED);
  });

  it("finds layers inside group layers and ignores extra layers, tiles and landmarks", () => {
    const m = smallMap();
    const [terrain, ...rest] = m.layers;
    m.layers = [{ type: "group", name: "ground", layers: [terrain] }, ...rest, { type: "imagelayer", name: "notes" }];
    objects(m, "landmarks").push({ id: 3, name: "Jiangbei", point: true, x: 10, y: 10 });
    expect(loadTiledMap(m)).toEqual(EXPECTED);
  });

  it("treats a village without nameZh as having an empty Chinese name", () => {
    const m = smallMap();
    delete objects(m, "villages")[0].properties;
    expect(loadTiledMap(m).villages).toEqual([{ name: "Lijia", nameZh: "" }]);
  });
});

describe("loadTiledMap: refusals name the problem", () => {
  it("refuses something that is not a map object", () => {
    refused(() => null, /expected a Tiled JSON map object, got null/);
    refused(() => [1, 2], /got an array/);
    refused((m) => ({ ...m, type: "tileset" }), /"type" is "tileset"; expected "map"/);
  });

  it("refuses non-orthogonal and infinite maps", () => {
    refused((m) => ({ ...m, orientation: "isometric" }), /orientation is "isometric"; expected "orthogonal"/);
    refused((m) => ({ ...m, infinite: true }), /infinite/);
    refused((m) => {
      layer(m, "terrain").chunks = [];
    }, /layer "terrain" is stored in chunks/);
  });

  it("refuses a map without width, height or name", () => {
    refused((m) => ({ ...m, width: undefined }), /map: "width" must be a positive integer, got undefined/);
    refused((m) => ({ ...m, height: 0 }), /map: "height" must be a positive integer, got 0/);
    refused((m) => ({ ...m, properties: [] }), /map: missing custom property "name"/);
  });

  it("refuses a missing, mistyped, duplicated or wrong-sized layer", () => {
    refused((m) => {
      m.layers = m.layers.filter((l) => l.name !== "tenure");
    }, /missing tile layer "tenure"/);
    refused((m) => {
      layer(m, "use").type = "objectgroup";
    }, /layer "use" has type "objectgroup"; expected a tile layer \("tilelayer"\)/);
    refused((m) => {
      m.layers.push({ type: "tilelayer", name: "terrain", width: 4, height: 3, data: [] });
    }, /two layers are named "terrain"/);
    refused((m) => {
      layer(m, "tenure").width = 5;
    }, /layer "tenure" is 5x3 tiles; expected the map's 4x3/);
    refused((m) => {
      (layer(m, "use").data as number[]).pop();
    }, /layer "use" has 11 tiles of data; expected 12/);
  });

  it("refuses compressed or unknown layer encodings", () => {
    refused((m) => {
      Object.assign(layer(m, "terrain"), { encoding: "base64", compression: "zlib", data: "eJwDAAAAAAE=" });
    }, /layer "terrain": compression "zlib" is not supported/, /Base64 \(uncompressed\)/);
    refused((m) => {
      Object.assign(layer(m, "terrain"), { encoding: "base64", data: base64([1, 2]) });
    }, /layer "terrain": base64 data holds 8 bytes; expected 48/);
    refused((m) => {
      layer(m, "terrain").encoding = "xml";
    }, /layer "terrain": encoding "xml" is not supported/);
    refused((m) => {
      (layer(m, "terrain").data as unknown[])[5] = "x";
    }, /layer "terrain", tile \(1,1\): "x" is not a gid/);
  });

  it("refuses an unknown gid, naming the layer, the tile and the gid", () => {
    refused((m) => {
      (layer(m, "terrain").data as number[])[6] = 99;
    }, /layer "terrain", tile \(2,1\): gid 99 is in no tileset \(the map's tilesets cover gids 11\.\.18\)/);
  });

  it("refuses a tile without kind/value properties, or with an unknown kind or value", () => {
    refused((m) => {
      (layer(m, "use").data as number[])[2] = BLANK;
    }, /layer "use", tile \(2,0\): gid 18 \(tileset "test" tile 7\) has no "kind"\/"value" properties/);
    refused((m) => {
      (m.tilesets[0].tiles as Obj[])[0].properties = [str("kind", "roof"), str("value", "flat")];
    }, /tileset "test" tile 0 \(gid 11\): property "kind" is "roof"; expected one of terrain, tenure, use, ui/);
    refused((m) => {
      (m.tilesets[0].tiles as Obj[])[1].properties = [str("kind", "terrain"), str("value", "lava")];
    }, /tileset "test" tile 1 \(gid 12\): property "value" is "lava", not a terrain name; expected one of water, flat, slope, mountain/);
    refused((m) => {
      (m.tilesets[0].tiles as Obj[])[1].properties = [str("kind", "terrain")];
    }, /tileset "test" tile 1 \(gid 12\): missing custom property "value"/);
    refused((m) => {
      (m.tilesets[0].tiles as Obj[])[1].properties = [str("kind", "terrain"), { name: "value", type: "int", value: 3 }];
    }, /non-string custom property "value"/);
  });

  it("refuses a tile of the wrong kind in a layer", () => {
    refused((m) => {
      (layer(m, "terrain").data as number[])[4] = FARM;
    }, /layer "terrain", tile \(0,1\): gid 15 is a use tile \("farmland", tileset "test" tile 4\); expected a terrain tile/);
    refused((m) => {
      (layer(m, "use").data as number[])[0] = HOVER;
    }, /layer "use", tile \(0,0\): gid 17 is a ui tile \("hover"/);
  });

  it("refuses an empty terrain or tenure cell", () => {
    refused((m) => {
      (layer(m, "tenure").data as number[])[11] = 0;
    }, /layer "tenure", tile \(3,2\) is empty; every tile needs a tenure tile/);
  });

  it("refuses external or overlapping tilesets", () => {
    refused((m) => {
      m.tilesets = [{ firstgid: 11, source: "shancheng.tsj" }];
    }, /tileset "#0" is external \(source "shancheng.tsj"\); embed it/);
    refused((m) => {
      m.tilesets.push({ firstgid: 15, name: "other", tilecount: 2 });
    }, /tileset "other": gids 15\.\.16 overlap tileset "test"/);
    refused((m) => {
      m.tilesets = [];
    }, /map has no "tilesets"/);
    refused((m) => {
      (m.tilesets[0].tiles as Obj[])[0].id = 8;
    }, /tileset "test": every entry of "tiles" needs an integer "id" from 0 to 7 \(tilecount 8\)/);
  });

  it("refuses village land outside every village, or inside two", () => {
    refused((m) => {
      objects(m, "villages")[0].width = 32;
    }, /layer "tenure", tile \(1,0\): villageCollective tile lies in no rectangle of object layer "villages"/);
    refused((m) => {
      objects(m, "villages").push({ id: 9, name: "Huilong", x: 32, y: 32, width: 32, height: 32 });
    }, /tile \(1,1\): villageCollective tile lies in 2 village rectangles \("Lijia", "Huilong"\); expected exactly one/);
  });

  it("refuses villages that are not named rectangles or hold no land", () => {
    refused((m) => {
      objects(m, "villages")[0].ellipse = true;
    }, /object layer "villages", object "Lijia" \(id 1\) is an ellipse; expected a rectangle/);
    refused((m) => {
      objects(m, "villages")[0].name = "";
    }, /object layer "villages", object #0 \(id 1\) has no name/);
    refused((m) => {
      objects(m, "villages")[0].height = "64";
    }, /object "Lijia" \(id 1\): "height" must be a number, got "64"/);
    refused((m) => {
      objects(m, "villages")[0].rotation = 45;
    }, /object "Lijia" \(id 1\) is rotated \(45 degrees\)/);
    refused((m) => {
      objects(m, "villages").push({ id: 9, name: "Lijia", x: 96, y: 64, width: 32, height: 32 });
    }, /two villages are named "Lijia"/);
    refused((m) => {
      objects(m, "villages").push({ id: 9, name: "Baishi", x: 96, y: 64, width: 32, height: 32 });
    }, /village "Baishi" holds no villageCollective tile/);
    refused((m) => {
      m.layers = m.layers.filter((l) => l.name !== "villages");
    }, /missing object layer "villages"/);
  });

  it("refuses a missing, duplicated, misshapen, off-map or drowned core", () => {
    refused((m) => {
      objects(m, "landmarks")[0].name = "centre";
    }, /object layer "landmarks" has no object named "core"/);
    refused((m) => {
      objects(m, "landmarks").push({ id: 5, name: "core", point: true, x: 1, y: 1 });
    }, /object layer "landmarks" has 2 objects named "core"; expected one/);
    refused((m) => {
      objects(m, "landmarks")[0].point = false;
    }, /object "core" is not a point object/);
    refused((m) => {
      Object.assign(objects(m, "landmarks")[0], { x: 200, y: 40 });
    }, /object "core" at pixel \(200,40\) is tile \(6,1\), off the 4x3 map/);
    refused((m) => {
      Object.assign(objects(m, "landmarks")[0], { x: 112, y: 80 });
    }, /object "core" is on tile \(3,2\), which is water; expected land/);
    refused((m) => {
      m.layers = m.layers.filter((l) => l.name !== "landmarks");
    }, /missing object layer "landmarks"/);
  });
});

describe("loadTiledMap: the optional places layer", () => {
  /** The small map with a district "Town" on tile (2,1) and a river "Brook" down column 3. */
  function withPlaces(): SmallMap {
    const m = smallMap();
    m.layers.push({
      type: "objectgroup",
      name: "places",
      objects: [
        { id: 3, name: "Brook", x: 112, y: 0, polyline: [{ x: 0, y: 0 }, { x: -16, y: 96 }], properties: [str("kind", "river"), str("nameZh", "小河")] },
        { id: 4, name: "Town", point: true, x: 80, y: 48, properties: [str("kind", "district"), str("nameZh", "镇")] },
      ] as Obj[],
    });
    return m;
  }
  const places = (m: SmallMap) => objects(m, "places");

  it("reads districts, rivers and ridges and gives every tile an area", () => {
    const map = loadTiledMap(withPlaces());
    // Villages first (Lijia's centre: the mean of its four tiles' centres), then districts, then rivers.
    expect(map.places!.list).toEqual([
      { kind: "village", name: "Lijia", nameZh: "李家村", at: [1, 1], line: [] },
      { kind: "district", name: "Town", nameZh: "镇", at: [2.5, 1.5], line: [] },
      { kind: "river", name: "Brook", nameZh: "小河", at: null, line: [[3.5, 0], [3, 3]] },
    ]);
    // Lijia's land is Lijia's (0); water is the Brook's (2); (2,0) is one step from Town's tile
    // (1) and two from Lijia's centre tile (1,1); (0,2) and (1,2) are reached from Lijia first.
    expect(map.places!.area).toBe("0012" + "0012" + "0022");
    // The rest of the map is as without the layer.
    const { places: _, ...rest } = map;
    expect(rest).toEqual(EXPECTED);
  });

  it("refuses places it cannot name a tile by", () => {
    refused((m) => {
      m.layers.push({ type: "tilelayer", name: "places", width: 4, height: 3, data: new Array(12).fill(0) });
    }, /layer "places" has type "tilelayer"; expected an object layer/);
    const broken = (change: (objects: Obj[]) => void, ...fragments: (string | RegExp)[]) =>
      refused(() => {
        const m = withPlaces();
        change(places(m));
        return m;
      }, ...fragments);
    broken((o) => delete o[1].point, /object "Town" \(id 4\) is a district but not a point object/);
    broken((o) => (o[0].polyline = [{ x: 0, y: 0 }]), /object "Brook" \(id 3\) is a river but not a polyline of at least 2 points/);
    broken((o) => (o[0].properties = [str("kind", "lake")]), /property "kind" is "lake"; expected one of district, river, ridge/);
    broken((o) => (o[1].properties = []), /object "Town" \(id 4\): missing custom property "kind"/);
    broken((o) => (o[1].name = "Lijia"), /the name "Lijia" is already a village's or another place's/);
    broken((o) => (o[1].name = ""), /object #1 \(id 4\) has no name/);
    broken((o) => Object.assign(o[1], { x: 112, y: 80 }), /district "Town" is on tile \(3,2\), which is water; expected land/);
    broken((o) => Object.assign(o[1], { x: 300, y: 80 }), /district "Town" is at tile \(9,2\), off the 4x3 map/);
  });
});
