// Colours of the marks drawn over tiles (Okabe-Ito, told apart by shape too). Shared by the map
// scene and the map key; kept out of the scene so the key does not pull Phaser into the page.
export const MARK_COLOURS = { underWay: 0x009e73, auction: 0xd55e00, offer: 0x56b4e9, zone: 0xf0e442, rail: 0xcc79a7, firm: 0x0072b2, hub: 0x000000 };

export const css = (colour: number): string => `#${colour.toString(16).padStart(6, "0")}`;
