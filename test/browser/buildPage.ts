// Vitest global setup: build the page once into a private folder for the browser tests, so they
// always drive the current sources and are never caught by a `vite build` elsewhere emptying
// dist/ mid-test. The build takes a few seconds; the folder is removed afterwards.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** The built page the browser tests serve. */
    pageDir: string;
  }
}

/** Build the page (vite.config.ts) into a new temporary folder and return its path. */
export async function buildPage(): Promise<string> {
  const pageDir = mkdtempSync(join(tmpdir(), "shancheng-page-"));
  const { build } = await import("vite");
  await build({ configFile: fileURLToPath(new URL("../../vite.config.ts", import.meta.url)), build: { outDir: pageDir }, logLevel: "warn" });
  return pageDir;
}

export default async function setup(project: TestProject): Promise<() => void> {
  const pageDir = await buildPage();
  project.provide("pageDir", pageDir);
  return () => rmSync(pageDir, { recursive: true, force: true });
}
