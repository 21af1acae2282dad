// The shared log (what happened, newest last) and the error toast for refused actions.
import type { RoomState } from "../../server/room/schema";
import { h } from "./dom";
import { logOf } from "../synced";
import { t } from "../i18n";

export function logView(state: RoomState): HTMLElement {
  const list = h("ol", { class: "log", "aria-live": "polite", "aria-label": t("game.logLabel") }, ...logOf(state).map((line) => h("li", {}, line)));
  return h("section", { class: "log-panel", "aria-labelledby": "log-heading" }, h("h2", { id: "log-heading" }, t("game.log")), list);
}

let hideTimer = 0;
/** Show a refusal for a few seconds; screen readers hear it at once (role=alert). */
export function showError(message: string): void {
  const toast = document.getElementById("error-toast");
  if (!toast) return;
  toast.textContent = message;
  toast.hidden = false;
  window.clearTimeout(hideTimer);
  hideTimer = window.setTimeout(() => (toast.hidden = true), 7000);
}
