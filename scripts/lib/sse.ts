// A server-sent events client for the load scripts (bench:debate): what a browser's EventSource does, minus
// reconnecting, so that a dropped stream shows up as a dropped stream instead of being papered over.

export type StreamEvent = { event: string; data: string; receivedAt: number };

export type EventStream = {
  /** Resolves on the first thing the server sends (a board stream's "retry:" line, written once it has subscribed). */
  ready: Promise<void>;
  /** Why the stream ended before close() was called, if it did. */
  readonly endedEarly: string | undefined;
  close(): void;
};

/**
 * Opens `url` with the given cookies and calls `onEvent` for every event that carries data, stamped with
 * Date.now() when its chunk arrived (the same clock the server stamps events with, on one machine).
 * Throws when the server does not answer 200 with a body.
 */
export async function openEventStream(
  url: string,
  cookie: string,
  onEvent: (e: StreamEvent) => void,
): Promise<EventStream> {
  const abort = new AbortController();
  const reply = await fetch(url, { headers: { cookie, accept: "text/event-stream" }, signal: abort.signal });
  if (reply.status !== 200 || !reply.body) throw new Error(`${url}: HTTP ${reply.status}`);
  const reader = reply.body.pipeThrough(new TextDecoderStream()).getReader();

  let closed = false;
  let endedEarly: string | undefined;
  let markReady = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  void (async () => {
    let buffer = "";
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        const receivedAt = Date.now();
        markReady();
        buffer += value.replace(/\r\n?/g, "\n");
        let end: number;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const parsed = parseBlock(block);
          if (parsed) onEvent({ ...parsed, receivedAt });
        }
      }
      if (!closed) endedEarly = "the server ended the stream";
    } catch (error) {
      if (!closed) endedEarly = String(error);
    }
  })();

  return {
    ready,
    get endedEarly() {
      return endedEarly;
    },
    close() {
      closed = true;
      abort.abort();
    },
  };
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
