import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/sqlite/client";
import { createTestDatabase, TEST_PROVIDERS, type TestDatabase } from "@/lib/testing/databases";
import { rawRows } from "./raw-rows";

describe.each(TEST_PROVIDERS)("rawRows (%s): rows as $queryRaw reads them, without Prisma's pipeline", (provider) => {
  let t: TestDatabase;
  const endsOn = new Date("2027-01-31T08:30:15.250Z");
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await t.db.user.create({
      data: { id: "t1", role: "TEACHER", isAdmin: true, displayName: "王老師", loginName: "t1", passwordHash: "x" },
    });
    await t.db.user.create({
      data: { id: "s1", role: "STUDENT", displayName: "陳同學", loginName: "s1", passwordHash: "x" },
    });
    await t.db.classroom.create({ data: { id: "c1", name: "一年一班", joinCode: "JOIN1", ownerId: "t1", endsOn } });
    await t.db.classroom.create({ data: { id: "c2", name: "一年二班", joinCode: "JOIN2", ownerId: "t1" } });
    await t.db.enrollment.create({ data: { classroomId: "c1", userId: "s1" } });
  });
  afterAll(() => t?.drop());

  it("converts date-times, booleans, nulls and counts, and binds every kind of value, nested fragments too", async () => {
    const owner = (id: string) => Prisma.sql`c."ownerId" = ${id}`;
    const read = (run: (s: TemplateStringsArray, ...v: unknown[]) => Promise<unknown[]>) =>
      run`SELECT c."id", c."archived", c."endsOn", c."createdAt", u."isAdmin", u."displayName", u."sessionVersion",
               (SELECT COUNT(*) FROM "Enrollment" e WHERE e."classroomId" = c."id") AS "students"
          FROM "Classroom" c JOIN "User" u ON u."id" = c."ownerId"
          WHERE ${owner("t1")} AND c."archived" = ${false} AND c."createdAt" < ${new Date(Date.now() + 60_000)}
            AND u."isAdmin" = ${true} AND (SELECT COUNT(*) FROM "Enrollment" e WHERE e."classroomId" = c."id") >= ${0}
          ORDER BY c."id"`;
    const rows = await read(rawRows(t.db) as never);
    const created = await t.db.classroom.findMany({ orderBy: { id: "asc" }, select: { createdAt: true } });
    expect(rows).toEqual([
      {
        id: "c1",
        archived: false,
        endsOn,
        createdAt: created[0]!.createdAt,
        isAdmin: true,
        displayName: "王老師",
        sessionVersion: 0,
        students: 1,
      },
      {
        id: "c2",
        archived: false,
        endsOn: null,
        createdAt: created[1]!.createdAt,
        isAdmin: true,
        displayName: "王老師",
        sessionVersion: 0,
        students: 0,
      },
    ]);
    // The same statement through Prisma: the same rows, but for COUNT(*), which Prisma gives as a BigInt.
    const prisma = (await read(t.db.$queryRaw.bind(t.db) as never)) as Record<string, unknown>[];
    expect(prisma.map((row) => ({ ...row, isAdmin: Boolean(row.isAdmin), students: Number(row.students) }))).toEqual(
      rows,
    );
  });

  it("reads a date-time the database wrote itself as UTC, whatever the server's time zone", async () => {
    const zone = process.env.TZ;
    process.env.TZ = "Asia/Taipei";
    try {
      await t.db.$executeRaw`INSERT INTO "Reading" ("id", "title", "language") VALUES ('by-database', '無', 'zh-Hant')`;
      const [row] = await rawRows(t.db)`SELECT "createdAt" FROM "Reading" WHERE "id" = ${"by-database"}`;
      const model = await t.db.reading.findUniqueOrThrow({ where: { id: "by-database" } });
      expect(row).toEqual({ createdAt: model.createdAt });
      expect(Math.abs(model.createdAt.getTime() - Date.now())).toBeLessThan(60_000);
    } finally {
      process.env.TZ = zone;
      if (zone === undefined) delete process.env.TZ;
    }
  });

  it("reports a statement the database refuses as the adapter's error, and the next statement runs", async () => {
    await expect(rawRows(t.db)`SELECT "nope" FROM "Reading"`).rejects.toThrow();
    expect(await rawRows(t.db)`SELECT COUNT(*) AS "n" FROM "Reading"`).toEqual([{ n: 1 }]);
  });
});
