import { spawn } from "node:child_process";
import { once } from "node:events";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Tx } from "@/lib/db/client";
import type { DatabaseTarget } from "@/lib/db/database-url";
import { seedDemo } from "@/lib/seed/demo";
import { createTestDatabase, TEST_PROVIDERS, type TestDatabase } from "@/lib/testing/databases";
import { deletionDate, deletionNotice, retentionPlan, runRetention } from "./retention";

const ASSIGNMENT = "demo-assignment-h20";
const [S1, S2] = ["demo-student-1", "demo-student-2"];
const DAY = 24 * 3_600_000;

describe.each(TEST_PROVIDERS)("the retention job (%s)", (provider) => {
  let t: TestDatabase;
  const endsOn = new Date("2027-01-31T00:00:00Z");
  // The end date plus the school's 100 days: the day the class's data is deleted if its teacher was warned in time.
  const planned = new Date(endsOn.getTime() + 100 * DAY);
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

  // SQLite only: PostgreSQL's transactions take their locks as they write, whoever read first.
  if (provider === "sqlite")
    it("runs on SQLite while the app, another process, writes during its transaction", async () => {
      // The app (another process: better-sqlite3 waits for a lock without yielding) writes just after the
      // job's transaction first reads.
      let appWrote: Promise<number | null> | undefined;
      const afterFirstRead = (tx: Tx) => {
        let first = true;
        const user = new Proxy(tx.user, {
          get: (model, key) =>
            key === "findFirst" && first
              ? async (args: Parameters<Tx["user"]["findFirst"]>[0]) => {
                  first = false;
                  const row = await model.findFirst(args);
                  appWrote = appWrites(t.target);
                  await Promise.race([appWrote, new Promise((r) => setTimeout(r, 300))]);
                  return row;
                }
              : Reflect.get(model, key),
        });
        return new Proxy(tx, { get: (t, key) => (key === "user" ? user : Reflect.get(t, key)) });
      };
      const job = new Proxy(t.db, {
        get: (db, key) =>
          key === "$transaction"
            ? (run: (tx: Tx) => Promise<unknown>) => db.$transaction((tx) => run(afterFirstRead(tx)))
            : Reflect.get(db, key),
      });
      try {
        const before = await t.db.classroom.findUniqueOrThrow({ where: { id: "demo-class" } });
        const deletesAt = planned;
        await t.db.classroom.update({ where: { id: "demo-class" }, data: { endsOn: new Date(0) } });
        try {
          // A class of the demo's, ended and warned long ago: the job deletes at once; the demo class is left to
          // the test below.
          const gone = await t.db.classroom.create({
            data: {
              name: "舊班",
              joinCode: "OLDCLASS",
              ownerId: "demo-teacher",
              endsOn: new Date(0),
              retentionWarnedAt: new Date(0),
            },
          });
          const student = await t.db.user.create({
            data: { role: "STUDENT", displayName: "舊生", loginName: "old-student", passwordHash: "x" },
          });
          await t.db.enrollment.create({ data: { classroomId: gone.id, userId: student.id } });
          await t.db.classroom.update({ where: { id: "demo-class" }, data: { endsOn: before.endsOn } });
          const result = await runRetention(job, new Date(deletesAt.getTime() - 40 * DAY));
          expect(result.purged.map((p) => p.classroomId)).toEqual([gone.id]);
          expect(appWrote).toBeDefined(); // the app wrote during the job's transaction
          expect(await appWrote).toBe(0); // and its write waited its turn
        } finally {
          await t.db.classroom.update({ where: { id: "demo-class" }, data: { endsOn: before.endsOn } });
        }
      } catch (error) {
        await appWrote;
        throw error;
      }
    });

  it("gives a month's notice before deleting a class whose end date was set long past", async () => {
    const gone = await t.db.classroom.create({
      data: { name: "補設結束日", joinCode: `PAST${provider.length}X`, ownerId: "demo-teacher", endsOn: new Date(0) },
    });
    const student = await t.db.user.create({
      data: { role: "STUDENT", displayName: "補生", loginName: `past-student-${provider}`, passwordHash: "x" },
    });
    await t.db.enrollment.create({ data: { classroomId: gone.id, userId: student.id } });
    // Long before the demo class's own warning, which the test below checks.
    const now = new Date(planned.getTime() - 100 * DAY);
    expect(deletionDate(gone, 100, now)).toEqual(new Date(now.getTime() + 30 * DAY));
    const first = await runRetention(t.db, now);
    expect(first).toEqual({ warned: [gone.id], purged: [] });
    expect(await t.db.user.findUnique({ where: { id: student.id } })).not.toBeNull();
    expect((await runRetention(t.db, new Date(now.getTime() + 29 * DAY))).purged).toEqual([]);
    const done = await runRetention(t.db, new Date(now.getTime() + 30 * DAY));
    expect(done.purged).toEqual([{ classroomId: gone.id, students: 1, postsKept: 0 }]);
    expect(await t.db.user.findUnique({ where: { id: student.id } })).toBeNull();
  });

  it("shows the teacher the date of a class whose students were all removed but left work in it, not of one with none", async () => {
    const now = new Date("2026-06-01T00:00:00Z");
    const emptied = await t.db.classroom.create({
      data: { name: "都移出了", joinCode: `EMPTIED${provider.length}`, ownerId: "demo-teacher", endsOn: now },
    });
    const { readingId } = await t.db.assignment.findUniqueOrThrow({ where: { id: ASSIGNMENT } });
    const assignment = await t.db.assignment.create({
      data: { classroomId: emptied.id, readingId, title: "留下的", opensAt: new Date(0) },
    });
    // 100 days kept: the notice shows from 70 days after the end.
    const near = new Date(now.getTime() + 75 * DAY);
    expect(await deletionNotice(t.db, emptied, 100, near)).toBeNull();
    const gone = await t.db.user.create({
      data: { role: "STUDENT", displayName: "移出", loginName: `emptied-${provider}`, passwordHash: "x" },
    });
    await t.db.highlight.create({
      data: { assignmentId: assignment.id, userId: gone.id, paragraphId: "h20-p03", start: 0, end: 2, quote: "美國" },
    });
    expect(await deletionNotice(t.db, emptied, 100, near)).toEqual(new Date(now.getTime() + 105 * DAY));
    expect(await deletionNotice(t.db, emptied, 100, new Date(now.getTime() + 60 * DAY))).toBeNull();
    await t.db.highlight.deleteMany({ where: { assignmentId: assignment.id } });
    await t.db.user.delete({ where: { id: gone.id } });
    await t.db.classroom.delete({ where: { id: emptied.id } });
  });

  it("warns 30 days before, deletes the class's student data on the day, and does nothing the second time", async () => {
    const deletesAt = planned;
    expect(await runRetention(t.db, new Date(deletesAt.getTime() - 31 * DAY))).toEqual({ warned: [], purged: [] });
    // A dry run says what the job would do, and does none of it.
    const className = (await t.db.classroom.findUniqueOrThrow({ where: { id: "demo-class" } })).name;
    expect(await retentionPlan(t.db, new Date(deletesAt.getTime() - 30 * DAY))).toEqual({
      due: [],
      toWarn: [{ classroomId: "demo-class", name: className, deletesAt }],
    });
    // Never warned, the class is not due on the day: its teacher gets the month's notice first.
    expect(await retentionPlan(t.db, deletesAt)).toEqual({
      due: [],
      toWarn: [{ classroomId: "demo-class", name: className, deletesAt: new Date(deletesAt.getTime() + 30 * DAY) }],
    });
    expect(await t.db.classroom.findUniqueOrThrow({ where: { id: "demo-class" } })).toMatchObject({
      retentionWarnedAt: null,
      archived: false,
    });
    expect(await t.db.highlight.count()).toBe(2);
    expect(await runRetention(t.db, new Date(deletesAt.getTime() - 30 * DAY))).toEqual({
      warned: ["demo-class"],
      purged: [],
    });
    expect((await runRetention(t.db, new Date(deletesAt.getTime() - 28 * DAY))).warned).toEqual([]);
    expect(await retentionPlan(t.db, deletesAt)).toEqual({
      due: [{ classroomId: "demo-class", name: className, students: 3 }],
      toWarn: [],
    });
    expect(await t.db.highlight.count()).toBe(2);

    // A student removed from the class keeps their work there until the class's data goes, then it goes too;
    // one whose only class this is keeps the account while they have work left in another class.
    const student = (loginName: string) =>
      t.db.user.create({ data: { role: "STUDENT", displayName: loginName, loginName, passwordHash: "x" } });
    const [removed, elsewhere] = [await student(`removed-${provider}`), await student(`elsewhere-${provider}`)];
    const { readingId } = await t.db.assignment.findUniqueOrThrow({ where: { id: ASSIGNMENT } });
    const otherClass = await t.db.classroom.findFirstOrThrow({ where: { name: "另一班" } });
    const otherAssignment = await t.db.assignment.create({
      data: { classroomId: otherClass.id, readingId, title: "另一份", opensAt: new Date(0) },
    });
    await t.db.enrollment.create({ data: { classroomId: "demo-class", userId: elsewhere.id } });
    for (const [userId, assignmentId] of [
      [removed.id, ASSIGNMENT],
      [elsewhere.id, ASSIGNMENT],
      [elsewhere.id, otherAssignment.id],
    ] as const)
      await t.db.highlight.create({
        data: { assignmentId, userId, paragraphId: "h20-p03", start: 0, end: 2, quote: "美國" },
      });
    expect((await retentionPlan(t.db, deletesAt)).due).toEqual([
      { classroomId: "demo-class", name: className, students: 5 },
    ]);

    const done = await runRetention(t.db, deletesAt);
    expect(done.purged).toEqual([{ classroomId: "demo-class", students: 5, postsKept: 0 }]);
    expect(await t.db.user.findUnique({ where: { id: S1 } })).toBeNull();
    expect(await t.db.user.findUnique({ where: { id: S2 } })).not.toBeNull();
    expect(await t.db.enrollment.count({ where: { userId: S2 } })).toBe(1);
    expect(await t.db.user.findUnique({ where: { id: removed.id } })).toBeNull();
    expect(await t.db.user.findUnique({ where: { id: elsewhere.id } })).not.toBeNull();
    expect(await t.db.highlight.findMany({ select: { userId: true, assignmentId: true } })).toEqual([
      { userId: elsewhere.id, assignmentId: otherAssignment.id },
    ]);
    expect(await t.db.classroom.findUniqueOrThrow({ where: { id: "demo-class" } })).toMatchObject({ archived: true });
    // One entry a student, written with the deletion: counts, no names or content.
    const audit = await t.db.auditEvent.findMany({ where: { action: "retention.delete", subjectId: "demo-class" } });
    expect(audit.map((a) => a.detail).sort()).toEqual([
      "1 student (account deleted), 0 posts kept as placeholders",
      "1 student (account deleted), 0 posts kept as placeholders",
      "1 student (account deleted), 0 posts kept as placeholders",
      "1 student, 0 posts kept as placeholders",
      "1 student, 0 posts kept as placeholders",
    ]);
    expect((await runRetention(t.db, new Date(deletesAt.getTime() + DAY))).purged).toEqual([]);
  });
});

/** A write to the SQLite file from another process, as the app's would be; resolves to its exit code. */
async function appWrites(target: DatabaseTarget): Promise<number | null> {
  const script = `const db = new (require("better-sqlite3"))(process.argv[1], { timeout: 5000 });
    db.prepare('UPDATE "User" SET "displayName" = ? WHERE "id" = ?').run("王老師", "demo-teacher");`;
  const child = spawn(process.execPath, ["-e", script, target.url.replace(/^file:/, "")], { stdio: "inherit" });
  const [code] = await once(child, "exit");
  return code as number | null;
}
