// The city news: after each resolution, the round's headlines for every reader, picked from the
// log (shared/views/logEntries.ts) — so a headline is a log line's code and parameters, worded by
// the client (client/i18n/enNews.ts, zhNews.ts), and the wire carries only which lines they are.
//
// The round is the log after the line that opened it, up to the line that opened the next (or
// ended the game), included: its protests, its resolution, and the next round's card.
// The rule that ranks them: one headline per kind, in this order of weight —
//   1. the new round's event card (the context of everything after it),
//   2. a protest (the one that left stability lowest),
//   3. a bridge, tunnel, road or light rail opening (the dearest),
//   4. a manufacturer arriving (the most profitable),
//   5. a public rented housing estate opening,
//   6. old-city tiles rebuilt as towers by the market beyond the players (the most people housed),
//   7. the largest sale or lease (a building sold or a lease auction won, by its price in wan),
//   8. a record land-ticket price (the exchange cleared above every earlier clearing);
// within a kind the largest (or, for protests, the lowest stability) stands for the others, which
// are counted ("and 2 more"); at most NEWS_ITEMS headlines, the first kinds first.

import { unpackEntry, type LogCode, type LogEntry } from "./logEntries";
import { packNumber, unpackNumber } from "./wire";

/** Headlines a round's news holds at most. */
export const NEWS_ITEMS = 5;

/** Each kind of headline with the log codes it comes from and the size that ranks a line within it. */
const KINDS: readonly { codes: readonly LogCode[]; size: (e: LogEntry) => number }[] = [
  { codes: ["roundStartedCard"], size: () => 0 },
  { codes: ["protest"], size: (e) => -Number(e.params.stability) },
  { codes: ["opened.bridge", "opened.tunnel", "opened.road", "opened.rail"], size: (e) => Number(e.params.cost) },
  { codes: ["firmArrived", "firmArrivedZone"], size: (e) => Number(e.params.profit) },
  { codes: ["prhOpened"], size: () => 0 },
  { codes: ["oldCityRenewed"], size: (e) => Number(e.params.people) },
  { codes: ["auctionWon", "builtSold"], size: (e) => Number(e.params.price ?? e.params.sale) },
  { codes: ["exchangeCleared"], size: (e) => Number(e.params.price) },
];
const BOUNDARIES: ReadonlySet<LogCode> = new Set(["roundStarted", "roundStartedCard", "gameEnded"]);

/** A headline: the log line it words (its number in the game's log) and how many others of its kind the round had. */
export interface NewsItem {
  line: number;
  more: number;
}

/** The last round's headlines from the game's whole log (packed lines, line 0 first), ranked as above;
 * none before the first round has been resolved. */
export function cityNews(log: readonly string[]): NewsItem[] {
  const entries = log.map(unpackEntry);
  const bounds = entries.flatMap((e, n) => (e && BOUNDARIES.has(e.code) ? [n] : []));
  if (bounds.length < 2) return [];
  const [from, to] = bounds.slice(-2);
  // A ticket price is a record above every earlier clearing that traded (the first clearing is one).
  const earlierBest = Math.max(0, ...entries.slice(0, from).map((e) => (e?.code === "exchangeCleared" && Number(e.params.count) > 0 ? Number(e.params.price) : 0)));
  const news: NewsItem[] = [];
  for (const kind of KINDS) {
    const lines: number[] = [];
    for (let n = from + 1; n <= to; n++) {
      const e = entries[n];
      if (!e || !kind.codes.includes(e.code)) continue;
      if (e.code === "exchangeCleared" && (Number(e.params.count) === 0 || Number(e.params.price) <= earlierBest)) continue;
      lines.push(n);
    }
    if (lines.length === 0) continue;
    // The largest; the earliest of equals.
    const top = lines.reduce((best, n) => (kind.size(entries[n]!) > kind.size(entries[best]!) ? n : best));
    news.push({ line: top, more: lines.length - 1 });
    if (news.length === NEWS_ITEMS) break;
  }
  return news;
}

/** The news for the wire: the first headline's line number, then each headline's distance from it
 * (and "+" its count of others), base 36 — "b3:0,5+2,8" (~15 characters a round). "" for none. */
export function packNews(news: readonly NewsItem[]): string {
  if (news.length === 0) return "";
  const first = Math.min(...news.map((n) => n.line));
  return `${packNumber(first)}:${news.map((n) => packNumber(n.line - first) + (n.more > 0 ? `+${packNumber(n.more)}` : "")).join(",")}`;
}

export function unpackNews(packed: string): NewsItem[] {
  const [first, items] = packed.split(":");
  if (!items) return [];
  const base = unpackNumber(first);
  return items.split(",").map((item) => {
    const [offset, more] = item.split("+");
    return { line: base + unpackNumber(offset), more: more ? unpackNumber(more) : 0 };
  });
}
