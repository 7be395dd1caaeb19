// Loaded into the server process with `node --require` (scripts/start.ts), before Next starts.
//
// `next start` gzips every response in the server process. For pages and API answers that cost more than the
// page itself: with it, 200 quiz-page reads and 80 saves and submits in 2 s took p95 1.6–1.8 s; without it,
// 89 ms (measured 2026-12-06, `npm run bench:quiz`; docs/decisions/0052). So Next compresses only its static
// files (built once, kept by browsers for good: the reader's 120 KB of gzipped JavaScript would be about 400 KB
// unzipped on a phone's first load); pages go as they are (the reader 47 KB, the quiz 44 KB), and behind nginx
// the proxy gzips them (deploy/nginx/classroom.conf). Done by hiding Accept-Encoding from Next for every other
// path, on the same diagnostics channel as client-address.cjs.
"use strict";
const diagnostics = require("node:diagnostics_channel");

/** Whether Next may compress its answer to this request path: its static files only. */
function compressedPath(url) {
  return typeof url === "string" && url.startsWith("/_next/static/");
}

diagnostics.subscribe("http.server.request.start", ({ request }) => {
  if (!compressedPath(request.url)) delete request.headers["accept-encoding"];
});

module.exports = { compressedPath };
