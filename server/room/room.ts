// One Colyseus room = one game. The room is thin: it checks each message, maps the socket to a
// seat, runs the command through the engine, logs it, and syncs the result. Timers live here and
// reach the engine as system commands, so the command log alone replays the game.

import { Room, type Client, type Delayed } from "@colyseus/core";
import { Encoder } from "@colyseus/schema";
import { DEFAULT_MIX, PERSONALITIES, botAnswers, botCommands, isPersonality, type PersonalityMix } from "../../shared/bots";
import { SYSTEM_SEAT, parseCommand, type Command, type PlayerCommand } from "../../shared/engine/commands";
import { applyCommand, createGame } from "../../shared/engine/apply";
import { tileOptions } from "../../shared/views/hints";
import { privateView } from "../../shared/views/privateView";
import { planOf } from "../../shared/rules/plans";
import { MAX_MESSAGE_BYTES, clientMessageSchemas, joinOptionsSchema, type ClientMessage, type ClientMessageType, type ErrorMessage, type InspectReply, type MapAtRound } from "../../shared/protocol";
import { replay, type GameRecord } from "../../shared/engine/replay";
import { chongqingScenario } from "../../shared/scenarios/chongqing";
import { scenarioWithSettings } from "../../shared/scenarios/settings";
import { RULES_VERSION, type GameState, type Role } from "../../shared/model/state";
import { hashState } from "../../shared/engine/hash";
import { DEFAULT_MAP_PATH, loadMapFile } from "../mapFile";
import { claimResume, type RecordStore, type ResumeData, type SessionStatus, type StoredSeat } from "../records";
import { RoomState } from "./schema";
import { appendLog, appendLogLines, eventLines, syncState, type SeatOccupant } from "./sync";
import { LOG_LINES } from "../../shared/views/wire";

// The full 64x48 map state is about 85 KB; the encoder's default 8 KB buffer would overflow.
Encoder.BUFFER_SIZE = 256 * 1024;

/** Set by the server for every room; clients cannot change these. */
export interface ServerRoomDefaults {
  /** Length of the action phase in seconds, unless the room's creator asks for another. */
  roundSeconds?: number;
  /** The Tiled map file to play on. */
  mapPath?: string;
  /** Seconds before a bot takes the seat of a player who dropped out of a running game. */
  botGraceSeconds?: number;
  /** Seconds a facilitator's session (made over HTTP, or resumed) stays open with nobody in it; 0: no hold. */
  emptySessionSeconds?: number;
}

/** Options a client may send when creating a room (untrusted: checked in onCreate). */
export interface RoomOptions {
  /** Seed for the game's random generator; the room code when absent. */
  seed?: number | string;
  /** Length of the action phase in seconds. */
  roundSeconds?: number;
  /** One player against bots: every seat nobody took is given to a bot when the game starts. */
  solo?: boolean;
  /** The creator's changes to the scenario (checked like any scenario; see gameSettingsSchema). */
  settings?: unknown;
  /** The personality bots play per role (untrusted: checked in onCreate). */
  bots?: Record<string, unknown>;
  serverDefaults?: ServerRoomDefaults;
  /** The server's session records (set by the server; a client's value is overwritten). */
  records?: RecordStore | null;
  /** One-time token under which the server handed over a stored session to resume (records.ts). */
  resumeToken?: string;
}

/** Seconds a dropped player's seat is kept for them to reconnect. */
export const RECONNECT_SECONDS = 60;
export const DEFAULT_ROUND_SECONDS = 180;
/** A solo player is not rushed: Ready ends the round, the clock is only a backstop. */
export const SOLO_ROUND_SECONDS = 900;
export const BOT_GRACE_SECONDS = 20;
/** A session made over HTTP or resumed waits this long for its first players (Colyseus: 15 s). */
export const EMPTY_SESSION_SECONDS = 3600;
/** A bot player's name on the seat list. */
export const BOT_NAME = "Bot";
/** The longest the facilitator can set the clock of one action phase to, in seconds. */
export const MAX_PHASE_SECONDS = 7200;
/** What a facilitator control answers a socket that is not the facilitator's. */
export const NOT_FACILITATOR = "Only the session's facilitator can do that: open the console with the private facilitator link.";

// Join codes avoid letters and digits that are easy to confuse when read off a projector.
const CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
const liveCodes = new Set<string>();

function newJoinCode(taken: (code: string) => boolean = () => false): string {
  for (;;) {
    let code = "";
    for (let i = 0; i < 4; i++) code += CODE_ALPHABET[Math.floor(Math.random() * CODE_ALPHABET.length)];
    if (!liveCodes.has(code) && !taken(code)) return code;
  }
}

