import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase, TEST_PROVIDERS, type TestDatabase } from "@/lib/testing/databases";

// Next bundles lib/db/client.ts more than once (App Router layers, Pages Router pages, instrumentation), and the
// process's one client is made by whichever copy runs first. Every copy must know it.
describe.each(TEST_PROVIDERS)("another copy of the client module (%s)", (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await t.db.$connect();
  });
  afterAll(() => t?.drop());

  it("knows a client the first copy made: its database, and its adapter for rawRows", async () => {
    vi.resetModules();
    const copy = await import("./client");
    expect(copy.isPostgres(t.db)).toBe(provider === "postgresql");
    expect(copy.connectedAdapterOf(t.db)?.adapter?.provider).toBe(provider === "postgresql" ? "postgres" : "sqlite");
  });
});
