// One Colyseus room = one game: its lifecycle and one-line message handlers. The parts: the
// message gate (messages.ts), the options (options.ts), the players' messages (players.ts), the
// seats (seats.ts), the phase clock (clock.ts), the bots (botSeats.ts), the facilitator's console
// (console.ts) and the session's records (session.ts). Timers reach the engine as system commands, so the command log alone
// replays the game.

import { Room, type Client, type Deferred, type RoomException } from "@colyseus/core";
import { Encoder } from "@colyseus/schema";
import { SYSTEM_SEAT, type Command } from "../../shared/engine/commands";
import { applyCommand, createGame } from "../../shared/engine/apply";
import { hashState } from "../../shared/engine/hash";
import { refuse, type Refusal } from "../../shared/engine/refusal";
import type { GameRecord } from "../../shared/engine/replay";
import { RULES_VERSION, type GameState } from "../../shared/model/state";
import type { ClientMessageType } from "../../shared/protocol";
import { chongqingScenario } from "../../shared/scenarios/chongqing";
import { scenarioWithSettings } from "../../shared/scenarios/settings";
import { DEFAULT_MAP_PATH, loadMapFile } from "../mapFile";
import { claimResume, type StoredSeat } from "../records";
import { BotSeats } from "./botSeats";
import { PhaseClock } from "./clock";
import { FacilitatorConsole, NOT_FACILITATOR, type ConsoleControls, type ConsoleMessageType } from "./console";
import { MessageGate, type Handler } from "./messages";
import { parseJoinOptions, parseRoomOptions, type RoomConfig, type RoomOptions } from "./options";
import { RoomState } from "./schema";
import { Seats } from "./seats";
import { playerHandlers, type PlayerMessageType } from "./players";
import { PrivateViews } from "./privateViews";
import { Session, newJoinCode } from "./session";
import { holdJoinCode, releaseJoinCode } from "../scale/joinCodes";
import { appendLog, appendLogLines, syncOccupants, syncState, type SeatOccupant } from "./sync";

export type { RoomOptions, ServerRoomDefaults } from "./options";

// The full 64x48 map state is about 85 KB; the encoder's default 8 KB buffer would overflow.
Encoder.BUFFER_SIZE = 256 * 1024;

/** Seconds a dropped player's seat is kept for their reconnection token. */
export const RECONNECT_SECONDS = 60;

export class ShanchengRoom extends Room<RoomState> {
  maxClients = 40;
  private game!: GameState;
  private record!: GameRecord;
  private config!: RoomConfig;
  session!: Session;
  seats!: Seats;
  bots!: BotSeats;
  facilitator!: FacilitatorConsole;
  readonly phaseClock = new PhaseClock((fn, ms) => this.clock.setTimeout(fn, ms), () => this.applySystem({ type: "endActionPhase" }));
  private readonly gate = new MessageGate(() => this.roomId);
  /** Dropped connections' reconnection reservations, released when the player is back by secret. */
  private readonly reservations = new Map<string, Deferred<Client>>();
  private readonly privateViews = new PrivateViews();
  /** Commands accepted from each seat's player in this action phase, by seat: counted in apply (a
   * player's own; bots go through applyQuietly), reset when a phase opens. */
  private moves: number[] = [];

  async onCreate(options: RoomOptions = {}): Promise<void> {
    const config = (this.config = parseRoomOptions(options));
    const resume = claimResume(config.resumeToken);
    const records = config.records;
    // A resumed session keeps its code; a new one avoids codes of live rooms (on any process) and stored sessions.
    if (resume) await holdJoinCode(this.presence, resume.code);
    this.roomId = resume?.code ?? (await newJoinCode(this.presence, (code) => records?.hasSession(code) ?? false));
    this.session = new Session(this.roomId, records);
    const mapPath = resume?.mapPath ?? config.mapPath ?? DEFAULT_MAP_PATH;
    const map = loadMapFile(mapPath);
    let resumedLog: string[] = [];
    if (resume) {
      ({ game: this.game, record: this.record, log: resumedLog } = this.session.resume(resume, map));
      this.facilitated = records?.getSession(resume.code)?.hasFacilitator ?? false;
      config.roundSeconds = resume.settings.roundSeconds;
      config.solo = resume.settings.solo ?? false;
      Object.assign(config.botMix, resume.settings.bots);
    } else {
      // A bad setting refuses the room with a sentence naming it (the creator sees it).
      const scenario = scenarioWithSettings(chongqingScenario, config.settings);
      const seed = config.seed ?? this.roomId;
      this.game = createGame(scenario, map, seed);
      this.record = { rulesVersion: RULES_VERSION, seed, scenario, map, log: [] };
      records?.createSession({ id: this.roomId, seed, scenario, mapPath, status: "lobby", round: 0, settings: { roundSeconds: config.roundSeconds, rulesVersion: RULES_VERSION, mapHash: hashState(map), solo: config.solo, bots: config.botMix } });
      this.session.snapshot(this.game, 0);
    }
    this.seats = new Seats(this.game.seats.map((s) => s.label));
    this.bots = new BotSeats(this, config.botMix, config.botGraceSeconds, (fn, ms) => this.clock.setTimeout(fn, ms));
    this.facilitator = new FacilitatorConsole(this, (secret) => records?.checkFacilitatorSecret(this.roomId, secret) ?? false);
    if (resume?.seats) this.restoreSeats(resume.seats);
    this.setState(new RoomState());
    appendLogLines(this.state, resumedLog);
    this.sync();
    this.registerHandlers();
    if (resume) this.holdForPlayers();
    // A session resumed mid-round gets a whole new action phase on the clock.
    if (resume && this.game.phase === "action") this.startPhaseClock();
  }

