/**
 * How a live event reaches every server process: this process's memory when there is only one, Redis
 * pub/sub or PostgreSQL's LISTEN/NOTIFY when there are several (lib/live/choose.ts, docs/decisions/0049).
 * A transport carries opaque text; lib/live/bus.ts gives it topics and listeners.
 */
export interface Transport {
  /**
   * Sends a message to every process, this one included. Resolves once it is handed over; rejects when the
   * shared service is unreachable (the caller logs it: an event is a hint to refresh, never the data itself).
   */
  send(message: string): Promise<void>;
  /**
   * `onMessage(text)` for every message sent by any process; `onMessage(null)` after the connection to the
   * shared service came back, because messages sent while it was away are lost and listeners must catch up.
   */
  listen(onMessage: (message: string | null) => void): void;
  close(): Promise<void>;
}

/** One process: delivered at once, in order, to this process's listeners. */
export function memoryTransport(): Transport {
  const receivers: ((message: string | null) => void)[] = [];
  return {
    async send(message) {
      for (const receive of receivers) receive(message);
    },
    listen(onMessage) {
      receivers.push(onMessage);
    },
    async close() {
      receivers.length = 0;
    },
  };
}
