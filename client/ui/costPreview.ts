// A look at the cost before a large commitment: a command that promises at least half of the
// seat's free money (a compensation offer, a sealed bid, a buy order on the ticket exchange) is
// sent only after the player has seen what it costs against what they have and said yes. The
// server still decides; this only stops a slip of the keyboard (an extra zero) from being sent.
import type { PlayerCommand } from "../../shared/engine/commands";
import { t } from "../i18n";
import { h } from "./dom";
import { money } from "./money";

/** Commitments at or above this share of the free money ask first. */
const ASK_FROM_SHARE = 0.5;

/** The money a command promises, in wan (0 for commands that promise none up front). */
export function commitment(c: PlayerCommand): number {
  if (c.type === "expropriate") return c.compensation;
  if (c.type === "bid") return c.amount;
  if (c.type === "exchangeOrder" && c.side === "buy") return c.tickets * c.price;
  return 0;
}

/** Send `c` at once, or after a yes in a dialog when it promises a large share of `available`. */
export function sendWithPreview(c: PlayerCommand, available: number | null, send: (c: PlayerCommand) => void): void {
  const cost = commitment(c);
  if (available === null || cost === 0 || cost < available * ASK_FROM_SHARE) return send(c);
  const previous = document.activeElement as HTMLElement | null;
  const dialog = h(
    "dialog",
    { class: "cost-preview", "aria-labelledby": "cost-preview-heading" },
    h("h2", { id: "cost-preview-heading" }, t("cost.heading")),
    h("p", {}, t("cost.line", { cost: money(cost), available: money(available), pct: Math.round((100 * cost) / Math.max(1, available)) })),
    h("p", { class: "hint" }, t("cost.note")),
  );
  const done = (go: boolean) => {
    dialog.close();
    dialog.remove();
    if (go) send(c);
    if (previous?.isConnected) previous.focus();
  };
  const cancel = h("button", { type: "button", onclick: () => done(false) }, t("cost.cancel"));
  dialog.append(h("div", { class: "button-row" }, h("button", { type: "button", class: "primary", onclick: () => done(true) }, t("cost.send", { cost: money(cost) })), cancel));
  dialog.addEventListener("cancel", () => done(false));
  document.body.append(dialog);
  dialog.showModal();
  cancel.focus();
}
