import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { seedDemo } from "@/lib/seed/demo";
import { createTestDatabase, TEST_PROVIDERS, type TestDatabase } from "@/lib/testing/databases";
import { debatePostWriter } from "@/lib/testing/debate-posts";
import { loadBoardReport } from "./board-report";

const ASSIGNMENT = "demo-assignment-h20";
const TEACHER = "demo-teacher";
const [S1, S2, S3] = ["demo-student-1", "demo-student-2", "demo-student-3"];

describe.each(TEST_PROVIDERS)("debate teacher reports on %s", (provider) => {
  let t: TestDatabase;
  let debateId: string;
  let seats = 0;
  let post: ReturnType<typeof debatePostWriter>;

  const seat = (userId: string, data: Record<string, unknown> = {}) =>
    t.db.debateParticipant.create({ data: { debateId, userId, pseudonymIndex: seats++, ...data } });
  const rate = (userId: string, postId: string, value: number) =>
    t.db.debateRating.create({ data: { userId, postId, value } });
  const load = async () => (await loadBoardReport(t.db, TEACHER, ASSIGNMENT))!;

  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedDemo(t.db);
    debateId = (await t.db.debate.findUniqueOrThrow({ where: { assignmentId: ASSIGNMENT } })).id;
    post = debatePostWriter(t.db, debateId);
  });
  afterAll(() => t?.drop());
  beforeEach(async () => {
    await t.db.debatePost.deleteMany();
    await t.db.debateParticipant.deleteMany();
    await t.db.debate.update({
      where: { id: debateId },
      data: {
        phase: "opening",
        phaseSetAt: null,
        motion: "",
        thirdSideEnabled: false,
        rebuttalAt: null,
        closesAt: null,
      },
    });
    seats = 0;
  });

  it("is null for another teacher, and for an assignment that does not exist", async () => {
    const other = await t.db.user.upsert({
      where: { id: "other-teacher" },
      update: {},
      create: {
        id: "other-teacher",
        role: "TEACHER",
        displayName: "別班老師",
        loginName: "other@school",
        passwordHash: "x",
      },
    });
    expect(await loadBoardReport(t.db, other.id, ASSIGNMENT)).toBeNull();
    expect(await loadBoardReport(t.db, S1, ASSIGNMENT)).toBeNull();
    expect(await loadBoardReport(t.db, TEACHER, "no-such-assignment")).toBeNull();
  });

  it("lists every enrolled student by real name, seated or not, and every paragraph of the reading", async () => {
    await t.db.debate.update({
      where: { id: debateId },
      data: { anonymous: true, closesAt: new Date("2025-01-01T00:00:00Z") },
    });
    await seat(S1, { side: "first" });
    const report = await load();
    expect(report.board).toMatchObject({
      id: debateId,
      motion: "",
      phase: "closed",
      sides: ["first", "second"],
      anonymous: true,
      sideMode: "choose",
    });
    const names = report.students.map((s) => s.displayName);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "zh-Hant")));
    expect(report.students.map((s) => s.studentId).sort()).toEqual([S1, S2, S3]);
    expect(report.students.find((s) => s.studentId === S1)).toMatchObject({
      displayName: "陳同學",
      seated: true,
      side: "first",
    });
    expect(report.students.find((s) => s.studentId === S2)).toEqual({
      studentId: S2,
      displayName: "林同學",
      loginName: "student2",
      seated: false,
      side: null,
      removed: false,
      arguments: 0,
      replies: { support: 0, rebut: 0, question: 0 },
      paragraphsQuoted: 0,
      quotes: 0,
      ratingsGiven: { count: 0, average: null },
      ratingsReceived: { count: 0, average: null },
      hiddenPosts: 0,
      stanceBefore: null,
      stanceAfter: null,
      shift: null,
      rubric: { claim: null, evidence: null, reasoning: null, rebuttal: null },
      feedback: "",
    });
    expect(report.evidence.map((p) => p.paragraphId)).toEqual(
      Array.from({ length: 34 }, (_, i) => `h20-p${String(i + 1).padStart(2, "0")}`),
    );
    expect(report.evidence.map((p) => p.position)).toEqual(Array.from({ length: 34 }, (_, i) => i + 1));
    expect(report.evidence.every((p) => p.total === 0 && p.excerpt.length > 0 && [...p.excerpt].length <= 41)).toBe(
      true,
    );
    const p03 = await t.db.readingParagraph.findUniqueOrThrow({ where: { id: "h20-p03" } });
    expect(report.evidence[2]!.excerpt).toBe(
      [...p03.text].length > 40 ? `${[...p03.text].slice(0, 40).join("")}…` : p03.text,
    );
    expect(report.stances.histogram).toEqual([1, 2, 3, 4, 5].map((stance) => ({ stance, before: 0, after: 0 })));
  });

  it("counts each student's contributions; hidden posts only as hidden", async () => {
    await seat(S1, { side: "first" });
    await seat(S2, { side: "second" });
    await seat(S3, { side: null });
    const a1 = await post(S1, { side: "first", claim: "被迫讓步" }, ["h20-p03", "h20-p03", "h20-p19"]);
    const a1Hidden = await post(S1, { side: "first", hidden: "離題" }, ["h20-p05"]);
    await post(S1, { side: "second", claim: "鋼人論證" }, ["h20-p19"]); // a steelman argument, for the other side
    const a2 = await post(S2, { side: "second" }, ["h20-p19"]);
    const r1 = await post(S2, { kind: "rebut", parentId: a1.id }, ["h20-p03"]);
    await post(S2, { kind: "question", parentId: a1.id });
    await post(S3, { kind: "support", parentId: r1.id }, ["h20-p10"]);
    await post(S3, { kind: "rebut", parentId: a1.id, hidden: "" }, ["h20-p11"]);
    await rate(S2, a1.id, 4);
    await rate(S3, a1.id, 3);
    await rate(S1, a2.id, 5);
    await rate(S3, a1Hidden.id, 1);

    const report = await load();
    const row = (id: string) => report.students.find((s) => s.studentId === id)!;
    expect(row(S1)).toMatchObject({
      arguments: 2,
      replies: { support: 0, rebut: 0, question: 0 },
      paragraphsQuoted: 2,
      quotes: 4,
      ratingsGiven: { count: 1, average: 5 },
      ratingsReceived: { count: 2, average: 3.5 }, // not the rating on the hidden argument
      hiddenPosts: 1,
    });
    expect(row(S2)).toMatchObject({
      arguments: 1,
      replies: { support: 0, rebut: 1, question: 1 },
      paragraphsQuoted: 2,
      quotes: 2,
      ratingsGiven: { count: 1, average: 4 },
      ratingsReceived: { count: 1, average: 5 },
      hiddenPosts: 0,
    });
    expect(row(S3)).toMatchObject({
      arguments: 0,
      replies: { support: 1, rebut: 0, question: 0 },
      paragraphsQuoted: 1,
      quotes: 1,
      ratingsGiven: { count: 2, average: 2 },
      ratingsReceived: { count: 0, average: null },
      hiddenPosts: 1,
    });

    // By the side each quoting post argues for: an argument's own side, a reply's author's side.
    const map = new Map(report.evidence.map((p) => [p.paragraphId, p]));
    expect(map.get("h20-p03")).toMatchObject({ bySide: { first: 2, second: 1, other: 0 }, unsided: 0, total: 3 });
    expect(map.get("h20-p19")).toMatchObject({ bySide: { first: 1, second: 2, other: 0 }, unsided: 0, total: 3 });
    expect(map.get("h20-p10")).toMatchObject({ bySide: { first: 0, second: 0, other: 0 }, unsided: 1, total: 1 });
    expect(map.get("h20-p05")!.total).toBe(0); // only quoted by a hidden argument
    expect(map.get("h20-p11")!.total).toBe(0); // only quoted by a hidden reply
    expect(report.evidence).toHaveLength(34);
  });

  it("counts posts of a student who left the class on the map, without listing them", async () => {
    const leaver = await t.db.user.create({
      data: { role: "STUDENT", displayName: "轉學生", loginName: `leaver-${provider}`, passwordHash: "x" },
    });
    await seat(leaver.id, { side: "second" });
    await post(leaver.id, { side: "second" }, ["h20-p20"]);
    const report = await load();
    expect(report.students.map((s) => s.studentId)).not.toContain(leaver.id);
    expect(report.evidence.find((p) => p.paragraphId === "h20-p20")).toMatchObject({ bySide: { second: 1 }, total: 1 });
  });

  it("shows the stance shift per student and for the class, with the rubric and feedback", async () => {
    await seat(S1, {
      side: "first",
      stanceBefore: 1,
      stanceAfter: 3,
      rubricClaim: 4,
      rubricEvidence: 3,
      rubricReasoning: 2,
      rubricRebuttal: 1,
      feedback: "引用很準確。",
    });
    await seat(S2, { side: "second", stanceBefore: 5, stanceAfter: 4 });
    await seat(S3, { side: "second", stanceBefore: 2, removedAt: new Date() });
    const report = await load();
    const row = (id: string) => report.students.find((s) => s.studentId === id)!;
    expect(row(S1)).toMatchObject({
      stanceBefore: 1,
      stanceAfter: 3,
      shift: 2,
      rubric: { claim: 4, evidence: 3, reasoning: 2, rebuttal: 1 },
      feedback: "引用很準確。",
      removed: false,
    });
    expect(row(S2)).toMatchObject({ stanceBefore: 5, stanceAfter: 4, shift: -1 });
    expect(row(S3)).toMatchObject({ stanceBefore: 2, stanceAfter: null, shift: null, removed: true });
    expect(report.stances.before).toEqual({ count: 3, mean: 8 / 3 });
    expect(report.stances.after).toEqual({ count: 2, mean: 3.5 });
    expect(report.stances.shift).toEqual({ count: 2, mean: 0.5 });
    expect(report.stances.histogram).toEqual([
      { stance: 1, before: 1, after: 0 },
      { stance: 2, before: 1, after: 0 },
      { stance: 3, before: 0, after: 1 },
      { stance: 4, before: 0, after: 1 },
      { stance: 5, before: 1, after: 0 },
    ]);
  });
});
