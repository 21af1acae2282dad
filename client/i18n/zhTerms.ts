// 游戏词汇的中文名称（见 enTerms.ts）。
import type { ZhCatalogue } from "./catalogue";

export const zhTerms: Pick<ZhCatalogue, "terms"> = {
  terms: {
    terrain: { water: "江面", flat: "平地", slope: "坡地", mountain: "山脊" },
    tenure: { stateUrban: "国有城市土地", landReserve: "国有土地储备", villageCollective: "村集体土地" },
    use: {
      none: "空地",
      farmland: "耕地",
      forest: "林地",
      villageHousing: "村民宅基地",
      informalHousing: "违章建筑",
      oldUrban: "老城区",
      stateIndustry: "国有企业厂区",
      commercialHousing: "商品房",
      factory: "工厂",
      prhEstate: "公租房小区",
      road: "道路",
      bridge: "桥梁",
      office: "写字楼",
    },
    plan: { none: "农村用地（城市规划以外）", residential: "居住用地", industrial: "工业用地", green: "绿地与公共设施用地" },
    building: { commercialHousing: "商品房", factory: "工厂", office: "写字楼" },
    infra: { bridge: "桥", tunnel: "隧道", road: "道路", rail: "轻轨" },
    unlock: { exchange: "地票交易所", rail: "轻轨", prh: "公租房", zones: "经济特区", ruralPlanning: "村庄用地规划" },
    queuedKind: { offer: "报价", bid: "出价", exchange: "交易所订单", order: "订单" },
    status: { open: "待答复", accepted: "接受", refused: "拒绝", countered: "还价", resisted: "上访抗议" },
    side: { buy: "买入", sell: "卖出" },
    job: { coast: "沿海的工作", construction: "建筑工地的工作", factory: "工厂的工作", services: "服务业的工作" },
    home: { coast: "沿海的住处", dorm: "雇主宿舍", tile: "城里的住处" },
    tileNumber: "{{tile}} 号地块",
    seat: "{{seat}} 号席位",
    list: "、",
  },
};
