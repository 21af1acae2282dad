// 游戏界面“城市现状”指标面板的中文文本（见 enCity.ts）。
import type { ZhCatalogue } from "./catalogue";

export const zhCity: Pick<ZhCatalogue, "city"> = {
  city: {
    title: "{{from}}–{{to}}年之后的城市",
    economy: "经济与财政",
    land: "土地",
    people: "人口",
    noTrade: "无成交",
    row: {
      gdp: { label: "本轮 GDP", title: "本轮的工资、农业收入、企业利润、建设支出和租金" },
      leases: { label: "收入：土地出让金" },
      taxes: { label: "收入：税收" },
      transfers: { label: "收入：中央转移支付" },
      rents: { label: "收入：公租房租金" },
      debt: { label: "政府债务" },
      firms: { label: "制造企业（新区内）", note: "（{{n}}）" },
      firmJobs: { label: "工厂岗位（群体）" },
      farmland: { label: "耕地地块", title: "括号内为全国耕地红线", note: "（红线 {{n}}）" },
      reserve: { label: "土地储备地块" },
      meanValue: { label: "平均地价" },
      compensation: { label: "本轮支付的补偿" },
      ticketPrice: { label: "地票价格" },
      travel: { label: "到核心区的平均通勤成本" },
      residents: { label: "城市常住人口", title: "住在城里的所有人：老城区、每块商品房、公租房和出租屋的住户、企业的职工和家属，以及各农民工群体（见 docs/scale.md）" },
      hukouPeople: { label: "城市户籍人口", title: "持有城市户口的人：农民工群体、转为城镇户口的村民家庭，以及通过户口指标落户的新市民" },
      urban: { label: "在城里工作的群体" },
      hukou: { label: "城市户口持有者", title: "农民工群体加上已转户的村民家庭" },
      rural: { label: "农村收入占城市收入的百分比" },
      prhBuilt: { label: "公租房小区（在建）", note: "（{{n}}）" },
      prhLet: { label: "公租房：住户 / 雇主整租", note: " / {{n}}" },
      informal: { label: "违章建筑地块" },
      displaced: { label: "累计流离失所的群体" },
      stability: { label: "社会稳定" },
    },
  },
};
