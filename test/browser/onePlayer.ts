// One game server and one player's browser for a test file that plays alone: started before the
// file's tests and closed after them; a failing test saves the player's screen.
import { afterAll, afterEach, beforeAll, inject } from "vitest";
import { startServer, type RunningServer } from "../../server/app";
import { openBrowser, screenshotOnFailure, type Browser } from "./chromium";

export function onePlayer(viewport = { width: 1366, height: 768 }): { readonly server: RunningServer; readonly player: Browser } {
  const held = {} as { server: RunningServer; player: Browser };
  beforeAll(async () => {
    held.server = await startServer({ port: 0, staticDir: inject("pageDir"), roomDefaults: { roundSeconds: 600 } });
    held.player = await openBrowser(viewport);
  });
  afterEach(({ task }) => screenshotOnFailure(task, { player: held.player }));
  afterAll(async () => {
    await held.player?.close();
    await held.server?.close();
  });
  return held;
}