  /** Seat again who sat where when the room stopped; a bot plays a person's seat still empty after the grace period. */
  private restoreSeats(stored: StoredSeat[]): void {
    const kept = this.seats.restore(stored, this.config.records?.seatSecrets(this.roomId) ?? [], this.game.phase !== "lobby");
    if (this.game.phase === "action") for (const seat of kept) this.bots.takeOverLater(seat, this.seats.at(seat)!);
  }

  private registerHandlers(): void {
    const players = playerHandlers(this);
    for (const type of Object.keys(players) as PlayerMessageType[]) this.on(type, players[type] as Handler<typeof type>);
    this.on("facilitatorAuth", (client, { secret }) => this.facilitator.auth(client.sessionId, secret, () => client.send("facilitator", { ok: true })));
    const controls = this.facilitator.controls();
    for (const type of Object.keys(controls) as ConsoleMessageType[]) this.control(type, controls[type]);
    this.onMessage("*", (client, type) => this.gate.unknown(client, type));
  }

  onAuth(_client: Client, options: unknown): true {
    parseJoinOptions(options);
    return true;
  }

  onJoin(client: Client, options: unknown): void {
    const { name, seatSecret } = parseJoinOptions(options);
    client.userData = { name };
    // A browser that sat here before shows its seat's secret: the seat is its own again at once.
    const back = seatSecret ? this.seats.reclaim(client.sessionId, name, seatSecret) : null;
    if (!back) return;
    if (back.previous) this.handOver(back.previous);
    this.seatsChanged();
  }

  async onLeave(client: Client, consented: boolean): Promise<void> {
    this.facilitator.forget(client.sessionId);
    if (consented) {
      if (this.seats.leave(client.sessionId) >= 0) this.seatsChanged();
      return;
    }
    const dropped = this.seats.drop(client.sessionId);
    if (!dropped) return;
    this.seatsChanged();
    if (this.game.phase === "action") this.bots.takeOverLater(dropped.seat, dropped.occupant);
    try {
      const reservation = this.allowReconnection(client, RECONNECT_SECONDS);
      this.reservations.set(client.sessionId, reservation);
      await reservation;
      this.seats.reconnected(client.sessionId);
    } catch {
      // The reservation ran out (or the player came back by secret). Before the game a seat still
      // held by this connection is free again; once it runs, it stays the player's (a bot plays it).
      if (this.game.phase === "lobby" && this.seats.at(dropped.seat)?.sessionId === client.sessionId) this.seats.leave(client.sessionId);
    } finally {
      this.reservations.delete(client.sessionId);
    }
    this.seatsChanged();
  }

  onDispose(): void {
    void releaseJoinCode(this.presence, this.roomId);
  }

  /** Colyseus calls this for an exception in any lifecycle method, handler or timer: log it, keep the room (and the process). */
  onUncaughtException(error: RoomException<this>, methodName: string): void {
    // onCreate and onAuth throw sentences about bad options on purpose; the caller answers them.
    if (methodName === "onCreate" || methodName === "onAuth") return;
    console.error(`room ${this.roomId}: uncaught exception in ${methodName}`, error);
  }

  /** The game record (seed, scenario, map, command log): enough to replay the game exactly. */
  get gameRecord(): GameRecord {
    return this.record;
  }

  get gameState(): GameState {
    return this.game;
  }

  get solo(): boolean {
    return this.config.solo;
  }

  /** A facilitator's session: marked by the session API right after it makes the room, or read from the records on resume. */
  facilitated = false;

  markFacilitated(): void {
    this.facilitated = true;
    this.sync();
  }

  /** Whether this client has proved it is the session's facilitator (for the console's controls). */
  isFacilitator(client: Client): boolean {
    return this.facilitator.isFacilitator(client.sessionId);
  }

  /**
   * Keep the room open while nobody is in it, for emptySessionSeconds: Colyseus closes a room no
   * client joins within 15 s, and a facilitator's new or resumed session waits for players to
   * arrive. After that the room closes as usual once it is empty (the session stays resumable).
   */
  holdForPlayers(): void {
    // 0: no hold (Colyseus's own 15 s for a first player; closing as soon as the room is empty).
    if (this.config.emptySessionSeconds <= 0) return;
    this.autoDispose = false;
    this.clock.setTimeout(() => (this.autoDispose = true), this.config.emptySessionSeconds * 1000);
  }

