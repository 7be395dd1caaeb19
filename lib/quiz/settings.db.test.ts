import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "@/lib/seed/demo";
import { aroundCall } from "@/lib/testing/around-call";
import { createTestDatabase, TEST_PROVIDERS, type TestDatabase } from "@/lib/testing/databases";
import { expectFailure } from "@/lib/testing/expect-failure";
import { getQuizSettings } from "./settings";

const ASSIGNMENT = "demo-assignment-h20";
const TEACHER = "demo-teacher";

describe.each(TEST_PROVIDERS)("quiz settings on %s", (provider) => {
  let t: TestDatabase;

  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedDemo(t.db);
  });
  afterAll(() => t?.drop());

  it("creates the missing quiz row once, even when two tabs open the settings at once", async () => {
    // An assignment made before quizzes: no quiz row yet.
    await t.db.quiz.deleteMany({ where: { assignmentId: ASSIGNMENT } });
    // The other tab creates the row after this tab found none and before this tab's insert.
    let otherTab: Promise<unknown> | undefined;
    const tab = aroundCall(
      t.db,
      "quiz",
      "create",
      "before",
      () => (otherTab = getQuizSettings(t.db, TEACHER, ASSIGNMENT)),
    );
    const thisTab = await getQuizSettings(tab.db, TEACHER, ASSIGNMENT);
    expect(otherTab).toBeDefined();
    expect(thisTab).toMatchObject({ assignmentId: ASSIGNMENT, attemptsAllowed: 1, accommodations: [] });
    expect(await t.db.quiz.count({ where: { assignmentId: ASSIGNMENT } })).toBe(1);
  });

  it("answers notFound to another teacher and creates nothing", async () => {
    await t.db.quiz.deleteMany({ where: { assignmentId: ASSIGNMENT } });
    const other = await t.db.user.create({
      data: {
        role: "TEACHER",
        loginName: "other@school.test",
        email: "other@school.test",
        displayName: "Other",
        passwordHash: "x",
      },
    });
    await expectFailure(getQuizSettings(t.db, other.id, ASSIGNMENT), "notFound");
    expect(await t.db.quiz.count({ where: { assignmentId: ASSIGNMENT } })).toBe(0);
  });
});
