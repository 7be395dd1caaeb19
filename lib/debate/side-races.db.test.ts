import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { seedDemo } from "@/lib/seed/demo";
import { aroundCall } from "@/lib/testing/around-call";
import { createTestDatabase, TEST_PROVIDERS, type TestDatabase } from "@/lib/testing/databases";
import { emptyBoard, seatStudent } from "@/lib/testing/debate-seats";
import { expectFailure } from "@/lib/testing/expect-failure";
import { argumentInputSchema } from "./limits";
import { postArgument, postReply } from "./posts";
import { chooseSide } from "./student";
import { setPhase, updateBoardSettings } from "./teacher";
import { boardSettingsSchema } from "./teacher-schema";

// One person in two tabs (or a student and the teacher) changing a side at the instant an argument is
// posted or the side is chosen (docs/decisions/0015). Each test runs the other party's whole request at the
// chosen moment of this one (lib/testing/around-call.ts).

const TEACHER = "demo-teacher";
const ASSIGNMENT = "demo-assignment-h20";
const S1 = "demo-student-1";
const P3 = "h20-p03";

describe.each(TEST_PROVIDERS)("a side changing while it is used, on %s", (provider) => {
  let t: TestDatabase;
  let debateId: string;
  let p3: string;

  const argument = (side: string) => {
    const at = "戰略退卻";
    const start = p3.indexOf(at);
    return argumentInputSchema.parse({
      debateId,
      side,
      claim: "美國是被迫讓步。",
      reasoning: "作者說美國撐不住了。",
      quotes: [{ paragraphId: P3, start, end: start + at.length, text: at, script: "trad" }],
    });
  };
  const thirdSideOff = () =>
    updateBoardSettings(
      t.db,
      TEACHER,
      boardSettingsSchema.parse({
        assignmentId: ASSIGNMENT,
        debateEnabled: "on",
        motion: "",
        sideMode: "choose",
        steelman: "on",
      }),
    );
  const sideOf = async (userId: string) =>
    (await t.db.debateParticipant.findUniqueOrThrow({ where: { debateId_userId: { debateId, userId } } })).side;
  const thirdSideEnabled = async () =>
    (await t.db.debate.findUniqueOrThrow({ where: { id: debateId } })).thirdSideEnabled;

  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedDemo(t.db);
    debateId = (await t.db.debate.findUniqueOrThrow({ where: { assignmentId: ASSIGNMENT } })).id;
    p3 = (await t.db.readingParagraph.findUniqueOrThrow({ where: { id: P3 } })).text;
  });
  afterAll(() => t?.drop());
  beforeEach(async () => {
    await emptyBoard(t.db, debateId, {
      phase: "opening",
      phaseSetAt: null,
      rebuttalAt: null,
      closesAt: null,
      sideMode: "choose",
      steelman: true,
      thirdSideEnabled: true,
    });
    await seatStudent(t.db, debateId, S1, { side: "first" });
  });

  it("an argument posted from another tab while the side is being changed keeps the side: the change is refused", async () => {
    // After the check for arguments, before the side is written.
    const tab = aroundCall(t.db, "debatePost", "count", "after", () => postArgument(t.db, S1, argument("first")));
    await expectFailure(chooseSide(tab.db, S1, { debateId, side: "second" }), "sideLocked");
    expect(tab.state.ran).toBe(true);
    expect(await sideOf(S1)).toBe("first");
    expect(await t.db.debatePost.count({ where: { authorId: S1, side: "first" } })).toBe(1);
  });

  it("a side changed from another tab while an argument is being posted withdraws the argument", async () => {
    const tab = aroundCall(t.db, "debatePost", "create", "before", () =>
      chooseSide(t.db, S1, { debateId, side: "second" }),
    );
    await expectFailure(postArgument(tab.db, S1, argument("first")), "sideChangedWhilePosting");
    expect(tab.state.ran).toBe(true);
    expect(await sideOf(S1)).toBe("second");
    expect(await t.db.debatePost.count()).toBe(0);
  });

  it("the teacher switching the third side off while a student picks it: the teacher is refused and it stays on", async () => {
    // After the teacher's check that nobody is on the third side, before it is switched off.
    const tab = aroundCall(t.db, "debatePost", "count", "after", () =>
      chooseSide(t.db, S1, { debateId, side: "other" }),
    );
    await expectFailure(
      updateBoardSettings(
        tab.db,
        TEACHER,
        boardSettingsSchema.parse({ assignmentId: ASSIGNMENT, debateEnabled: "on", motion: "", sideMode: "choose" }),
      ),
      "sideInUse",
      "thirdSideEnabled",
    );
    expect(tab.state.ran).toBe(true);
    expect(await thirdSideEnabled()).toBe(true);
    expect(await sideOf(S1)).toBe("other");
  });

  it("a student picking the third side just after the teacher switched it off is refused", async () => {
    // After the check for arguments, before the side is written.
    const tab = aroundCall(t.db, "debatePost", "count", "after", thirdSideOff);
    await expectFailure(chooseSide(tab.db, S1, { debateId, side: "other" }), "sideInvalid", "side");
    expect(tab.state.ran).toBe(true);
    expect(await thirdSideEnabled()).toBe(false);
    expect(await sideOf(S1)).toBe("first");
  });

  it("an argument posted as the teacher closes the board is withdrawn: the closed board stays as it was", async () => {
    const tab = aroundCall(t.db, "debatePost", "create", "before", () =>
      setPhase(t.db, TEACHER, { assignmentId: ASSIGNMENT, phase: "closed" }),
    );
    await expectFailure(postArgument(tab.db, S1, argument("first")), "debateClosed");
    expect(tab.state.ran).toBe(true);
    expect(await t.db.debatePost.count()).toBe(0);
  });

  it("a reply posted as the teacher closes the board, or sets it back to the opening, is withdrawn", async () => {
    const { id: parentId } = await postArgument(t.db, S1, argument("first"));
    for (const phase of ["closed", "opening"] as const) {
      await t.db.debate.update({ where: { id: debateId }, data: { phase: "rebuttal" } });
      const tab = aroundCall(t.db, "debatePost", "create", "before", () =>
        setPhase(t.db, TEACHER, { assignmentId: ASSIGNMENT, phase }),
      );
      await expectFailure(
        postReply(tab.db, S1, { debateId, parentId, kind: "support", body: "同意。", quotes: [] }),
        phase === "closed" ? "debateClosed" : "wrongPhase",
      );
      expect(tab.state.ran).toBe(true);
      expect(await t.db.debatePost.count()).toBe(1);
    }
  });

  it("a steelman argument for the third side, posted as the teacher switches it off, is withdrawn", async () => {
    const tab = aroundCall(t.db, "debatePost", "create", "before", thirdSideOff);
    await expectFailure(postArgument(tab.db, S1, argument("other")), "sideInvalid", "side");
    expect(tab.state.ran).toBe(true);
    expect(await thirdSideEnabled()).toBe(false);
    expect(await t.db.debatePost.count()).toBe(0);
  });
});