/**
 * A per-client rate limit: true (and nothing counted) if the client already sent `max` messages
 * of this kind within the last `ms`; otherwise the message is counted.
 */
function tooOften(client: Client, kind: string, max: number, ms: number): boolean {
  const data = client.userData as { sent?: Record<string, number[]> };
  const now = Date.now();
  data.sent ??= {};
  const recent = (data.sent[kind] ?? []).filter((t) => now - t < ms);
  if (recent.length >= max) return true;
  data.sent[kind] = [...recent, now];
  return false;
}

interface Occupant extends SeatOccupant {
  sessionId: string;
}

export class ShanchengRoom extends Room<RoomState> {
  maxClients = 40;
  private game!: GameState;
  private record!: GameRecord;
  private occupants: (Occupant | null)[] = [];
  private roundSeconds = DEFAULT_ROUND_SECONDS;
  private phaseEndsAt = 0;
  private phaseTimer: Delayed | null = null;
  private solo = false;
  private botMix: PersonalityMix = { ...DEFAULT_MIX };
  /** The map at the start (0) and at the end of every resolved round, for the debrief's replay. */
  private snapshots: MapAtRound[] = [];
  private botGraceSeconds = BOT_GRACE_SECONDS;
  private emptySessionSeconds = EMPTY_SESSION_SECONDS;
  /** The seat list last written to the records (JSON), to write it only when it changes. */
  private storedSeats = "";
  private records: RecordStore | null = null;
  /** Rounds of game.history already in the records. */
  private storedRounds = 0;
  /** Session ids of the clients that proved they hold the facilitator secret. */
  private facilitators = new Set<string>();
  /** The facilitator paused the round clock: the time that was left, in ms. */
  private paused = false;
  private pausedLeftMs = 0;
  /** The facilitator's last broadcast, and when (ms since epoch). */
  private lastBroadcast = "";
  private lastBroadcastAt = 0;
  /** A resumed room's log: the last lines of the replayed events (chat is not replayed). */
  private resumedLog: string[] = [];

