// The English texts of private objectives (shared/scenarios/objectives.ts; see en.ts): the
// seat's own on its screen, every seat's in the debrief once the game is over.
export const enObjectives = {
  objective: {
    heading: "Your private objective",
    hint: "Only you can see this. It is worth {{points}} points if met at the end; everyone sees it in the debrief.",
    progress: "So far: {{progress}} of {{target}}.",
    met: "Met",
    notMet: "Not met",
    revealed: "Private objective: ",
    promisedBridge: "You promised a river bridge: have the city pay for at least {{target}}.",
    prhPledge: "You pledged public rented housing: at least {{target}} households or employer units in PRH at the end.",
    hukouPledge: "You pledged urban hukou: at least {{target}} hukou holders (cohorts and village households) at the end.",
    hukouForChildren: "You want urban hukou for your children: accept a deal that grants it to at least {{target}} of your households.",
    flatInTown: "You want a flat in town for your family: get resettlement flats for at least {{target}} tile's households.",
    ticketIncome: "You want the village to earn from land tickets: at least {{target, money}} from ticket sales.",
    partnerFactory: "You owe a partner firm a factory: hold at least {{target}} factory at the end.",
    headquarters: "You want a headquarters tower: hold at least {{target}} office block at the end.",
    flatsSold: "You promised your investors flats: sell at least {{target}} tiles of commercial housing.",
    bringFamily: "Your workers want to bring their families: hold urban hukou at the end.",
    sendMoneyHome: "Your workers support families back home: send at least {{target, money}} home over the game.",
    settledHome: "Your workers want a settled home: live in a public rented or commercial flat at the end.",
  },
};
