import pg from "pg";
import type { Transport } from "./transport";

export const LIVE_CHANNEL = "classroom_live";
/** How the listening connection shows in pg_stat_activity (and how a test finds it to cut it). */
export const LISTENER_NAME = "classroom-live-listener";

/**
 * PostgreSQL's LISTEN/NOTIFY, for several processes on one database without Redis. Prisma cannot listen,
 * so one dedicated `pg` connection per process does; NOTIFY goes through a small pool of its own. When the
 * listening connection is lost, it reconnects with growing waits (0.1 s … 5 s) until it is back, LISTENs
 * again, and then the listener hears `null`: notifications sent meanwhile are gone.
 */
export function postgresTransport(
  connectionString: string,
  { channel = LIVE_CHANNEL, name = LISTENER_NAME } = {},
): Transport & { ready: Promise<void> } {
  const log = (message: string, error?: unknown) => console.error(`[live] PostgreSQL ${message}`, error ?? "");
  // Time limits, so that an unreachable database fails a notification in seconds instead of holding the
  // request that announced it until TCP gives up.
  const notifier = new pg.Pool({
    connectionString,
    max: 2,
    idleTimeoutMillis: 30_000,
    connectionTimeoutMillis: 5000,
    query_timeout: 5000,
  });
  notifier.on("error", (error) => log("notify connection lost:", error.message));
  const receivers: ((message: string | null) => void)[] = [];
  let closed = false;
  let listener: pg.Client | undefined;
  let failures = 0;

  const connect = async (isReconnect: boolean): Promise<void> => {
    const client = new pg.Client({ connectionString, application_name: name, connectionTimeoutMillis: 5000 });
    let gone = false;
    const retry = (error?: Error) => {
      if (gone || closed) return;
      gone = true;
      if (failures === 0) log("listener: connection lost, reconnecting:", error?.message ?? "closed");
      client.end().catch(() => {});
      setTimeout(() => void connect(true).catch(() => {}), Math.min(100 * 2 ** failures++, 5000)).unref();
    };
    client.on("error", retry);
    client.on("end", () => retry());
    client.on("notification", (notification) => {
      if (notification.channel !== channel) return;
      for (const receive of receivers) receive(notification.payload ?? "");
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    } catch (error) {
      retry(error as Error);
      throw error;
    }
    if (closed) return void client.end().catch(() => {});
    listener = client;
    if (isReconnect) {
      log("listener: reconnected; open pages fetch their views again.");
      for (const receive of receivers) receive(null);
    }
    failures = 0;
  };
  const ready = connect(false);
  ready.catch((error) => log("could not listen:", error.message));
  return {
    ready,
    async send(message) {
      await notifier.query("SELECT pg_notify($1, $2)", [channel, message]);
    },
    listen(onMessage) {
      receivers.push(onMessage);
    },
    async close() {
      closed = true;
      receivers.length = 0;
      await Promise.all([listener?.end().catch(() => {}), notifier.end().catch(() => {})]);
    },
  };
}
