import { onDrain } from "@/lib/server/lifecycle";
import { authorTopic, type BoardBus, type BoardEvent, type BoardEventKind, TEACHER_ONLY_EVENTS } from "./events";

const HEARTBEAT_MS = 20_000;
/** How long a browser waits before it reconnects after the server said it is restarting (plus its own jitter). */
export const RESTART_RETRY_MS = 3_000;

export type BoardStreamOptions = {
  debateId: string;
  assignmentId: string;
  teacher: boolean;
  /** Who is viewing: a student's stream also carries the changes to what they may do with their own posts. */
  viewerId: string;
  /** The last event number the browser saw (its page's, or its last event's), if it said. */
  after: number | null;
  /** The browser had a stream before this one (it reconnects): a teacher's page also fetches progress again. */
  again: boolean;
  boards: BoardBus;
  progress: BoardBus;
  authors: BoardBus;
  /** The board's latest event number, read after subscribing so that nothing falls between the two. */
  latestSeq: () => Promise<number>;
  /** Aborted when the browser goes away. */
  signal: AbortSignal;
};

/**
 * The server-sent events of one board for one viewer: "change" whenever something on it changes (what changed
 * is not sent; the page fetches its own view, so visibility stays decided by lib/debate/view.ts). A browser
 * that says the last event number it saw is told at once ("change", kind "resync") when the board moved past
 * it meanwhile, through whichever process it was connected to. A comment line every 20 s keeps proxies and
 * school firewalls from closing an idle connection. When the server stops, the stream says "restart" and
 * ends. When the browser goes away, every subscription and timer of the stream ends with it.
 */
export function boardEventStream(options: BoardStreamOptions): ReadableStream<Uint8Array> {
  const { debateId, assignmentId, teacher, viewerId, after, again, signal } = options;
  const encoder = new TextEncoder();
  let stop = () => {};
  return new ReadableStream<Uint8Array>({
    start(controller) {
      let ended = false;
      const send = (text: string) => {
        if (ended) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          close(); // the client went away between two events
        }
      };
      const change = (event: Pick<BoardEvent, "kind" | "at" | "seq">) =>
        send(`event: change\ndata: ${JSON.stringify({ kind: event.kind, at: event.at, seq: event.seq })}\n\n`);
      const forMe = (kind: BoardEventKind) => teacher || !TEACHER_ONLY_EVENTS.has(kind);
      const onEvent = (event: BoardEvent) => forMe(event.kind) && change(event);
      // The teacher's stream also carries the class's reading progress (their assignment page listens to it); a
      // student's, what they may now do with their own posts (events.ts authorBus).
      const unsubscribes = [
        options.boards.subscribe(debateId, onEvent),
        teacher
          ? options.progress.subscribe(assignmentId, onEvent)
          : options.authors.subscribe(authorTopic(debateId, viewerId), onEvent),
      ];
      const heartbeat = setInterval(() => send(": keep-alive\n\n"), HEARTBEAT_MS);
      const stopDraining = onDrain(() => {
        send(`event: restart\ndata: ${JSON.stringify({ retryMs: RESTART_RETRY_MS })}\n\n`);
        close();
      });
      stop = () => {
        if (ended) return;
        ended = true;
        for (const off of unsubscribes) off();
        stopDraining();
        clearInterval(heartbeat);
        signal.removeEventListener("abort", close);
      };
      function close() {
        stop();
        try {
          controller.close();
        } catch {
          // already closed
        }
      }
      signal.addEventListener("abort", close);
      if (signal.aborted) return close();
      send("retry: 2000\n\n");
      if (after === null && !(teacher && again)) return;
      options
        .latestSeq()
        .then((latest) => {
          if ((after !== null && latest > after) || (teacher && again))
            change({ kind: "resync", at: Date.now(), seq: latest });
        })
        .catch(() => change({ kind: "resync", at: Date.now(), seq: 0 })); // cannot tell: fetch to be sure
    },
    cancel() {
      stop();
    },
  });
}
