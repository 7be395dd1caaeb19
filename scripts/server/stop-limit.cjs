// How long a stop waits for requests in flight: SHUTDOWN_TIMEOUT seconds, 10 by default (decision 0018).
// Shared by the server's stop (graceful-stop.cjs) and `npm start`, which ends a server that overruns it.
"use strict";

function stopLimitMs(value) {
  return Math.max(1, Number(value) || 10) * 1000;
}

module.exports = { stopLimitMs };
