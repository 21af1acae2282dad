// Headless Debian Chromium for the browser tests, launched the way STACK.md verified. A missing
// browser is a failure with instructions, never a skipped test.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

export interface Browser {
  context: BrowserContext;
  page: Page;
  /** Errors the page threw or logged: a test fails on any of them. */
  pageErrors: string[];
  close(): Promise<void>;
}

/** One Chromium with its own throwaway profile (one player's laptop). */
export async function openBrowser(viewport = { width: 1440, height: 900 }): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}. Install it (apt-get install chromium) or set CHROMIUM_PATH; the browser tests cannot run without it.`);
  const profile = mkdtempSync(join(tmpdir(), "shancheng-chromium-"));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM_PATH, headless: true, args: ARGS, viewport });
  const page = context.pages()[0] ?? (await context.newPage());
  const pageErrors: string[] = [];
  page.on("pageerror", (e) => pageErrors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") pageErrors.push(m.text());
  });
  return {
    context,
    page,
    pageErrors,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** After a failed test, each browser's screen as it was: test-results/<test>-<name>.png. */
export async function screenshotOnFailure(task: { name: string; result?: { state?: string } }, browsers: Record<string, Browser | undefined>, options: { fullPage?: boolean } = {}): Promise<void> {
  if (task.result?.state !== "fail") return;
  mkdirSync("test-results", { recursive: true });
  const test = task.name.replace(/\W+/g, "-").slice(0, 60);
  await Promise.all(Object.entries(browsers).map(([name, b]) => b?.page.screenshot({ path: `test-results/${test}-${name}.png`, fullPage: options.fullPage ?? false })));
}
