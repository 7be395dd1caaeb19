import { EventEmitter } from "node:events";
import type { Transport } from "./transport";

/**
 * A live event: *that* something changed under a topic (a board, an assignment's reading progress), what kind
 * of change, when, and its number. Never the content: each browser fetches its own view (docs/decisions/0013).
 */
export type LiveEvent = { topic: string; kind: string; at: number; seq: number };

/**
 * The kind every listener gets after the transport lost its connection and got it back: events sent in
 * between are gone, so each open page fetches its view once (its number is 0: it counts nothing).
 */
export const RESYNC = "resync";

/**
 * Topics and listeners over a transport. Each process has one bus; a listener is one open event stream.
 * Publishing never throws: the change itself is already stored, and a page that misses an event catches up
 * when its stream reconnects (the stream compares event numbers, app/api/debate/[assignmentId]/events).
 */
export class LiveBus {
  private readonly emitter = new EventEmitter();

  constructor(
    private readonly transport: Transport,
    private readonly log: (message: string, error: unknown) => void = (message, error) =>
      console.error(`[live] ${message}`, error),
  ) {
    // One listener per open browser tab on a topic: a class of 40 plus the teacher is well past Node's 10.
    this.emitter.setMaxListeners(0);
    transport.listen((message) => this.receive(message));
  }

  async publish(event: LiveEvent): Promise<void> {
    try {
      await this.transport.send(JSON.stringify(event));
    } catch (error) {
      this.log(`could not announce "${event.kind}" on ${event.topic}; open pages catch up when they reconnect:`, error);
    }
  }

  /** Returns the unsubscribe function. */
  subscribe(topic: string, listener: (event: LiveEvent) => void): () => void {
    this.emitter.on(topic, listener);
    return () => this.emitter.off(topic, listener);
  }

  /** Open listeners on a topic in this process (tests check that a closed stream leaves none behind). */
  listenerCount(topic: string): number {
    return this.emitter.listenerCount(topic);
  }

  close(): Promise<void> {
    this.emitter.removeAllListeners();
    return this.transport.close();
  }

  private receive(message: string | null) {
    if (message === null) {
      const at = Date.now();
      for (const topic of this.emitter.eventNames())
        this.emitter.emit(topic, { topic: String(topic), kind: RESYNC, at, seq: 0 } satisfies LiveEvent);
      return;
    }
    const event = parseEvent(message);
    if (event) this.emitter.emit(event.topic, event);
  }
}

/** Whatever arrives on a shared channel is checked: another program may share the Redis server. */
function parseEvent(message: string): LiveEvent | null {
  try {
    const value = JSON.parse(message) as Partial<LiveEvent>;
    return typeof value.topic === "string" &&
      typeof value.kind === "string" &&
      typeof value.at === "number" &&
      typeof value.seq === "number"
      ? { topic: value.topic, kind: value.kind, at: value.at, seq: value.seq }
      : null;
  } catch {
    return null;
  }
}
