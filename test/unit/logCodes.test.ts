// The log and the role panel's steps travel as codes and parameters: every code the engine can
// emit (and every score part) has a text in both catalogues with exactly the code's parameters; a line packed for the
// wire comes back equal; and a whole bot game's log reads in Chinese without an English word.
import { beforeAll, describe, expect, it } from "vitest";
import { loadChinese, setLanguage } from "../../client/i18n";
import { en } from "../../client/i18n/en";
import { zhCN } from "../../client/i18n/zhCN";
import { actionText, entryText, stepText } from "../../client/ui/logText";
import { loadMapFile } from "../../server/mapFile";
import { RoomState } from "../../server/room/schema";
import { syncState } from "../../server/room/sync";
import { playBotGame } from "../../shared/bots/play";
import { createGame } from "../../shared/engine/apply";
import type { GameEvent } from "../../shared/model/events";
import { chongqingScenario } from "../../shared/scenarios/chongqing";
import { ACTION_TEXTS, STEP_CODES, type Step } from "../../shared/views/hints/common";
import { nextSteps, tileCandidates, type ActionText } from "../../shared/views/hints";
import { publicRules } from "../../shared/views/publicView";
import { packBids } from "../../shared/views/auctionResults";
import { LOG_CODES, logEntry, packEntry, unpackEntry, type LogCode, type LogEntry } from "../../shared/views/logEntries";

