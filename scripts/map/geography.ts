// The map's size and the geography of central Chongqing in 1997 that make-map.ts draws, in tile
// units (x east, y south; a tile's centre is at x + 0.5, y + 0.5; 500 m per tile).

export const W = 64;
export const H = 48;
export const SEED = "shancheng-1997";

export type Point = readonly [number, number];
type Rect = { x0: number; y0: number; x1: number; y1: number };

/** River centre lines. Widths: the Yangtze about 1 km (2+ tiles), the Jialing about 0.8 km. */
const YANGTZE: Point[] = [
  [-1, 38.5], [5, 37], [11, 35.5], [17, 34], [22, 32], [27, 30.3], [31, 29.2], [34.5, 27.8], [37, 26],
  [41, 24.2], [45, 21], [49, 17], [53, 13.5], [57, 11], [61, 9.5], [65, 9],
];
const JIALING: Point[] = [
  [-1, 7], [4, 9.5], [8, 13], [11, 16.5], [15, 18], [19, 17.5], [22, 19], [25, 21], [29, 21.6],
  [33, 22.6], [36, 24.5], [37.5, 26],
];
export const RIVERS = [
  { name: "Yangtze", nameZh: "长江", line: YANGTZE, halfWidth: 1.2 },
  { name: "Jialing", nameZh: "嘉陵江", line: JIALING, halfWidth: 0.9 },
];

/** North-south ridges, west to east Zhongliang, Tongluo and Mingyue shan (the parallel ridges
 *  that frame central Chongqing): centre x, wobble, half width. */
export const RIDGES = [
  { name: "Zhongliang Shan", nameZh: "中梁山", x: 9, amp: 1.2, phase: 0.3, halfWidth: 3.1 },
  { name: "Tongluo Shan", nameZh: "铜锣山", x: 46, amp: 1.5, phase: 2.1, halfWidth: 3.3 },
  { name: "Mingyue Shan", nameZh: "明月山", x: 59.5, amp: 1.0, phase: 4.0, halfWidth: 2.8 },
];

/** A ridge's centre x at height y (a tile's centre row is y + 0.5). */
export const ridgeCentre = (r: (typeof RIDGES)[number], y: number): number => r.x + r.amp * Math.sin(y / 8 + r.phase);

/** The historic core: Yuzhong peninsula's centre, between the two rivers. */
export const CORE: Point = [30, 25];

/** Urban nodes of 1997 as ellipses (centre, radii), clipped to the land on the node's bank;
 *  `label` is the tile of the node's point in the places layer (tiles are named from it). */
export const NODES = [
  { name: "Yuzhong", nameZh: "渝中", cx: 30, cy: 25.5, rx: 7.5, ry: 4.5, bank: CORE, label: [30, 25] as Point },
  { name: "Shapingba", nameZh: "沙坪坝", cx: 17.5, cy: 22.5, rx: 4.5, ry: 3.5, bank: CORE, label: [17, 22] as Point },
  { name: "Jiangbei", nameZh: "江北", cx: 34.5, cy: 18, rx: 7, ry: 3.5, bank: [34, 17] as Point, label: [34, 17] as Point },
  { name: "Nan'an", nameZh: "南岸", cx: 36, cy: 31.5, rx: 6, ry: 2.8, bank: [36, 32] as Point, label: [36, 31] as Point },
];

/** Districts with no town of their own on the 1997 map, where their real places lie relative to
 *  the nodes: Jiulongpo south of Shapingba along the Yangtze's north bank, Dadukou further up
 *  that bank by Zhongliang Shan, Yubei north of Jiangbei. Only names: tiles near them take
 *  their name (Beibei and Ba'nan lie beyond the map's 32 x 24 km). */
export const DISTRICTS = [
  { name: "Jiulongpo", nameZh: "九龙坡", at: [18, 29] as Point },
  { name: "Dadukou", nameZh: "大渡口", at: [13, 32] as Point },
  { name: "Yubei", nameZh: "渝北", at: [36, 8] as Point },
];

/** Inner-city state-owned works on prime land (the source: large industrial SOEs in the centre;
 *  wartime armaments and motor-vehicle plants in Shapingba, Jiangbei and Nan'an). */
export const STATE_INDUSTRY: Rect[] = [
  { x0: 25, y0: 24, x1: 26, y1: 26 },
  { x0: 32, y0: 26, x1: 34, y1: 27 },
  { x0: 15, y0: 21, x1: 17, y1: 23 },
  { x0: 37, y0: 17, x1: 39, y1: 18 },
  { x0: 33, y0: 31, x1: 35, y1: 32 },
];

/** The first commodity housing (shangpinfang) of the 1990s, on the peninsula. */
export const COMMERCIAL_HOUSING: Point[] = [[29, 23], [31, 23]];

/** Roads of 1997, each node's own network; none crosses a river. */
export const ROADS: Point[][] = [
  [[14, 25], [29, 25]],
  [[34, 12], [34, 20]],
  [[36, 30], [36, 37]],
];

/** Villages: English name, Chinese name, rectangle in tiles, the bank (land region) they farm. */
export const VILLAGES = [
  { name: "Huilong", nameZh: "回龙村", rect: { x0: 0, y0: 16, x1: 23, y1: 35 }, bank: [3, 25] as Point },
  { name: "Lijia", nameZh: "李家村", rect: { x0: 12, y0: 0, x1: 28, y1: 16 }, bank: [20, 8] as Point },
  { name: "Qinggang", nameZh: "青杠村", rect: { x0: 28, y0: 0, x1: 44, y1: 15 }, bank: [36, 6] as Point },
  { name: "Zhangjia", nameZh: "张家村", rect: { x0: 0, y0: 35, x1: 30, y1: 48 }, bank: [22, 42] as Point },
  { name: "Tianxing", nameZh: "天星村", rect: { x0: 30, y0: 30, x1: 45, y1: 48 }, bank: [37, 42] as Point },
  { name: "Baishi", nameZh: "白石村", rect: { x0: 48, y0: 15, x1: 58, y1: 46 }, bank: [53, 30] as Point },
];
export const id = (x: number, y: number) => y * W + x;
export const onMap = (x: number, y: number) => x >= 0 && y >= 0 && x < W && y < H;