  onCreate(options: RoomOptions = {}): void {
    const resume = claimResume(options.resumeToken);
    this.records = options.records ?? null;
    // A resumed session keeps its code; a new one avoids codes of live rooms and stored sessions.
    this.roomId = resume?.code ?? newJoinCode((code) => this.records?.hasSession(code) ?? false);
    const defaults = options.serverDefaults ?? {};
    // A room's creator may pick 5 s to 30 min; the server's own default is trusted as it is.
    this.solo = options.solo === true;
    for (const [role, name] of Object.entries(options.bots ?? {})) {
      if (!(role in this.botMix) || typeof name !== "string" || !isPersonality(role as Role, name))
        throw new Error(`Invalid settings: bots.${role}: pick one of ${PERSONALITIES[role as Role]?.join(", ") ?? "the four roles"}`);
      (this.botMix as Record<string, string>)[role] = name;
    }
    const asked = Number(options.roundSeconds);
    if (Number.isFinite(asked)) this.roundSeconds = Math.min(1800, Math.max(5, Math.round(asked)));
    else if (this.solo) this.roundSeconds = SOLO_ROUND_SECONDS;
    else if (defaults.roundSeconds !== undefined && defaults.roundSeconds > 0) this.roundSeconds = defaults.roundSeconds;
    if (defaults.botGraceSeconds !== undefined && defaults.botGraceSeconds >= 0) this.botGraceSeconds = defaults.botGraceSeconds;
    if (defaults.emptySessionSeconds !== undefined && defaults.emptySessionSeconds >= 0) this.emptySessionSeconds = defaults.emptySessionSeconds;
    const seed = (typeof options.seed === "number" && Number.isFinite(options.seed)) || (typeof options.seed === "string" && options.seed.length <= 64) ? options.seed : this.roomId;
    const mapPath = resume?.mapPath ?? defaults.mapPath ?? DEFAULT_MAP_PATH;
    const map = loadMapFile(mapPath);
    if (resume) {
      this.resumeFrom(resume, map);
      this.holdForPlayers();
    }
    else {
      // A bad setting refuses the room with a sentence naming it (the creator sees it).
      const scenario = scenarioWithSettings(chongqingScenario, options.settings ?? {});
      this.game = createGame(scenario, map, seed);
      this.record = { rulesVersion: RULES_VERSION, seed, scenario, map, log: [] };
      this.records?.createSession({
        id: this.roomId,
        seed,
        scenario,
        mapPath,
        settings: { roundSeconds: this.roundSeconds, rulesVersion: RULES_VERSION, mapHash: hashState(map), solo: this.solo, bots: this.botMix },
        status: "lobby",
        round: 0,
      });
    }
    this.occupants = this.game.seats.map(() => null);
    if (resume?.seats) this.restoreSeats(resume.seats);
    if (!resume) this.snapshot(0);
    liveCodes.add(this.roomId);
    this.setState(new RoomState());
    appendLogLines(this.state, this.resumedLog);
    this.sync();

    this.handle("takeSeat", (client, { seat }) => this.takeSeat(client, seat));
    this.handle("leaveSeat", (client) => this.leaveSeat(client));
    this.handle("startGame", (client) => {
      if (this.seatOf(client) < 0) return "Take a seat before starting the game.";
      if (this.solo) this.fillWithBots();
      return this.applySystem({ type: "startGame" });
    });
    this.handle("chat", (client, { text }) => this.chat(client, text));
    this.handle("fillWithBots", (client) => {
      if (this.seatOf(client) < 0) return "Take a seat before filling the others with bots.";
      if (this.game.phase !== "lobby") return "Bots fill empty seats before the game starts; a player who drops out is replaced by a bot anyway.";
      this.fillWithBots();
    });
    this.handle("ready", (client, { ready }) => this.setReady(client, ready));
    this.handle("inspect", (client, { tile }) => {
      const reply: InspectReply = { tile, plan: planOf(this.game, tile), ...tileOptions(this.game, this.seatOf(client), tile) };
      client.send("inspect", reply);
    });
    this.handle("command", (client, { command }) => this.playerCommand(client, command));
    this.handle("mapAtRound", (client, { round }) => {
      const snapshot = this.snapshots[round];
      if (!snapshot) return `Round ${round} has not been played yet.`;
      // A snapshot is ~25 KB: answer at most 10 requests a second per client.
      if (tooOften(client, "mapAtRound", 10, 1000)) return "Too many map requests; wait a moment.";
      client.send("mapAtRound", snapshot);
    });
    this.handle("facilitatorAuth", (client, { secret }) => this.facilitatorAuth(client, secret));
    this.consoleControls();
    this.onMessage("*", (client, type) => this.refuse(client, String(type), `Unknown message type "${String(type)}".`));
    // A session resumed mid-round gets a whole new action phase on the clock.
    if (resume && this.game.phase === "action") this.startPhaseClock();
  }

  onAuth(_client: Client, options: unknown): true {
    const parsed = joinOptionsSchema.safeParse(options);
    if (!parsed.success) throw new Error("Enter a display name of 1 to 24 characters to join.");
    return true;
  }

  onJoin(client: Client, options: { name: string }): void {
    const name = joinOptionsSchema.parse(options).name;
    // Someone coming back under the same name gets their dropped seat back.
    const seat = this.occupants.findIndex((o) => o !== null && !o.connected && o.player === name);
    if (seat >= 0) this.occupants[seat] = { player: name, sessionId: client.sessionId, connected: true, ready: false };
    client.userData = { name };
    this.afterChange();
  }

  async onLeave(client: Client, consented: boolean): Promise<void> {
    this.facilitators.delete(client.sessionId);
    const seat = this.seatOf(client);
    if (seat < 0) return;
    const occupant = this.occupants[seat]!;
    if (consented) {
      this.occupants[seat] = null;
      this.afterChange();
      this.endPhaseIfAllReady();
      return;
    }
    occupant.connected = false;
    occupant.ready = false;
    this.afterChange();
    // In a running game the seat must not go dark: a bot plays it until the player is back.
    if (this.game.phase === "action") this.clock.setTimeout(() => this.botTakesOver(seat, occupant), this.botGraceSeconds * 1000);
    // Those still here should not wait for someone who dropped out.
    this.endPhaseIfAllReady();
    // The server can take seconds to notice a silent drop; if the player has meanwhile come back
    // under the same name (and has no seat yet), the seat goes straight to the new connection.
    const returned = this.clients.find((c) => c.sessionId !== client.sessionId && (c.userData as { name?: string })?.name === occupant.player && this.seatOf(c) < 0);
    if (returned) {
      this.occupants[seat] = { player: occupant.player, sessionId: returned.sessionId, connected: true, ready: false };
      this.afterChange();
      return;
    }
    try {
      await this.allowReconnection(client, RECONNECT_SECONDS);
      const back = this.occupants[seat];
      if (back?.sessionId === client.sessionId) {
        back.connected = true;
        back.bot = undefined; // the player is back: the bot steps aside
      }
    } catch {
      // The grace period ran out. Before the game, the seat is free again; once it runs, the
      // seat stays the player's (a bot plays it) until they come back under the same name.
      if (this.occupants[seat]?.sessionId === client.sessionId && this.game.phase === "lobby") this.occupants[seat] = null;
    }
    this.afterChange();
  }

