// How the server process ends, so a supervisor (systemd, a container runtime, pm2) can tell a
// dead server from a live one. A bug that escapes every handler (an uncaught exception or an
// unhandled rejection) leaves the process in an unknown state: it is logged, the records are
// closed and the process exits at once with code 1, to be restarted, and the restart resumes its
// sessions (server/http/resume.ts). SIGTERM or SIGINT closes the rooms and the server within
// SHUTDOWN_GRACE_MS, then exits with 0; a second signal exits at once.
//
// Colyseus's own `gracefullyShutdown: true` is not used: it answers an uncaught exception with
// the same graceful shutdown, which waits for every room to dispose (a dropped player's
// reconnection hold lasts 60 s), answers 503 to every join meanwhile and ignores later signals.
import type { RecordStore } from "../records";

/** How long a shutdown may take before the process exits anyway, in ms. */
export const SHUTDOWN_GRACE_MS = 5000;

interface Stoppable {
  records: RecordStore;
  /** Close the rooms, the http server and the records. */
  close(): Promise<void>;
}

export function exitWithTheServer(server: Stoppable, graceMs = SHUTDOWN_GRACE_MS): void {
  const fatal = (what: string) => (error: unknown) => {
    console.error(`Shancheng: ${what}; exiting so the process can be restarted:`, error);
    try {
      server.records.close();
    } finally {
      process.exit(1);
    }
  };
  process.on("uncaughtException", fatal("uncaught exception"));
  process.on("unhandledRejection", fatal("unhandled promise rejection"));

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1);
    stopping = true;
    console.log(`Shancheng: ${signal}, shutting down (at most ${graceMs / 1000} s)`);
    const timeout = new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), graceMs).unref());
    void Promise.race([server.close().then(() => "closed" as const), timeout])
      .then((how) => {
        if (how === "timeout") console.error(`Shancheng: the rooms did not close within ${graceMs / 1000} s; exiting anyway.`);
      })
      .catch((error: unknown) => console.error("Shancheng: shutdown failed:", error))
      .finally(() => {
        server.records.close();
        process.exit(0);
      });
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}
