import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "@/lib/seed/demo";
import { createTestDatabase, TEST_PROVIDERS, type TestDatabase } from "@/lib/testing/databases";
import { debatePostWriter } from "@/lib/testing/debate-posts";
import { seatStudent } from "@/lib/testing/debate-seats";
import { loadBoardExport } from "./board-export-data";
import { boardCsv, boardMarkdown } from "./export";

const ASSIGNMENT = "demo-assignment-h20";
const TEACHER = "demo-teacher";
const [S1, S2] = ["demo-student-1", "demo-student-2"];

describe.each(TEST_PROVIDERS)("debate board export on %s", (provider) => {
  let t: TestDatabase;
  let debateId: string;
  let post: ReturnType<typeof debatePostWriter>;

  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedDemo(t.db);
    debateId = (await t.db.debate.findUniqueOrThrow({ where: { assignmentId: ASSIGNMENT } })).id;
    post = debatePostWriter(t.db, debateId);
  });
  afterAll(() => t?.drop());

  it("is null for another teacher, and for an assignment that does not exist", async () => {
    const other = await t.db.user.create({
      data: { role: "TEACHER", displayName: "別班老師", loginName: "other@school", passwordHash: "x" },
    });
    expect(await loadBoardExport(t.db, other.id, ASSIGNMENT)).toBeNull();
    expect(await loadBoardExport(t.db, S1, ASSIGNMENT)).toBeNull();
    expect(await loadBoardExport(t.db, TEACHER, "no-such-assignment")).toBeNull();
  });

  it("exports the whole board with real names, hidden posts marked, a reply's side its author's", async () => {
    await t.db.debate.update({ where: { id: debateId }, data: { anonymous: true, motion: "退卻還是陷阱?" } });
    await seatStudent(t.db, debateId, S1, { side: "first" });
    await seatStudent(t.db, debateId, S2, { side: "second" });
    const a1 = await post(S1, { side: "first", claim: "<b>被迫</b>讓步" }, ["h20-p19", "h20-p03"]);
    const r1 = await post(S2, { kind: "rebut", parentId: a1.id, hidden: "人身攻擊" });
    await post(S1, { kind: "question", parentId: r1.id });
    await post(S2, { side: "other", claim: "另一種解釋" }); // written while the third side was on
    await t.db.debateRating.create({ data: { userId: S2, postId: a1.id, value: 4 } });

    const data = (await loadBoardExport(t.db, TEACHER, ASSIGNMENT))!;
    expect(data).toMatchObject({
      title: expect.any(String),
      motion: "退卻還是陷阱?",
      sides: ["first", "second", "other"],
    });
    const p03 = await t.db.readingParagraph.findUniqueOrThrow({ where: { id: "h20-p03" } });
    const p19 = await t.db.readingParagraph.findUniqueOrThrow({ where: { id: "h20-p19" } });
    expect(data.posts.map((p) => [p.kind, p.side, p.author, p.depth, p.hidden, p.hiddenReason])).toEqual([
      ["argument", "first", "陳同學", 0, false, null],
      ["rebut", "second", "林同學", 1, true, "人身攻擊"],
      ["question", "first", "陳同學", 2, false, null],
      ["argument", "other", "林同學", 0, false, null],
    ]);
    expect(data.posts[0]).toMatchObject({
      id: a1.id,
      parentId: null,
      claim: "<b>被迫</b>讓步",
      quotes: [
        { position: 3, quote: p03.text.slice(0, 2) },
        { position: 19, quote: p19.text.slice(0, 2) },
      ],
      ratings: [4],
    });
    expect(data.posts[2]!.parentId).toBe(r1.id);

    const csv = boardCsv(data, {
      postId: "id",
      parentId: "parent",
      depth: "depth",
      kind: "kind",
      side: "side",
      author: "author",
      createdAt: "at",
      claim: "claim",
      body: "body",
      quotes: "quotes",
      ratingCount: "n",
      ratingAverage: "avg",
      hidden: "hidden",
      hiddenReason: "reason",
      kinds: { argument: "A", support: "S", rebut: "R", question: "Q", prompt: "P" },
      sides: { first: "first", second: "second", other: "other" },
      yes: "yes",
    });
    expect(csv.split("\r\n")).toHaveLength(1 + 4 + 1);
    expect(csv).toContain(",R,second,林同學,");
    const md = boardMarkdown(data, {
      defaultMotion: "",
      assignment: "Assignment",
      sides: { first: "Retreat", second: "Trap", other: "Other" },
      unsided: "No side",
      kinds: { argument: "Argument", support: "Support", rebut: "Rebut", question: "Question", prompt: "Prompt" },
      prompts: "Prompts",
      hidden: "Hidden",
      pinned: "Pinned",
      locked: "Locked",
      noArguments: "None",
      ratings: (n, avg) => `${n} ratings, average ${avg}`,
      formatDate: (d) => d.toISOString(),
    });
    expect(md.startsWith("# 退卻還是陷阱?\n")).toBe(true);
    expect(md).toContain("### &lt;b&gt;被迫&lt;/b&gt;讓步");
    expect(md).toContain("- **Rebut** · 林同學");
    expect(md).toContain("**Hidden**: 人身攻擊");
    expect(md).toContain("## Other\n\n### 另一種解釋");
  });
});
