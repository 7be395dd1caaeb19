import { execFileSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, TEST_PROVIDERS, type TestDatabase } from "@/lib/testing/databases";
import { snapshotSchema } from "@/lib/testing/schema-snapshot";
import { applyMigrations, type Migration, readMigrations } from "./migrate";

const CONFIG = { sqlite: "prisma.config.ts", postgresql: "prisma/postgres/prisma.config.ts" } as const;
const SCHEMA = { sqlite: "prisma/schema.prisma", postgresql: "prisma/postgres/schema.prisma" } as const;

/** The SQL that builds the whole model at once, straight from the schema file (connects to nothing). */
function sqlForModel(provider: keyof typeof SCHEMA, url: string): string {
  return execFileSync(
    process.execPath,
    [
      "node_modules/prisma/build/index.js",
      "migrate",
      "diff",
      "--config",
      CONFIG[provider],
      "--from-empty",
      "--to-schema-datamodel",
      SCHEMA[provider],
      "--script",
    ],
    { env: { ...process.env, DATABASE_URL: url }, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
  );
}

describe.each(TEST_PROVIDERS)("migrations on %s", (provider) => {
  let migrated: TestDatabase;
  let fromModel: TestDatabase;
  beforeAll(async () => {
    [migrated, fromModel] = await Promise.all([
      createTestDatabase(provider),
      createTestDatabase(provider, { migrate: false }),
    ]);
  });
  afterAll(async () => {
    await migrated?.drop();
    await fromModel?.drop();
  });

  it("build exactly the database the model describes", async () => {
    const modelSql = sqlForModel(provider, fromModel.target.url);
    const asOneMigration: Migration = { name: "model", sql: modelSql, checksum: "" };
    await applyMigrations(fromModel.target, { migrations: [asOneMigration] });
    const [a, b] = await Promise.all([snapshotSchema(migrated.target), snapshotSchema(fromModel.target)]);
    expect(a.length).toBeGreaterThan(20);
    expect(a).toEqual(b);
  });

  it("apply nothing the second time", async () => {
    expect(await applyMigrations(migrated.target)).toEqual([]);
  });

  it("refuse to run when an applied migration was edited", async () => {
    const edited: Migration = { name: "0001_init", sql: "SELECT 1;", checksum: "edited" };
    await expect(applyMigrations(migrated.target, { migrations: [edited] })).rejects.toThrow(
      /changed after it was applied/,
    );
  });

  it("leave SQLite durable: WAL, synchronous=FULL, foreign keys on", async () => {
    if (provider !== "sqlite") return expect(provider).toBe("postgresql");
    const [journal] = await migrated.db.$queryRaw<{ journal_mode: string }[]>`PRAGMA journal_mode`;
    const [sync] = await migrated.db.$queryRaw<{ synchronous: bigint }[]>`PRAGMA synchronous`;
    const [fk] = await migrated.db.$queryRaw<{ foreign_keys: bigint }[]>`PRAGMA foreign_keys`;
    expect([journal?.journal_mode, Number(sync?.synchronous), Number(fk?.foreign_keys)]).toEqual(["wal", 2, 1]);
  });
});

describe.each(TEST_PROVIDERS)("upgrading a database that holds data, on %s", (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(provider, { migrate: false });
  });
  afterAll(() => t?.drop());

  it("keeps every row through each later migration", async () => {
    const all = readMigrations(provider);
    await applyMigrations(t.target, { migrations: all.slice(0, 1) });
    // Rows written by the first version of the app, through plain SQL (the current client knows newer columns).
    await t.db
      .$executeRaw`INSERT INTO "User" ("id","role","displayName","loginName","passwordHash","updatedAt") VALUES ('t1','TEACHER','T','t@x','h',CURRENT_TIMESTAMP), ('s1','STUDENT','S','s1','h',CURRENT_TIMESTAMP)`;
    await t.db
      .$executeRaw`INSERT INTO "Classroom" ("id","name","joinCode","ownerId","updatedAt") VALUES ('c1','C','ABC234','t1',CURRENT_TIMESTAMP)`;
    await t.db.$executeRaw`INSERT INTO "Enrollment" ("id","classroomId","userId") VALUES ('e1','c1','s1')`;
    await t.db.$executeRaw`INSERT INTO "Reading" ("id","title","language") VALUES ('r1','R','zh-Hant')`;
    await t.db
      .$executeRaw`INSERT INTO "Assignment" ("id","classroomId","readingId","title","opensAt","updatedAt") VALUES ('a1','c1','r1','A',CURRENT_TIMESTAMP,CURRENT_TIMESTAMP)`;
    expect(all.length).toBeGreaterThan(1);
    await applyMigrations(t.target);
    expect([
      await t.db.user.count(),
      await t.db.classroom.count(),
      await t.db.enrollment.count(),
      await t.db.assignment.count(),
    ]).toEqual([2, 1, 1, 1]);
  });
});

describe.each(TEST_PROVIDERS)("the seat counter migration on %s", (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(provider, { migrate: false });
  });
  afterAll(() => t?.drop());

  it("gives a board seated before it the index after the highest one, and an empty board 0", async () => {
    const all = readMigrations(provider);
    const counter = all.findIndex((m) => m.name.endsWith("_debate_seat_counter"));
    expect(counter).toBeGreaterThan(0);
    await applyMigrations(t.target, { migrations: all.slice(0, counter) });
    await t.db
      .$executeRaw`INSERT INTO "User" ("id","role","displayName","loginName","passwordHash","updatedAt") VALUES ('t1','TEACHER','T','t@x','h',CURRENT_TIMESTAMP), ('s1','STUDENT','S','s1','h',CURRENT_TIMESTAMP), ('s2','STUDENT','S','s2','h',CURRENT_TIMESTAMP)`;
    await t.db
      .$executeRaw`INSERT INTO "Classroom" ("id","name","joinCode","ownerId","updatedAt") VALUES ('c1','C','ABC234','t1',CURRENT_TIMESTAMP)`;
    await t.db.$executeRaw`INSERT INTO "Reading" ("id","title","language") VALUES ('r1','R','zh-Hant')`;
    await t.db
      .$executeRaw`INSERT INTO "Assignment" ("id","classroomId","readingId","title","opensAt","updatedAt") VALUES ('a1','c1','r1','A',CURRENT_TIMESTAMP,CURRENT_TIMESTAMP), ('a2','c1','r1','B',CURRENT_TIMESTAMP,CURRENT_TIMESTAMP)`;
    await t.db
      .$executeRaw`INSERT INTO "Debate" ("id","assignmentId","updatedAt") VALUES ('d1','a1',CURRENT_TIMESTAMP), ('d2','a2',CURRENT_TIMESTAMP)`;
    // Seats 0 and 3 (1 and 2 belonged to students since deleted): the next seat must be 4, never a reused 2.
    await t.db
      .$executeRaw`INSERT INTO "DebateParticipant" ("id","debateId","userId","pseudonymIndex") VALUES ('p1','d1','s1',0), ('p2','d1','s2',3)`;
    await applyMigrations(t.target);
    const boards = await t.db.debate.findMany({ orderBy: { id: "asc" }, select: { id: true, seatsGiven: true } });
    expect(boards).toEqual([
      { id: "d1", seatsGiven: 4 },
      { id: "d2", seatsGiven: 0 },
    ]);
  });
});
