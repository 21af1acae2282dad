// `npm start`: the game and its page on one port (PORT, default 2567). Session records go to
// SHANCHENG_DATA, default data/shancheng.sqlite; sessions whose rooms were open when the last
// process stopped are resumed (SHANCHENG_AUTO_RESUME=off: not). REDIS_URL: share rooms with the
// other processes behind that Redis, reachable at PUBLIC_ADDRESS (else hostname:PORT). See docs/deploy.md.
import { startServer } from "./app";

const port = Number(process.env.PORT ?? 2567);
const server = await startServer({ port, handleSignals: true });
const shared = server.publicAddress ? `; rooms shared through Redis, this process at ${server.publicAddress}` : "";
// One write: a supervisor (or a test) that waits for the first line has the resumed codes with it.
const resumed = server.resumed.length > 0 ? `\nResumed ${server.resumed.length} session(s): ${server.resumed.join(", ")}` : "";
console.log(`Shancheng on http://localhost:${server.port} (records: ${server.records.path}${shared})${resumed}`);
