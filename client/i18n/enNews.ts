// The English city news (client/ui/cityNews.ts): the card's own words, and one headline for each
// log code the news picks (shared/views/cityNews.ts), with that log line's parameters.
export const enNews = {
  news: {
    heading: "City news · round {{round}}",
    dismiss: "Put the news away",
    announce: "City news: {{items}}",
    more_one: "One more like it.",
    more_other: "{{count}} more like it.",
    roundStartedCard: "Round {{round}} ({{year}}) opens with the card “{{card}}”.",
    protest: "Protest at {{tile}}: {{seat}} refuses the offer; stability falls to {{stability}}.",
    opened: {
      bridge: "Open to traffic: {{tile}} (it cost {{cost}}).",
      tunnel: "A new tunnel opens at {{tile}} (it cost {{cost}}).",
      road: "A new road opens at {{tile}} (it cost {{cost}}).",
      rail: "Light rail opens at {{tile}} (it cost {{cost}}).",
    },
    firmArrived: "A manufacturer arrives at {{tile}}.",
    firmArrivedZone: "A manufacturer arrives in the zone at {{tile}}.",
    prhOpened: "A public rented housing estate opens at {{tile}}.",
    oldCityRenewed_one: "The old city rises: 1 tile of low-rise blocks at {{tile}} rebuilt as towers, {{people}} more residents.",
    oldCityRenewed_other: "The old city rises: {{count}} tiles of low-rise blocks rebuilt as towers, from {{tile}}; {{people}} more residents.",
    auctionWon: "Biggest deal: {{seat}} leases {{tile}} for {{price}}.",
    builtSold: "Biggest deal: {{seat}} sells the {{building}} at {{tile}} for {{sale}}.",
    exchangeCleared_one: "Record land-ticket price: {{price}} a ticket (1 traded).",
    exchangeCleared_other: "Record land-ticket price: {{price}} a ticket ({{count}} traded).",
  },
};
