// Loaded into the server process with `node --require` (scripts/start.ts), before Next starts; Next's own
// signal handling is switched off there (NEXT_MANUAL_SIG_HANDLE), because it waits for every connection to
// close: busy keep-alive clients and open debate boards kept a stopped server alive for minutes.
//
// On SIGTERM or SIGINT (docs/decisions/0018):
// 1. `globalThis.classroomLifecycle.draining` turns on: /api/health answers 503, so a proxy moves away;
// 2. the listeners stop accepting, idle keep-alive connections are closed, and every request that still
//    arrives on an open connection is answered with `Connection: close`;
// 3. the drain callbacks run: each open event stream tells its browser to reconnect in a few seconds, then ends;
// 4. when no request is in flight the process exits 0; after STOP_LIMIT_MS it closes what is left and exits 1.
// A second signal stops at once. Also logs unhandled rejections and exceptions without stopping the server.
"use strict";
const diagnostics = require("node:diagnostics_channel");
const { stopLimitMs } = require("./stop-limit.cjs");

/** The longest a stop waits for requests in flight. */
const STOP_LIMIT_MS = stopLimitMs(process.env.SHUTDOWN_TIMEOUT);

const lifecycle = (globalThis.classroomLifecycle ??= { draining: false, onDrain: new Set() });
const servers = new Set();
const sockets = new Set();
let inFlight = 0;

const log = (message, ...rest) => console.error(`[${new Date().toISOString()}] ${message}`, ...rest);

diagnostics.subscribe("http.server.request.start", ({ request, response, socket, server }) => {
  servers.add(server);
  if (!sockets.has(socket)) {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
  }
  inFlight++;
  let finished = false;
  const finish = () => {
    if (finished) return;
    finished = true;
    inFlight--;
    if (lifecycle.draining) exitWhenIdle();
  };
  response.once("finish", finish);
  response.once("close", finish);
  // While stopping, answer what arrives on an open connection, then close it: the client's next request
  // finds the port closed and goes elsewhere or tries again later, instead of keeping this process alive.
  if (lifecycle.draining) response.setHeader("Connection", "close");
  request.once("error", () => {}); // a client that vanished mid-body is not the server's fault
});

let exiting = false;
function exitWhenIdle() {
  if (inFlight > 0 || exiting) return;
  exiting = true;
  for (const server of servers) server.closeIdleConnections();
  // Every answer is sent; let the sockets finish closing (briefly) so no reply is cut off on its way out.
  const deadline = Date.now() + 1000;
  const check = () => (sockets.size === 0 || Date.now() > deadline ? done(0) : setTimeout(check, 20));
  check();
}

function done(code) {
  log(code === 0 ? "Stopped cleanly." : "Stopped: requests still in flight were cut off.");
  process.exit(code);
}

let stopAsked = 0;
function stop(signal) {
  if (lifecycle.draining) {
    // Ctrl-C reaches this process twice (from the terminal and from `npm start`), and a service manager may
    // signal every process of the service: only a signal a second after the first means "stop now".
    if (Date.now() - stopAsked < 1000) return;
    log(`${signal} again: stopping now.`);
    process.exit(1);
  }
  stopAsked = Date.now();
  lifecycle.draining = true;
  log(`${signal}: stopping. Finishing ${inFlight} request(s) in flight (at most ${STOP_LIMIT_MS / 1000} s)…`);
  for (const server of servers) {
    server.close();
    server.closeIdleConnections();
  }
  for (const callback of lifecycle.onDrain) {
    try {
      callback();
    } catch (error) {
      log("A drain callback failed:", error);
    }
  }
  setTimeout(() => {
    for (const server of servers) server.closeAllConnections();
    done(1);
  }, STOP_LIMIT_MS).unref();
  exitWhenIdle();
}

// `next start` registers no handlers of its own with this set (scripts/start.ts sets NEXT_MANUAL_SIG_HANDLE).
process.on("SIGTERM", () => stop("SIGTERM"));
process.on("SIGINT", () => stop("SIGINT"));
// The parent (`npm start`) is gone without passing a signal on (killed): stop as if told to.
if (process.send) process.on("disconnect", () => stop("parent process gone"));

// One failed request must not take the whole class down: log what is needed to act on it, and go on.
process.on("unhandledRejection", (reason) =>
  log(`Unhandled promise rejection (${inFlight} request(s) in flight):`, reason),
);
process.on("uncaughtException", (error, origin) =>
  log(`Uncaught exception (${origin}; ${inFlight} request(s) in flight):`, error),
);

module.exports = { lifecycle, STOP_LIMIT_MS };
