// The role panel's "what you can do now" in English, one text per step code
// (shared/views/hints/common.ts STEP_CODES), with exactly its parameters: seats and tiles by
// name, `spare` as money (client/ui/logText.ts makes them readable).
export const enHints = {
  hint: {
    lobby: "When everyone who is playing has a seat, press Start game. Empty seats stay idle.",
    ended: "The game is over: see the final balances.",
    answerTickets_one: "Answer {{from}}: 1 land ticket for sale.",
    answerTickets_other: "Answer {{from}}: {{count}} land tickets for sale.",
    answerTicketsMany: "Answer {{count}} offers of land tickets in the offers panel.",
    answerAmendment: "Answer {{from}}, who asks to change the plan for {{tile}} (approve or refuse).",
    answerAmendmentMany: "Answer {{count}} requests to change the plan in the offers panel (approve or refuse).",
    answerLand: "Answer the offer of {{from}} for {{tile}}: accept, refuse, ask for more, or protest.",
    answerLandMany: "Answer {{count}} offers for your land in the offers panel: accept, refuse, ask for more, or protest.",
    answerCounter: "Answer {{from}}, which names its price for {{tile}}.",
    answerCounterMany: "Answer {{count}} counter-offers in the offers panel: the villages name their prices.",
    govSpend: "You have {{spare}} to spend. Click a village tile to offer compensation, a reserve tile (red-and-white dashed border) to auction it, a river to bridge it or a ridge to tunnel it.",
    govPrh: "Public rented housing and economic zones are open: click state land you hold to build an estate or designate a zone.",
    govRail: "Light rail is open: lines grow out from the core, one tile at a time.",
    devAuctions_one: "1 plot is up for auction: click it to bid.",
    devAuctions_other: "{{count}} plots are up for auction: click one to bid.",
    devBuild_one: "You have {{spare}}. Click land you lease to build on it. Farmland needs a land ticket (you hold 1); buy them from a village. Short of money? Borrow below.",
    devBuild_other: "You have {{spare}}. Click land you lease to build on it. Farmland needs a land ticket (you hold {{count}}); buy them from a village. Short of money? Borrow below.",
    devBuildExchange_one: "You have {{spare}}. Click land you lease to build on it. Farmland needs a land ticket (you hold 1); buy them on the exchange or from a village. Short of money? Borrow below.",
    devBuildExchange_other: "You have {{spare}}. Click land you lease to build on it. Farmland needs a land ticket (you hold {{count}}); buy them on the exchange or from a village. Short of money? Borrow below.",
    village: "Click one of your house plots to reclaim it for a land ticket, or your land to build rooms to let; answer the government's offers. Tickets to sell: {{count}}.",
    migrantChoose: "Choose where to work and live: stay on the coast, or click a village room, an informal room, a flat or a PRH estate to move to the city.",
    migrantHukou: "You work in the city: apply for urban hukou below (quota this round: {{count}}).",
  },
};
