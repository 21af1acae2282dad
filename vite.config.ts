// The page lives in client/; the build goes to dist/ (served by server/app.ts); the tileset and
// maps in assets/ are served as they are (/tiles/shancheng.png). Paths are resolved from this
// file, not the working directory, so `vite build`, the dev server and the tests agree.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here("./client"),
  publicDir: here("./assets"),
  build: {
    outDir: here("./dist"),
    emptyOutDir: true,
    // Phaser alone is ~1.4 MB and not tree-shakeable (STACK.md): it gets its own chunk so the
    // game's code stays small and the two cache separately.
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      output: {
        codeSplitting: { groups: [{ name: "phaser", test: /node_modules[\\/]phaser[\\/]/ }] },
      },
    },
  },
});
