// The real server (`node --import tsx server/main.ts`) as a child process on a free port and a
// given database file, for tests that kill it, crash it or restart it, for the two-process test
// and for the load benchmark (another entry script, pinned to one core).
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export interface ChildServer {
  child: ChildProcess;
  port: number;
  /** Everything the child wrote to stdout and stderr so far. */
  output(): string;
  /** Resolves with the exit code (null when a signal ended it) and the signal. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export interface ChildOptions {
  /** The script to run instead of server/main.ts; it must print "http://localhost:<port>". */
  entry?: string;
  /** Run it on this CPU only (`taskset -c`), when taskset is installed. */
  cpu?: number;
}

/** Whether `taskset` (util-linux) can pin a child to a core here. */
export const canPin = (): boolean => spawnSync("taskset", ["-c", "0", "true"]).status === 0;

/**
 * Start one; `env` is added to the test's environment. `preload` are extra modules to --import
 * (test/helpers/faultOnStdin.ts to make it fail on a line of stdin).
 */
export async function startChildServer(dataFile: string, env: Record<string, string> = {}, preload: string[] = [], options: ChildOptions = {}): Promise<ChildServer> {
  const node = [process.execPath, "--import", "tsx", ...preload.flatMap((p) => ["--import", p]), options.entry ?? "server/main.ts"];
  const command = options.cpu !== undefined && canPin() ? ["taskset", "-c", String(options.cpu), ...node] : node;
  const child = spawn(command[0], command.slice(1), {
    cwd: ROOT,
    env: { ...process.env, PORT: "0", SHANCHENG_DATA: dataFile, ...env },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`server did not start:\n${output}`));
    }, 30_000);
    const poll = setInterval(() => {
      const match = /http:\/\/localhost:(\d+)/.exec(output);
      if (!match) return;
      clearInterval(poll);
      clearTimeout(timer);
      resolve(Number(match[1]));
    }, 20);
    void exited.then(({ code, signal }) => {
      clearInterval(poll);
      clearTimeout(timer);
      reject(new Error(`server exited (${code ?? signal}):\n${output}`));
    });
  });
  return { child, port, output: () => output, exited };
}

/** A port that was free a moment ago (for a child that must know its port before it starts). */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/** Kill every child still running (afterAll). */
export function killAll(children: ChildServer[]): void {
  for (const { child } of children) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
}

/** Whether Debian's redis-server is installed (the two-process test and benchmark need it). */
export const hasRedis = (): boolean => spawnSync("redis-server", ["--version"]).status === 0;

export interface ChildRedis {
  url: string;
  stop(): void;
}

/** A throwaway redis-server on a free port: in memory only, gone when stopped. */
export async function startRedis(): Promise<ChildRedis> {
  const port = await freePort();
  const child = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 10_000;
  while (!/Ready to accept connections/.test(output)) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`redis-server did not start:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  return { url: `redis://127.0.0.1:${port}`, stop: () => void child.kill("SIGKILL") };
}
