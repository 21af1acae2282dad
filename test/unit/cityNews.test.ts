// The city news picks the last resolved round's headlines from the log by the rule in
// shared/views/cityNews.ts: one per kind in order of weight, the largest of its kind, the others counted.
import { describe, expect, it } from "vitest";
import { cityNews, NEWS_ITEMS, packNews, unpackNews } from "../../shared/views/cityNews";
import { packEntry, type LogCode, type LogParams } from "../../shared/views/logEntries";

const line = (code: LogCode, params: LogParams = {}) => packEntry({ code, params });

// Round 1 (lines 1-12) and the opening of round 2 with a card (line 12).
const log = [
  line("gameStarted"),
  line("roundStarted", { round: 1, year: 1997 }),
  line("offerMade", { from: 0, to: 1, amount: 2_000, tile: 40 }),
  line("protest", { seat: 1, tile: 40, stability: 95 }),
  line("protest", { seat: 2, tile: 41, stability: 90 }),
  line("auctionWon", { seat: 3, tile: 50, price: 9_000, count: 2 }),
  line("builtSold", { seat: 4, building: "commercialHousing", tile: 51, sale: 12_500 }),
  line("auctionWon", { seat: 4, tile: 52, price: 11_000, count: 1 }),
  line("opened.bridge", { count: 3, tile: 60, cost: 30_000 }),
  line("firmArrived", { tile: 70, profit: 800 }),
  line("exchangeCleared", { count: 2, price: 1_500 }),
  line("prhOpened", { tile: 80 }),
  line("roundStartedCard", { round: 2, year: 1998, card: 0 }),
];

describe("cityNews", () => {
  it("has no news before the first round is resolved", () => {
    expect(cityNews(log.slice(0, 12))).toEqual([]);
  });

  it("puts the old city's renewal by the wider market after a PRH opening and before the biggest deal", () => {
    const round = [
      line("gameStarted"),
      line("roundStarted", { round: 1, year: 1997 }),
      line("auctionWon", { seat: 3, tile: 50, price: 9_000, count: 2 }),
      line("oldCityRenewed", { count: 3, tile: 90, people: 54_000 }),
      line("roundStarted", { round: 2, year: 1999 }),
    ];
    expect(cityNews(round)).toEqual([
      { line: 3, more: 0 },
      { line: 2, more: 0 },
    ]);
  });

  it("ranks one headline per kind: card, protest, opening, firm, PRH — five at most", () => {
    // The card (line 12); the protest that left stability lowest (90, line 4; 1 more); the bridge
    // (8); the firm (9); the PRH estate (11). The deal and the ticket price would come next.
    expect(cityNews(log)).toEqual([
      { line: 12, more: 0 },
      { line: 4, more: 1 },
      { line: 8, more: 0 },
      { line: 9, more: 0 },
      { line: 11, more: 0 },
    ]);
    expect(cityNews(log)).toHaveLength(NEWS_ITEMS);
  });

  it("names the largest sale or lease, and a record ticket price above every earlier clearing", () => {
    // Without the card, protests, bridge, firm and PRH: the ¥125 m sale beats the ¥110 m and ¥90 m
    // leases (2 more); ¥15 m a ticket is the first clearing that traded, so a record.
    const quiet = log.filter((_, n) => ![3, 4, 8, 9, 11].includes(n)).map((l, n, all) => (n === all.length - 1 ? line("roundStarted", { round: 2, year: 1998 }) : l));
    expect(cityNews(quiet)).toEqual([
      { line: 4, more: 2 },
      { line: 6, more: 0 },
    ]);
    // Round 2 clears at ¥14 m, below round 1's ¥15 m: no record; at ¥16 m, a record.
    const round2 = (price: number) => [...quiet, line("exchangeCleared", { count: 1, price }), line("gameEnded")];
    expect(cityNews(round2(1_400))).toEqual([]);
    expect(cityNews(round2(1_600))).toEqual([{ line: quiet.length, more: 0 }]);
  });

  it("leaves out the card that opened the round just resolved: it was news a round ago", () => {
    const opened = [line("roundStartedCard", { round: 1, year: 1997, card: 0 }), line("prhOpened", { tile: 80 }), line("roundStarted", { round: 2, year: 1998 })];
    expect(cityNews(opened)).toEqual([{ line: 1, more: 0 }]);
  });

  it("packs the news in a few characters and back", () => {
    const news = cityNews(log);
    const packed = packNews(news);
    // Line 4 first, then 12 (8 after it, base 36), 8, 9, 11; line 4 has 1 more.
    expect(packed).toBe("4:8,0+1,4,5,7");
    expect(unpackNews(packed)).toEqual(news);
    expect(packNews([])).toBe("");
    expect(unpackNews("")).toEqual([]);
  });
});
