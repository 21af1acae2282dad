// The city news card: the last resolved round's headlines (shared/views/cityNews.ts picks them;
// the room syncs which log lines they are), worded from those lines' codes and parameters by the
// news catalogue (client/i18n/enNews.ts, zhNews.ts). Shown on the game screen above the tile's
// panel, in the console beside the seats and large in the projector view; each new round's
// news is announced once (live region) and may be put away until the next.
import type { RoomState } from "../../server/room/schema";
import { unpackNews } from "../../shared/views/cityNews";
import { unpackEntry, type LogEntry } from "../../shared/views/logEntries";
import { lang, t } from "../i18n";
import type { Key } from "../i18n/catalogue";
import { h } from "./dom";
import { announce } from "./liveRegion";
import type { LogLines } from "./log";
import { readableParams } from "./logText";

/** One headline in the reader's language. */
function headline(state: RoomState, entry: LogEntry, more: number): string {
  const text = t(`news.${entry.code}` as Key, readableParams(state, entry.params));
  return more > 0 ? `${text}${lang() === "zh-CN" ? "" : " "}${t("news.more", { count: more })}` : text;
}

/** The round's headlines as text, or null while a line is not on this page yet (`ask` fetches
 * the lines before a number, as the log's "Show earlier lines" does). */
export function newsTexts(state: RoomState, lines: LogLines, ask: (before: number) => void): string[] | null {
  const items = unpackNews(state.news);
  const missing = items.filter((item) => lines.line(item.line) === undefined);
  if (missing.length > 0) {
    if (!lines.asking) ask(Math.max(...missing.map((item) => item.line)) + 1);
    return null;
  }
  return items.flatMap((item) => {
    const entry = unpackEntry(lines.line(item.line)!);
    return entry ? [headline(state, entry, item.more)] : [];
  });
}

/** The card, its announcement, and whether this page put the round's news away. */
export function cityNewsCard(): { view(state: RoomState, texts: string[] | null): HTMLElement | null } {
  let dismissed = "";
  let announced = "";
  return {
    view(state, texts) {
      if (!texts || texts.length === 0 || dismissed === state.news) return null;
      if (announced !== state.news) {
        announced = state.news;
        announce(t("news.announce", { items: texts.join(" ") }));
      }
      const close = h("button", { type: "button", class: "link news-close", onclick: () => ((dismissed = state.news), putAway(card)) }, t("news.dismiss"));
      const card = h(
        "section",
        { class: "city-news", "aria-labelledby": "city-news-heading" },
        h("h2", { id: "city-news-heading" }, t("news.heading", { round: newsRound(state) })),
        h("ul", {}, ...texts.map((text) => h("li", {}, text))),
        close,
      );
      return card;
    },
  };
}

/** Remove the card, the keyboard's focus going on to the next control after it (never to <body>). */
function putAway(card: HTMLElement): void {
  const next = [...document.querySelectorAll<HTMLElement>("button, a[href], input, select, textarea, summary, [tabindex]:not([tabindex='-1'])")].find(
    (el) => !card.contains(el) && card.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING && el.getClientRects().length > 0,
  );
  card.remove();
  next?.focus();
}

/** The round the news is of: the one before the round open now (the last once the game is over). */
const newsRound = (state: RoomState): number => (state.phase === "ended" ? state.round : state.round - 1);
