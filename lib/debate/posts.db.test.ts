import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { seedDemo } from "@/lib/seed/demo";
import { whileBoardClosedToStudents } from "@/lib/testing/board-closed-to-students";
import { createTestDatabase, TEST_PROVIDERS, type TestDatabase } from "@/lib/testing/databases";
import { expectFailure } from "@/lib/testing/expect-failure";
import { boardBus } from "./events";
import { argumentInputSchema, replyInputSchema } from "./limits";
import { postArgument, postReply, rateArgument, reportPost } from "./posts";

const ASSIGNMENT = "demo-assignment-h20";
const [S1, S2, S3] = ["demo-student-1", "demo-student-2", "demo-student-3"];
const P3 = "h20-p03"; // 表面看美國終於鬆口了,對中國晶片放款限制了,實際上是美國在晶片博弈中的戰略退卻。
const P19 = "h20-p19";

describe.each(TEST_PROVIDERS)("debate posts on %s", (provider) => {
  let t: TestDatabase;
  let debateId: string;
  let p3: string;
  let p19: string;

  const quote = (paragraphId: string, text: string, at: string, script: "trad" | "simp" = "trad") => {
    const start = text.indexOf(at);
    return { paragraphId, start, end: start + at.length, text: at, script };
  };
  const argument = (over: Record<string, unknown> = {}) =>
    argumentInputSchema.parse({
      debateId,
      side: "first",
      claim: "美國是被迫讓步。",
      reasoning: "作者說美國「撐不住了」。",
      quotes: [quote(P3, p3, "戰略退卻")],
      ...over,
    });
  const reply = (parentId: string, over: Record<string, unknown> = {}) => ({
    debateId,
    ...replyInputSchema.parse({ parentId, kind: "rebut", body: "但第19段說美國打著小算盤。", quotes: [], ...over }),
  });
  const setPhase = (phase: string) =>
    t.db.debate.update({ where: { id: debateId }, data: { phase, phaseSetAt: new Date() } });
  const setSide = (userId: string, side: string) =>
    t.db.debateParticipant.updateMany({ where: { debateId, userId }, data: { side } });

  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedDemo(t.db);
    debateId = (await t.db.debate.findUniqueOrThrow({ where: { assignmentId: ASSIGNMENT } })).id;
    p3 = (await t.db.readingParagraph.findUniqueOrThrow({ where: { id: P3 } })).text;
    p19 = (await t.db.readingParagraph.findUniqueOrThrow({ where: { id: P19 } })).text;
  });
  afterAll(() => t?.drop());
  beforeEach(async () => {
    await t.db.debatePost.deleteMany();
    await t.db.debateParticipant.deleteMany();
    await t.db.debate.update({
      where: { id: debateId },
      data: { phase: "opening", phaseSetAt: null, steelman: false, rebuttalAt: null, closesAt: null },
    });
  });

  async function seated(userId: string, side: string) {
    // The first write takes the seat; give it a side as the student (or the teacher) would.
    await expectFailure(postArgument(t.db, userId, argument({ side: "first" })), "sideRequired");
    await setSide(userId, side);
  }

  it("saves an argument with its quote checked against the original, and keeps HTML as text", async () => {
    await seated(S1, "first");
    const html = "<script>alert(1)</script> 美國是被迫讓步";
    const { id } = await postArgument(t.db, S1, argument({ claim: html }));
    const saved = await t.db.debatePost.findUniqueOrThrow({ where: { id }, include: { quotes: true } });
    expect(saved.claim).toBe(html);
    expect(saved.quotes).toMatchObject([{ paragraphId: P3, quote: "戰略退卻" }]);
  });

  it("accepts a quote selected in 简, stored as the original 繁 text", async () => {
    await seated(S1, "first");
    const simp = { ...quote(P3, p3, "美國終於鬆口了"), text: "美国终于松口了", script: "simp" as const };
    const { id } = await postArgument(t.db, S1, argument({ quotes: [simp] }));
    expect((await t.db.debateQuote.findFirstOrThrow({ where: { postId: id } })).quote).toBe("美國終於鬆口了");
  });

  it("refuses a quote that does not match the text, and saves nothing", async () => {
    await seated(S1, "first");
    const tampered = { ...quote(P3, p3, "戰略退卻"), text: "戰略勝利" };
    await expectFailure(postArgument(t.db, S1, argument({ quotes: [tampered] })), "quoteMismatch", "quotes");
    const shifted = { ...quote(P3, p3, "戰略退卻"), start: quote(P3, p3, "戰略退卻").start + 1 };
    await expectFailure(postArgument(t.db, S1, argument({ quotes: [shifted] })), "quoteMismatch", "quotes");
    await expectFailure(
      postArgument(t.db, S1, argument({ quotes: [{ ...quote(P3, p3, "戰略退卻"), paragraphId: "not-this-reading" }] })),
      "quoteMismatch",
      "quotes",
    );
    expect(await t.db.debatePost.count()).toBe(0);
  });

  it("lets students argue only their own side, unless steelman is on", async () => {
    await seated(S1, "first");
    await expectFailure(
      postArgument(t.db, S1, argument({ side: "second", quotes: [quote(P19, p19, "安全閥")] })),
      "notYourSide",
    );
    await t.db.debate.update({ where: { id: debateId }, data: { steelman: true } });
    await postArgument(t.db, S1, argument({ side: "second", quotes: [quote(P19, p19, "安全閥")] }));
    await expectFailure(postArgument(t.db, S1, argument({ side: "other" })), "sideInvalid", "side");
  });

  it("opens replies and ratings in the rebuttal phase only, and nothing once closed", async () => {
    await seated(S1, "first");
    await seated(S2, "second");
    const { id } = await postArgument(t.db, S1, argument());
    await expectFailure(postReply(t.db, S2, reply(id)), "wrongPhase");
    await expectFailure(rateArgument(t.db, S2, { debateId, postId: id, value: 4 }), "wrongPhase");
    await setPhase("rebuttal");
    await postReply(t.db, S2, reply(id, { quotes: [quote(P19, p19, "安全閥")] }));
    await rateArgument(t.db, S2, { debateId, postId: id, value: 4 });
    await rateArgument(t.db, S2, { debateId, postId: id, value: 2 });
    expect(await t.db.debateRating.findMany({ select: { value: true } })).toEqual([{ value: 2 }]);
    await rateArgument(t.db, S2, { debateId, postId: id, value: null });
    expect(await t.db.debateRating.count()).toBe(0);
    await expectFailure(rateArgument(t.db, S1, { debateId, postId: id, value: 5 }), "cannotRateOwn");
    await setPhase("closed");
    await expectFailure(postArgument(t.db, S1, argument()), "debateClosed");
    await expectFailure(postReply(t.db, S2, reply(id)), "debateClosed");
  });

  it("nests replies three levels deep and no deeper; a locked thread takes no replies", async () => {
    await seated(S1, "first");
    await seated(S2, "second");
    const { id: arg } = await postArgument(t.db, S1, argument());
    await setPhase("rebuttal");
    const r1 = await postReply(t.db, S2, reply(arg));
    const r2 = await postReply(t.db, S1, reply(r1.id, { kind: "question" }));
    const r3 = await postReply(t.db, S2, reply(r2.id, { kind: "support" }));
    await expectFailure(postReply(t.db, S1, reply(r3.id)), "replyTooDeep");
    expect((await t.db.debatePost.findUniqueOrThrow({ where: { id: r3.id } })).depth).toBe(3);
    await t.db.debatePost.update({ where: { id: arg }, data: { locked: true } });
    await expectFailure(postReply(t.db, S2, reply(r1.id)), "threadLocked");
    await expectFailure(postReply(t.db, S1, reply(r2.id, { kind: "question" })), "threadLocked");
    // Locked part-way up: the replies below that reply are closed, the rest of the thread is not.
    await t.db.debatePost.update({ where: { id: arg }, data: { locked: false } });
    await t.db.debatePost.update({ where: { id: r1.id }, data: { locked: true } });
    await expectFailure(postReply(t.db, S1, reply(r2.id, { kind: "question" })), "threadLocked");
    await postReply(t.db, S2, reply(arg));
  });

  it("with steelman on, a student must argue the other side before rebutting it", async () => {
    await t.db.debate.update({ where: { id: debateId }, data: { steelman: true } });
    await seated(S1, "first");
    await seated(S2, "second");
    const { id: trapArg } = await postArgument(
      t.db,
      S2,
      argument({ side: "second", quotes: [quote(P19, p19, "安全閥")] }),
    );
    await setPhase("rebuttal");
    await expectFailure(postReply(t.db, S1, reply(trapArg)), "steelmanFirst");
    await postReply(t.db, S1, reply(trapArg, { kind: "question" })); // questions are never gated
    await postArgument(t.db, S1, argument({ side: "second", quotes: [quote(P19, p19, "安全閥")] }));
    await postReply(t.db, S1, reply(trapArg));
  });

  it("limits a student to 20 posts a minute", async () => {
    await seated(S1, "first");
    for (let i = 0; i < 20; i++) await postArgument(t.db, S1, argument({ claim: `第 ${i} 個論點` }));
    await expectFailure(postArgument(t.db, S1, argument()), "tooManyPosts");
    expect(await t.db.debatePost.count()).toBe(20);
  });

  it("counts only the last minute's posts against the limit", async () => {
    await seated(S1, "first");
    for (let i = 0; i < 20; i++) await postArgument(t.db, S1, argument({ claim: `第 ${i} 個論點` }));
    const aMinuteLater = new Date(Date.now() + 61_000);
    await postArgument(t.db, S1, argument({ claim: "一分鐘後" }), aMinuteLater);
    expect(await t.db.debatePost.count({ where: { authorId: S1 } })).toBe(21);
  });

  it("keeps to 20 posts a minute when the last ones arrive at once", async () => {
    await seated(S1, "first");
    for (let i = 0; i < 18; i++) await postArgument(t.db, S1, argument({ claim: `第 ${i} 個論點` }));
    const burst = await Promise.allSettled(
      Array.from({ length: 6 }, (_, i) => postArgument(t.db, S1, argument({ claim: `同時 ${i}` }))),
    );
    const stored = await t.db.debatePost.count({ where: { authorId: S1 } });
    expect(stored).toBeLessThanOrEqual(20);
    expect(burst.filter((b) => b.status === "fulfilled")).toHaveLength(stored - 18);
    for (const refused of burst.filter((b) => b.status === "rejected"))
      expect(refused.reason).toMatchObject({ key: "tooManyPosts" });
  });

  it("is not found for a student of another class, and refuses a removed student", async () => {
    const outsider = await t.db.user.create({
      data: { role: "STUDENT", displayName: "外班", loginName: "outsider-debate", passwordHash: "x" },
    });
    await expectFailure(postArgument(t.db, outsider.id, argument()), "notFound");
    await seated(S3, "second");
    await t.db.debateParticipant.updateMany({ where: { userId: S3 }, data: { removedAt: new Date() } });
    await expectFailure(postArgument(t.db, S3, argument({ side: "second" })), "removedFromBoard");
  });

  it("is not found in an archived class, with the debate switched off, or before the assignment opens", async () => {
    await seated(S1, "first");
    await whileBoardClosedToStudents(t.db, ASSIGNMENT, () =>
      expectFailure(postArgument(t.db, S1, argument()), "notFound"),
    );
    expect(await t.db.debatePost.count()).toBe(0);
    await postArgument(t.db, S1, argument());
    expect(await t.db.debatePost.count()).toBe(1);
  });

  it("takes reports of others' posts the reporter can see, only", async () => {
    await seated(S1, "first");
    const { id } = await postArgument(t.db, S1, argument());
    await expectFailure(reportPost(t.db, S1, { debateId, postId: id, reason: "" }), "notFound");
    // The opening phase is blind: a classmate's argument is not theirs to see, so not to report either.
    await expectFailure(reportPost(t.db, S2, { debateId, postId: id, reason: "猜的" }), "notFound");
    await setPhase("rebuttal");
    const kinds: string[] = [];
    const off = boardBus.subscribe(debateId, (e) => kinds.push(e.kind));
    await reportPost(t.db, S2, { debateId, postId: id, reason: "離題" });
    await reportPost(t.db, S2, { debateId, postId: id, reason: "人身攻擊" });
    off();
    expect(await t.db.debateReport.findMany({ select: { reason: true } })).toEqual([{ reason: "人身攻擊" }]);
    expect(kinds).toEqual(["report", "report"]); // the teacher's queue updates live (students' streams skip it)
    // Nor a post the teacher has hidden.
    await t.db.debatePost.update({ where: { id }, data: { hiddenAt: new Date(), hiddenReason: "離題" } });
    await expectFailure(reportPost(t.db, S2, { debateId, postId: id, reason: "x" }), "notFound");
  });

  it("stores a post sent twice with one client key once, and answers the resend with the first post", async () => {
    await seated(S1, "first");
    await seated(S2, "second");
    const key = "k1-0123456789abcdef";
    const events: string[] = [];
    const off = boardBus.subscribe(debateId, (e) => events.push(e.kind));
    const first = await postArgument(t.db, S1, argument({ clientKey: key }));
    const resent = await postArgument(t.db, S1, argument({ clientKey: key }));
    await setPhase("rebuttal");
    // Two resends at once (the first reply lost twice over): still one post.
    const [a, b] = await Promise.all([
      postReply(t.db, S1, reply(first.id, { kind: "question", clientKey: "k2-0123456789abcdef" })),
      postReply(t.db, S1, reply(first.id, { kind: "question", clientKey: "k2-0123456789abcdef" })),
    ]);
    // The same key from another student is another write.
    const others = await postArgument(t.db, S2, argument({ side: "second", clientKey: key }));
    off();
    expect(resent.id).toBe(first.id);
    expect(b.id).toBe(a.id);
    expect(others.id).not.toBe(first.id);
    expect(await t.db.debatePost.count({ where: { authorId: S1 } })).toBe(2);
    expect(await t.db.debatePost.count({ where: { authorId: S2 } })).toBe(1);
    expect(events).toEqual(["post", "post", "post"]); // a resend announces nothing new
  });

  it("answers a resend with the first post even after the phase closed in between", async () => {
    await seated(S1, "first");
    const first = await postArgument(t.db, S1, argument({ clientKey: "k3-0123456789abcdef" }));
    await setPhase("closed");
    expect((await postArgument(t.db, S1, argument({ clientKey: "k3-0123456789abcdef" }))).id).toBe(first.id);
    await expectFailure(postArgument(t.db, S1, argument({ clientKey: "k4-0123456789abcdef" })), "debateClosed");
  });

  it("takes a report sent twice as one report", async () => {
    await seated(S1, "first");
    const { id } = await postArgument(t.db, S1, argument());
    await setPhase("rebuttal"); // arguments are seen, and so can be reported, from the rebuttal phase
    await reportPost(t.db, S2, { debateId, postId: id, reason: "離題" });
    await reportPost(t.db, S2, { debateId, postId: id, reason: "離題" });
    expect(await t.db.debateReport.count({ where: { postId: id } })).toBe(1);
  });
});
