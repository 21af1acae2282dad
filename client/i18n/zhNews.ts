// 城市新闻的中文文本（client/ui/cityNews.ts）：新闻卡片本身的文字，以及新闻所选每种日志代码的标题
//（shared/views/cityNews.ts），参数与该条日志相同。
import type { ZhCatalogue } from "./catalogue";

export const zhNews: Pick<ZhCatalogue, "news"> = {
  news: {
    heading: "城市新闻 · 第 {{round}} 轮",
    dismiss: "收起新闻",
    announce: "城市新闻：{{items}}",
    more_other: "（另有 {{count}} 起）",
    roundStartedCard: "第 {{round}} 轮（{{year}}年）的事件卡：{{card}}。",
    protest: "{{tile}}发生抗议：{{seat}}拒绝报价，社会稳定降至 {{stability}}。",
    opened: {
      bridge: "{{tile}}建成通车（造价 {{cost}}）。",
      tunnel: "{{tile}}新隧道通车（造价 {{cost}}）。",
      road: "{{tile}}新路通车（造价 {{cost}}）。",
      rail: "{{tile}}轻轨开通（造价 {{cost}}）。",
    },
    firmArrived: "一家制造企业落户{{tile}}。",
    firmArrivedZone: "一家制造企业落户特区内的{{tile}}。",
    prhOpened: "{{tile}}的公租房小区启用。",
    oldCityRenewed_other: "老城长高了：{{count}}块低矮旧楼地块改建成高层（从{{tile}}起），新增居民{{people}}人。",
    auctionWon: "本轮最大交易：{{seat}}以 {{price}} 竞得{{tile}}的土地使用权。",
    builtSold: "本轮最大交易：{{seat}}在{{tile}}的{{building}}以 {{sale}} 售出。",
    exchangeCleared_other: "地票价格创新高：每张 {{price}}（成交 {{count}} 张）。",
  },
};
