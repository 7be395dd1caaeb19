// Loaded into the server process with `node --require` (scripts/start.ts), before Next starts.
//
// The rate limits on wrong join codes and passwords count per client address, which the app reads from
// X-Forwarded-For. `next start` fills that header from the connection only when the request has none, so a
// client could send its own and pass as a new address on every request. Here, before any request reaches
// Next, the header is made trustworthy (docs/decisions/0016):
// - by default (the app is reached directly) it is replaced with the connection's own address;
// - with TRUST_PROXY=true (behind one reverse proxy that appends the address it saw, as nginx's
//   $proxy_add_x_forwarded_for does) it is kept, and the app reads its last entry, the one the proxy wrote.
// X-Forwarded-Host and X-Forwarded-Proto say which address and scheme the browser used; next-auth and the
// app's links believe them, so they too come only from the trusted proxy: without TRUST_PROXY they are removed
// (Next then fills them in from the connection and its Host).
// A diagnostics channel, not a patch: Node publishes it for each request before the server's handler runs.
"use strict";
const diagnostics = require("node:diagnostics_channel");

/** The X-Forwarded-For value the app will see for a request from `peer` that arrived with `received`. */
function trustedForwardedFor(received, peer, trustProxy) {
  const address = peer || "unknown";
  if (!trustProxy) return address;
  const value = Array.isArray(received) ? received.join(", ") : received;
  return value?.trim() ? value : address;
}

function trustProxyFromEnv(value) {
  return /^(true|1|yes)$/i.test(value || "");
}

const trustProxy = trustProxyFromEnv(process.env.TRUST_PROXY);
diagnostics.subscribe("http.server.request.start", ({ request, socket }) => {
  request.headers["x-forwarded-for"] = trustedForwardedFor(
    request.headers["x-forwarded-for"],
    socket?.remoteAddress,
    trustProxy,
  );
  if (!trustProxy) {
    delete request.headers["x-forwarded-host"];
    delete request.headers["x-forwarded-proto"];
    delete request.headers["x-forwarded-port"];
  }
});

module.exports = { trustedForwardedFor, trustProxyFromEnv };
