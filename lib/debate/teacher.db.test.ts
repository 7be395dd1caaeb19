import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { seedDemo } from "@/lib/seed/demo";
import { aroundCall } from "@/lib/testing/around-call";
import { createTestDatabase, TEST_PROVIDERS, type TestDatabase } from "@/lib/testing/databases";
import { clearSeats, seatStudent } from "@/lib/testing/debate-seats";
import { expectFailure } from "@/lib/testing/expect-failure";
import { withFailingAudit } from "@/lib/testing/failing-audit";
import { boardPhase, findStudentBoard } from "./board";
import { type BoardEventKind, boardBus } from "./events";
import { parseRubricWording } from "./rubric";
import { seededOrder } from "./sides";
import { loadStudentWork } from "./student-work";
import {
  assignBalanced,
  assignSide,
  gradeParticipant,
  revealRatings,
  saveRubricWording,
  setPhase,
  updateBoardSettings,
} from "./teacher";
import { boardSettingsSchema, gradeParticipantSchema, rubricWordingSchema } from "./teacher-schema";

const TEACHER = "demo-teacher";
const ASSIGNMENT = "demo-assignment-h20";
const [S1, S2, S3] = ["demo-student-1", "demo-student-2", "demo-student-3"];
// The audit row of withFailingAudit breaks a foreign key (P2003), which must undo the change written with it.
const FOREIGN_KEY = { code: "P2003" };
const at = (minute: number) => new Date(Date.UTC(2025, 8, 1, 8, minute));

