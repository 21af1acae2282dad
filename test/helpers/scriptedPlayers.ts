// Set-ups that several socket tests share: scripted players seated in a session, and the round
// most of them play (the government buys a village farm, the village accepts, everyone is ready).
// These only set the scene; each test asserts on what follows.
import { mapOf } from "../../client/synced";
import { TENURES, USES } from "../../shared/model/map";
import { createSession } from "./api";
import { joinRoom, roundTrip, startAsFacilitator, until, type Player } from "./clients";

/** The first seat of `role`, as a scripted player sees the seats. */
export const seatOf = (p: Player, role: string): number => p.room.state.seats.findIndex((s) => s.role === role);

/** Farmland of a village on the synced map, in tile order: what a government can expropriate. */
export function villageFarms(p: Player): number[] {
  const m = mapOf(p.room.state);
  return [...m.use.keys()].filter((t) => TENURES[m.tenure[t]] === "villageCollective" && USES[m.use[t]] === "farmland");
}

export interface GovernmentAndVillage {
  gov: Player;
  village: Player;
  /** Both, for "everyone" steps. */
  all: Player[];
  /** The first village farm; the village player holds its seat. */
  farm: number;
}

/** Two players join session `code` and take the government's seat and the seat of the village
 * that holds the first farm; resolves in the lobby once both have their private view. */
export async function seatGovernmentAndVillage(port: number, code: string, names: [string, string] = ["Gov", "Village"]): Promise<GovernmentAndVillage> {
  const gov = await joinRoom(port, code, names[0]);
  const village = await joinRoom(port, code, names[1]);
  const all = [gov, village];
  await until(() => all.every((p) => (p.room.state.seats?.length ?? 0) > 0), "seats synced");
  const farm = villageFarms(gov)[0];
  gov.room.send("takeSeat", { seat: seatOf(gov, "government") });
  village.room.send("takeSeat", { seat: mapOf(gov.room.state).holder[farm] });
  await until(() => all.every((p) => p.privateView !== null), "seated");
  return { gov, village, all, farm };
}

/** Start the game (from the console with `facilitator`'s secret for a facilitator's session, else
 * by the government's player); the government offers `compensation` (wan) for `farm` and the
 * village accepts. Resolves in round 1's action phase, with the purchase applied and nobody ready yet. */
export async function startAndBuyFarm({ gov, village, all, farm }: GovernmentAndVillage, compensation = 2_000, facilitator?: { port: number; code: string; secret: string }): Promise<void> {
  if (facilitator) await startAsFacilitator(facilitator.port, facilitator.code, facilitator.secret);
  else gov.room.send("startGame", {});
  await until(() => all.every((p) => p.room.state.phase === "action"), "started");
  gov.room.send("command", { command: { type: "expropriate", tile: farm, compensation } });
  await until(() => village.room.state.offers.length === 1, "offer");
  village.room.send("command", { command: { type: "respondOffer", offerId: village.room.state.offers[0].id, accept: true } });
  await roundTrip(village);
}

/** Every player says Ready, `rounds` times over, each time until the round has been resolved. */
export async function readyThroughRounds(players: Player[], rounds: number, ms = 10_000): Promise<void> {
  for (let r = 0; r < rounds; r++) {
    const resolved = players[0].room.state.history.length + 1;
    for (const p of players) p.room.send("ready", { ready: true });
    await until(() => players.every((p) => p.room.state.history.length === resolved), `round ${resolved} resolved`, ms);
  }
}

/** A server that is to be killed mid-round (the persistence and auto-resume tests): a facilitator's
 * session on `port` with the seed, Ana the government and Bo the village; round 1's farm bought
 * and resolved; in round 2 a second offer (¥25 m for the village's second farm) is out. */
export async function sessionWithAnOfferOut(port: number, seed: number) {
  const { code, secret } = await createSession(port, { seed, roundSeconds: 600 });
  const table = await seatGovernmentAndVillage(port, code, ["Ana", "Bo"]);
  const { gov, all, farm } = table;
  // The server is killed under these clients: its sockets' errors are expected.
  for (const p of all) p.room.onError(() => undefined);
  const secondFarm = villageFarms(gov)[1];
  const villageSeat = mapOf(gov.room.state).holder[farm];
  await startAndBuyFarm(table, 2_000, { port, code, secret });
  await readyThroughRounds(all, 1);
  gov.room.send("command", { command: { type: "expropriate", tile: secondFarm, compensation: 2_500 } });
  await roundTrip(gov);
  return { code, secret, ...table, secondFarm, villageSeat };
}
