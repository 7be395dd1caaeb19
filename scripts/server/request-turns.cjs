// Loaded into the server process with `node --require` (scripts/start.ts), before Next starts.
//
// Starts the requests the server has read one per turn of the event loop, in the order they arrived
// (docs/decisions/0054). Node 20's libuv takes one new connection from the listening socket per turn, and
// Next runs every request it has read in that turn to its end, so under a class's burst a turn grew to
// 100–160 ms and a student whose phone opened a new connection waited for one such turn per connection ahead:
// in `npm run bench:quiz` about a third of the requests came on new connections and were served only after
// the burst, 1–1.8 s late, while requests on open connections took 100 ms (measured 2026-12-06). With one
// request started per turn, a turn lasts about one request, new connections are taken within milliseconds, and
// everyone waits in one queue in arrival order.
//
// A request whose connection closed while it waited is not started: nobody is there for the answer.
"use strict";
const http = require("node:http");

/** Requests read and not yet started, oldest first. */
const waiting = [];
let scheduled = false;

function schedule() {
  scheduled = true;
  setImmediate(startNext);
}

function startNext() {
  scheduled = false;
  const start = waiting.shift();
  // Scheduled before starting: a handler that throws (logged by graceful-stop.cjs) does not stall the queue.
  if (waiting.length > 0) schedule();
  start?.();
}

const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function emitRequestsInTurn(event, ...args) {
  if (event !== "request") return emit.call(this, event, ...args);
  const [request] = args;
  waiting.push(() => {
    if (!request.socket?.destroyed) emit.call(this, event, ...args);
  });
  if (!scheduled) schedule();
  return true;
};
