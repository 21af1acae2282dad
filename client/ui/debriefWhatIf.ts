// The debrief's "What if?" panel (issue #10 item 3): the facilitator (or a solo game's player)
// picks a round and some settings, the server plays the rest of the game with bots in a worker
// thread (server/branches/), and the panel follows its progress; each finished branch can be
// drawn on the debrief's charts beside the game (debrief.ts showBranches). The branches are kept
// with the session, so a past session's debrief lists them again.
import type { BranchSettings } from "../../shared/engine/branch";
import type { DebriefData } from "../../shared/views/debrief";
import type { ScenarioView } from "../../shared/views/scenarioView";
import { onLanguageChange, t } from "../i18n";
import type { Timeline } from "./debriefCharts";
import { branchForm, draftSettings, emptyDraft, yearOf, type Draft } from "./debriefWhatIfForm";
import { fill, h } from "./dom";
import { money } from "./money";

/** Who asks: the session's code and the header proving the right (x-facilitator-secret, or x-seat-secret in a solo game). */
export interface WhatIfAccess {
  code: string;
  headers: Record<string, string>;
}

/** A branch as GET /api/sessions/:code/branches lists it (server/branches/queue.ts BranchView). */
interface BranchView {
  id: string;
  round: number;
  settings: BranchSettings;
  status: "queued" | "running" | "done" | "refused" | "failed";
  done: number;
  total: number;
  ms?: number;
  refusal?: { code: string; params: Record<string, string | number> };
  error?: string;
}
type Reply<T> = { ok: true; body: T } | { ok: false; code: string; params: Record<string, string | number> };

/** How often the panel asks how a running branch is getting on, ms. */
const POLL_MS = 400;
const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

