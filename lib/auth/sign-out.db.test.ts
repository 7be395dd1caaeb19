import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, TEST_PROVIDERS, type TestDatabase } from "@/lib/testing/databases";
import { endSession } from "./sign-out";

describe.each(TEST_PROVIDERS)("ending a session on sign-out (%s)", (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
  });
  afterAll(() => t?.drop());

  it("keeps the session's id until it would have expired, once, and clears ids already past expiry", async () => {
    const now = new Date("2026-12-06T08:00:00Z");
    const hour = 60 * 60_000;
    await endSession(t.db, { sid: "old", expiresAt: now.getTime() + hour }, now);
    await endSession(t.db, { sid: "current", expiresAt: now.getTime() + 30 * 24 * hour }, now);
    // A second sign-out post with the same cookie (a double click) is one row, not an error.
    await endSession(t.db, { sid: "current", expiresAt: now.getTime() + 30 * 24 * hour }, now);
    const later = new Date(now.getTime() + 2 * hour);
    await endSession(t.db, { sid: "another", expiresAt: later.getTime() + hour }, later);
    const ids = (await t.db.endedSession.findMany({ orderBy: { sessionId: "asc" } })).map((row) => row.sessionId);
    expect(ids).toEqual(["another", "current"]);
  });
});
