// The English texts for keyboard and screen-reader use, the text size, the briefing, the round's
// summary and the console's who-has-acted list (see en.ts).
export const enA11y = {
  a11y: {
    mapHelp: "Arrow keys move the focus tile (Shift: five tiles), Enter selects it, Escape goes to the tile's panel, + and − zoom.",
    tile: "Column {{x}}, row {{y}}: {{terrain}}, {{tenure}}, {{use}}, held by {{holder}}",
    selected: "Selected. {{tile}}",
    newOffer: "New offer: {{offer}}",
    chartTable: "The numbers as a table",
  },
};
