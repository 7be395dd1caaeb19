import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SignInThrottle } from "@/lib/auth/sign-in-throttle";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/databases";
import { type LimitStore, memoryLimitStore, postgresLimitStore, redisLimitStore } from "./limit-store";
import { FailureLimiter } from "./rate-limit";

/**
 * Two stores on one service stand for two server processes (or machines): a limit reached through one holds
 * on the other. On Redis with TEST_REDIS_URL, on PostgreSQL with TEST_POSTGRES_URL (as `.ci/run` runs them).
 */
type Service = { name: string; open: () => LimitStore };
/** Two processes' stores, once connected. */
async function twoStores(service: Service) {
  const stores = [service.open(), service.open()];
  await Promise.all(stores.map((store) => store.ready));
  return stores as [LimitStore, LimitStore];
}
const services: Service[] = [];
const redisUrl = process.env.TEST_REDIS_URL;
if (redisUrl) services.push({ name: "Redis", open: () => redisLimitStore(redisUrl) });
let database: TestDatabase | undefined;
if (process.env.TEST_POSTGRES_URL)
  services.push({ name: "PostgreSQL", open: () => postgresLimitStore(database!.target.url) });

beforeAll(async () => {
  if (process.env.TEST_POSTGRES_URL) database = await createTestDatabase("postgresql");
});
afterAll(() => database?.drop());

const unique = (what: string) => `${what}-${randomBytes(4).toString("hex")}`;

describe.each(services)("limits shared by two processes on $name", (service) => {
  it("holds a join-code limit reached through one process on the other", async () => {
    const [a, b] = await twoStores(service);
    const throughA = new FailureLimiter("join", 3, 60_000, () => a);
    const throughB = new FailureLimiter("join", 3, 60_000, () => b);
    const address = unique("address");
    await throughA.recordFailure(address);
    await throughB.recordFailure(address);
    expect(await throughB.isBlocked(address)).toBe(false);
    await throughA.recordFailure(address);
    expect(await throughB.isBlocked(address)).toBe(true);
    expect(await throughA.isBlocked(unique("another"))).toBe(false);
  });

  it("counts what arrives at both at once without losing a count", async () => {
    const [a, b] = await twoStores(service);
    const limiters = [a, b].map((store) => new FailureLimiter("codes", 10, 60_000, () => store));
    const teacher = unique("teacher");
    const taken = await Promise.all(Array.from({ length: 16 }, (_, i) => limiters[i % 2]!.take(teacher)));
    expect(taken.filter(Boolean)).toHaveLength(10);
  });

  it("slows sign-in through one process after wrong passwords through the other", async () => {
    const [a, b] = await twoStores(service);
    const [throughA, throughB] = [new SignInThrottle(() => a), new SignInThrottle(() => b)];
    const login = unique("student");
    for (let i = 0; i < 5; i++) await (i % 2 ? throughA : throughB).recordFailure(login, "10.0.0.1");
    const wait = await throughB.waitMs(login, "10.0.0.1");
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(1000);
    await throughA.recordSuccess(login, "10.0.0.1");
    expect(await throughB.waitMs(login, "10.0.0.1")).toBe(0);
  });
});

describe("limits while Redis is unreachable", () => {
  it("still count, in each process's memory, instead of failing every sign-in", async () => {
    // Port 9 on loopback: nothing listens, so every connection is refused at once.
    const store = redisLimitStore("redis://127.0.0.1:9");
    const limiter = new FailureLimiter("join", 2, 60_000, () => store);
    await limiter.recordFailure("address");
    expect(await limiter.isBlocked("address")).toBe(false);
    await limiter.recordFailure("address");
    expect(await limiter.isBlocked("address")).toBe(true);
  });

  it("are the same as a single process's when there is no shared store", async () => {
    const limiter = new FailureLimiter("join", 1, 60_000, memoryLimitStore);
    await limiter.recordFailure("address");
    expect(await limiter.isBlocked("address")).toBe(true);
  });
});
