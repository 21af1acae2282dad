import { describe, expect, it } from "vitest";
import { SYSTEM_SEAT } from "../../shared/engine/commands";
import { applyCommand } from "../../shared/engine/apply";
import { ledgerTotal } from "../../shared/rules/ledger";
import { TENURES, USES } from "../../shared/model/map";
import { seatAccount } from "../../shared/model/state";
import { DEV1, DEV2, GOV, MIG1, VILLAGE, at, endRound, must, newGame, refusal, started } from "../helpers/game";

describe("creating a game", () => {
  it("seats one government, one seat per village, then developers and migrants", () => {
    const s = newGame();
    expect(s.seats.map((x) => x.role)).toEqual(["government", "village", "developer", "developer", "migrant", "migrant"]);
    expect(s.seats[VILLAGE].label).toBe("V0 village");
  });

  it("endows every seat from the central account, so the ledger sums to zero", () => {
    const s = newGame();
    expect(s.balances[seatAccount(GOV)]).toBe(200_000);
    expect(s.balances[seatAccount(VILLAGE)]).toBe(2_000);
    expect(s.balances[seatAccount(DEV1)]).toBe(120_000);
    expect(s.balances[seatAccount(MIG1)]).toBe(500);
    expect(s.balances.central).toBe(-(200_000 + 2_000 + 2 * 120_000 + 2 * 500));
    expect(ledgerTotal(s)).toBe(0);
  });

  it("gives village land to the village's seat and state land to the government", () => {
    const s = newGame();
    expect(s.map.holder[at(7, 0)]).toBe(VILLAGE);
    expect(s.map.holder[at(2, 0)]).toBe(GOV);
    expect(s.map.holder[at(5, 0)]).toBe(-1); // water
  });
});

describe("the round clock", () => {
  it("starts in the lobby and refuses player commands there", () => {
    const s = newGame();
    expect(s.phase).toBe("lobby");
    expect(refusal(s, GOV, { type: "expropriate", tile: at(7, 0), compensation: 1_500 }).code).toBe("notStarted");
  });

  it("only the room's clock may start the game or end a phase", () => {
    expect(refusal(newGame(), GOV, { type: "startGame" }).code).toBe("systemOnly");
    expect(refusal(started(), GOV, { type: "endActionPhase" }).code).toBe("systemOnly");
  });

  it("round 1 opens with the 1997 card, whose grant reaches the budget", () => {
    const s = started();
    expect(s.round).toBe(1);
    expect(s.phase).toBe("action");
    expect(s.scenario.events[s.eventCard].id).toBe("municipality");
    expect(s.balances[seatAccount(GOV)]).toBe(300_000);
  });

  it("cannot start twice", () => {
    expect(refusal(started(), SYSTEM_SEAT, { type: "startGame" }).code).toBe("alreadyStarted");
  });

  it("ends after the last round and refuses commands afterwards", () => {
    let s = started();
    for (let r = 1; r <= s.scenario.rounds; r++) s = endRound(s).state;
    expect(s.phase).toBe("ended");
    expect(s.history).toHaveLength(12);
    expect(s.history[11].year).toBe(2019);
    expect(refusal(s, GOV, { type: "expropriate", tile: at(7, 0), compensation: 1_500 }).code).toBe("gameOver");
    expect(refusal(s, SYSTEM_SEAT, { type: "endActionPhase" }).code).toBe("noActionPhase");
  });

  it("refuses commands from a seat that does not exist or has the wrong role", () => {
    const s = started();
    expect(refusal(s, 17, { type: "reclaim", tile: at(9, 0) })).toEqual({ code: "noSuchSeat", params: { seat: 17 } });
    expect(refusal(s, DEV1, { type: "expropriate", tile: at(7, 0), compensation: 1_500 })).toEqual({ code: "wrongRole", params: { roles: "government", seat: DEV1 } });
    expect(refusal(s, GOV, { type: "bid", auctionId: 0, amount: 1 })).toEqual({ code: "wrongRole", params: { roles: "developer", seat: GOV } });
  });

  it("a refused command leaves the state as it was", () => {
    const s = started();
    const before = JSON.stringify(s);
    applyCommand(s, GOV, { type: "expropriate", tile: at(2, 0), compensation: 1_500 });
    expect(JSON.stringify(s)).toBe(before);
  });
});