/** The catalogue's text for `key` in a section, whatever its plural form. */
const textOf = (section: Record<string, unknown>, key: string): string | undefined => {
  const at = key.split(".").reduce<unknown>((node, part, i, parts) => {
    if (!node || typeof node !== "object") return undefined;
    const n = node as Record<string, unknown>;
    return i === parts.length - 1 ? (n[part] ?? n[`${part}_other`]) : n[part];
  }, section);
  return typeof at === "string" ? at : undefined;
};
const paramsOf = (text: string) => [...new Set([...text.matchAll(/\{\{\s*([a-zA-Z]+)/g)].map((m) => m[1]))].sort();

/** A value for each parameter name, to word every code. */
const SAMPLE: Record<string, string | number> = { why: "tie", bids: "2.ra0,3.ra0", building: "factory", infra: "bridge", plan: "industrial", job: "services", side: "buy", home: "dorm", room: "prhEstate", package: "both", eligibility: "cityWorkers", card: 6, village: 2, count: 3, text: "你好", name: "小明", rentPct: 60 };
const sample = (code: LogCode): LogEntry => ({ code, params: Object.fromEntries(LOG_CODES[code].map((name: string) => [name, SAMPLE[name] ?? 1_234])) });

const map = loadMapFile();
const game = createGame(chongqingScenario, map, 3);
const room = new RoomState();
syncState(room, game, game.seats.map(() => null), 0);

describe("log and step codes", () => {
  // The Chinese catalogue is a chunk of its own: loaded once, then a switch is immediate.
  beforeAll(() => loadChinese());
  it("every log code has a text in both catalogues with exactly its parameters", () => {
    for (const [code, names] of Object.entries(LOG_CODES)) {
      const english = textOf(en.log, code);
      const chinese = textOf(zhCN.log, code);
      expect(english, code).toBeDefined();
      expect(chinese, code).toBeDefined();
      // An English singular may leave the count out; the plural form names it.
      expect(paramsOf(english!).every((p) => (names as readonly string[]).includes(p)), code).toBe(true);
      expect(paramsOf(chinese!), code).toEqual(paramsOf(textOf(en.log, `${code}`)!));
    }
    for (const code of STEP_CODES) {
      expect(textOf(en.hint, code), code).toBeDefined();
      expect(textOf(zhCN.hint, code), code).toBeDefined();
    }
    for (const code of ACTION_TEXTS) {
      expect(textOf(en.action, code), code).toBeDefined();
      expect(textOf(zhCN.action, code), code).toBeDefined();
    }
  });

  it("a packed line comes back equal: numbers in base 36, words by number, a chat's '|' kept", () => {
    const bids = packBids([
      { seat: 8, amount: 46_000 },
      { seat: 7, amount: 48_000 },
    ]);
    const auction: LogEntry = { code: "auctionWon", params: { seat: 7, tile: 1_236, price: 48_000, reserve: 40_000, count: 2, why: "highest", bids } };
    // Code 20 is "k"; 1,236 = 34 x 36 + 12 is "yc"; 48,000 = 36³ + 36² + 36 + 12 is "111c"; 40,000 = 30 x 36² + 31 x 36 + 4 is "uv4"; "highest"
    // is word 27, "r"; the bids best first, seat.amount: 46,000 = 35 x 36² + 17 x 36 + 28 is "zhs".
    expect(packEntry(auction)).toBe("k|7|yc|111c|uv4|2|r|7.111c,8.zhs");
    expect(unpackEntry(packEntry(auction))).toEqual(auction);
    const chat: LogEntry = { code: "chat", params: { seat: 3, name: "Ana|B", text: "a | b" } };
    expect(unpackEntry(packEntry(chat))).toEqual({ code: "chat", params: { seat: 3, name: "Ana¦B", text: "a | b" } });
    for (const code of Object.keys(LOG_CODES) as LogCode[]) expect(unpackEntry(packEntry(sample(code))), code).toEqual(sample(code));
  });

  it("every code reads in Chinese with no English word and no parameter left unfilled", () => {
    setLanguage("zh-CN");
    try {
      for (const code of Object.keys(LOG_CODES) as LogCode[]) {
        const text = entryText(room, sample(code));
        expect(text, code).not.toMatch(/[A-Za-z]{2}|\{\{/);
      }
      for (const code of STEP_CODES) expect(stepText(room, { code, params: { from: 0, tile: 100, count: 2, spare: 5_000, quota: 3, pct: 60 } }), code).not.toMatch(/[A-Za-z]{2}|\{\{/);
    } finally {
      setLanguage("en");
    }
  });

  it("a whole bot game's log lines and steps: in English worded in full, in Chinese with no English word", () => {
    const entries: LogEntry[] = [];
    const steps: Step[] = [];
    const actions: ActionText[] = [];
    const seen = new Set<string>();
    const end = playBotGame(game, {
      onCommand: (seat, _command, state, events: GameEvent[]) => {
        for (const e of events) {
          const line = logEntry(state, e);
          if (line) entries.push(line);
        }
        if (state.phase === "action") steps.push(...nextSteps(state, seat));
        // Each seat's tile actions on every 23rd tile, every third round (after the seat's first command).
        if (state.phase === "action" && state.round % 3 === 1 && !seen.has(`${state.round}|${seat}`)) {
          seen.add(`${state.round}|${seat}`);
          for (let tile = 0; tile < state.map.width * state.map.height; tile += 23) for (const a of tileCandidates(state, seat, tile)) actions.push(a.label, ...a.explain, ...(a.toggles ?? []).map((t) => t.label));
        }
      },
    });
    syncState(room, end, end.seats.map(() => null), 0);
    // Every role's score parts have a name in both catalogues.
    for (const ids of Object.values(publicRules(end).scoreLabels)) for (const id of ids) expect([textOf(en.scorePart, id), textOf(zhCN.scorePart, id)], id).not.toContain(undefined);
    expect(new Set(entries.map((e) => e.code)).size).toBeGreaterThan(20);
    expect(new Set(steps.map((s) => s.code)).size).toBeGreaterThan(6);
    expect(new Set(actions.map((a) => a.code)).size).toBeGreaterThan(30);
    for (const a of actions) expect(actionText(a), a.code).not.toMatch(/\{\{|^action\./);
    for (const e of entries) {
      expect(unpackEntry(packEntry(e))).toEqual(e);
      expect(entryText(room, e)).not.toMatch(/\{\{|^log\./);
    }
    setLanguage("zh-CN");
    try {
      for (const e of entries) expect(entryText(room, e), e.code).not.toMatch(/[A-Za-z]{2}|\{\{/);
      for (const s of steps) expect(stepText(room, s), s.code).not.toMatch(/[A-Za-z]{2}|\{\{/);
      for (const a of actions) expect(actionText(a), a.code).not.toMatch(/[A-Za-z]{2}|\{\{/);
    } finally {
      setLanguage("en");
    }
  }, 180_000);
});
