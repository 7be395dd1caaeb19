import { randomBytes } from "node:crypto";
import pg from "pg";
import { createClient } from "redis";
import { afterEach, describe, expect, it } from "vitest";
import { LiveBus, type LiveEvent, RESYNC } from "./bus";
import { postgresTransport } from "./postgres-transport";
import { redisTransport } from "./redis-transport";
import { memoryTransport, type Transport } from "./transport";

/**
 * Two buses on one shared service stand for two server processes. Runs on Redis with TEST_REDIS_URL and on
 * PostgreSQL with TEST_POSTGRES_URL (as `.ci/run` does); memory always.
 */
type Service = {
  name: string;
  /** A transport as one process would open it, on a channel of this test's own. */
  open(channel: string, clientName: string): Transport & { ready?: Promise<void> };
  /** Cuts the named listener's connection from the service's side, as a restart or a network fault would. */
  cut?(clientName: string): Promise<void>;
};

const services: Service[] = [{ name: "memory", open: () => sharedMemory }];
const sharedMemory = memoryTransport();
const redisUrl = process.env.TEST_REDIS_URL;
if (redisUrl)
  services.push({
    name: "Redis",
    open: (channel, clientName) => redisTransport(redisUrl, { channel, name: clientName }),
    async cut(clientName) {
      const admin = createClient({ url: redisUrl });
      await admin.connect();
      const list = await admin.sendCommand(["CLIENT", "LIST"]);
      const ids = String(list)
        .split("\n")
        .filter((line) => line.includes(` name=${clientName}-listener `))
        .map((line) => /id=(\d+)/.exec(line)?.[1]);
      for (const id of ids) if (id) await admin.sendCommand(["CLIENT", "KILL", "ID", id]);
      admin.destroy();
      expect(ids.length).toBe(1);
    },
  });
const postgresUrl = process.env.TEST_POSTGRES_URL;
if (postgresUrl)
  services.push({
    name: "PostgreSQL",
    open: (channel, clientName) => postgresTransport(postgresUrl, { channel, name: clientName }),
    async cut(clientName) {
      const admin = new pg.Client({ connectionString: postgresUrl });
      await admin.connect();
      const { rowCount } = await admin.query(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1",
        [clientName],
      );
      await admin.end();
      expect(rowCount).toBe(1);
    },
  });

const open: LiveBus[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((bus) => bus.close().catch(() => {})));
});

/** Resolves with the events a listener got once `count` have arrived (or fails after 5 s). */
function collect(bus: LiveBus, topic: string, count: number) {
  const events: LiveEvent[] = [];
  let off = () => {};
  const done = new Promise<LiveEvent[]>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`got ${JSON.stringify(events)}, expected ${count}`)), 5000);
    off = bus.subscribe(topic, (event) => {
      events.push(event);
      if (events.length === count) {
        clearTimeout(timer);
        resolve(events);
      }
    });
  });
  return { done, off: () => off(), events };
}

const unique = () => randomBytes(4).toString("hex");
const event = (topic: string, seq: number): LiveEvent => ({ topic, kind: "post", at: 1, seq });

/** Two buses, each on its own connection to the service, on a channel no other test uses. */
async function twoProcesses(service: Service) {
  const channel = `test_live_${unique()}`;
  const names = [`live-a-${unique()}`, `live-b-${unique()}`];
  const transports = names.map((name) => service.open(channel, name));
  await Promise.all(transports.map((t) => t.ready));
  const buses = transports.map((t) => new LiveBus(t));
  open.push(...buses);
  return { a: buses[0]!, b: buses[1]!, names };
}

describe.each(services)("live events between two processes on $name", (service) => {
  it("delivers an event published through one process to the other's listeners of that topic only", async () => {
    const { a, b } = await twoProcesses(service);
    const onB = collect(b, "board:x", 2);
    const elsewhere = collect(b, "board:y", 1);
    await a.publish(event("board:x", 1));
    await b.publish(event("board:x", 2));
    expect((await onB.done).map((e) => e.seq)).toEqual([1, 2]);
    expect(elsewhere.events).toEqual([]);
  });

  it("leaves no listener behind when a stream unsubscribes, and delivers nothing to it after", async () => {
    const { a, b } = await twoProcesses(service);
    const first = collect(b, "board:x", 1);
    const second = collect(b, "board:x", 2);
    expect(b.listenerCount("board:x")).toBe(2);
    await a.publish(event("board:x", 1));
    await first.done;
    first.off();
    expect(b.listenerCount("board:x")).toBe(1);
    await a.publish(event("board:x", 2));
    await second.done;
    expect(first.events.map((e) => e.seq)).toEqual([1]);
    second.off();
    expect(b.listenerCount("board:x")).toBe(0);
  });

  it("ignores what is not an event (another program on the same channel)", async () => {
    const { b } = await twoProcesses(service);
    const got = collect(b, "board:x", 1);
    const transport = (b as unknown as { transport: Transport }).transport;
    await transport.send("not json");
    await transport.send(JSON.stringify({ topic: "board:x", kind: 3 }));
    await transport.send(JSON.stringify(event("board:x", 7)));
    expect((await got.done).map((e) => e.seq)).toEqual([7]);
  });
});

describe.each(services.filter((s): s is Required<Service> => s.cut !== undefined))(
  "live events after a lost connection to $name",
  (service) => {
    it("reconnects after its connection is cut, tells its listeners to catch up, and hears again", async () => {
      const { a, b, names } = await twoProcesses(service);
      const got = collect(b, "board:x", 2);
      await service.cut(names[1]!);
      // The first thing the listener hears is "catch up" (events sent while it was cut are lost) …
      await expect.poll(() => got.events.map((e) => e.kind), { timeout: 10_000 }).toEqual([RESYNC]);
      // … and then it hears the other process again.
      await a.publish(event("board:x", 5));
      expect((await got.done).map((e) => [e.kind, e.seq])).toEqual([
        [RESYNC, 0],
        ["post", 5],
      ]);
    });
  },
);
