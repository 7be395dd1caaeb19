import { createClient } from "redis";
import type { Transport } from "./transport";

export const LIVE_CHANNEL = "classroom:live";

/** Waits between reconnects: 0.1 s, 0.2 s … at most 5 s, for as long as it takes. */
const reconnectStrategy = (retries: number) => Math.min(100 * 2 ** retries, 5000);

/**
 * Redis pub/sub (node-redis): one connection publishes, a second one (subscribed connections can do nothing
 * else) listens. node-redis reconnects both by itself and subscribes again; after such a reconnect the
 * listener hears `null` (messages published meanwhile are gone). While Redis is away, publishing fails at
 * once instead of queueing (a queued "something changed" is useless by the time it arrives).
 */
export function redisTransport(
  url: string,
  { channel = LIVE_CHANNEL, name = "classroom-live" } = {},
): Transport & { ready: Promise<void> } {
  const log = (message: string, error?: unknown) => console.error(`[live] Redis ${message}`, error ?? "");
  const publisher = createClient({ url, name, disableOfflineQueue: true, socket: { reconnectStrategy } });
  const subscriber = publisher.duplicate({ name: `${name}-listener` });
  const receivers: ((message: string | null) => void)[] = [];
  let subscribedOnce = false;
  let lost = false;
  for (const [name, client] of [
    ["publisher", publisher],
    ["listener", subscriber],
  ] as const) {
    // Without an error listener node-redis would crash the process on a lost connection.
    client.on("error", (error: Error) => {
      if (!lost) log(`${name}: connection lost, reconnecting:`, error.message);
      if (name === "listener") lost = true;
    });
  }
  subscriber.on("ready", () => {
    if (!subscribedOnce) return;
    lost = false;
    log("listener: reconnected; open pages fetch their views again.");
    for (const receive of receivers) receive(null);
  });
  const ready = (async () => {
    await Promise.all([publisher.connect(), subscriber.connect()]);
    await subscriber.subscribe(channel, (message) => {
      for (const receive of receivers) receive(message);
    });
    subscribedOnce = true;
  })();
  ready.catch((error) => log("could not connect:", error));
  return {
    ready,
    // Not waiting for the connection: while Redis is away (or not yet reached) publishing fails at once.
    async send(message) {
      await publisher.publish(channel, message);
    },
    listen(onMessage) {
      receivers.push(onMessage);
    },
    async close() {
      receivers.length = 0;
      publisher.destroy();
      subscriber.destroy();
    },
  };
}
