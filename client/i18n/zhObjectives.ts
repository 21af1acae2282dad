// 私人目标的中文文本（见 zhCN.ts）。
import type { ZhCatalogue } from "./catalogue";

export const zhObjectives: Pick<ZhCatalogue, "objective"> = {
  objective: {
    heading: "你的私人目标",
    hint: "只有你能看到。游戏结束时达成可得 {{points}} 分；复盘时所有人都能看到。",
    progress: "目前：{{progress}} / {{target}}。",
    met: "已达成",
    notMet: "未达成",
    revealed: "私人目标：",
    promisedBridge: "你承诺过一座跨江大桥：让市政府至少出资建成 {{target}} 座。",
    prhPledge: "你承诺过公租房：游戏结束时至少 {{target}} 户家庭或企业单元住进公租房。",
    hukouPledge: "你承诺过城市户口：游戏结束时至少 {{target}} 个户口持有者（务工群体与村民家庭）。",
    hukouForChildren: "你想让孩子拿到城市户口：接受一份让至少 {{target}} 块地的家庭转为城市户口的补偿方案。",
    flatInTown: "你想为家人在城里要一套房：为至少 {{target}} 块地的家庭争取安置房。",
    ticketIncome: "你想让村子靠地票挣钱：地票收入至少 {{target, money}}。",
    partnerFactory: "你欠合作企业一座工厂：游戏结束时至少持有 {{target}} 座工厂。",
    headquarters: "你想要一座总部大楼：游戏结束时至少持有 {{target}} 栋写字楼。",
    flatsSold: "你向投资人承诺过商品房：至少售出 {{target}} 块地的商品房。",
    bringFamily: "你的工人想把家人接来：游戏结束时持有城市户口。",
    sendMoneyHome: "你的工人要养活老家的家人：整局至少寄回 {{target, money}}。",
    settledHome: "你的工人想要一个安定的家：游戏结束时住在公租房或商品房里。",
  },
};
