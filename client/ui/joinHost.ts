// The address students type to join: the page's own host, or this machine's LAN address when the
// teacher's browser opened it as localhost (their laptops cannot reach that). The console's bar
// and the start page's "Your class session is ready" both show it.
import { h } from "./dom";

/** Names of this machine that students' laptops cannot use. */
const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);
/** The machine's LAN address, asked for once (GET /api/address) when the page was opened as localhost. */
let lanHost: Promise<string | undefined> | null = null;
function reachableHost(): Promise<string | undefined> {
  lanHost ??= fetch("/api/address")
    .then((res) => (res.ok ? (res.json() as Promise<{ addresses: string[] }>) : { addresses: [] }))
    .then(({ addresses }) => (addresses[0] ? `${addresses[0]}${location.port ? `:${location.port}` : ""}` : undefined))
    .catch(() => undefined);
  return lanHost;
}

/** The address students type: the page's own, or the LAN address when the page's host is this machine's loopback. */
export function joinHost(): HTMLElement {
  const host = h("span", { class: "host" }, location.host);
  if (LOOPBACK.has(location.hostname)) void reachableHost().then((lan) => lan && (host.textContent = lan));
  return host;
}
