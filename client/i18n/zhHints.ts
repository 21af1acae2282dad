// 角色面板“现在可以做什么”的中文，每个步骤代码一句（与 enHints.ts 键与参数相同）。
export const zhHints = {
  hint: {
    lobby: "所有参加的人都入座后，按“开始游戏”。空着的席位不行动。",
    ended: "游戏结束：请看最终余额。",
    answerTickets_other: "答复{{from}}：出售 {{count}} 张地票。",
    answerTicketsMany: "请在报价面板答复 {{count}} 笔地票出售。",
    answerAmendment: "答复{{from}}：申请修改{{tile}}的规划（批准或驳回）。",
    answerAmendmentMany: "请在报价面板答复 {{count}} 份规划修改申请（批准或驳回）。",
    answerLand: "答复{{from}}对{{tile}}的出价：接受、拒绝、要价更高，或抗议。",
    answerLandMany: "请在报价面板答复 {{count}} 笔征地出价：接受、拒绝、要价更高，或抗议。",
    answerCounter: "答复{{from}}对{{tile}}提出的要价。",
    answerCounterMany: "请在报价面板答复 {{count}} 笔还价：各村提出了自己的要价。",
    govSpend: "你有 {{spare}} 可用。点击村庄土地提出补偿，点击储备地块（红白虚线边框）进行拍卖，点击江面架桥或点击山脊开隧道。",
    govPrh: "公租房和经济特区已开放：点击你持有的国有土地修建公租房小区或设立特区。",
    govRail: "轻轨已开放：线路从主城向外延伸，一次一格。",
    devAuctions_other: "有 {{count}} 块地正在拍卖：点击地块出价。",
    devBuild_other: "你有 {{spare}}。点击你租用的土地进行建设。在耕地上建设需要一张地票（你持有 {{count}} 张），可向村庄购买。资金不足？可在下方借款。",
    devBuildExchange_other: "你有 {{spare}}。点击你租用的土地进行建设。在耕地上建设需要一张地票（你持有 {{count}} 张），可在交易所或向村庄购买。资金不足？可在下方借款。",
    village: "点击你的宅基地复垦换取地票，或点击你的土地加盖出租房；答复政府的出价。可出售的地票：{{count}} 张。",
    migrantChoose: "选择在哪里工作和居住：留在沿海，或点击农房、非正规出租屋、商品房或公租房小区迁入城市。",
    migrantHukou: "你在城里工作：可在下方申请城镇户口（本回合名额：{{count}}）。",
  },
};