async function call<T>(access: WhatIfAccess, path: string, body?: unknown): Promise<Reply<T>> {
  try {
    const headers = { ...access.headers, ...(body !== undefined ? { "content-type": "application/json" } : {}) };
    const res = await fetch(`/api/sessions/${encodeURIComponent(access.code)}/branches${path}`, { method: body === undefined ? "GET" : "POST", headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const json = (await res.json().catch(() => ({}))) as T & { code?: string; params?: Record<string, string | number>; error?: string };
    if (res.ok) return { ok: true, body: json };
    return { ok: false, code: json.code ?? (res.status === 403 ? "notFacilitator" : "network"), params: json.params ?? { error: json.error ?? String(res.status) } };
  } catch (error) {
    return { ok: false, code: "network", params: { error: (error as Error).message } };
  }
}

const refusalText = (code: string, params: Record<string, string | number>): string =>
  t(`branch.refusal.${code}` as "branch.refusal.network", { error: "", ...params });

/** The panel, and what the debrief calls after each redraw (a live game's new round adds a round to branch from). */
export interface WhatIfPanel {
  element: HTMLElement;
  update(): void;
}

/**
 * The panel for session `access.code`: `main` reads the debrief's current data, `show` draws the
 * branches chosen for the charts.
 */
export function whatIfPanel(access: WhatIfAccess, main: () => DebriefData | null, show: (branches: Timeline[]) => void): WhatIfPanel {
  const section = h("section", { id: "debrief-whatif", class: "debrief-section whatif", tabindex: -1, "aria-labelledby": "whatif-heading" });
  const formBox = h("div");
  const message = h("p", { class: "whatif-message", role: "status", "aria-live": "polite" });
  const listBox = h("div");
  let scenario: ScenarioView | null = null;
  let branches: BranchView[] = [];
  const shown = new Set<string>();
  const debriefs = new Map<string, DebriefData>();
  let draft: Draft | null = null;
  /** The game's round the form was drawn for. */
  let formRound = 0;
  let polling = false;

  const label = (b: BranchView) => t("branch.label", { letter: LETTERS[branches.indexOf(b) % LETTERS.length] });
  const summary = (b: BranchView, data: DebriefData): string => {
    const s = b.settings;
    const parts = [
      s.prhRentPct !== undefined && t("branch.summary.prhRent", { pct: s.prhRentPct }),
      s.zoneTaxPct !== undefined && t("branch.summary.zoneTax", { pct: s.zoneTaxPct }),
      s.compensationMinimum !== undefined && t("branch.summary.compensation", { amount: money(s.compensationMinimum) }),
      s.hukouQuota !== undefined && t("branch.summary.hukouQuota", { count: s.hukouQuota }),
      s.eventPlan && t("branch.summary.cards"),
      ...(s.personalities ?? []).map((p) => t("branch.summary.personality", { seat: data.seats[p.seat]?.label ?? String(p.seat), personality: t(`personality.${p.personality}.name` as "personality.growth.name") })),
    ].filter((x): x is string => typeof x === "string");
    const from = t("branch.summary.from", { year: yearOf(b.round, data, scenario), round: b.round });
    return t("branch.summary.line", { from, changes: parts.length > 0 ? parts.join(t("branch.summary.joiner")) : t("branch.summary.nothing") });
  };

  const drawForm = () => {
    const data = main();
    if (!data) return;
    draft ??= emptyDraft(Math.max(1, Math.min(data.round, data.rounds)));
    formRound = data.round;
    fill(formBox, branchForm(draft, data, scenario, run));
  };

  const drawList = () => {
    const data = main();
    if (!data) return;
    fill(
      listBox,
      h("h3", {}, t("branch.listHeading")),
      branches.length === 0
        ? h("p", { class: "hint" }, t("branch.none"))
        : h(
            "ol",
            { class: "whatif-list" },
            ...branches.map((b) => {
              const name = label(b);
              const state =
                b.status === "queued"
                  ? h("span", {}, t("branch.queued"))
                  : b.status === "running"
                    ? h("span", { class: "whatif-progress" }, h("progress", { max: b.total, value: b.done, "aria-label": t("branch.progress", { label: name }) }), t("branch.running", { done: Math.min(b.done + 1, b.total), total: b.total }))
                    : b.status === "done"
                      ? h("span", {}, t("branch.done", { total: b.total, seconds: ((b.ms ?? 0) / 1000).toFixed(1) }))
                      : h("span", { class: "whatif-refused" }, b.refusal ? refusalText(b.refusal.code, b.refusal.params) : t("branch.failed", { error: b.error ?? "" }));
              const toggle =
                b.status === "done"
                  ? h("label", { class: "whatif-show" }, h("input", { type: "checkbox", checked: shown.has(b.id), onchange: (e: Event) => void toggleShown(b.id, (e.target as HTMLInputElement).checked) }), t("branch.show"))
                  : null;
              return h("li", { class: `whatif-branch status-${b.status}`, "data-branch": b.id }, h("strong", {}, name), " ", h("span", { class: "whatif-summary" }, summary(b, data)), h("div", { class: "whatif-state" }, state, toggle));
            }),
          ),
    );
  };

  /** Draw the chosen finished branches on the charts (fetching each one's debrief once). */
  const redrawCharts = async () => {
    for (const id of shown) {
      if (debriefs.has(id)) continue;
      message.textContent = t("branch.loading");
      const reply = await call<{ branch: { debrief?: DebriefData } }>(access, `/${encodeURIComponent(id)}`);
      if (reply.ok && reply.body.branch.debrief) debriefs.set(id, reply.body.branch.debrief);
      message.textContent = reply.ok ? "" : refusalText(reply.code, reply.params);
    }
    show(branches.filter((b) => shown.has(b.id) && debriefs.has(b.id)).map((b) => ({ label: label(b), data: debriefs.get(b.id)! })));
  };
  const toggleShown = async (id: string, on: boolean) => {
    if (on) shown.add(id);
    else shown.delete(id);
    await redrawCharts();
  };

  /** Ask for the list; again while a branch waits or plays; a branch that just finished is shown. */
  const refresh = async () => {
    const reply = await call<{ branches: BranchView[] }>(access, "");
    if (!reply.ok) {
      message.textContent = refusalText(reply.code, reply.params);
      return;
    }
    const before = new Map(branches.map((b) => [b.id, b.status]));
    branches = reply.body.branches;
    const finished = branches.filter((b) => b.status === "done" && before.has(b.id) && before.get(b.id) !== "done");
    for (const b of finished) shown.add(b.id);
    drawList();
    if (finished.length > 0) await redrawCharts();
    const busy = branches.some((b) => b.status === "queued" || b.status === "running");
    if (busy && !polling && section.isConnected) {
      polling = true;
      setTimeout(() => ((polling = false), void refresh()), POLL_MS);
    }
  };

  async function run(): Promise<void> {
    const data = main();
    if (!data || !draft) return;
    message.textContent = t("branch.sending");
    const reply = await call<{ branch: BranchView }>(access, "", { round: draft.round, settings: draftSettings(draft, data, scenario) });
    message.textContent = reply.ok ? "" : refusalText(reply.code, reply.params);
    if (reply.ok) {
      branches = [...branches, reply.body.branch];
      drawList();
      await refresh();
    }
  }

  const drawAll = () => {
    fill(section, h("h2", { id: "whatif-heading" }, t("branch.heading")), h("p", { class: "hint" }, t("branch.hint")), formBox, message, listBox);
    drawForm();
    drawList();
  };
  const stop = onLanguageChange(() => (section.isConnected ? drawAll() : stop()));
  drawAll();
  void fetch("/api/scenario")
    .then((r) => r.json() as Promise<ScenarioView>)
    .then((view) => ((scenario = view), drawForm(), drawList()))
    .catch(() => undefined);
  void refresh();
  return { element: section, update: () => main()?.round !== formRound && drawForm() };
}