  private on<T extends ClientMessageType>(type: T, handler: Handler<T>): void {
    this.onMessage(type, this.gate.handler(type, handler));
  }

  private control<T extends ConsoleMessageType>(type: T, run: ConsoleControls[T]): void {
    this.on(type, (client, message) => (this.isFacilitator(client) ? run(message as never) : refuse(NOT_FACILITATOR, "notFacilitator")));
  }

  applySystem(command: Command): Refusal | void {
    return this.apply(SYSTEM_SEAT, command);
  }

  apply(seat: number, command: Command): Refusal | void {
    const refusal = this.applyQuietly(seat, command);
    if (refusal) return refusal;
    if (seat >= 0) this.moves[seat] = (this.moves[seat] ?? 0) + 1;
    // Bots act in a new round, and answer offers made to them, through the same commands.
    if (command.type === "startGame" || command.type === "endActionPhase") this.bots.playRound();
    else this.bots.answer();
    this.afterChange();
  }

  /** Through the engine and the records, then adopted; no sync (bots send many in a row). */
  applyQuietly(seat: number, command: Command): Refusal | void {
    const result = applyCommand(this.game, seat, command);
    if (!result.ok) return { refused: result.error, code: result.code, params: result.params };
    const unrecorded = this.session.recordCommand(this.record.log.length, seat, command, this.game, result.state);
    if (unrecorded) return unrecorded;
    this.game = result.state;
    this.record.log.push({ seat, command });
    appendLog(this.state, this.game, result.events);
    if (command.type === "endActionPhase") this.session.snapshot(this.game, this.game.history.at(-1)!.round);
    if (command.type === "startGame" || command.type === "endActionPhase" || command.type === "endGame") this.startPhaseClock();
  }

  /** A new action phase: ready flags reset and the round timer starts; no timer once the game ends. */
  private startPhaseClock(): void {
    this.phaseClock.stop();
    this.seats.resetReady();
    this.moves = [];
    if (this.game.phase === "action") this.phaseClock.run(this.config.roundSeconds * 1000);
  }

  fillWithBots(): void {
    this.bots.fillEmpty();
    this.seatsChanged();
  }

  /** The connection `sessionId` sat here until its player came back by secret: its reservation is released, and if it is still open it is told. */
  private handOver(sessionId: string): void {
    this.reservations.get(sessionId)?.reject?.(new Error("back by secret"));
    const old = this.clients.find((c) => c.sessionId === sessionId);
    if (old) this.gate.refuse(old, "takeSeat", refuse("You took your seat in another window; this one only watches now.", "seatReclaimed"));
  }

  /** Sync and answer a change, then end the phase if every person is ready. */
  changed(): void {
    // The seats are stored here and in seatsChanged, not after a command: commands seat nobody.
    this.session.saveSeats(this.seats);
    this.afterChange();
    this.endPhaseIfAllReady();
  }

  /** Only the room's people changed (a join by secret, a seat taken or left, a drop, Ready): `changed` without the game's sync. */
  seatsChanged(): void {
    this.session.saveSeats(this.seats);
    this.afterChange(false);
    this.endPhaseIfAllReady();
  }

  /** The phase ends early once every seated, connected person is ready (bots always are). With
   * nobody but bots left, the clock ends it: a game with no one watching does not race ahead. */
  private endPhaseIfAllReady(): void {
    // A paused clock holds the phase open, whoever is ready (the facilitator may still end it).
    if (this.game.phase === "action" && !this.phaseClock.paused && this.seats.allReady()) this.applySystem({ type: "endActionPhase" });
  }

  /** Sync, send the views that changed; `game` false: the seat list alone (a full sync per join made a class joining cost seats × the public view). */
  private afterChange(game = true): void {
    if (game) this.sync();
    else syncOccupants(this.state, this.occupants());
    this.privateViews.send(this.clients, this.game, (id) => this.seats.seatOf(id));
  }

  /** Who sits where, with each seat's accepted commands this phase. */
  private occupants = (): (SeatOccupant | null)[] => this.seats.list.map((o, seat) => (o ? { ...o, moves: this.moves[seat] ?? 0 } : null));

  private sync(): void {
    syncState(this.state, this.game, this.occupants(), this.phaseClock.endsAt, this.solo, {
      facilitated: this.facilitated,
      paused: this.phaseClock.paused,
      pausedSecondsLeft: this.phaseClock.pausedSecondsLeft,
      broadcast: this.facilitator.broadcast,
      broadcastAt: this.facilitator.broadcastAt,
    });
  }

  /** A line in everyone's log that is also kept in the session's messages (chat, broadcasts). */
  say(line: string, seat: number, text: string): void {
    appendLogLines(this.state, [line]);
    this.session.appendMessage(seat, text);
  }

  tell(sessionId: string, refused: string, refusal: Refusal): void {
    const client = this.clients.find((c) => c.sessionId === sessionId);
    if (client) this.gate.refuse(client, refused, refusal);
  }
}
