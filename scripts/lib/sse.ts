// A server-sent events client for the load scripts (bench:debate, bench:scale, check:proxy): what a browser's
// EventSource does, minus reconnecting, so that a dropped stream shows up as a dropped stream instead of being
// papered over.
//
// node:http rather than fetch and web streams, as the students' requests (browser-connections.ts): the load
// process shares the machine's cores with the servers it measures, and bench:scale's 40 streams take about 13
// events a second each. At its rates the difference did not show (load process 11–13% of a core either way,
// measured 2026-12-07); each stream on a connection of its own is what a browser's EventSource does anyway.
import http from "node:http";

export type StreamEvent = { event: string; data: string; receivedAt: number };

export type EventStream = {
  /** Resolves on the first thing the server sends (a board stream's "retry:" line, written once it has subscribed). */
  ready: Promise<void>;
  /** Why the stream ended before close() was called, if it did. */
  readonly endedEarly: string | undefined;
  close(): void;
};

/**
 * Opens `url` with the given cookies, over a connection of its own, and calls `onEvent` for every event that
 * carries data, stamped with Date.now() when its chunk arrived (the same clock the server stamps events with,
 * on one machine). Rejects when the server does not answer 200.
 */
export function openEventStream(url: string, cookie: string, onEvent: (e: StreamEvent) => void): Promise<EventStream> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers: { cookie, accept: "text/event-stream" }, agent: false });
    let closed = false;
    let endedEarly: string | undefined;
    let markReady = () => {};
    const ready = new Promise<void>((r) => (markReady = r));
    const stream: EventStream = {
      ready,
      get endedEarly() {
        return endedEarly;
      },
      close() {
        closed = true;
        request.destroy();
      },
    };
    request.on("error", (error) => {
      if (closed) return;
      endedEarly = String(error);
      reject(error); // no effect once the stream has resolved
    });
    request.on("response", (response) => {
      if (response.statusCode !== 200) {
        response.resume();
        request.destroy();
        reject(new Error(`${url}: HTTP ${response.statusCode}`));
        return;
      }
      resolve(stream);
      response.setEncoding("utf8");
      let buffer = "";
      // A line may end in CR, LF or CRLF; a CRLF split between two chunks is one line end, not two.
      let endsInCr = false;
      response.on("data", (chunk: string) => {
        const receivedAt = Date.now();
        markReady();
        const text = endsInCr && chunk.startsWith("\n") ? chunk.slice(1) : chunk;
        endsInCr = text.endsWith("\r");
        buffer += text.replace(/\r\n?/g, "\n");
        let end: number;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const parsed = parseBlock(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
          if (parsed) onEvent({ ...parsed, receivedAt });
        }
      });
      response.on("end", () => {
        if (!closed) endedEarly = "the server ended the stream";
      });
      response.on("error", (error) => {
        if (!closed) endedEarly = String(error);
      });
    });
  });
}

/** One event block: `event:` names it (default "message"), `data:` lines are joined; comments and `retry:` are skipped. */
function parseBlock(block: string): { event: string; data: string } | undefined {
  let event = "message";
  const data: string[] = [];
  for (const line of block.split("\n")) {
    if (line.startsWith(":")) continue;
    const colon = line.indexOf(":");
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? "" : line.slice(colon + 1).replace(/^ /, "");
    if (field === "event") event = value;
    else if (field === "data") data.push(value);
  }
  return data.length > 0 ? { event, data: data.join("\n") } : undefined;
}
