// 按地名称呼地块（client/ui/names.ts tileName，数据来自 shared/views/placeNames.ts）：
// “回龙村西北2公里处的农田（嘉陵江边）”：不带逗号，放进日志的句子里也通顺。{{area}} 是村或区，
// {{where}} 是离其中心的方位和距离，{{feature}} 是旁边的山脊或河流。
export const zhPlaces = {
  place: {
    land: "{{area}}{{where}}的{{kind}}",
    landBy: "{{area}}{{where}}的{{kind}}（{{feature}}）",
    water: "{{a}}{{where}}的{{river}}",
    waterBetween: "{{a}}与{{b}}之间的{{river}}（{{a}}{{where}}）",
    bridge: "{{a}}{{where}}跨{{river}}的桥",
    bridgeBetween: "{{a}}与{{b}}之间跨{{river}}的桥（{{a}}{{where}}）",
    where: {
      centre: "中心",
      n: "北{{km}}公里处",
      ne: "东北{{km}}公里处",
      e: "东{{km}}公里处",
      se: "东南{{km}}公里处",
      s: "南{{km}}公里处",
      sw: "西南{{km}}公里处",
      w: "西{{km}}公里处",
      nw: "西北{{km}}公里处",
    },
    feature: { on: "{{place}}上", below: "{{place}}脚下", by: "{{place}}边" },
    kind: {
      farmland: "农田",
      forest: "林地",
      villageHousing: "农房",
      informalHousing: "自建出租房",
      oldUrban: "老城区",
      stateIndustry: "国营厂区",
      commercialHousing: "商品房",
      factory: "工厂",
      prhEstate: "公租房小区",
      road: "道路",
      bridge: "桥梁",
      office: "写字楼",
      water: "水面",
      flat: "空地",
      slope: "坡地",
      mountain: "山地",
    },
    grid: "第 {{x}} 列、第 {{y}} 行",
  },
};