describe.each(TEST_PROVIDERS)("the teacher's side of a debate board on %s", (provider) => {
  let t: TestDatabase;
  let debateId: string;
  let other: { teacherId: string; studentId: string; assignmentId: string };

  const settings = (over: Record<string, unknown> = {}) =>
    boardSettingsSchema.parse({
      assignmentId: ASSIGNMENT,
      debateEnabled: "on",
      motion: "",
      sideMode: "choose",
      ...over,
    });
  const board = () => t.db.debate.findUniqueOrThrow({ where: { id: debateId } });
  const debateEnabled = async () =>
    (await t.db.assignment.findUniqueOrThrow({ where: { id: ASSIGNMENT } })).debateEnabled;
  const audit = () => t.db.debateModeration.findMany({ orderBy: { createdAt: "asc" } });
  const seat = (userId: string) =>
    t.db.debateParticipant.findUnique({ where: { debateId_userId: { debateId, userId } } });
  const seatAs = (userId: string, data: { side?: string; removedAt?: Date } = {}) =>
    seatStudent(t.db, debateId, userId, data);
  function events() {
    const kinds: BoardEventKind[] = [];
    const off = boardBus.subscribe(debateId, (e) => kinds.push(e.kind));
    return { kinds, off };
  }

  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedDemo(t.db);
    const demo = await t.db.assignment.findUniqueOrThrow({ where: { id: ASSIGNMENT }, include: { debate: true } });
    debateId = demo.debate!.id;
    // A second teacher with a class, a student and a debate of their own.
    const teacher = await t.db.user.create({
      data: {
        role: "TEACHER",
        displayName: "李老師",
        loginName: "other-teacher@test",
        email: "other-teacher@test",
        passwordHash: "x",
      },
    });
    const student = await t.db.user.create({
      data: { role: "STUDENT", displayName: "外班同學", loginName: "other-student", passwordHash: "x" },
    });
    const classroom = await t.db.classroom.create({
      data: { name: "別班", joinCode: "OTHERT", ownerId: teacher.id, enrollments: { create: { userId: student.id } } },
    });
    const assignment = await t.db.assignment.create({
      data: {
        classroomId: classroom.id,
        readingId: demo.readingId,
        title: "別班的辯論",
        opensAt: at(0),
        debateEnabled: true,
        debate: { create: {} },
      },
    });
    other = { teacherId: teacher.id, studentId: student.id, assignmentId: assignment.id };
  });
  afterAll(() => t?.drop());
  beforeEach(async () => {
    await t.db.debateModeration.deleteMany();
    await t.db.debatePost.deleteMany();
    await clearSeats(t.db);
    await t.db.assignment.update({ where: { id: ASSIGNMENT }, data: { debateEnabled: true } });
    await t.db.debate.update({
      where: { id: debateId },
      data: {
        motion: "",
        thirdSideEnabled: false,
        phase: "opening",
        phaseSetAt: null,
        rebuttalAt: null,
        closesAt: null,
        sideMode: "choose",
        steelman: false,
        anonymous: false,
        ratingsRevealedAt: null,
      },
    });
  });

  it("saves the settings from a form, writes the audit row and tells the board", async () => {
    const e = events();
    const input = settings({
      motion: "  美國鬆綁 H20:退卻還是陷阱?\r\n",
      thirdSideEnabled: "on",
      sideMode: "assigned",
      steelman: "on",
      rebuttalAt: "2025-09-01T08:00",
      closesAt: "2025-09-02T08:00",
    });
    await updateBoardSettings(t.db, TEACHER, input, at(5));
    e.off();
    expect(await board()).toMatchObject({
      motion: "美國鬆綁 H20:退卻還是陷阱?",
      thirdSideEnabled: true,
      sideMode: "assigned",
      steelman: true,
      anonymous: false,
      rebuttalAt: input.rebuttalAt,
      closesAt: input.closesAt,
    });
    expect(await audit()).toMatchObject([
      { debateId, actorId: TEACHER, action: "settings", postId: null, targetUserId: null, createdAt: at(5) },
    ]);
    expect(e.kinds).toEqual(["settings"]);
  });

  it("switches the assignment's debate part off and on: students lose the board meanwhile, nothing on it is lost", async () => {
    await seatAs(S1, { side: "second" });
    await updateBoardSettings(t.db, TEACHER, settings({ debateEnabled: undefined, steelman: "on" }), at(1));
    expect(await debateEnabled()).toBe(false);
    expect(await findStudentBoard(t.db, S1, ASSIGNMENT, at(2))).toBeNull();
    // The other settings of the same form are saved with it, in one audited change.
    expect((await board()).steelman).toBe(true);
    expect(await audit()).toMatchObject([{ action: "settings", createdAt: at(1) }]);

    await updateBoardSettings(t.db, TEACHER, settings({ steelman: "on" }), at(3));
    expect(await debateEnabled()).toBe(true);
    expect(await findStudentBoard(t.db, S1, ASSIGNMENT, at(4))).toMatchObject({
      id: debateId,
      participants: [{ userId: S1, side: "second" }],
    });
  });

  it("refuses a closing time that is not after the rebuttal, and writes nothing", async () => {
    const same = settings({ steelman: "on", rebuttalAt: "2025-09-02T08:00", closesAt: "2025-09-02T08:00" });
    await expectFailure(updateBoardSettings(t.db, TEACHER, same), "closesBeforeRebuttal", "closesAt");
    await expectFailure(
      updateBoardSettings(t.db, TEACHER, { ...same, closesAt: at(0) }),
      "closesBeforeRebuttal",
      "closesAt",
    );
    expect(await board()).toMatchObject({ steelman: false, rebuttalAt: null, closesAt: null });
    expect(await audit()).toEqual([]);
    // Either deadline alone is fine.
    await updateBoardSettings(t.db, TEACHER, settings({ closesAt: "2025-09-02T08:00" }));
  });

  it("keeps the third side on while a student is on it or a visible argument argues it", async () => {
    await updateBoardSettings(t.db, TEACHER, settings({ thirdSideEnabled: "on" }));
    await seatAs(S1, { side: "other" });
    await expectFailure(updateBoardSettings(t.db, TEACHER, settings()), "sideInUse", "thirdSideEnabled");
    expect((await board()).thirdSideEnabled).toBe(true);
    expect(await audit()).toHaveLength(1);

    // A removed student does not hold it up; their argument does, until it is hidden.
    await t.db.debateParticipant.updateMany({ where: { userId: S1 }, data: { removedAt: at(1) } });
    const argument = await t.db.debatePost.create({
      data: { debateId, authorId: S1, kind: "argument", side: "other", claim: "另有原因。", body: "……" },
    });
    await expectFailure(updateBoardSettings(t.db, TEACHER, settings()), "sideInUse", "thirdSideEnabled");
    await t.db.debatePost.update({ where: { id: argument.id }, data: { hiddenAt: at(2), hiddenReason: "離題" } });
    await updateBoardSettings(t.db, TEACHER, settings());
    expect((await board()).thirdSideEnabled).toBe(false);
  });

  it("keeps a board anonymous once anything was posted under pseudonyms", async () => {
    await updateBoardSettings(t.db, TEACHER, settings({ anonymous: "on" }));
    await updateBoardSettings(t.db, TEACHER, settings()); // nothing posted yet: it may be switched off
    expect((await board()).anonymous).toBe(false);
    await updateBoardSettings(t.db, TEACHER, settings({ anonymous: "on" }));
    await seatAs(S1, { side: "first" });
    await t.db.debatePost.create({
      data: { debateId, authorId: S1, kind: "argument", side: "first", claim: "被迫讓步。", body: "……" },
    });
    await expectFailure(
      updateBoardSettings(t.db, TEACHER, settings({ motion: "改了題目" })),
      "anonymityLocked",
      "anonymous",
    );
    expect(await board()).toMatchObject({ anonymous: true, motion: "" });
    // Refused, it switches nothing else either: not the third side, which was free to switch off.
    await updateBoardSettings(t.db, TEACHER, settings({ anonymous: "on", thirdSideEnabled: "on" }));
    await expectFailure(updateBoardSettings(t.db, TEACHER, settings()), "anonymityLocked", "anonymous");
    expect(await board()).toMatchObject({ anonymous: true, thirdSideEnabled: true });
    await updateBoardSettings(t.db, TEACHER, settings({ anonymous: "on", motion: "改了題目" })); // anything else may still change
    expect((await board()).motion).toBe("改了題目");
  });

  it("stays anonymous when a post lands between the teacher's look and the switch", async () => {
    await updateBoardSettings(t.db, TEACHER, settings({ anonymous: "on" }));
    await seatAs(S1, { side: "first" });
    // The post is written right after the teacher's first count of posts.
    let posted = false;
    const teacherTab = aroundCall(t.db, "debatePost", "count", "after", async () => {
      posted = true;
      await t.db.debatePost.create({
        data: { debateId, authorId: S1, kind: "argument", side: "first", claim: "被迫讓步。", body: "……" },
      });
    }).db;
    await expectFailure(
      updateBoardSettings(teacherTab, TEACHER, settings({ motion: "沒存到的題目" })),
      "anonymityLocked",
      "anonymous",
    );
    expect(posted).toBe(true);
    // Refused, the save leaves the board as it was: anonymous, and the rest of the form not taken either.
    expect(await board()).toMatchObject({ anonymous: true, motion: "" });
  });

  it("sets the phase by hand, which also reopens a board past its closing time", async () => {
    const e = events();
    await setPhase(t.db, TEACHER, { assignmentId: ASSIGNMENT, phase: "rebuttal" }, at(1));
    expect(await board()).toMatchObject({ phase: "rebuttal", phaseSetAt: at(1) });

    await seatAs(S1, { side: "second" });
    await setPhase(t.db, TEACHER, { assignmentId: ASSIGNMENT, phase: "closed" }, at(2));
    // Closing changes nothing else: ratings become visible by rule, not by a write.
    expect(await board()).toMatchObject({
      phase: "closed",
      phaseSetAt: at(2),
      ratingsRevealedAt: null,
      thirdSideEnabled: false,
    });
    expect(await seat(S1)).toMatchObject({ side: "second", removedAt: null, stanceAfter: null });

    await t.db.debate.update({ where: { id: debateId }, data: { closesAt: at(3) } });
    expect(boardPhase(await board(), at(4))).toBe("closed");
    await setPhase(t.db, TEACHER, { assignmentId: ASSIGNMENT, phase: "rebuttal" }, at(4));
    expect(boardPhase(await board(), at(5))).toBe("rebuttal");
    e.off();

    expect((await audit()).map((a) => a.action)).toEqual(["phase:rebuttal", "phase:closed", "phase:rebuttal"]);
    expect(e.kinds).toEqual(["phase", "phase", "phase"]);
  });

  it("reveals the ratings once; revealing again keeps the first time", async () => {
    await revealRatings(t.db, TEACHER, { assignmentId: ASSIGNMENT }, at(1));
    await revealRatings(t.db, TEACHER, { assignmentId: ASSIGNMENT }, at(2));
    expect((await board()).ratingsRevealedAt).toEqual(at(1));
    expect((await audit()).map((a) => a.action)).toEqual(["ratings:reveal", "ratings:reveal"]);
  });

  it("assigns one student a side, seating them with the next pseudonym if they have none", async () => {
    await seatAs(S1);
    const e = events();
    await assignSide(t.db, TEACHER, { assignmentId: ASSIGNMENT, studentId: S2, side: "second" }, at(1));
    await assignSide(t.db, TEACHER, { assignmentId: ASSIGNMENT, studentId: S1, side: "first" }, at(2));
    e.off();
    expect(await seat(S2)).toMatchObject({ side: "second", pseudonymIndex: 1 });
    expect(await seat(S1)).toMatchObject({ side: "first", pseudonymIndex: 0 });
    expect(await audit()).toMatchObject([
      { action: "side:second", targetUserId: S2, actorId: TEACHER },
      { action: "side:first", targetUserId: S1, actorId: TEACHER },
    ]);
    expect(e.kinds).toEqual(["settings", "settings"]);

    // "other" only when the third side is on; refused before anything is written.
    await expectFailure(
      assignSide(t.db, TEACHER, { assignmentId: ASSIGNMENT, studentId: S3, side: "other" }),
      "sideInvalid",
      "side",
    );
    expect(await seat(S3)).toBeNull();
    expect(await audit()).toHaveLength(2);
  });

  it("balances the sides of everyone enrolled without one, moving nobody who has one", async () => {
    await seatAs(S1, { side: "second" });
    await seatAs(S3, { removedAt: at(0) });
    const first = await assignBalanced(t.db, TEACHER, { assignmentId: ASSIGNMENT }, at(1));
    // S2 is seated (next pseudonym) and joins the smaller side; the removed S3 gets none.
    expect(first).toEqual({ assigned: 1, counts: { first: 1, second: 1, other: 0 } });
    expect(await seat(S1)).toMatchObject({ side: "second" });
    expect(await seat(S2)).toMatchObject({ side: "first", pseudonymIndex: 2 });
    expect(await seat(S3)).toMatchObject({ side: null });
    expect(await audit()).toMatchObject([{ action: "sides:balance", actorId: TEACHER, createdAt: at(1) }]);

    // Nothing left to assign: nothing written.
    expect(await assignBalanced(t.db, TEACHER, { assignmentId: ASSIGNMENT }, at(2))).toEqual({
      assigned: 0,
      counts: { first: 1, second: 1, other: 0 },
    });
    expect(await audit()).toHaveLength(1);
  });

  it("seats a class that has not opened the board in an order of the board's own, so pseudonyms do not follow the class list", async () => {
    const joined = [S1, S2, S3];
    for (let i = 1; i <= 7; i++) {
      const user = await t.db.user.create({
        data: {
          role: "STUDENT",
          loginName: `late-${provider}-${i}`,
          displayName: `後來的同學 ${i}`,
          passwordHash: "x",
        },
      });
      await t.db.enrollment.create({ data: { classroomId: "demo-class", userId: user.id } });
      joined.push(user.id);
    }
    try {
      await assignBalanced(t.db, TEACHER, { assignmentId: ASSIGNMENT });
      const byPseudonym = (
        await t.db.debateParticipant.findMany({ where: { debateId }, orderBy: { pseudonymIndex: "asc" } })
      ).map((p) => p.userId);
      expect(byPseudonym).toEqual(seededOrder(joined, `${debateId}\0seats`, (id) => id));
      expect(byPseudonym).not.toEqual(joined); // 10 students: the two orders agree once in 3.6 million boards
    } finally {
      await t.db.enrollment.deleteMany({ where: { userId: { in: joined.slice(3) } } });
    }
  });

  it("balances a class that has not opened the board, on three sides when the third is on", async () => {
    await updateBoardSettings(t.db, TEACHER, settings({ thirdSideEnabled: "on", sideMode: "assigned" }));
    const result = await assignBalanced(t.db, TEACHER, { assignmentId: ASSIGNMENT });
    expect(result).toEqual({ assigned: 3, counts: { first: 1, second: 1, other: 1 } });
    const seats = await t.db.debateParticipant.findMany({ where: { debateId }, orderBy: { pseudonymIndex: "asc" } });
    expect(seats.map((s) => s.pseudonymIndex)).toEqual([0, 1, 2]);
    expect(new Set(seats.map((s) => s.side))).toEqual(new Set(["first", "second", "other"]));
  });

  it("saves the rubric and private feedback, neither audited nor announced", async () => {
    const e = events();
    const input = gradeParticipantSchema.parse({
      assignmentId: ASSIGNMENT,
      studentId: S1,
      claim: "3",
      evidence: "4",
      reasoning: "",
      rebuttal: "2",
      feedback: " 引用很精準。\r\n下次多回應對方。 ",
    });
    await gradeParticipant(t.db, TEACHER, input);
    e.off();
    expect(await seat(S1)).toMatchObject({
      rubricClaim: 3,
      rubricEvidence: 4,
      rubricReasoning: null,
      rubricRebuttal: 2,
      feedback: "引用很精準。\n下次多回應對方。",
    });
    expect(await audit()).toEqual([]);
    expect(e.kinds).toEqual([]);
    await expectFailure(gradeParticipant(t.db, TEACHER, { ...input, rebuttal: 5 }), "rubricInvalid", "rebuttal");
    expect((await seat(S1))?.rubricRebuttal).toBe(2);
  });

  it("saves the rubric's wording per board: a level left at the catalog's words is stored as not changed", async () => {
    const isDefault = (_c: string, level: number, text: string) => text === `default ${level}`;
    const input = rubricWordingSchema.parse({
      assignmentId: ASSIGNMENT,
      "claim-1": "default 1",
      "claim-3": "  主張清楚，直接回答辯題。 ",
      "rebuttal-4": "",
    });
    await saveRubricWording(t.db, TEACHER, input, isDefault, at(5));
    const wording = parseRubricWording((await board()).rubricLevels);
    expect(wording.claim).toEqual(["", "", "主張清楚，直接回答辯題。", ""]);
    expect(wording.rebuttal).toEqual(["", "", "", ""]);
    expect((await audit()).map((a) => a.action)).toEqual(["rubric"]);
    // All back to the defaults: stored as "", as on a board never edited.
    await saveRubricWording(t.db, TEACHER, rubricWordingSchema.parse({ assignmentId: ASSIGNMENT }), isDefault);
    expect((await board()).rubricLevels).toBe("");
    expect(rubricWordingSchema.safeParse({ assignmentId: ASSIGNMENT, "evidence-2": "長".repeat(301) }).success).toBe(
      false,
    );
    await expectFailure(saveRubricWording(t.db, other.teacherId, input, isDefault), "notFound");
    expect((await board()).rubricLevels).toBe("");
  });

  it("loads one student's work for grading, with the students before and after by name", async () => {
    await seatAs(S1, { side: "first" });
    await t.db.debatePost.create({
      data: {
        debateId,
        authorId: S1,
        kind: "argument",
        side: "first",
        claim: "是退卻",
        body: "理由",
        hiddenAt: at(1),
        hiddenReason: "請補上引用",
      },
    });
    const work = await loadStudentWork(t.db, TEACHER, ASSIGNMENT, S1);
    expect(work?.student.id).toBe(S1);
    expect(work?.side).toBe("first");
    expect(work?.posts).toMatchObject([{ claim: "是退卻", hiddenReason: "請補上引用", edited: false, replyTo: null }]);
    expect([work?.previous?.id, work?.next?.id].filter(Boolean).length).toBeGreaterThan(0);
    // Another teacher, or a student of another class: nothing.
    expect(await loadStudentWork(t.db, other.teacherId, ASSIGNMENT, S1)).toBeNull();
    expect(await loadStudentWork(t.db, TEACHER, ASSIGNMENT, other.studentId)).toBeNull();
  });

  it("writes a change and its audit row together: when the audit row fails, the change is undone", async () => {
    const broken = withFailingAudit(t.db);
    await expect(
      updateBoardSettings(broken, TEACHER, settings({ steelman: "on", debateEnabled: undefined })),
    ).rejects.toMatchObject(FOREIGN_KEY);
    await expect(setPhase(broken, TEACHER, { assignmentId: ASSIGNMENT, phase: "closed" })).rejects.toMatchObject(
      FOREIGN_KEY,
    );
    await expect(
      assignSide(broken, TEACHER, { assignmentId: ASSIGNMENT, studentId: S1, side: "second" }),
    ).rejects.toMatchObject(FOREIGN_KEY);
    expect(await board()).toMatchObject({ steelman: false, phase: "opening", phaseSetAt: null });
    expect(await debateEnabled()).toBe(true);
    expect((await seat(S1))?.side ?? null).toBeNull();
    expect(await audit()).toEqual([]);
  });

  it("is not found for another teacher, or for a student not in the class", async () => {
    const t2 = other.teacherId;
    const mine = { assignmentId: ASSIGNMENT };
    await expectFailure(updateBoardSettings(t.db, t2, settings({ steelman: "on" })), "notFound");
    await expectFailure(setPhase(t.db, t2, { ...mine, phase: "closed" }), "notFound");
    await expectFailure(revealRatings(t.db, t2, mine), "notFound");
    await expectFailure(assignSide(t.db, t2, { ...mine, studentId: S1, side: "second" }), "notFound");
    await expectFailure(assignBalanced(t.db, t2, mine), "notFound");
    const grade = { ...mine, studentId: S1, claim: 4, evidence: 4, reasoning: 4, rebuttal: 4, feedback: "" };
    await expectFailure(gradeParticipant(t.db, t2, grade), "notFound");
    // The demo teacher's own board, but a student of another class; and the other teacher's board.
    await expectFailure(assignSide(t.db, TEACHER, { ...mine, studentId: other.studentId, side: "second" }), "notFound");
    await expectFailure(gradeParticipant(t.db, TEACHER, { ...grade, studentId: other.studentId }), "notFound");
    await expectFailure(setPhase(t.db, TEACHER, { assignmentId: other.assignmentId, phase: "closed" }), "notFound");

    expect(await board()).toMatchObject({ steelman: false, phase: "opening", ratingsRevealedAt: null });
    expect(await t.db.debateParticipant.count()).toBe(0);
    expect(await t.db.debateModeration.count()).toBe(0);
  });
});
