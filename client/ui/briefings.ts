// What each role is for, in a few sentences a student can take in at a glance.
import type { Role } from "../../shared/model/state";

export interface Briefing {
  title: string;
  who: string;
  wants: string;
  does: string[];
}

export const BRIEFINGS: Record<Role, Briefing> = {
  government: {
    title: "Municipal government",
    who: "You run Chongqing after it becomes a municipality in 1997: the budget, the state land reserve and the plan.",
    wants: "Growth and a healthy budget — land leases pay for the city — without protests from villages that feel cheated.",
    does: [
      "Offer a village compensation for a tile; if it accepts, the land joins the reserve.",
      "Auction the lease of a reserve tile to developers, with a reserve price.",
      "Bridge a river: land beyond the bridge gains value.",
    ],
  },
  village: {
    title: "Village collective",
    who: "You speak for a village on the city's edge: farmland, forest and house plots owned together.",
    wants: "Income and security for your households, and a fair share of what your land is worth to the city.",
    does: [
      "Accept or refuse the government's compensation offers.",
      "Reclaim a house plot to farmland to earn a land ticket (dipiao 地票).",
      "Sell land tickets to developers, and rent rooms to migrant workers.",
    ],
  },
  developer: {
    title: "Developer",
    who: "You are a property firm with capital to invest in a booming inland city.",
    wants: "To end the game worth as much as possible.",
    does: [
      "Bid in sealed lease auctions for reserve land.",
      "Build commercial housing (sold on completion) or factories (rented out).",
      "Buy land tickets from villages: building on farmland needs one.",
    ],
  },
  migrant: {
    title: "Migrant worker cohort",
    who: "You are a thousand workers from the countryside, earning on the coast and weighing a move to the city.",
    wants: "Savings, a decent home, a short commute — and one day an urban hukou (户口).",
    does: [
      "Choose a job: the coast, construction, a factory, or services.",
      "Choose a home: a dormitory, a room in a village house plot, or a flat.",
    ],
  },
};

export const ROLE_ORDER: Role[] = ["government", "village", "developer", "migrant"];
