import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/session-user";
import { authorBus, authorTopic, type BoardEventKind, boardBus } from "@/lib/debate/events";
import { loadBoardView } from "@/lib/debate/view";
import { parseItem, saveAnswer, startAttempt, submitAttempt } from "@/lib/quiz/attempts";
import { seedDemo } from "@/lib/seed/demo";
import { createTestDatabase, TEST_PROVIDERS, type TestDatabase } from "@/lib/testing/databases";
import { expectFailure } from "@/lib/testing/expect-failure";
import { DELETED_STUDENT_ID, deleteStudent } from "./delete-student";
import { studentDataHtml } from "./export-html";
import { studentDataScope } from "./scope";
import { studentDataExport } from "./student-export";

const ASSIGNMENT = "demo-assignment-h20";
const [S1, S2] = ["demo-student-1", "demo-student-2"];
const TEACHER = "demo-teacher";
const who = (id: string, role: "TEACHER" | "STUDENT", isAdmin = false): CurrentUser => ({
  id,
  role,
  isAdmin,
  displayName: id,
  loginName: id,
  preferredScript: "trad",
});

describe.each(TEST_PROVIDERS)("a student's data: export and deletion (%s)", (provider) => {
  let t: TestDatabase;
  let admin: string;
  let otherTeacher: string;
  let argumentId: string;
  let replyId: string;
  let debateId: string;

  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedDemo(t.db);
    admin = (
      await t.db.user.create({
        data: {
          role: "TEACHER",
          isAdmin: true,
          loginName: `adm-${provider}@s.tw`,
          displayName: "主任",
          passwordHash: "x",
        },
      })
    ).id;
    otherTeacher = (
      await t.db.user.create({
        data: { role: "TEACHER", loginName: `other-${provider}@s.tw`, displayName: "別班", passwordHash: "x" },
      })
    ).id;
    const debate = await t.db.debate.findUniqueOrThrow({ where: { assignmentId: ASSIGNMENT } });
    debateId = debate.id;
    await t.db.debateParticipant.create({
      data: { debateId: debate.id, userId: S1, pseudonymIndex: 0, side: "first", stanceBefore: 2 },
    });
    await t.db.debateParticipant.create({
      data: { debateId: debate.id, userId: S2, pseudonymIndex: 1, side: "second" },
    });
    argumentId = (
      await t.db.debatePost.create({
        data: {
          debateId: debate.id,
          authorId: S1,
          kind: "argument",
          side: "first",
          claim: "美國是退卻",
          body: "<b>因為</b>晶片",
          sourceTitle: "路透",
          sourceUrl: "https://www.reuters.com/x",
          quotes: { create: { paragraphId: "h20-p03", start: 0, end: 2, quote: "美國" } },
        },
      })
    ).id;
    replyId = (
      await t.db.debatePost.create({
        data: { debateId: debate.id, authorId: S2, parentId: argumentId, depth: 1, kind: "rebut", body: "我不同意" },
      })
    ).id;
    await t.db.debateRating.create({ data: { postId: replyId, userId: S1, value: 3 } });
    await t.db.debateReport.create({ data: { postId: replyId, reporterId: S1, reason: "離題" } });
    await t.db.highlight.create({
      data: {
        assignmentId: ASSIGNMENT,
        userId: S1,
        paragraphId: "h20-p03",
        start: 0,
        end: 2,
        quote: "美國",
        note: "我的筆記",
      },
    });
    await t.db.debate.update({ where: { id: debate.id }, data: { phase: "rebuttal" } });
  });
  afterAll(() => t?.drop());

  it("is the student's own, their teacher's for that teacher's classes, or an administrator's; nobody else's", async () => {
    expect(await studentDataScope(t.db, who(S1, "STUDENT"), S1)).toEqual({
      studentId: S1,
      classroomIds: "all",
      ownCopy: true,
    });
    expect(await studentDataScope(t.db, who(TEACHER, "TEACHER"), S1)).toEqual({
      studentId: S1,
      classroomIds: ["demo-class"],
      ownCopy: false,
    });
    expect(await studentDataScope(t.db, who(admin, "TEACHER", true), S1)).toEqual({
      studentId: S1,
      classroomIds: "all",
      ownCopy: false,
    });
    await expectFailure(studentDataScope(t.db, who(S2, "STUDENT"), S1), "notFound");
    await expectFailure(studentDataScope(t.db, who(otherTeacher, "TEACHER"), S1), "notFound");
    // A teacher's account is not a student's data to export, even for an administrator.
    await expectFailure(studentDataScope(t.db, who(admin, "TEACHER", true), TEACHER), "notFound");
  });

  it("exports everything the student made or was given, as JSON and as an escaped page", async () => {
    const data = await studentDataExport(t.db, await studentDataScope(t.db, who(S1, "STUDENT"), S1));
    expect(data.account).toMatchObject({ loginName: "student1" });
    expect(data.classes).toEqual([expect.objectContaining({ class: expect.any(String) })]);
    expect(data.highlights).toEqual([expect.objectContaining({ quote: "美國", note: "我的筆記" })]);
    expect(data.debatePosts).toEqual([
      expect.objectContaining({
        claim: "美國是退卻",
        body: "<b>因為</b>晶片",
        quotes: ["美國"],
        hiddenByTeacher: false,
      }),
    ]);
    expect(data.debateSeats).toEqual([expect.objectContaining({ side: "first", stanceBefore: 2 })]);
    expect(data.ratingsGiven).toEqual([expect.objectContaining({ postId: replyId, value: 3 })]);
    expect(data.reportsMade).toEqual([expect.objectContaining({ postId: replyId, reason: "離題" })]);
    // Nobody else's words: the reply the student rated is named by its id only.
    expect(JSON.stringify(data)).not.toContain("我不同意");
    const words = {
      title: "t",
      intro: "i",
      sections: {},
      fields: {},
      yes: "是",
      no: "否",
      none: "—",
      formatDate: (d: Date) => d.toISOString(),
    };
    const html = studentDataHtml(data, words, "zh-Hant");
    expect(html).toContain("&#60;b&#62;因為&#60;/b&#62;晶片");
    expect(html).not.toContain("<b>");
  });

  it("holds back, in the student's own copy, the scores their quiz page does not show yet; not in their teacher's", async () => {
    const quiz = await t.db.quiz.update({
      where: { assignmentId: ASSIGNMENT },
      data: { attemptsAllowed: 3, release: "manual", releasedAt: null, betweenAttempts: "score" },
    });
    const attempt = await startAttempt(t.db, S2, ASSIGNMENT);
    const { readingId } = await t.db.assignment.findUniqueOrThrow({ where: { id: ASSIGNMENT } });
    const items = await t.db.quizItem.findMany({ where: { readingId }, orderBy: { position: "asc" } });
    const single = items.find((i) => parseItem(i.content).type === "single")!;
    const [option] = (parseItem(single.content) as { options: { key: string }[] }).options;
    await saveAnswer(t.db, S2, { attemptId: attempt.id, itemId: single.id, value: option!.key, clientSeq: 1 });
    await submitAttempt(t.db, S2, attempt.id);
    const exported = async (requester: CurrentUser) =>
      (await studentDataExport(t.db, await studentDataScope(t.db, requester, S2))).quizAttempts[0]!;
    expect(await exported(who(TEACHER, "TEACHER"))).toMatchObject({
      score: expect.any(Number),
      resultsReleased: false,
      answers: [expect.objectContaining({ autoScore: expect.any(Number) })],
    });
    const own = await exported(who(S2, "STUDENT"));
    expect(own).toMatchObject({ score: null, maxScore: expect.any(Number), resultsReleased: false });
    expect(own.answers).toEqual([expect.objectContaining({ answer: option!.key })]);
    expect(own.answers[0]).not.toHaveProperty("autoScore");
    // Released, the score shows; each item's verdict waits while the student may try again ("score" only).
    await t.db.quiz.update({ where: { id: quiz.id }, data: { releasedAt: new Date(Date.now() - 1000) } });
    const released = await exported(who(S2, "STUDENT"));
    expect(released).toMatchObject({ score: expect.any(Number), resultsReleased: true });
    expect(released.answers[0]).not.toHaveProperty("autoScore");
    await t.db.quiz.update({ where: { id: quiz.id }, data: { betweenAttempts: "items" } });
    expect((await exported(who(S2, "STUDENT"))).answers[0]).toMatchObject({ autoScore: expect.any(Number) });
  });

  it("deletes a student for an administrator only: posts stay as placeholders, the rest goes, the audit keeps no content", async () => {
    await expectFailure(deleteStudent(t.db, TEACHER, S1), "notFound");
    await expectFailure(deleteStudent(t.db, admin, TEACHER), "notFound");
    // The reply S1 rated and reported, already sent to every page (stamped).
    await t.db.debatePost.update({ where: { id: replyId }, data: { changeSeq: 1 } });
    const events: BoardEventKind[] = [];
    const off = boardBus.subscribe(debateId, (e) => events.push(e.kind));
    const toReplyAuthor: BoardEventKind[] = [];
    const offAuthor = authorBus.subscribe(authorTopic(debateId, S2), (e) => toReplyAuthor.push(e.kind));
    expect(await deleteStudent(t.db, admin, S1)).toEqual({ postsKept: 1 });
    off();
    offAuthor();
    // Pages open on the board are told, so they fetch the placeholder at once (the teacher's re-renders); the
    // reply's author too, whose reply lost the rating and report that kept them from changing it.
    expect(events).toEqual(["moderation"]);
    expect(toReplyAuthor).toEqual(["ownPost"]);
    expect(await t.db.user.findUnique({ where: { id: S1 } })).toBeNull();
    expect(await t.db.highlight.count({ where: { userId: S1 } })).toBe(0);
    expect(await t.db.debateRating.count({ where: { userId: S1 } })).toBe(0);
    // The ratings are not revealed yet: the reply is not sent to every page again, which would tell the class
    // what S1 rated and reported. The teacher's page re-renders on the event and shows it as it is now.
    expect(await t.db.debatePost.findUniqueOrThrow({ where: { id: replyId } })).toMatchObject({ changeSeq: 1 });
    const post = await t.db.debatePost.findUniqueOrThrow({ where: { id: argumentId }, include: { quotes: true } });
    expect(post).toMatchObject({
      authorId: DELETED_STUDENT_ID,
      authorDeleted: true,
      claim: "",
      body: "",
      sourceUrl: null,
    });
    expect(post.quotes).toEqual([]);
    // The thread stands: the classmate's reply is still under it, and the board names the placeholder.
    const board = await loadBoardView(t.db, { id: TEACHER, role: "TEACHER" }, ASSIGNMENT, "zh-Hant");
    const shown = board!.columns.flatMap((c) => c.arguments).find((p) => p.id === argumentId)!;
    expect(shown).toMatchObject({ author: "已刪除的同學", deleted: true, content: null });
    expect(shown.replies.map((r) => r.id)).toEqual([replyId]);
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { action: "student.delete" } });
    expect(audit).toMatchObject({ actorId: admin, subjectId: S1 });
    expect(JSON.stringify(audit)).not.toContain("退卻");
    // The placeholder account is nobody to delete, export or sign in as.
    await expectFailure(deleteStudent(t.db, admin, DELETED_STUDENT_ID), "notFound");
  });

  it("sends again the posts a deleted student rated once the class sees the ratings, for their new totals", async () => {
    const rater = await t.db.user.create({
      data: { role: "STUDENT", loginName: `rater-${provider}`, displayName: "評分者", passwordHash: "x" },
    });
    await t.db.enrollment.create({ data: { classroomId: "demo-class", userId: rater.id } });
    await t.db.debateRating.create({ data: { postId: replyId, userId: rater.id, value: 5 } });
    await t.db.debate.update({ where: { id: debateId }, data: { ratingsRevealedAt: new Date() } });
    await t.db.debatePost.update({ where: { id: replyId }, data: { changeSeq: 1 } });
    await deleteStudent(t.db, admin, rater.id);
    expect(await t.db.debatePost.findUniqueOrThrow({ where: { id: replyId } })).toMatchObject({ changeSeq: null });
  });
});
