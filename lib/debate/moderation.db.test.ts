import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { seedDemo } from "@/lib/seed/demo";
import { createTestDatabase, TEST_PROVIDERS, type TestDatabase } from "@/lib/testing/databases";
import { clearSeats, seatStudent } from "@/lib/testing/debate-seats";
import { expectFailure } from "@/lib/testing/expect-failure";
import { withFailingAudit } from "@/lib/testing/failing-audit";
import { type BoardEventKind, boardBus } from "./events";
import { auditTrail, dismissReports, listReports, moderatePost, removeStudent, restoreStudent } from "./moderation";
import { setPhase } from "./teacher";
import { moderatePostSchema } from "./teacher-schema";

const TEACHER = "demo-teacher";
const ASSIGNMENT = "demo-assignment-h20";
const [S1, S2, S3] = ["demo-student-1", "demo-student-2", "demo-student-3"];
const FOREIGN_KEY = { code: "P2003" };
const at = (minute: number) => new Date(Date.UTC(2025, 8, 1, 8, minute));

describe.each(TEST_PROVIDERS)("debate moderation on %s", (provider) => {
  let t: TestDatabase;
  let debateId: string;
  let other: { teacherId: string; studentId: string };

  const argument = (authorId: string, claim = "美國是被迫讓步。") =>
    t.db.debatePost.create({
      data: {
        debateId,
        authorId,
        kind: "argument",
        side: "first",
        claim,
        body: "作者說美國「撐不住了」,所以這是戰略退卻。",
      },
    });
  const reply = (authorId: string, parentId: string) =>
    t.db.debatePost.create({
      data: { debateId, authorId, parentId, depth: 1, kind: "rebut", body: "但第19段說美國打著小算盤。" },
    });
  const report = (postId: string, reporterId: string, reason: string, minute: number, resolvedAt: Date | null = null) =>
    t.db.debateReport.create({ data: { postId, reporterId, reason, createdAt: at(minute), resolvedAt } });
  const post = (id: string) => t.db.debatePost.findUniqueOrThrow({ where: { id } });
  const audit = () => t.db.debateModeration.findMany({ orderBy: { createdAt: "asc" } });
  const seat = (userId: string) =>
    t.db.debateParticipant.findUnique({ where: { debateId_userId: { debateId, userId } } });
  const moderate = (postId: string, action: string, reason = "") =>
    moderatePostSchema.parse({ postId, action, reason });
  const student = (studentId: string, reason = "") => ({ assignmentId: ASSIGNMENT, studentId, reason });
  function events() {
    const kinds: BoardEventKind[] = [];
    const off = boardBus.subscribe(debateId, (e) => kinds.push(e.kind));
    return { kinds, off };
  }

  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedDemo(t.db);
    debateId = (await t.db.debate.findUniqueOrThrow({ where: { assignmentId: ASSIGNMENT } })).id;
    const teacher = await t.db.user.create({
      data: {
        role: "TEACHER",
        displayName: "李老師",
        loginName: "other-teacher@test",
        email: "other-teacher@test",
        passwordHash: "x",
      },
    });
    const outsider = await t.db.user.create({
      data: { role: "STUDENT", displayName: "外班同學", loginName: "other-student", passwordHash: "x" },
    });
    await t.db.classroom.create({
      data: { name: "別班", joinCode: "OTHERM", ownerId: teacher.id, enrollments: { create: { userId: outsider.id } } },
    });
    other = { teacherId: teacher.id, studentId: outsider.id };
  });
  afterAll(() => t?.drop());
  beforeEach(async () => {
    await t.db.debateModeration.deleteMany();
    await t.db.debatePost.deleteMany();
    await clearSeats(t.db);
  });

  it("hides a post only with a reason, which its author sees, and settles its open reports", async () => {
    const { id } = await argument(S1);
    await report(id, S2, "人身攻擊", 0);
    await report(id, S3, "舊的檢舉", 0, at(0));
    await expectFailure(moderatePost(t.db, TEACHER, moderate(id, "hide", "  \r\n ")), "hideReasonRequired", "reason");
    expect((await post(id)).hiddenAt).toBeNull();
    expect(await audit()).toEqual([]);

    const e = events();
    await moderatePost(t.db, TEACHER, moderate(id, "hide", "請針對論點,不要針對人。"), at(5));
    e.off();
    expect(await post(id)).toMatchObject({ hiddenAt: at(5), hiddenReason: "請針對論點,不要針對人。" });
    const reports = await t.db.debateReport.findMany({
      orderBy: { reporterId: "asc" },
      select: { reporterId: true, resolvedAt: true },
    });
    expect(reports).toEqual([
      { reporterId: S2, resolvedAt: at(5) },
      { reporterId: S3, resolvedAt: at(0) },
    ]);
    expect(await audit()).toMatchObject([
      {
        debateId,
        actorId: TEACHER,
        action: "post:hide",
        postId: id,
        targetUserId: S1,
        reason: "請針對論點,不要針對人。",
        createdAt: at(5),
      },
    ]);
    expect(e.kinds).toEqual(["moderation"]);

    await moderatePost(t.db, TEACHER, moderate(id, "restore"), at(6));
    expect(await post(id)).toMatchObject({ hiddenAt: null, hiddenReason: null });
    expect((await audit()).map((a) => a.action)).toEqual(["post:hide", "post:restore"]);
  });

  it("pins and locks arguments only; a reply can be hidden but not pinned or locked", async () => {
    const { id } = await argument(S1);
    const r = await reply(S2, id);
    for (const action of ["pin", "lock"]) await moderatePost(t.db, TEACHER, moderate(id, action));
    expect(await post(id)).toMatchObject({ pinned: true, locked: true });
    for (const action of ["unpin", "unlock"]) await moderatePost(t.db, TEACHER, moderate(id, action, "討論可以繼續"));
    expect(await post(id)).toMatchObject({ pinned: false, locked: false });
    expect((await audit()).map((a) => [a.action, a.reason])).toEqual([
      ["post:pin", ""],
      ["post:lock", ""],
      ["post:unpin", "討論可以繼續"],
      ["post:unlock", "討論可以繼續"],
    ]);

    for (const action of ["pin", "unpin", "lock", "unlock"])
      await expectFailure(moderatePost(t.db, TEACHER, moderate(r.id, action)), "notFound");
    await moderatePost(t.db, TEACHER, moderate(r.id, "hide", "離題"));
    expect(await post(r.id)).toMatchObject({ hiddenReason: "離題", pinned: false, locked: false });
    expect(await audit()).toHaveLength(5);
  });

  it("removes a student, keeping their posts, and restores them", async () => {
    const { id } = await argument(S1);
    await seatStudent(t.db, debateId, S1, { side: "first" });
    const e = events();
    await removeStudent(t.db, TEACHER, student(S1, "多次人身攻擊"), at(1));
    await removeStudent(t.db, TEACHER, student(S1), at(2));
    expect(await seat(S1)).toMatchObject({ removedAt: at(1), side: "first" });
    expect((await post(id)).hiddenAt).toBeNull();

    await restoreStudent(t.db, TEACHER, student(S1, "已道歉"), at(3));
    e.off();
    expect(await seat(S1)).toMatchObject({ removedAt: null, side: "first" });
    expect(await audit()).toMatchObject([
      { action: "student:remove", targetUserId: S1, reason: "多次人身攻擊", postId: null },
      { action: "student:remove", targetUserId: S1, reason: "" },
      { action: "student:restore", targetUserId: S1, reason: "已道歉" },
    ]);
    expect(e.kinds).toEqual(["moderation", "moderation", "moderation"]);
  });

  it("removes a student who has not opened the board (the removal waits for them); restoring one needs a seat", async () => {
    await seatStudent(t.db, debateId, S1);
    await removeStudent(t.db, TEACHER, student(S2), at(1));
    expect(await seat(S2)).toMatchObject({ removedAt: at(1), pseudonymIndex: 1 });
    await expectFailure(restoreStudent(t.db, TEACHER, student(S3)), "notFound");
    expect(await seat(S3)).toBeNull();
  });

  it("lists open reports by post, the longest-waiting post first, with names and reasons", async () => {
    const a = await argument(S1, "論點甲");
    const b = await argument(S2, "論點乙");
    const r = await reply(S3, a.id);
    await report(b.id, S1, "離題", 1);
    await report(a.id, S3, "用詞不當", 2);
    await report(a.id, S2, "人身攻擊", 3);
    await report(r.id, S1, "已處理", 0, at(4));

    const queue = await listReports(t.db, TEACHER, ASSIGNMENT);
    expect(queue).toMatchObject([
      {
        post: { id: b.id, kind: "argument", claim: "論點乙", hidden: false },
        author: { id: S2, name: "林同學" },
        count: 1,
        reports: [{ reporter: { id: S1, name: "陳同學" }, reason: "離題", createdAt: at(1) }],
      },
      {
        post: { id: a.id, claim: "論點甲" },
        author: { id: S1, name: "陳同學" },
        count: 2,
        reports: [
          { reporter: { name: "張同學" }, reason: "用詞不當" },
          { reporter: { name: "林同學" }, reason: "人身攻擊" },
        ],
      },
    ]);
    expect(queue[0]!.post.body).toContain("戰略退卻");
  });

  it("dismisses a post's reports without touching the post, audited", async () => {
    const { id } = await argument(S1);
    await report(id, S2, "我不同意", 0);
    await report(id, S3, "我也不同意", 1);
    expect(await dismissReports(t.db, TEACHER, { postId: id }, at(5))).toEqual({ dismissed: 2 });
    expect(await listReports(t.db, TEACHER, ASSIGNMENT)).toEqual([]);
    expect(await t.db.debateReport.count({ where: { resolvedAt: at(5) } })).toBe(2);
    expect(await post(id)).toMatchObject({ hiddenAt: null, pinned: false, locked: false });
    expect(await audit()).toMatchObject([
      { action: "reports:dismiss", postId: id, targetUserId: S1, actorId: TEACHER, createdAt: at(5) },
    ]);
  });

  it("shows the audit trail newest first, with who, what, why, the post and the student", async () => {
    const { id } = await argument(S1, "美國是被迫讓步。");
    await setPhase(t.db, TEACHER, { assignmentId: ASSIGNMENT, phase: "rebuttal" }, at(1));
    await moderatePost(t.db, TEACHER, moderate(id, "hide", "請引用原文"), at(2));
    await removeStudent(t.db, TEACHER, student(S2, "干擾討論"), at(3));

    const trail = await auditTrail(t.db, TEACHER, ASSIGNMENT);
    expect(trail).toMatchObject([
      {
        at: at(3),
        actor: "王老師 (Demo teacher)",
        action: "student:remove",
        reason: "干擾討論",
        post: null,
        target: { id: S2, name: "林同學" },
      },
      {
        at: at(2),
        action: "post:hide",
        reason: "請引用原文",
        post: { id, claim: "美國是被迫讓步。", excerpt: "作者說美國「撐不住了」,所以這是戰略退卻。" },
        target: { id: S1, name: "陳同學" },
      },
      { at: at(1), action: "phase:rebuttal", reason: "", post: null, target: null },
    ]);

    // A post deleted since (with its thread) leaves its row in the trail, without the excerpt.
    await t.db.debatePost.delete({ where: { id } });
    expect((await auditTrail(t.db, TEACHER, ASSIGNMENT))[1]).toMatchObject({ action: "post:hide", post: null });
  });

  it("writes a change and its audit row together: when the audit row fails, the change is undone", async () => {
    const { id } = await argument(S1);
    await report(id, S2, "人身攻擊", 0);
    const broken = withFailingAudit(t.db);
    await expect(moderatePost(broken, TEACHER, moderate(id, "hide", "請針對論點"))).rejects.toMatchObject(FOREIGN_KEY);
    await expect(removeStudent(broken, TEACHER, student(S2))).rejects.toMatchObject(FOREIGN_KEY);
    await expect(dismissReports(broken, TEACHER, { postId: id })).rejects.toMatchObject(FOREIGN_KEY);
    expect((await post(id)).hiddenAt).toBeNull();
    expect(await t.db.debateReport.count({ where: { resolvedAt: null } })).toBe(1);
    expect((await seat(S2))?.removedAt ?? null).toBeNull();
    expect(await audit()).toEqual([]);
  });

  it("is not found for another teacher, or for a student not in the class", async () => {
    const { id } = await argument(S1);
    await report(id, S2, "人身攻擊", 0);
    const t2 = other.teacherId;
    for (const action of ["hide", "restore", "pin", "unpin", "lock", "unlock"])
      await expectFailure(moderatePost(t.db, t2, moderate(id, action, "理由")), "notFound");
    await expectFailure(removeStudent(t.db, t2, student(S1)), "notFound");
    await expectFailure(restoreStudent(t.db, t2, student(S1)), "notFound");
    await expectFailure(listReports(t.db, t2, ASSIGNMENT), "notFound");
    await expectFailure(dismissReports(t.db, t2, { postId: id }), "notFound");
    await expectFailure(auditTrail(t.db, t2, ASSIGNMENT), "notFound");
    await expectFailure(removeStudent(t.db, TEACHER, student(other.studentId)), "notFound");
    await expectFailure(restoreStudent(t.db, TEACHER, student(other.studentId)), "notFound");
    await expectFailure(moderatePost(t.db, TEACHER, moderate("no-such-post", "hide", "理由")), "notFound");

    expect(await post(id)).toMatchObject({ hiddenAt: null, pinned: false, locked: false });
    expect(await t.db.debateReport.count({ where: { resolvedAt: null } })).toBe(1);
    expect(await t.db.debateParticipant.count()).toBe(0);
    expect(await t.db.debateModeration.count()).toBe(0);
  });
});
