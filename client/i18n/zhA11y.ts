// 键盘与读屏、字号、简报、本轮小结和控制台"谁还没行动"的中文文本（见 zhCN.ts）。
import type { ZhCatalogue } from "./catalogue";

export const zhA11y: Pick<ZhCatalogue, "a11y" | "briefing" | "summary" | "cost"> = {
  cost: {
    heading: "大额承诺",
    line: "这将占用你可支配资金 {{available}} 中的 {{cost}}（{{pct}}%）。",
    note: "这些钱在本轮结束前不能另作他用；只有交易达成才会支付。",
    send: "是，承诺 {{cost}}",
    cancel: "取消",
  },
  summary: {
    heading: "你的第 {{round}} 轮（{{year}}年）",
    moneyUp: "资金：本轮开始时 {{before}}，现在 {{after}}（+{{change}}）。",
    moneyDown: "资金：本轮开始时 {{before}}，现在 {{after}}（−{{change}}）。",
    deals_other: "{{count}} 项报价或出价",
    noDeals: "你本轮没有报价或出价。",
    dismiss: "收起本轮小结",
    land: "{{tile}}，金额 {{amount}}",
    tickets: "地票，{{amount}}",
    amendment: "{{tile}}的规划调整",
    made: {
      accepted: "成交：{{other}}接受了你的报价（{{what}}）。",
      refused: "落空：{{other}}拒绝了你的报价（{{what}}）。",
      countered: "{{other}}对你的报价（{{what}}）提出了另一个数额。",
      resisted: "落空：{{other}}抗议你的报价（{{what}}）。",
      open: "没有回复：{{other}}没有回复你的报价（{{what}}），报价失效。",
    },
    got: {
      accepted: "你接受了{{other}}的报价（{{what}}）。",
      refused: "你拒绝了{{other}}的报价（{{what}}）。",
      countered: "你对{{other}}的报价（{{what}}）还了价。",
      resisted: "你抗议了{{other}}的报价（{{what}}）。",
      open: "你没有回复{{other}}的报价（{{what}}），报价失效。",
    },
    auctionWon: "拍得：{{tile}}的土地出让，{{amount}}。",
    auctionLost: "落空：{{tile}}的土地出让归{{winner}}，{{amount}}（你的出价 {{bid}}）。",
    auctionUnsold: "{{tile}}的土地出让流拍（你的出价 {{bid}}）。",
  },
  briefing: {
    heading: "你的角色简报：{{title}}",
    who: "你是谁",
    wants: "你想要什么",
    firstMoves: "开局怎么走",
    close: "知道了，开始游戏",
    reopen: "再看一次角色简报",
    moved: "主持人把你从{{from}}调到了{{to}}：这是你的新席位。",
  },
  a11y: {
    mapHelp: "方向键移动选框（按住 Shift 一次移动 5 格），Enter 选中地块，Esc 转到地块面板，+ 和 − 缩放。",
    tile: "第 {{x}} 列、第 {{y}} 行：{{terrain}}，{{tenure}}，{{use}}，归{{holder}}所有",
    selected: "已选中。{{tile}}",
    newOffer: "新报价：{{offer}}",
    chartTable: "以表格查看数据",
    smaller: "缩小字号",
    larger: "放大字号",
    textSizeLabel: "字号",
  },
};
