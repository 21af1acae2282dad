// The debrief's discussion prompts: questions from the debate about the Chongqing Model, each
// linked to the charts that hold the evidence from the class's own game.
import { h } from "./dom";
import { jumpLink } from "./jumpLink";

const PROMPTS: { question: string; text: string; look: [string, string][] }[] = [
  {
    question: "A “third way”, or land financing by another name?",
    text: "The Chongqing Model was sold as a path between capitalist and socialist development. Round by round, how much of the city's budget came from leasing land, and how much from taxes on what was produced? Could the city have paid for its growth without taking village land?",
    look: [["chart-revenue", "Municipal revenue by source"], ["chart-capture", "Compensation paid vs lease revenue"]],
  },
  {
    question: "Who paid for rural–urban integration?",
    text: "Integration was the promise. Of what each plot finally sold for, what share reached the village that gave it up? Did villagers' income catch up with city workers' over the game, and what made it move?",
    look: [["debrief-capture", "Value capture"], ["chart-income", "Rural income, % of urban"]],
  },
  {
    question: "Did public rented housing house migrants, or supply cheap labour to the zones?",
    text: "PRH was meant to give migrant workers a decent home in the city. In your game, were its units lived in by migrant households, or rented in blocks by employers? Did the estates open where the factories and zones were?",
    look: [["chart-prh", "Public rented housing"], ["chart-firms", "Manufacturers and factory jobs"]],
  },
  {
    question: "Land tickets: a share for remote villages, or a way round the red line?",
    text: "A land ticket lets a village far from the city sell the right to build. Did farmland stay above the red line because house plots were reclaimed, or because less was built? Who bought the tickets, and at what price compared with the land it unlocked?",
    look: [["chart-farmland", "Farmland and the red line"], ["chart-tickets", "Land tickets"]],
  },
  {
    question: "Growth on credit?",
    text: "Bridges, rail and PRH estates were paid for with loans, to be repaid from future land leases. Did GDP grow faster than debt? What happens to this budget when land stops selling?",
    look: [["chart-debt", "Debt"], ["chart-gdp", "GDP per round"]],
  },
  {
    question: "Consent and its price",
    text: "Stability fell with every protest and every household displaced. Where did the government pay more — in cash, hukou or flats — to avoid a protest, and where did it not? Who ended up in informal housing?",
    look: [["chart-stability", "Social stability"], ["chart-informal", "Informal housing and displacement"]],
  },
];

export function promptsSection(): HTMLElement {
  return h(
    "section",
    { id: "debrief-prompts", class: "debrief-section", tabindex: -1, "aria-labelledby": "debrief-prompts-heading" },
    h("h2", { id: "debrief-prompts-heading" }, "For discussion"),
    h("p", { class: "hint" }, "Questions from the debate about the Chongqing Model. Each points at the charts that hold the evidence from your own game."),
    h(
      "ol",
      { class: "prompts" },
      ...PROMPTS.map((p) => {
        const looks: (Node | string)[] = [];
        p.look.forEach(([id, name], i) => looks.push(i > 0 ? " and " : "", jumpLink(id, name)));
        return h("li", {}, h("h3", {}, p.question), h("p", {}, p.text), h("p", { class: "look" }, "Look at ", ...looks, "."));
      }),
    ),
  );
}
