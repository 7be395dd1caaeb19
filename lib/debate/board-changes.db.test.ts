import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { deleteStudent } from "@/lib/privacy/delete-student";
import { seedDemo } from "@/lib/seed/demo";
import { whileBoardClosedToStudents } from "@/lib/testing/board-closed-to-students";
import { createTestDatabase, TEST_PROVIDERS, type TestDatabase } from "@/lib/testing/databases";
import { emptyBoard } from "@/lib/testing/debate-seats";
import { arrangeColumns } from "./arrange";
import { type BoardChangesJson, type BoardState, mergeChanges } from "./board-changes";
import { authorBus, authorTopic, boardBus, TEACHER_ONLY_EVENTS } from "./events";
import { argumentInputSchema } from "./limits";
import { dismissReports, moderatePost, removeStudent } from "./moderation";
import { editOwnPost, withdrawOwnPost } from "./own-posts";
import { postArgument, postReply, rateArgument, reportPost } from "./posts";
import { chooseSide, setStance } from "./student";
import { revealRatings } from "./teacher";
import { loadBoardChanges, loadBoardView } from "./view";

const ASSIGNMENT = "demo-assignment-h20";
const [S1, S2, S3] = ["demo-student-1", "demo-student-2", "demo-student-3"];
const TEACHER = "demo-teacher";
const student = (id: string) => ({ id, role: "STUDENT" as const });