describe("money and land are conserved", () => {
  it("a whole game of mixed actions keeps the ledger summing to zero", () => {
    let s = started();
    s = must(s, GOV, { type: "expropriate", tile: at(7, 0), compensation: 2_000 }).state;
    s = must(s, VILLAGE, { type: "respondOffer", offerId: 0, accept: true }).state;
    s = must(s, MIG1, { type: "chooseWorkAndHome", job: "services", home: { kind: "tile", tile: at(9, 0) } }).state;
    s = endRound(s).state;
    for (let r = 2; r <= 12; r++) {
      expect(ledgerTotal(s)).toBe(0);
      s = endRound(s).state;
    }
    expect(ledgerTotal(s)).toBe(0);
    expect(s.map.terrain.length).toBe(50);
    expect(TENURES[s.map.tenure[at(7, 0)]]).toBe("landReserve");
    expect(USES[s.map.use[at(7, 0)]]).toBe("farmland");
  });
});

describe("purity", () => {
  it("no accepted command changes the state it was applied to", () => {
    let s = started();
    const commands = [
      [GOV, { type: "expropriate", tile: at(7, 0), compensation: 1_500 }],
      [VILLAGE, { type: "respondOffer", offerId: 0, accept: true }],
      [GOV, { type: "releaseAuction", tile: at(0, 4), reserve: 100 }],
      [DEV1, { type: "bid", auctionId: 1, amount: 100 }],
      [GOV, { type: "buildInfrastructure", infra: "bridge", tile: at(5, 2), axis: "ew" }],
      [VILLAGE, { type: "reclaim", tile: at(9, 0) }],
      [MIG1, { type: "chooseWorkAndHome", job: "services", home: { kind: "tile", tile: at(8, 2) } }],
      [SYSTEM_SEAT, { type: "endActionPhase" }],
    ] as const;
    for (const [seat, command] of commands) {
      const before = JSON.stringify(s);
      const next = must(s, seat, command).state;
      expect(JSON.stringify(s)).toBe(before);
      s = next;
    }
  });
});

describe("hints", () => {
  it("list only accepted actions, and say why a seat's usual moves on its own land are refused", async () => {
    const { tileOptions } = await import("../../shared/views/hints");
    let s = started();
    s = must(s, GOV, { type: "releaseAuction", tile: at(0, 4), reserve: 100 }).state;
    s = must(s, DEV1, { type: "bid", auctionId: 0, amount: 100 }).state;
    s = must(s, GOV, { type: "expropriate", tile: at(7, 0), compensation: 1_500 }).state;
    s = must(s, VILLAGE, { type: "respondOffer", offerId: 1, accept: true }).state;
    s = endRound(s).state;
    s = must(s, GOV, { type: "releaseAuction", tile: at(7, 0), reserve: 100 }).state;
    s = must(s, DEV1, { type: "bid", auctionId: 2, amount: 100 }).state;
    s = endRound(s).state;
    // The developer now leases a vacant plot and a farm: the farm needs a land ticket.
    const vacant = tileOptions(s, DEV1, at(0, 4));
    // Planned residential: flats, or an amendment to build a factory (industrial).
    // Labels and refusals come as codes (the client words them).
    expect(vacant.actions.map((a) => a.label)).toEqual([{ code: "buildHousing", params: {} }, { code: "amend", params: { plan: "industrial" } }, { code: "buildOffices", params: {} }]);
    expect(vacant.blocked).toEqual([{ action: { code: "buildFactory", params: {} }, code: "wrongPlan", params: { tile: at(0, 4), plan: "residential", building: "factory" }, message: expect.stringMatching(/^The plan zones this plot for residential use/) }]);
    const farm = tileOptions(s, DEV1, at(7, 0));
    expect(farm.actions.map((a) => a.label)).toEqual([{ code: "amend", params: { plan: "industrial" } }]);
    expect(farm.blocked.map((b) => [b.action.code, b.code])).toEqual([
      ["buildHousing", "needsTicket"],
      ["buildFactory", "wrongPlan"],
      ["buildOffices", "needsTicket"],
    ]);
    // Someone else's land: no reasons, just no actions.
    expect(tileOptions(s, DEV2, at(7, 0))).toEqual({ actions: [], blocked: [] });
  });
});
