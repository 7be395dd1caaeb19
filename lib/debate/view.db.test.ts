import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { seedDemo } from "@/lib/seed/demo";
import { createTestDatabase, TEST_PROVIDERS, type TestDatabase } from "@/lib/testing/databases";
import { emptyBoard } from "@/lib/testing/debate-seats";
import { expectFailure } from "@/lib/testing/expect-failure";
import { argumentInputSchema } from "./limits";
import { postArgument, postReply, rateArgument } from "./posts";
import { chooseSide, setStance } from "./student";
import { loadBoardView, type PostView } from "./view";

const ASSIGNMENT = "demo-assignment-h20";
const [S1, S2, S3] = ["demo-student-1", "demo-student-2", "demo-student-3"];
const TEACHER = "demo-teacher";
const student = (id: string) => ({ id, role: "STUDENT" as const });

describe.each(TEST_PROVIDERS)("the board as each viewer sees it, on %s", (provider) => {
  let t: TestDatabase;
  let debateId: string;
  let p3: string;

  const argue = (userId: string, side: "first" | "second", claim: string) => {
    const at = p3.indexOf("戰略退卻");
    return postArgument(
      t.db,
      userId,
      argumentInputSchema.parse({
        debateId,
        side,
        claim,
        reasoning: "理由",
        quotes: [{ paragraphId: "h20-p03", start: at, end: at + 4, text: "戰略退卻", script: "trad" }],
      }),
    );
  };
  const view = (viewer: { id: string; role: "TEACHER" | "STUDENT" }) =>
    loadBoardView(t.db, viewer, ASSIGNMENT, "zh-Hant");
  const claims = (v: Awaited<ReturnType<typeof view>>) =>
    v!.columns.flatMap((c) => c.arguments.map((a) => a.content?.claim ?? "(hidden)"));
  const setPhase = (phase: string) =>
    t.db.debate.update({ where: { id: debateId }, data: { phase, phaseSetAt: new Date() } });

  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedDemo(t.db);
    debateId = (await t.db.debate.findUniqueOrThrow({ where: { assignmentId: ASSIGNMENT } })).id;
    p3 = (await t.db.readingParagraph.findUniqueOrThrow({ where: { id: "h20-p03" } })).text;
  });
  afterAll(() => t?.drop());
  beforeEach(async () => {
    await emptyBoard(t.db, debateId, {
      phase: "opening",
      phaseSetAt: null,
      anonymous: false,
      ratingsRevealedAt: null,
      sideMode: "choose",
    });
    for (const [s, side] of [
      [S1, "first"],
      [S2, "second"],
    ] as const) {
      await view(student(s)); // opening the board takes a seat
      await chooseSide(t.db, s, { debateId, side });
    }
  });

  it("in the opening phase shows students only their own arguments; the teacher sees all", async () => {
    await argue(S1, "first", "甲的論點");
    await argue(S2, "second", "乙的論點");
    expect(claims(await view(student(S1)))).toEqual(["甲的論點"]);
    expect(claims(await view(student(S2)))).toEqual(["乙的論點"]);
    expect(claims(await view({ id: TEACHER, role: "TEACHER" })).sort()).toEqual(["乙的論點", "甲的論點"]);
    await setPhase("rebuttal");
    expect(claims(await view(student(S1))).sort()).toEqual(["乙的論點", "甲的論點"]);
  });

  it("seats a whole class that opens the board at the same moment, each with a pseudonym of their own", async () => {
    const ids = Array.from({ length: 30 }, (_, i) => `seat-test-${i}`);
    await t.db.user.createMany({
      data: ids.map((id) => ({ id, role: "STUDENT", loginName: id, displayName: id, passwordHash: "unused" })),
    });
    await t.db.enrollment.createMany({ data: ids.map((userId) => ({ classroomId: "demo-class", userId })) });
    try {
      const views = await Promise.allSettled(ids.map((id) => view(student(id))));
      expect(views.filter((v) => v.status === "rejected")).toEqual([]);
      const seats = await t.db.debateParticipant.findMany({ where: { debateId }, orderBy: { pseudonymIndex: "asc" } });
      expect(seats.map((s) => s.pseudonymIndex)).toEqual(seats.map((_, i) => i));
      expect(new Set(seats.map((s) => s.userId))).toEqual(new Set([S1, S2, ...ids]));
    } finally {
      await t.db.debateParticipant.deleteMany({ where: { userId: { in: ids } } });
      await t.db.enrollment.deleteMany({ where: { userId: { in: ids } } });
      await t.db.user.deleteMany({ where: { id: { in: ids } } });
    }
  });

  it("shows pseudonyms to students on an anonymous board, and names to the teacher", async () => {
    await t.db.debate.update({ where: { id: debateId }, data: { anonymous: true, phase: "rebuttal" } });
    await argue(S2, "second", "乙的論點");
    const seen = (await view(student(S1)))!.columns.flatMap((c) => c.arguments);
    expect(seen[0]!.author).toBe("同學 B"); // S2 opened the board second
    const s2Name = (await t.db.user.findUniqueOrThrow({ where: { id: S2 } })).displayName;
    expect(JSON.stringify(await view(student(S1)))).not.toContain(s2Name);
    const names = (await view({ id: TEACHER, role: "TEACHER" }))!.columns.flatMap((c) =>
      c.arguments.map((a) => a.author),
    );
    expect(names).toEqual([s2Name]);
    expect((await view(student(S2)))!.me!.pseudonym).toBe("同學 B");
  });

  it("shows a hidden post's reason to its author, a placeholder to others", async () => {
    await setPhase("rebuttal");
    const { id } = await argue(S2, "second", "不當的論點");
    await t.db.debatePost.update({ where: { id }, data: { hiddenAt: new Date(), hiddenReason: "請就事論事" } });
    const mine = (await view(student(S2)))!.columns.flatMap((c) => c.arguments)[0]!;
    expect(mine.hidden).toEqual({ reason: "請就事論事" });
    expect(mine.content?.claim).toBe("不當的論點");
    const other = (await view(student(S1)))!.columns.flatMap((c) => c.arguments)[0]!;
    expect(other.content).toBeNull();
    expect(JSON.stringify(other)).not.toContain("不當的論點");
    expect(JSON.stringify(other)).not.toContain("請就事論事");
  });

  it("hides rating totals from students until revealed; each sees their own rating", async () => {
    await setPhase("rebuttal");
    const { id } = await argue(S2, "second", "乙的論點");
    await view(student(S3));
    await chooseSide(t.db, S3, { debateId, side: "first" });
    await rateArgument(t.db, S1, { debateId, postId: id, value: 4 });
    await rateArgument(t.db, S3, { debateId, postId: id, value: 2 });
    const forS1 = (await view(student(S1)))!.columns.flatMap((c) => c.arguments)[0]!;
    expect(forS1.ratings).toBeNull();
    expect(forS1.myRating).toBe(4);
    expect((await view({ id: TEACHER, role: "TEACHER" }))!.columns.flatMap((c) => c.arguments)[0]!.ratings).toEqual({
      count: 2,
      average: 3,
    });
    await t.db.debate.update({ where: { id: debateId }, data: { ratingsRevealedAt: new Date() } });
    expect((await view(student(S1)))!.columns.flatMap((c) => c.arguments)[0]!.ratings).toEqual({
      count: 2,
      average: 3,
    });
  });

  it("nests replies under their argument, in two columns by side", async () => {
    await argue(S1, "first", "甲的論點");
    await setPhase("rebuttal");
    const arg = (await view(student(S1)))!.columns[0]!.arguments[0]!;
    const r1 = await postReply(t.db, S2, { debateId, parentId: arg.id, kind: "rebut", body: "反駁", quotes: [] });
    await postReply(t.db, S1, { debateId, parentId: r1.id, kind: "question", body: "追問", quotes: [] });
    const v = (await view(student(S2)))!;
    expect(v.columns.map((c) => c.side)).toEqual(["first", "second"]);
    const tree = v.columns[0]!.arguments[0]!;
    const flat = (p: PostView): string[] => [p.content!.body, ...p.replies.flatMap(flat)];
    expect(flat(tree)).toEqual(["理由", "反駁", "追問"]);
  });

  it("gives each student their own rubric and private feedback, and nobody else's", async () => {
    expect((await view(student(S1)))!.me!.grade).toBeNull();
    await t.db.debateParticipant.updateMany({
      where: { debateId, userId: S1 },
      data: { rubricClaim: 3, rubricEvidence: 4, feedback: "證據扎實。" },
    });
    await t.db.debate.update({ where: { id: debateId }, data: { rubricLevels: '{"claim":["","","說清楚了",""]}' } });
    expect((await view(student(S1)))!.me!.grade).toMatchObject({
      rubric: { claim: 3, evidence: 4, reasoning: null, rebuttal: null },
      feedback: "證據扎實。",
      wording: { claim: ["", "", "說清楚了", ""] },
    });
    const other = await view(student(S2));
    expect(other!.me!.grade).toBeNull();
    expect(JSON.stringify(other)).not.toContain("證據扎實");
  });

  it("is null for a student of another class and for another teacher", async () => {
    const outsider = await t.db.user.create({
      data: { role: "STUDENT", displayName: "外班", loginName: `outsider-${provider}-view`, passwordHash: "x" },
    });
    const otherTeacher = await t.db.user.create({
      data: { role: "TEACHER", displayName: "別班老師", loginName: `t-${provider}-view@x.test`, passwordHash: "x" },
    });
    expect(await view(student(outsider.id))).toBeNull();
    expect(await view({ id: otherTeacher.id, role: "TEACHER" })).toBeNull();
  });

  it("takes the stance before once while open, and after once when closed", async () => {
    await setStance(t.db, S1, { debateId, which: "before", value: 2 });
    await expectFailure(setStance(t.db, S1, { debateId, which: "before", value: 5 }), "stanceAlreadyGiven");
    await expectFailure(setStance(t.db, S1, { debateId, which: "after", value: 4 }), "wrongPhase");
    await setPhase("closed");
    await setStance(t.db, S1, { debateId, which: "after", value: 4 });
    expect((await view(student(S1)))!.me).toMatchObject({ stanceBefore: 2, stanceAfter: 4 });
  });

  it("lets a student change side until their first argument", async () => {
    await chooseSide(t.db, S1, { debateId, side: "second" });
    await chooseSide(t.db, S1, { debateId, side: "first" });
    await argue(S1, "first", "甲的論點");
    await expectFailure(chooseSide(t.db, S1, { debateId, side: "second" }), "sideLocked");
    await t.db.debate.update({ where: { id: debateId }, data: { sideMode: "assigned" } });
    await expectFailure(chooseSide(t.db, S2, { debateId, side: "first" }), "sidesAssignedByTeacher");
  });
});
