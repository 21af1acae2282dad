// 键盘与读屏、字号、简报、本轮小结和控制台"谁还没行动"的中文文本（见 zhCN.ts）。
import type { ZhCatalogue } from "./catalogue";

export const zhA11y: Pick<ZhCatalogue, "a11y"> = {
  a11y: {
    mapHelp: "方向键移动焦点地块（按住 Shift 每次五格），回车选中，Esc 转到地块面板，+ 和 − 缩放。",
    tile: "第 {{x}} 列、第 {{y}} 行：{{terrain}}，{{tenure}}，{{use}}，归{{holder}}所有",
    selected: "已选中。{{tile}}",
    newOffer: "新报价：{{offer}}",
    chartTable: "以表格查看数据",
  },
};
