import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BoardEvent } from "@/lib/debate/events";
import { seedDemo } from "@/lib/seed/demo";
import { createTestDatabase, TEST_PROVIDERS, type TestDatabase } from "@/lib/testing/databases";
import { markAsRead, recordOpened, recordProgress } from "./progress";
import { progressBus } from "./progress-events";
import { readStudentReader } from "./reader-rows";

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
      await recordOpened(t.db, STUDENT, ASSIGNMENT, null);
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

  it("an open within a minute of the last activity writes nothing and announces nothing; a later one does both", async () => {
    const student = "demo-student-3";
    const heard: BoardEvent[] = [];
    const off = progressBus.subscribe(ASSIGNMENT, (event) => heard.push(event));
    // What the reader page reads before it records the open (lib/readings/reader-rows.ts).
    const recorded = async () => (await readStudentReader(t.db, student, ASSIGNMENT))!.progress;
    try {
      const first = new Date("2026-12-01T09:00:00Z");
      await recordOpened(t.db, student, ASSIGNMENT, await recorded(), first);
      await recordOpened(t.db, student, ASSIGNMENT, await recorded(), new Date(first.getTime() + 59_000));
      expect((await recorded())?.lastActivityAt).toEqual(first);
      expect(heard).toHaveLength(1);
      const later = new Date(first.getTime() + 61_000);
      await recordOpened(t.db, student, ASSIGNMENT, await recorded(), later);
      expect((await recorded())?.lastActivityAt).toEqual(later);
      expect(heard).toHaveLength(2);
    } finally {
      off();
    }
  });
});