describe.each(TEST_PROVIDERS)("a board page kept current by merging changes, on %s", (provider) => {
  let t: TestDatabase;
  let debateId: string;

  let p3: string;

  const argue = (userId: string, side: "first" | "second", claim: string) => {
    const at = p3.indexOf("戰略退卻");
    const quote = { paragraphId: "h20-p03", start: at, end: at + 4, text: "戰略退卻", script: "trad" };
    return postArgument(
      t.db,
      userId,
      argumentInputSchema.parse({ debateId, side, claim, reasoning: "理由", quotes: [quote] }),
    );
  };
  const wholeView = (id: string) => loadBoardView(t.db, student(id), ASSIGNMENT, "zh-Hant");
  /** What a page holds after its first render. */
  const pageOf = async (id: string): Promise<BoardState> => {
    const v = (await wholeView(id))!;
    const state = {
      seq: v.board.eventSeq,
      phase: v.board.phase,
      ratingsVisible: v.board.ratingsVisible,
      posts: v.posts,
      promptIds: v.prompts.map((p) => p.id),
    };
    return JSON.parse(JSON.stringify(state), reviveDates) as BoardState;
  };
  /** The changes as the page receives them: JSON over the wire. */
  const changesFor = async (id: string, since: number) =>
    JSON.parse(JSON.stringify(await loadBoardChanges(t.db, id, ASSIGNMENT, "zh-Hant", since))) as BoardChangesJson;
  /** Merges the changes into the page, as the page does, and checks it now shows what a fresh render shows. */
  const catchUp = async (id: string, page: BoardState) => {
    const merged = mergeChanges(page, await changesFor(id, page.seq));
    if (merged === "reload") return "reload" as const;
    const fresh = (await wholeView(id))!;
    expect(JSON.stringify(arrangeColumns(merged.posts, fresh.board.sides))).toBe(JSON.stringify(fresh.columns));
    return merged;
  };

  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedDemo(t.db);
    debateId = (await t.db.debate.findUniqueOrThrow({ where: { assignmentId: ASSIGNMENT } })).id;
    p3 = (await t.db.readingParagraph.findUniqueOrThrow({ where: { id: "h20-p03" } })).text;
  });
  afterAll(() => t?.drop());
  beforeEach(async () => {
    await emptyBoard(t.db, debateId, {
      phase: "rebuttal",
      phaseSetAt: null,
      anonymous: false,
      ratingsRevealedAt: null,
      sideMode: "choose",
    });
    for (const [s, side] of [
      [S1, "first"],
      [S2, "second"],
      [S3, "first"],
    ] as const) {
      await wholeView(s); // opening the board takes a seat
      await setStance(t.db, s, { debateId, which: "before", value: 3 });
      await chooseSide(t.db, s, { debateId, side });
    }
  });

  it("sends each page only what changed, and the merged board is the board a fresh render shows", async () => {
    // Ratings shown to the class: a rating changes what every page shows (hidden, see the next test).
    await t.db.debate.update({ where: { id: debateId }, data: { ratingsRevealedAt: new Date() } });
    let s1 = await pageOf(S1);
    let s2 = await pageOf(S2);
    const step = async () => {
      const [a, b] = [await catchUp(S1, s1), await catchUp(S2, s2)];
      expect([a, b]).not.toContain("reload");
      [s1, s2] = [a as BoardState, b as BoardState];
    };

    const a = await argue(S1, "first", "甲的論點");
    const sent = await changesFor(S2, s2.seq);
    expect(sent.posts.map((p) => p.id)).toEqual([a.id]);
    await step();
    expect((await changesFor(S2, s2.seq)).posts).toEqual([]); // nothing new since

    const b = await argue(S2, "second", "乙的論點");
    await step();
    await rateArgument(t.db, S2, { debateId, postId: a.id, value: 4 });
    expect((await changesFor(S1, s1.seq)).posts.map((p) => p.id)).toEqual([a.id]);
    await step();
    expect(s2.posts.find((p) => p.id === a.id)!.myRating).toBe(4);
    // Answered, the argument is no longer its author's to change: the argument itself is sent again.
    const r = await postReply(t.db, S3, { debateId, parentId: b.id, kind: "rebut", body: "反駁", quotes: [] });
    expect(new Set((await changesFor(S2, s2.seq)).posts.map((p) => p.id))).toEqual(new Set([r.id, b.id]));
    await step();
    expect(s2.posts.find((p) => p.id === b.id)!.own).toBeNull();
    await postReply(t.db, S1, { debateId, parentId: r.id, kind: "question", body: "追問", quotes: [] });
    await step();
    const c = await argue(S3, "first", "丙的論點");
    await editOwnPost(t.db, S3, {
      debateId,
      postId: c.id,
      claim: "丙改過的論點",
      body: "新的理由",
      sourceTitle: null,
      sourceUrl: null,
    });
    await step();
    expect(s1.posts.find((p) => p.id === c.id)).toMatchObject({ edited: true, content: { claim: "丙改過的論點" } });
    await reportPost(t.db, S2, { debateId, postId: c.id, reason: "離題" });
    await step();
    await dismissReports(t.db, TEACHER, { postId: c.id });
    await moderatePost(t.db, TEACHER, { postId: a.id, action: "pin", reason: "" });
    await moderatePost(t.db, TEACHER, { postId: c.id, action: "hide", reason: "請就事論事" });
    await step();
    expect(s2.posts.find((p) => p.id === c.id)!.content).toBeNull();
    expect(JSON.stringify(s2)).not.toContain("請就事論事");
  });

  it("keeps a rating out of every student's changes until the teacher reveals the ratings", async () => {
    const a = await argue(S1, "first", "甲的論點");
    const [s1, s2, s3] = [await pageOf(S1), await pageOf(S2), await pageOf(S3)];
    const kinds: string[] = [];
    const off = boardBus.subscribe(debateId, (event) => kinds.push(event.kind));
    try {
      expect(await rateArgument(t.db, S2, { debateId, postId: a.id, value: 4 })).toEqual({ value: 4 });
    } finally {
      off();
    }
    // Not which argument was rated, to anyone: not the class, not its author, not the rater (their form shows
    // the rating the server acknowledged). Only the teacher's page hears of it.
    for (const [id, page] of [
      [S1, s1],
      [S2, s2],
      [S3, s3],
    ] as const)
      expect((await changesFor(id, page.seq)).posts).toEqual([]);
    expect(kinds).toEqual(["hiddenRating"]);
    expect(TEACHER_ONLY_EVENTS.has("hiddenRating")).toBe(true);
    // Stored and counted all the same: the author can no longer change the argument, and a fresh render shows it.
    expect((await pageOf(S2)).posts.find((p) => p.id === a.id)!.myRating).toBe(4);
    expect((await pageOf(S1)).posts.find((p) => p.id === a.id)!.own).toBeNull();
    await revealRatings(t.db, TEACHER, { assignmentId: ASSIGNMENT });
    // Revealed: every page re-renders, and from then on a rating reaches every page.
    expect(mergeChanges(s3, await changesFor(S3, s3.seq))).toBe("reload");
    const revealed = await pageOf(S3);
    expect(revealed.posts.find((p) => p.id === a.id)!.ratings).toEqual({ count: 1, average: 4 });
    const s2Revealed = await pageOf(S2);
    await rateArgument(t.db, S3, { debateId, postId: a.id, value: 2 });
    const toS2 = await changesFor(S2, s2Revealed.seq);
    expect(toS2.posts.map((p) => [p.id, p.ratings, p.myRating])).toEqual([[a.id, { count: 2, average: 3 }, 4]]);
  });

  it("tells an argument's author alone when a hidden rating or a report changes what they may do with it", async () => {
    const a = await argue(S1, "first", "甲的論點");
    const heard = new Map<string, string[]>();
    const offs = [S1, S2, S3].map((id) =>
      authorBus.subscribe(authorTopic(debateId, id), (event) => heard.set(id, [...(heard.get(id) ?? []), event.kind])),
    );
    const told = () => {
      const now = Object.fromEntries(heard);
      heard.clear();
      return now;
    };
    try {
      // Its first rating: S1 can no longer edit or withdraw it. A second rating changes nothing for S1.
      await rateArgument(t.db, S2, { debateId, postId: a.id, value: 4 });
      expect(told()).toEqual({ [S1]: ["ownPost"] });
      expect((await pageOf(S1)).posts.find((p) => p.id === a.id)!.own).toBeNull();
      await rateArgument(t.db, S3, { debateId, postId: a.id, value: 2 });
      expect(told()).toEqual({});
      // Both taken back, the last brings the buttons back.
      await rateArgument(t.db, S3, { debateId, postId: a.id, value: null });
      await rateArgument(t.db, S2, { debateId, postId: a.id, value: null });
      expect(told()).toEqual({ [S1]: ["ownPost"] });
      expect((await pageOf(S1)).posts.find((p) => p.id === a.id)!.own).toEqual({ canEdit: true, canWithdraw: true });
      // A report: S1 may still edit it, not withdraw it while the teacher looks into it. Nobody else is told.
      await reportPost(t.db, S2, { debateId, postId: a.id, reason: "離題" });
      expect(told()).toEqual({ [S1]: ["ownPost"] });
      expect((await pageOf(S1)).posts.find((p) => p.id === a.id)!.own).toEqual({ canEdit: true, canWithdraw: false });
      // Nothing more to lose: a second report, or the same one again, tells its author nothing (not even that
      // it came); nor does a first rating of a post already answered by a reply.
      await reportPost(t.db, S3, { debateId, postId: a.id, reason: "重複" });
      await reportPost(t.db, S2, { debateId, postId: a.id, reason: "離題，補充" });
      const b = await argue(S2, "second", "乙的論點");
      await postReply(t.db, S1, { debateId, parentId: b.id, kind: "question", body: "哪一段？", quotes: [] });
      await rateArgument(t.db, S3, { debateId, postId: b.id, value: 3 });
      await reportPost(t.db, S3, { debateId, postId: b.id, reason: "離題" });
      expect(told()).toEqual({});
      // Once the ratings show, a rating stamps its post for every page instead.
      const c = await argue(S3, "first", "丙的論點");
      await revealRatings(t.db, TEACHER, { assignmentId: ASSIGNMENT });
      const s3 = await pageOf(S3);
      await rateArgument(t.db, S2, { debateId, postId: c.id, value: 5 });
      expect(told()).toEqual({});
      expect((await changesFor(S3, s3.seq)).posts.map((p) => [p.id, p.own])).toEqual([[c.id, null]]);
    } finally {
      for (const off of offs) off();
    }
  });

  it("keeps the opening phase's blind arguments out of the changes other students get", async () => {
    await t.db.debate.update({ where: { id: debateId }, data: { phase: "opening" } });
    const s2 = await pageOf(S2);
    const s1 = await pageOf(S1);
    await argue(S1, "first", "甲的論點");
    const toS2 = await changesFor(S2, s2.seq);
    expect(toS2.posts).toEqual([]);
    expect(toS2.visible).toBe(0);
    expect(JSON.stringify(toS2)).not.toContain("甲的論點");
    expect(await catchUp(S2, s2)).not.toBe("reload");
    const toS1 = await catchUp(S1, s1);
    expect(toS1).not.toBe("reload");
    expect((toS1 as BoardState).posts.map((p) => p.content?.claim)).toEqual(["甲的論點"]);
  });

  it("shows pseudonyms in the changes of an anonymous board", async () => {
    await t.db.debate.update({ where: { id: debateId }, data: { anonymous: true } });
    const s1 = await pageOf(S1);
    await argue(S2, "second", "乙的論點");
    const name = (await t.db.user.findUniqueOrThrow({ where: { id: S2 } })).displayName;
    const sent = await changesFor(S1, s1.seq);
    expect(sent.posts[0]!.author).toBe("同學 B");
    expect(JSON.stringify(sent)).not.toContain(name);
  });

  it("asks for a whole new view when merging cannot show the change", async () => {
    const s1 = await pageOf(S1);
    const mine = await argue(S1, "first", "甲的論點");
    const after = (await catchUp(S1, s1)) as BoardState;
    await withdrawOwnPost(t.db, S1, { debateId, postId: mine.id }); // nothing left to send: the count tells
    expect(await catchUp(S1, after)).toBe("reload");
    await t.db.debate.update({ where: { id: debateId }, data: { phase: "closed" } });
    expect(mergeChanges(s1, await changesFor(S1, s1.seq))).toBe("reload");
    await t.db.debate.update({ where: { id: debateId }, data: { phase: "rebuttal", ratingsRevealedAt: new Date() } });
    expect(mergeChanges(s1, await changesFor(S1, s1.seq))).toBe("reload");
  });

  it("keeps sending a post whose announcement never came (the database away a moment) until one stamps it", async () => {
    const page = await pageOf(S2);
    const unannounced = await t.db.debatePost.create({
      data: { debateId, authorId: S1, kind: "argument", side: "first", claim: "未宣布的論點", body: "理由" },
    });
    expect((await changesFor(S2, page.seq)).posts.map((p) => p.id)).toEqual([unannounced.id]);
    const merged = (await catchUp(S2, page)) as BoardState;
    expect((await changesFor(S2, merged.seq)).posts.map((p) => p.id)).toEqual([unannounced.id]);
    await argue(S3, "first", "丙的論點"); // the board's next announcement stamps it too
    const after = (await catchUp(S2, merged)) as BoardState;
    expect(after.posts.map((p) => p.content?.claim)).toContain("丙的論點");
    expect((await changesFor(S2, after.seq)).posts).toEqual([]);
  });

  it("answers only where the board page does: not in an archived class, nor with the debate off, nor before it opens", async () => {
    const changes = () => loadBoardChanges(t.db, S1, ASSIGNMENT, "zh-Hant", 0);
    expect(await changes()).not.toBeNull();
    await whileBoardClosedToStudents(t.db, ASSIGNMENT, async () => {
      expect(await wholeView(S1)).toBeNull();
      expect(await changes()).toBeNull();
    });
  });

  it("shows a removed student nothing more, and a student who has not said where they stand nothing yet", async () => {
    await argue(S2, "second", "乙的論點");
    await removeStudent(t.db, TEACHER, { assignmentId: ASSIGNMENT, studentId: S1, reason: "" });
    const removed = await changesFor(S1, 0);
    expect(removed).toMatchObject({ removed: true, posts: [], visible: 0 });
    expect(JSON.stringify(removed)).not.toContain("乙的論點");
    await t.db.debateParticipant.updateMany({ where: { debateId, userId: S3 }, data: { stanceBefore: null } });
    expect(await loadBoardChanges(t.db, S3, ASSIGNMENT, "zh-Hant", 0)).toBeNull();
    await t.db.debate.update({ where: { id: debateId }, data: { phase: "closed" } });
    expect(await loadBoardChanges(t.db, S3, ASSIGNMENT, "zh-Hant", 0)).not.toBeNull(); // closed: no question first
  });

  it("does not tell other students which post was just reported", async () => {
    const b = await argue(S2, "second", "乙的論點");
    const s1 = (await catchUp(S1, await pageOf(S1))) as BoardState;
    await reportPost(t.db, S3, { debateId, postId: b.id, reason: "離題" });
    expect((await changesFor(S1, s1.seq)).posts).toEqual([]);
  });

  it("brings a deleted student's posts as placeholders, and the ratings they gave gone, with the board's next change", async () => {
    const gone = await t.db.user.create({
      data: { role: "STUDENT", displayName: "將刪除", loginName: `gone-${provider}`, passwordHash: "x" },
    });
    await t.db.enrollment.create({ data: { classroomId: "demo-class", userId: gone.id } });
    await wholeView(gone.id);
    await setStance(t.db, gone.id, { debateId, which: "before", value: 3 });
    await chooseSide(t.db, gone.id, { debateId, side: "first" });
    const theirs = await argue(gone.id, "first", "將刪除的論點");
    const b = await argue(S2, "second", "乙的論點");
    await rateArgument(t.db, gone.id, { debateId, postId: b.id, value: 5 });
    await t.db.debate.update({ where: { id: debateId }, data: { ratingsRevealedAt: new Date() } });
    const s1 = await pageOf(S1);
    expect(s1.posts.find((p) => p.id === b.id)!.ratings).toEqual({ count: 1, average: 5 });
    await t.db.user.update({ where: { id: TEACHER }, data: { isAdmin: true } });
    await deleteStudent(t.db, TEACHER, gone.id);
    await argue(S3, "first", "丙的論點"); // the board's next change
    const after = (await catchUp(S1, s1)) as BoardState;
    expect(after.posts.find((p) => p.id === theirs.id)).toMatchObject({ deleted: true, content: null });
    expect(after.posts.find((p) => p.id === b.id)!.ratings).toEqual({ count: 0, average: 0 });
    expect(JSON.stringify(after)).not.toContain("將刪除");
  });

  it("answers nobody outside the class", async () => {
    const outsider = await t.db.user.create({
      data: { role: "STUDENT", displayName: "外班", loginName: `outsider-${provider}-changes`, passwordHash: "x" },
    });
    expect(await loadBoardChanges(t.db, outsider.id, ASSIGNMENT, "zh-Hant", 0)).toBeNull();
  });
});

function reviveDates(key: string, value: unknown) {
  return (key === "createdAt" || key === "replacedAt") && typeof value === "string" ? new Date(value) : value;
}
