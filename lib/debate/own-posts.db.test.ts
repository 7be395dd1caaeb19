import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { seedDemo } from "@/lib/seed/demo";
import { createTestDatabase, TEST_PROVIDERS, type TestDatabase } from "@/lib/testing/databases";
import { clearSeats, seatStudent } from "@/lib/testing/debate-seats";
import { expectFailure } from "@/lib/testing/expect-failure";
import { editPostSchema, replyInputSchema } from "./limits";
import { editOwnPost, withdrawOwnPost } from "./own-posts";
import { postReply } from "./posts";
import { postPrompt, removePrompt } from "./prompts";
import { loadBoardView } from "./view";

const TEACHER = "demo-teacher";
const ASSIGNMENT = "demo-assignment-h20";
const [S1, S2] = ["demo-student-1", "demo-student-2"];
const at = (minute: number) => new Date(Date.UTC(2025, 8, 1, 8, minute));

describe.each(TEST_PROVIDERS)("a student's own posts and the teacher's prompts on %s", (provider) => {
  let t: TestDatabase;
  let debateId: string;

  const post = (authorId: string, over: Record<string, unknown> = {}) =>
    t.db.debatePost.create({
      data: {
        debateId,
        authorId,
        kind: "argument",
        side: "first",
        claim: "美國是被迫讓步。",
        body: "理由一",
        ...over,
      },
    });
  const edit = (postId: string, over: Record<string, unknown> = {}) =>
    editPostSchema.parse({ debateId, postId, claim: "美國是被迫讓步，而且撐不住了。", body: "理由二", ...over });
  const row = (id: string) => t.db.debatePost.findUnique({ where: { id }, include: { revisions: true } });
  const setPhase = (phase: string) =>
    t.db.debate.update({ where: { id: debateId }, data: { phase, phaseSetAt: new Date() } });

  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedDemo(t.db);
    debateId = (await t.db.debate.findUniqueOrThrow({ where: { assignmentId: ASSIGNMENT } })).id;
  });
  afterAll(() => t?.drop());
  beforeEach(async () => {
    await t.db.debatePost.deleteMany();
    await t.db.debateModeration.deleteMany();
    await clearSeats(t.db);
    await t.db.debate.update({ where: { id: debateId }, data: { phase: "opening", phaseSetAt: null } });
    await seatStudent(t.db, debateId, S1, { side: "first" });
    await seatStudent(t.db, debateId, S2, { side: "second" });
  });

  it("edits a post nobody answered, keeping the earlier words; the same edit again records nothing", async () => {
    const mine = await post(S1);
    await editOwnPost(t.db, S1, edit(mine.id), at(1));
    await editOwnPost(t.db, S1, edit(mine.id), at(2));
    const after = await row(mine.id);
    expect(after).toMatchObject({ claim: "美國是被迫讓步，而且撐不住了。", body: "理由二", editedAt: at(1) });
    expect(after?.revisions).toMatchObject([{ claim: "美國是被迫讓步。", body: "理由一", replacedAt: at(1) }]);
    // An argument keeps a claim; a reply has none to give.
    await expectFailure(editOwnPost(t.db, S1, edit(mine.id, { claim: "" })), "required", "claim");
  });

  it("refuses an edit or a withdrawal once someone replied, unless the teacher hid the post (an edit only)", async () => {
    await setPhase("rebuttal");
    const mine = await post(S1);
    await post(S2, { kind: "rebut", side: null, claim: "", parentId: mine.id, depth: 1 });
    await expectFailure(editOwnPost(t.db, S1, edit(mine.id)), "postHasReplies");
    await expectFailure(withdrawOwnPost(t.db, S1, { debateId, postId: mine.id }), "postHasReplies");
    expect((await row(mine.id))?.revisions).toEqual([]);
    await t.db.debatePost.update({ where: { id: mine.id }, data: { hiddenAt: at(3), hiddenReason: "請補上引用" } });
    await editOwnPost(t.db, S1, edit(mine.id), at(4));
    expect(await row(mine.id)).toMatchObject({ body: "理由二", hiddenAt: at(3) }); // still hidden until the teacher restores it
    await expectFailure(withdrawOwnPost(t.db, S1, { debateId, postId: mine.id }), "postUnderReview");
  });

  it("counts a rating as an answer, and keeps a reported post from being withdrawn (it can still be edited)", async () => {
    await setPhase("rebuttal");
    const rated = await post(S1);
    await t.db.debateRating.create({ data: { postId: rated.id, userId: S2, value: 4 } });
    await expectFailure(editOwnPost(t.db, S1, edit(rated.id)), "postHasReplies");
    const reported = await post(S1, { claim: "另一個論點" });
    await t.db.debateReport.create({ data: { postId: reported.id, reporterId: S2, reason: "離題" } });
    await expectFailure(withdrawOwnPost(t.db, S1, { debateId, postId: reported.id }), "postUnderReview");
    await editOwnPost(t.db, S1, edit(reported.id), at(6));
    expect(await row(reported.id)).toMatchObject({ body: "理由二" });
    // Once the teacher dismisses the report, it may go.
    await t.db.debateReport.updateMany({ where: { postId: reported.id }, data: { resolvedAt: at(7) } });
    await withdrawOwnPost(t.db, S1, { debateId, postId: reported.id });
    expect(await row(reported.id)).toBeNull();
  });

  it("a reply and a withdrawal at the same moment: exactly one wins, and a reply reported saved is kept", async () => {
    await setPhase("rebuttal");
    for (let round = 0; round < 12; round++) {
      const mine = await post(S1, { claim: `論點 ${round}` });
      const reply = replyInputSchema.parse({ parentId: mine.id, kind: "question", body: "來源是？", quotes: [] });
      const [withdrawn, replied] = await Promise.allSettled([
        withdrawOwnPost(t.db, S1, { debateId, postId: mine.id }),
        postReply(t.db, S2, { ...reply, debateId }),
      ]);
      if (replied.status === "fulfilled") {
        expect(withdrawn.status).toBe("rejected");
        expect(await row(replied.value.id)).not.toBeNull();
      } else {
        expect(withdrawn.status).toBe("fulfilled");
        expect(await row(mine.id)).toBeNull();
      }
    }
  });

  it("withdraws a post nobody answered, leaving a line in the audit trail", async () => {
    const mine = await post(S1);
    await withdrawOwnPost(t.db, S1, { debateId, postId: mine.id }, at(5));
    expect(await row(mine.id)).toBeNull();
    expect(await t.db.debateModeration.findMany()).toMatchObject([
      { action: "post:withdraw", actorId: S1, targetUserId: S1, reason: "美國是被迫讓步。" },
    ]);
  });

  it("finds nothing for another student's post or the teacher's prompt, and nothing changes once closed", async () => {
    const theirs = await post(S2, { side: "second" });
    await expectFailure(editOwnPost(t.db, S1, edit(theirs.id)), "notFound");
    await expectFailure(withdrawOwnPost(t.db, S1, { debateId, postId: theirs.id }), "notFound");
    const prompt = await postPrompt(t.db, TEACHER, { assignmentId: ASSIGNMENT, body: "哪一個數字查得到來源？" });
    await expectFailure(withdrawOwnPost(t.db, S1, { debateId, postId: prompt.id }), "notFound");
    const mine = await post(S1);
    await setPhase("closed");
    await expectFailure(editOwnPost(t.db, S1, edit(mine.id)), "debateClosed");
    await expectFailure(withdrawOwnPost(t.db, S1, { debateId, postId: mine.id }), "debateClosed");
    expect(await row(theirs.id)).toMatchObject({ body: "理由一", editedAt: null });
    expect(await row(mine.id)).toMatchObject({ body: "理由一", editedAt: null });
  });

  it("shows the teacher's prompts to every student in the opening phase, and says what each may change", async () => {
    const clientKey = "prompt-key-0123456789";
    const first = await postPrompt(t.db, TEACHER, {
      assignmentId: ASSIGNMENT,
      body: "哪一個數字查得到來源？",
      clientKey,
    });
    const again = await postPrompt(t.db, TEACHER, {
      assignmentId: ASSIGNMENT,
      body: "哪一個數字查得到來源？",
      clientKey,
    });
    expect(again.id).toBe(first.id);
    await post(S1);
    const view = await loadBoardView(t.db, { id: S2, role: "STUDENT" }, ASSIGNMENT, "zh-Hant");
    expect(view?.prompts).toMatchObject([{ id: first.id, body: "哪一個數字查得到來源？" }]);
    expect(view?.columns.flatMap((c) => c.arguments)).toEqual([]); // S1's argument stays private in the opening
    const own = await loadBoardView(t.db, { id: S1, role: "STUDENT" }, ASSIGNMENT, "zh-Hant");
    expect(own?.columns.flatMap((c) => c.arguments).map((a) => a.own)).toEqual([{ canEdit: true, canWithdraw: true }]);
    await expectFailure(
      removePrompt(t.db, "demo-student-1", { assignmentId: ASSIGNMENT, postId: first.id }),
      "notFound",
    );
    await removePrompt(t.db, TEACHER, { assignmentId: ASSIGNMENT, postId: first.id });
    expect(await row(first.id)).toBeNull();
    expect((await t.db.debateModeration.findMany({ orderBy: { createdAt: "asc" } })).map((m) => m.action)).toEqual([
      "prompt:post",
      "prompt:remove",
    ]);
  });
});