  onDispose(): void {
    liveCodes.delete(this.roomId);
  }

  /** The game record (seed, scenario, map, command log): enough to replay the game exactly. */
  get gameRecord(): GameRecord {
    return this.record;
  }

  get gameState(): GameState {
    return this.game;
  }

  /**
   * Keep the room open while nobody is in it, for emptySessionSeconds: Colyseus closes a room no
   * client joins within 15 s, and a facilitator's new or resumed session waits for players to
   * arrive. After that the room closes as usual once it is empty (the session stays resumable).
   */
  holdForPlayers(): void {
    // 0: no hold (Colyseus's own 15 s for a first player; closing as soon as the room is empty).
    if (this.emptySessionSeconds <= 0) return;
    this.autoDispose = false;
    this.clock.setTimeout(() => (this.autoDispose = true), this.emptySessionSeconds * 1000);
  }

  // --- message handling -------------------------------------------------------------------

  /**
   * Register a handler that only ever sees a well-formed message. Size and shape are checked
   * here; a handler may return a sentence to refuse. Either way the sender alone hears of it,
   * and no exception can escape to take the process (and every room) down.
   */
  private handle<T extends ClientMessageType>(type: T, handler: (client: Client, message: ClientMessage<T>) => string | void): void {
    this.onMessage(type, (client: Client, raw: unknown) => {
      try {
        let size: number;
        try {
          size = JSON.stringify(raw ?? null).length;
        } catch {
          return this.refuse(client, type, "Messages must be plain JSON objects.");
        }
        if (size > MAX_MESSAGE_BYTES) return this.refuse(client, type, `Message too large (${size} bytes; the limit is ${MAX_MESSAGE_BYTES}).`);
        const parsed = clientMessageSchemas[type].safeParse(raw ?? {});
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          return this.refuse(client, type, `Malformed "${type}" message${issue.path.length ? ` (${issue.path.join(".")})` : ""}: ${issue.message}`);
        }
        const refusal = handler(client, parsed.data as ClientMessage<T>);
        if (refusal) this.refuse(client, type, refusal);
      } catch (error) {
        console.error(`room ${this.roomId}: "${type}" failed`, error);
        this.refuse(client, type, "The server could not handle that message; nothing changed.");
      }
    });
  }

  private refuse(client: Client, refused: string, message: string): void {
    const reply: ErrorMessage = { refused, message };
    client.send("error", reply);
  }

  private seatOf(client: Client): number {
    return this.occupants.findIndex((o) => o?.sessionId === client.sessionId);
  }

  private takeSeat(client: Client, seat: number): string | void {
    if (seat >= this.occupants.length) return `There is no seat ${seat}; seats are 0 to ${this.occupants.length - 1}.`;
    if (this.seatOf(client) >= 0) return "You already have a seat; leave it first.";
    const name = (client.userData as { name: string }).name;
    const holder = this.occupants[seat];
    // A player's own seat, held for them while they were away, is theirs to take back; a seat
    // a bot filled (nobody's) is anyone's.
    const botOnly = holder?.bot && holder.player === BOT_NAME;
    if (holder && !botOnly && !(holder.player === name && !holder.connected)) return `${this.game.seats[seat].label} is taken by ${holder.player}.`;
    this.occupants[seat] = { player: name, sessionId: client.sessionId, connected: true, ready: false };
    this.afterChange();
  }

  /** Players talk through the log (offers and deals are made with commands); one line a second at most. */
  private chat(client: Client, text: string): string | void {
    const seat = this.seatOf(client);
    if (seat < 0) return "Take a seat to talk to the others.";
    if (tooOften(client, "chat", 1, 1000)) return "One message a second, please.";
    this.say(`${this.game.seats[seat].label} (${(client.userData as { name: string }).name}): ${text}`, seat, text);
  }

  /** A line in everyone's log that is also kept in the session's messages (chat, broadcasts). */
  private say(line: string, seat: number, text: string): void {
    appendLogLines(this.state, [line]);
    try {
      this.records?.appendMessage(this.roomId, seat, text);
    } catch (error) {
      console.error(`room ${this.roomId}: could not record a message`, error);
    }
  }

  private leaveSeat(client: Client): string | void {
    const seat = this.seatOf(client);
    if (seat < 0) return "You do not have a seat.";
    this.occupants[seat] = null;
    this.afterChange();
    this.endPhaseIfAllReady();
  }

  private setReady(client: Client, ready: boolean): string | void {
    const seat = this.seatOf(client);
    if (seat < 0) return "Take a seat first.";
    if (this.game.phase !== "action") return "Ready only counts during the action phase.";
    this.occupants[seat]!.ready = ready;
    this.afterChange();
    this.endPhaseIfAllReady();
  }

  private playerCommand(client: Client, input: unknown): string | void {
    const seat = this.seatOf(client);
    if (seat < 0) return "Take a seat before acting.";
    const parsed = parseCommand(input);
    if (!parsed.ok) return parsed.error;
    return this.apply(seat, parsed.command);
  }

  // --- the game ---------------------------------------------------------------------------

  private apply(seat: number, command: Command): string | void {
    const refusal = this.applyQuietly(seat, command);
    if (refusal) return refusal;
    // Bots act in a new round, and answer offers made to them, through the same commands.
    if (command.type === "startGame" || command.type === "endActionPhase") this.botsPlayRound();
    else this.botsAnswer();
    this.afterChange();
  }

  private applyQuietly(seat: number, command: Command): string | void {
    const result = applyCommand(this.game, seat, command);
    if (!result.ok) return result.error;
    const unrecorded = this.recordCommand(seat, command, result.state);
    if (unrecorded) return unrecorded;
    this.game = result.state;
    this.record.log.push({ seat, command });
    appendLog(this.state, this.game, result.events);
    if (command.type === "endActionPhase") this.snapshot(this.game.history.at(-1)!.round);
    if (command.type === "startGame" || command.type === "endActionPhase" || command.type === "endGame") this.startPhaseClock();
  }

  private snapshot(round: number): void {
    const m = this.game.map;
    this.snapshots[round] = { round, width: m.width, height: m.height, tenure: [...m.tenure], use: [...m.use], holder: [...m.holder] };
  }

  // --- bots -------------------------------------------------------------------------------

  private botSeats(): number[] {
    return this.occupants.flatMap((o, seat) => (o?.bot ? [seat] : []));
  }

  /** Bots take every empty seat (before the start, or in a solo game when it starts). */
  private fillWithBots(): void {
    this.game.seats.forEach((seat, i) => {
      if (!this.occupants[i]) this.occupants[i] = { player: BOT_NAME, sessionId: "", connected: true, ready: true, bot: this.botMix[seat.role] };
    });
    this.afterChange();
  }

  /** Each bot sends its whole round; bots are always ready. */
  private botsPlayRound(): void {
    if (this.game.phase !== "action") return;
    for (const seat of this.botSeats()) this.runBot(seat, botCommands(this.game, seat, this.occupants[seat]!.bot));
    this.botsAnswer();
  }

  /** Bots answer the offers addressed to them (a few passes: counter-offers go back and forth). */
  private botsAnswer(): void {
    for (let pass = 0; pass < 4 && this.game.phase === "action"; pass++) {
      const waiting = this.botSeats().filter((seat) => this.game.offers.some((o) => o.to === seat && o.status === "open"));
      if (waiting.length === 0) return;
      for (const seat of waiting) this.runBot(seat, botAnswers(this.game, seat, this.occupants[seat]!.bot));
    }
  }

  private runBot(seat: number, commands: PlayerCommand[]): void {
    for (const command of commands) {
      const refusal = this.applyQuietly(seat, command);
      // Bots build their lists through the rules, so this would be a bug in a bot: say so, go on.
      if (refusal) console.error(`room ${this.roomId}: bot in seat ${seat} sent a refused ${command.type}: ${refusal}`);
    }
    this.occupants[seat]!.ready = true;
  }

  /** A player still away after the grace period: a bot plays their seat until they return. */
  private botTakesOver(seat: number, occupant: Occupant): void {
    if (this.occupants[seat] !== occupant || occupant.connected || this.game.phase !== "action") return;
    occupant.bot = this.botMix[this.game.seats[seat].role];
    this.runBot(seat, botCommands(this.game, seat, occupant.bot));
    this.botsAnswer();
    this.afterChange();
    this.endPhaseIfAllReady();
  }

  private applySystem(command: Command): string | void {
    return this.apply(SYSTEM_SEAT, command);
  }

  /** A new action phase: ready flags reset and the round timer starts; no timer once the game ends. */
  private startPhaseClock(): void {
    this.phaseTimer?.clear();
    this.phaseTimer = null;
    this.paused = false;
    this.pausedLeftMs = 0;
    for (const o of this.occupants) if (o) o.ready = !!o.bot;
    if (this.game.phase !== "action") {
      this.phaseEndsAt = 0;
      return;
    }
    this.phaseEndsAt = Date.now() + this.roundSeconds * 1000;
    this.phaseTimer = this.clock.setTimeout(() => this.endPhase(), this.roundSeconds * 1000);
  }

  private endPhase(): void {
    try {
      this.applySystem({ type: "endActionPhase" });
    } catch (error) {
      console.error(`room ${this.roomId}: resolution failed`, error);
    }
  }

  /** The phase ends early once every seated, connected player is ready (bots always are). With
   * nobody but bots left, the clock ends it: a game with no one watching does not race ahead. */
  private endPhaseIfAllReady(): void {
    // A paused clock holds the phase open, whoever is ready (the facilitator may still end it).
    if (this.game.phase !== "action" || this.paused) return;
    const people = this.occupants.filter((o): o is Occupant => o !== null && o.connected && !o.bot);
    if (people.length > 0 && people.every((o) => o.ready)) this.endPhase();
  }

  private afterChange(): void {
    this.saveSeats();
    this.sync();
    this.sendPrivateViews();
  }

  private sync(): void {
    syncState(this.state, this.game, this.occupants, this.phaseEndsAt, this.solo, {
      paused: this.paused,
      pausedSecondsLeft: Math.ceil(this.pausedLeftMs / 1000),
      broadcast: this.lastBroadcast,
      broadcastAt: this.lastBroadcastAt,
    });
  }

  /** Each seated client hears what only its seat may see: its sealed bids and spare money. */
  private sendPrivateViews(): void {
    for (const client of this.clients) {
      const seat = this.seatOf(client);
      if (seat < 0) continue;
      client.send("private", privateView(this.game, seat, Date.now()));
    }
  }

  // --- records and the facilitator (server/records.ts) -----------------------------------------

  /** Rebuild a stored session by replaying its command log; its code and settings are kept. */
  private resumeFrom(resume: ResumeData, map: GameRecord["map"]): void {
    if (resume.settings.mapHash !== hashState(map)) throw new Error(`The map file has changed since session ${resume.code} was recorded; it cannot be resumed.`);
    this.roundSeconds = resume.settings.roundSeconds;
    this.solo = resume.settings.solo ?? false;
    this.botMix = { ...DEFAULT_MIX, ...resume.settings.bots };
    this.record = { rulesVersion: resume.settings.rulesVersion, seed: resume.seed, scenario: resume.scenario, map, log: [...resume.log] };
    // Replay the log, keeping the map at the start and after each round for the debrief's replay.
    this.game = replay({ ...this.record, log: [] });
    this.snapshot(0);
    // The state after each resolved round was hashed as it was played: a replay that misses one
    // (the rules changed since) is refused rather than continued in a different game.
    const expected = new Map((resume.checkpoints ?? []).map((c) => [c.seq, c.stateHash]));
    for (const [seq, entry] of resume.log.entries()) {
      const r = applyCommand(this.game, entry.seat, entry.command);
      if (!r.ok) throw new Error(`Session ${resume.code} does not replay: ${r.error}`);
      this.game = r.state;
      this.resumedLog = [...this.resumedLog, ...eventLines(this.game, r.events)].slice(-LOG_LINES);
      const hash = expected.get(seq);
      if (hash !== undefined && hashState(this.game) !== hash)
        throw new Error(`Session ${resume.code} does not replay to the state it was played to (after command ${seq}, round ${this.game.round}): the rules have changed since it was recorded.`);
      if (entry.command.type === "endActionPhase") this.snapshot(this.game.history.at(-1)!.round);
    }
    this.storedRounds = this.game.history.length;
  }

  /**
   * Seat again who sat where when the room stopped. Bots that filled seats are back (they do not
   * play the current round again: their commands are in the log). In a running game people's
   * seats are kept for them as if they had dropped out: they are seated again when they join by
   * code with the same name, and a bot plays a seat still empty after the grace period.
   */
  private restoreSeats(seats: StoredSeat[]): void {
    const running = this.game.phase !== "lobby";
    for (const { seat, player, bot } of seats) {
      if (seat < 0 || seat >= this.occupants.length) continue;
      if (bot && player === BOT_NAME) this.occupants[seat] = { player, sessionId: "", connected: true, ready: true, bot };
      else if (running) {
        const occupant: Occupant = { player, sessionId: "", connected: false, ready: false, bot: bot || undefined };
        this.occupants[seat] = occupant;
        if (!bot && this.game.phase === "action") this.clock.setTimeout(() => this.botTakesOver(seat, occupant), this.botGraceSeconds * 1000);
      }
    }
  }

  /** Write the seat list to the records when it changed (a resumed room seats it again). */
  private saveSeats(): void {
    if (!this.records) return;
    const seats: StoredSeat[] = this.occupants.flatMap((o, seat) => (o ? [{ seat, player: o.player, bot: o.bot ?? "" }] : []));
    const key = JSON.stringify(seats);
    if (key === this.storedSeats) return;
    try {
      this.records.saveSeats(this.roomId, seats);
      this.storedSeats = key;
    } catch (error) {
      console.error(`room ${this.roomId}: could not record the seats`, error);
    }
  }

  /**
   * Append an accepted command, with any round it resolved and the session's status, before
   * the room moves on: a killed server loses at most the command in flight. If the write
   * fails the command is refused and the game is unchanged, so the log never misses a step.
   */
  private recordCommand(seat: number, command: Command, next: GameState): string | void {
    if (!this.records) return;
    const status: SessionStatus = next.phase === "lobby" ? "lobby" : next.phase === "action" ? "running" : "ended";
    try {
      const newRounds = next.history.slice(this.storedRounds);
      // A checkpoint per resolved round and at the end (hashing costs a few ms; a command, tens of µs).
      const stateHash = newRounds.length > 0 || (status === "ended" && this.game.phase !== "ended") ? hashState(next) : undefined;
      this.records.recordCommand(this.roomId, this.record.log.length, { seat, command }, { status, round: next.round, newRounds, stateHash });
    } catch (error) {
      console.error(`room ${this.roomId}: could not record "${command.type}"`, error);
      return "The server could not record that action; nothing changed.";
    }
    this.storedRounds = next.history.length;
  }

  /** The facilitator proves it holds the secret the session was created with (only its hash is stored). */
  private facilitatorAuth(client: Client, secret: string): string | void {
    if (!this.records?.checkFacilitatorSecret(this.roomId, secret)) return "That is not this session's facilitator secret.";
    this.facilitators.add(client.sessionId);
    client.send("facilitator", { ok: true });
  }

  /** Whether this client has proved it is the session's facilitator (for the console's controls). */
  isFacilitator(client: Client): boolean {
    return this.facilitators.has(client.sessionId);
  }

  // --- the facilitator's console (client/ui/console.ts) ----------------------------------------
  // Every control is a "console:*" message, checked like any message (size, shape) and then
  // refused unless the socket proved it holds the facilitator secret. Changes to the game itself
  // (start, end the phase, the next card, end the game) are system commands in the record, so
  // the game replays exactly; the rest (clock, seats, broadcasts) is the room's own business.

  private control<T extends ClientMessageType>(type: T, handler: (message: ClientMessage<T>, client: Client) => string | void): void {
    this.handle(type, (client, message) => (this.isFacilitator(client) ? handler(message, client) : NOT_FACILITATOR));
  }

  private consoleControls(): void {
    this.control("console:start", ({ bots }) => {
      if (this.game.phase !== "lobby") return this.game.phase === "ended" ? "The game is over." : "The game has already started.";
      if (bots || this.solo) this.fillWithBots();
      return this.applySystem({ type: "startGame" });
    });
    this.control("console:pause", () => {
      if (this.game.phase !== "action") return "The clock only runs in an action phase; there is nothing to pause.";
      if (this.paused) return "The clock is already paused.";
      this.phaseTimer?.clear();
      this.phaseTimer = null;
      this.pausedLeftMs = Math.max(0, this.phaseEndsAt - Date.now());
      this.phaseEndsAt = 0;
      this.paused = true;
      this.afterChange();
    });
    this.control("console:resume", () => {
      if (!this.paused || this.game.phase !== "action") return "The clock is not paused.";
      this.paused = false;
      this.runClock(this.pausedLeftMs);
      this.pausedLeftMs = 0;
      this.afterChange();
      this.endPhaseIfAllReady();
    });
    this.control("console:extend", ({ seconds }) => {
      if (this.game.phase !== "action") return "The clock only runs in an action phase.";
      if (seconds === 0) return "Give a number of seconds to add (or, negative, to take away).";
      const clamp = (ms: number) => Math.min(MAX_PHASE_SECONDS * 1000, Math.max(0, ms));
      if (this.paused) this.pausedLeftMs = clamp(this.pausedLeftMs + seconds * 1000);
      else this.runClock(clamp(this.phaseEndsAt - Date.now() + seconds * 1000));
      this.afterChange();
    });
    this.control("console:endPhase", () => {
      if (this.game.phase !== "action") return "There is no action phase to end.";
      return this.applySystem({ type: "endActionPhase" });
    });
    this.control("console:moveSeat", ({ from, to }) => this.moveSeat(from, to));
    this.control("console:removePlayer", ({ seat }) => this.removePlayer(seat));
    this.control("console:fillSeat", ({ seat, personality }) => this.fillSeat(seat, personality));
    this.control("console:broadcast", ({ text }) => {
      this.lastBroadcast = text;
      this.lastBroadcastAt = Date.now();
      this.say(`Facilitator: ${text}`, SYSTEM_SEAT, text);
      this.afterChange();
    });
    this.control("console:setNextCard", ({ id }) => this.applySystem({ type: "setNextCard", id }));
    this.control("console:endGame", () => this.applySystem({ type: "endGame" }));
  }

  /** The action phase ends in `ms` from now. */
  private runClock(ms: number): void {
    this.phaseTimer?.clear();
    this.phaseEndsAt = Date.now() + ms;
    this.phaseTimer = this.clock.setTimeout(() => this.endPhase(), ms);
  }

  private seatName(seat: number): string {
    return this.game.seats[seat]?.label ?? `seat ${seat}`;
  }

  private checkSeat(seat: number): string | void {
    if (seat >= this.occupants.length) return `There is no seat ${seat}; seats are 0 to ${this.occupants.length - 1}.`;
  }

  /** A seat with nobody in it, or only a bot that is no one's (a bot filling an empty seat). */
  private isFree(seat: number): boolean {
    const o = this.occupants[seat];
    return !o || (!!o.bot && o.player === BOT_NAME);
  }

  /** A bot of the room's personality for the role (or `personality`) plays the seat; in an action
   * phase it sends its round at once. */
  private seatBot(seat: number, chosen?: string): void {
    const personality = chosen ?? this.botMix[this.game.seats[seat].role];
    this.occupants[seat] = { player: BOT_NAME, sessionId: "", connected: true, ready: true, bot: personality };
    if (this.game.phase === "action") {
      this.runBot(seat, botCommands(this.game, seat, personality));
      this.botsAnswer();
    }
  }

  private moveSeat(from: number, to: number): string | void {
    const bad = this.checkSeat(from) ?? this.checkSeat(to);
    if (bad) return bad;
    if (from === to) return "Pick two different seats.";
    const occupant = this.occupants[from];
    if (!occupant || this.isFree(from)) return `Nobody sits in ${this.seatName(from)}.`;
    if (!this.isFree(to)) return `${this.seatName(to)} is taken by ${this.occupants[to]!.player}; remove them first.`;
    occupant.ready = !!occupant.bot;
    this.occupants[to] = occupant;
    this.occupants[from] = null;
    // In a running game no seat goes dark: a bot plays the seat the player left.
    if (this.game.phase === "action") this.seatBot(from);
    this.afterChange();
    this.endPhaseIfAllReady();
  }

  private removePlayer(seat: number): string | void {
    const bad = this.checkSeat(seat);
    if (bad) return bad;
    const occupant = this.occupants[seat];
    if (!occupant) return `Nobody sits in ${this.seatName(seat)}.`;
    const running = this.game.phase === "action";
    if (this.isFree(seat) && running) return `A bot already plays ${this.seatName(seat)}; a student can take it from the seat list.`;
    if (running) this.seatBot(seat);
    else this.occupants[seat] = null;
    const client = this.clients.find((c) => c.sessionId === occupant.sessionId);
    if (client && !occupant.bot) this.refuse(client, "console:removePlayer", `The facilitator has taken you out of ${this.seatName(seat)}. Pick a free seat, or ask the facilitator.`);
    this.afterChange();
    this.endPhaseIfAllReady();
  }

  private fillSeat(seat: number, personality: string | undefined): string | void {
    const bad = this.checkSeat(seat);
    if (bad) return bad;
    if (this.game.phase === "ended") return "The game is over.";
    if (!this.isFree(seat)) return `${this.occupants[seat]!.player} sits in ${this.seatName(seat)}; remove them first.`;
    const role = this.game.seats[seat].role;
    if (personality !== undefined && !isPersonality(role, personality)) return `"${personality}" is not a ${role} personality: pick one of ${PERSONALITIES[role].join(", ")}.`;
    this.seatBot(seat, personality);
    this.afterChange();
    this.endPhaseIfAllReady();
  }
}
