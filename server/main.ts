// `npm start`: the game and its page on one port (PORT, default 2567). Session records go to
// SHANCHENG_DATA, default data/shancheng.sqlite.
import { startServer } from "./app";

const port = Number(process.env.PORT ?? 2567);
const server = await startServer({ port, handleSignals: true });
console.log(`Shancheng on http://localhost:${server.port} (records: ${server.records.path})`);
