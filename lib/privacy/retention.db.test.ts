import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "@/lib/seed/demo";
import { createTestDatabase, TEST_PROVIDERS, type TestDatabase } from "@/lib/testing/databases";
import { deletionDate, runRetention } from "./retention";

const ASSIGNMENT = "demo-assignment-h20";
const [S1, S2] = ["demo-student-1", "demo-student-2"];
const DAY = 24 * 3_600_000;

describe.each(TEST_PROVIDERS)("the retention job (%s)", (provider) => {
  let t: TestDatabase;
  const endsOn = new Date("2027-01-31T00:00:00Z");
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedDemo(t.db);
    await t.db.schoolSettings.create({ data: { retentionDays: 100 } });
    await t.db.classroom.update({ where: { id: "demo-class" }, data: { endsOn } });
    // S2 is in a second class too: only this class's part of their data goes, and the account stays.
    const other = await t.db.classroom.create({
      data: { name: "另一班", joinCode: `OTHER${provider.length}`, ownerId: "demo-teacher" },
    });
    await t.db.enrollment.create({ data: { classroomId: other.id, userId: S2 } });
    for (const userId of [S1, S2])
      await t.db.highlight.create({
        data: { assignmentId: ASSIGNMENT, userId, paragraphId: "h20-p03", start: 0, end: 2, quote: "美國" },
      });
  });
  afterAll(() => t?.drop());

  it("warns 30 days before, deletes the class's student data on the day, and does nothing the second time", async () => {
    const deletesAt = deletionDate(endsOn, 100)!;
    expect(await runRetention(t.db, new Date(deletesAt.getTime() - 31 * DAY))).toEqual({ warned: [], purged: [] });
    expect(await runRetention(t.db, new Date(deletesAt.getTime() - 29 * DAY))).toEqual({
      warned: ["demo-class"],
      purged: [],
    });
    expect((await runRetention(t.db, new Date(deletesAt.getTime() - 28 * DAY))).warned).toEqual([]);
    expect(await t.db.highlight.count()).toBe(2);

    const done = await runRetention(t.db, deletesAt);
    expect(done.purged).toEqual([{ classroomId: "demo-class", students: 3, postsKept: 0 }]);
    expect(await t.db.user.findUnique({ where: { id: S1 } })).toBeNull();
    expect(await t.db.user.findUnique({ where: { id: S2 } })).not.toBeNull();
    expect(await t.db.enrollment.count({ where: { userId: S2 } })).toBe(1);
    expect(await t.db.highlight.count()).toBe(0);
    expect(await t.db.classroom.findUniqueOrThrow({ where: { id: "demo-class" } })).toMatchObject({ archived: true });
    expect(await t.db.auditEvent.count({ where: { action: "retention.delete", subjectId: "demo-class" } })).toBe(1);
    expect((await runRetention(t.db, new Date(deletesAt.getTime() + DAY))).purged).toEqual([]);
  });
});
