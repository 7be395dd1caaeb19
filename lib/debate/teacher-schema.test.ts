import { describe, expect, it } from "vitest";
import { parseLocalDateTime } from "@/lib/time/zoned";
import {
  boardSettingsSchema,
  gradeParticipantSchema,
  moderatePostSchema,
  moderateStudentSchema,
} from "./teacher-schema";

const errorsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

describe("boardSettingsSchema", () => {
  const form = { assignmentId: "a1", motion: "", sideMode: "choose" };

  it("reads a form: ticked boxes are 'on', unticked ones absent, empty dates are none", () => {
    expect(
      boardSettingsSchema.parse({
        ...form,
        debateEnabled: "on",
        thirdSideEnabled: "on",
        steelman: "true",
        rebuttalAt: "",
        closesAt: "2025-09-02T08:00",
        sideFirst: " 正方 ",
      }),
    ).toEqual({
      assignmentId: "a1",
      debateEnabled: true,
      motion: "",
      // A side's name left out or empty is "" (the reading's name shows through).
      sideFirst: "正方",
      sideSecond: "",
      sideOther: "",
      thirdSideEnabled: true,
      sideMode: "choose",
      steelman: true,
      anonymous: false,
      rebuttalAt: null,
      closesAt: parseLocalDateTime("2025-09-02T08:00"),
    });
  });

  it("switches the debate part off when its box is unticked (the form sends nothing)", () => {
    expect(boardSettingsSchema.parse(form).debateEnabled).toBe(false);
    expect(boardSettingsSchema.parse({ ...form, debateEnabled: true }).debateEnabled).toBe(true);
  });

  it("limits a side's name to 40 characters", () => {
    expect(errorsOf(boardSettingsSchema.safeParse({ ...form, sideSecond: "陷".repeat(41) }))).toEqual({
      sideSecond: "sideLabelTooLong",
    });
    expect(boardSettingsSchema.parse({ ...form, sideSecond: "陷".repeat(40) }).sideSecond).toHaveLength(40);
  });

  it("cleans the motion and limits it to 300 characters", () => {
    expect(boardSettingsSchema.parse({ ...form, motion: " \u0007美國是在退卻嗎?\r\n" }).motion).toBe("美國是在退卻嗎?");
    expect(boardSettingsSchema.parse({ ...form, motion: "字".repeat(300) }).motion).toHaveLength(300);
    expect(errorsOf(boardSettingsSchema.safeParse({ ...form, motion: "字".repeat(301) }))).toEqual({
      motion: "motionTooLong",
    });
  });

  it("refuses an invalid date and an unknown side mode", () => {
    expect(
      errorsOf(boardSettingsSchema.safeParse({ ...form, rebuttalAt: "2025-02-30T08:00", sideMode: "random" })),
    ).toEqual({ rebuttalAt: "dateInvalid", sideMode: "required" });
  });
});

describe("gradeParticipantSchema", () => {
  const form = {
    assignmentId: "a1",
    studentId: "s1",
    claim: "1",
    evidence: "4",
    reasoning: "",
    rebuttal: undefined,
    feedback: "",
  };

  it("reads scores 1–4, an empty select as not graded", () => {
    expect(gradeParticipantSchema.parse(form)).toMatchObject({
      claim: 1,
      evidence: 4,
      reasoning: null,
      rebuttal: null,
      feedback: "",
    });
  });

  it("refuses other scores and feedback over 2000 characters", () => {
    expect(
      errorsOf(
        gradeParticipantSchema.safeParse({
          ...form,
          claim: "0",
          evidence: "5",
          reasoning: "2.5",
          rebuttal: "x",
          feedback: "字".repeat(2001),
        }),
      ),
    ).toEqual({
      claim: "rubricInvalid",
      evidence: "rubricInvalid",
      reasoning: "rubricInvalid",
      rebuttal: "rubricInvalid",
      feedback: "feedbackTooLong",
    });
  });
});

describe("moderation schemas", () => {
  it("cleans reasons, limits them to 1000 characters and knows the six post actions", () => {
    expect(moderatePostSchema.parse({ postId: "p1", action: "hide", reason: " 離題\r\n" })).toEqual({
      postId: "p1",
      action: "hide",
      reason: "離題",
    });
    expect(moderatePostSchema.parse({ postId: "p1", action: "pin" }).reason).toBe("");
    expect(
      errorsOf(moderatePostSchema.safeParse({ postId: "p1", action: "delete", reason: "字".repeat(1001) })),
    ).toEqual({ action: "required", reason: "reasonTooLong" });
    expect(errorsOf(moderateStudentSchema.safeParse({ assignmentId: "a1", studentId: "", reason: "" }))).toHaveProperty(
      "studentId",
    );
  });
});
