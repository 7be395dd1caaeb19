import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BoardEvent } from "@/lib/debate/events";
import { seedDemo } from "@/lib/seed/demo";
import { createTestDatabase, TEST_PROVIDERS, type TestDatabase } from "@/lib/testing/databases";
import { markAsRead, recordOpened, recordProgress } from "./progress";
import { progressBus } from "./progress-events";

const ASSIGNMENT = "demo-assignment-h20";
const STUDENT = "demo-student-2";

describe.each(TEST_PROVIDERS)("reading progress announced to the teacher's page (%s)", (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedDemo(t.db);
  });
  afterAll(() => t?.drop());

  it("announces opening, moving forward and marking read; not a report that moves nothing", async () => {
    const heard: BoardEvent[] = [];
    const off = progressBus.subscribe(ASSIGNMENT, (event) => heard.push(event));
    try {
      await recordOpened(t.db, STUDENT, ASSIGNMENT);
      await recordProgress(t.db, STUDENT, { assignmentId: ASSIGNMENT, position: 5 });
      await recordProgress(t.db, STUDENT, { assignmentId: ASSIGNMENT, position: 3 }); // scrolled back up: nothing moves
      await markAsRead(t.db, STUDENT, { assignmentId: ASSIGNMENT, read: true });
      expect(heard.map((e) => e.kind)).toEqual(["progress", "progress", "progress"]);
      expect(heard.every((e) => e.debateId === ASSIGNMENT)).toBe(true);
      expect(heard.every((e) => e.seq === 0)).toBe(true); // not numbered: a teacher's page refetches on reconnect
    } finally {
      off();
    }
  });
});
