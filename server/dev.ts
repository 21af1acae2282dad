// `npm run dev`: the game server with Vite in middleware mode, so the page on PORT (default 2567)
// hot-reloads on every client change while talking to a live room. Vite's own hot-reload socket
// uses its default port (24678): sharing the game's port would put two WebSocket servers on
// one upgrade event.
import { createServer as createVite } from "vite";
import { startServer } from "./app";

const port = Number(process.env.PORT ?? 2567);
const vite = await createVite({ server: { middlewareMode: true }, appType: "spa" });
const server = await startServer({ port, handleSignals: true, middleware: vite.middlewares });
console.log(`Shancheng (dev, hot reload) on http://localhost:${server.port}`);
