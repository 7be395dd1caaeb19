import { z } from "zod";
import { idSchema as id } from "@/lib/id-schema";
import { clientKeySchema } from "@/lib/idempotency";
import { parseLocalDateTime } from "@/lib/time/zoned";
import { cleanText } from "./limits";
import { PHASES } from "./phases";
import {
  LEVEL_TEXT_MAX,
  levelField,
  RUBRIC_CRITERIA,
  RUBRIC_LEVELS,
  RUBRIC_MAX,
  type RubricCriterion,
  type RubricLevel,
} from "./rubric";
import { SIDES } from "./sides";

/**
 * The teacher's inputs on a debate board, as forms send them: checkboxes as "on" (absent when unticked),
 * datetime-local fields as wall-clock strings ("" = none), numbers as strings. Error messages are keys of
 * the "errors" message catalog. Rules that need the database (deadline order, a side still in use, a
 * reason for hiding) are checked by lib/debate/teacher.ts and moderation.ts, next to the write.
 */
// Lengths are UTF-16 code units, as the browser's maxlength counts them.
export const MOTION_MAX = 300;
/** A side's name is a word or a short phrase, shown as a column heading and on buttons. */
export const SIDE_LABEL_MAX = 40;
export const FEEDBACK_MAX = 2000;
export const REASON_MAX = 1000;
export const PROMPT_MAX = 1000;

export const SIDE_MODES = ["choose", "assigned"] as const;
export type SideMode = (typeof SIDE_MODES)[number];

export const POST_MODERATIONS = ["hide", "restore", "pin", "unpin", "lock", "unlock"] as const;
export type PostModeration = (typeof POST_MODERATIONS)[number];

export function isPostModeration(value: unknown): value is PostModeration {
  return (POST_MODERATIONS as readonly unknown[]).includes(value);
}

// Browsers send nothing at all for an unticked checkbox, so a missing key means false.
const checkbox = z
  .union([z.string(), z.boolean()])
  .optional()
  .transform((v) => v === true || v === "on" || v === "true");
const cleaned = (max: number, tooLong: string) =>
  z
    .string()
    .nullish()
    .transform((v) => cleanText(v ?? ""))
    .pipe(z.string().max(max, { error: tooLong }));
/** An optional datetime-local field: empty = no deadline. */
const optionalLocalDateTime = z
  .string()
  .nullish()
  .transform((v, ctx) => {
    if (!v?.trim()) return null;
    const date = parseLocalDateTime(v.trim());
    if (!date) {
      ctx.addIssue({ code: "custom", message: "dateInvalid" });
      return z.NEVER;
    }
    return date;
  });
/** One rubric criterion, 1–4; an empty select = not graded yet. */
const rubricScore = z.preprocess(
  (v) =>
    v === undefined || v === null || (typeof v === "string" && v.trim() === "")
      ? null
      : typeof v === "string"
        ? Number(v)
        : v,
  z
    .number({ error: "rubricInvalid" })
    .int({ error: "rubricInvalid" })
    .min(1, { error: "rubricInvalid" })
    .max(RUBRIC_MAX, { error: "rubricInvalid" })
    .nullable(),
);

export const boardSettingsSchema = z.object({
  assignmentId: id,
  // The assignment's debate part on or off (students see the board only while it is on). It sits with the
  // board's settings so the teacher switches it where they set the board up, and the two are saved together.
  debateEnabled: checkbox,
  // Empty = the reading's motion, else the catalog's (lib/debate/wording.ts); the same for each side's name.
  motion: cleaned(MOTION_MAX, "motionTooLong"),
  sideFirst: cleaned(SIDE_LABEL_MAX, "sideLabelTooLong"),
  sideSecond: cleaned(SIDE_LABEL_MAX, "sideLabelTooLong"),
  sideOther: cleaned(SIDE_LABEL_MAX, "sideLabelTooLong"),
  thirdSideEnabled: checkbox,
  sideMode: z.enum(SIDE_MODES, { error: "required" }),
  steelman: checkbox,
  anonymous: checkbox,
  rebuttalAt: optionalLocalDateTime,
  closesAt: optionalLocalDateTime,
});

export const setPhaseSchema = z.object({ assignmentId: id, phase: z.enum(PHASES, { error: "required" }) });

export const revealRatingsSchema = z.object({ assignmentId: id });

export const assignSideSchema = z.object({
  assignmentId: id,
  studentId: id,
  side: z.enum(SIDES, { error: "sideInvalid" }),
});

export const assignBalancedSchema = z.object({ assignmentId: id });

export const gradeParticipantSchema = z.object({
  assignmentId: id,
  studentId: id,
  claim: rubricScore,
  evidence: rubricScore,
  reasoning: rubricScore,
  rebuttal: rubricScore,
  feedback: cleaned(FEEDBACK_MAX, "feedbackTooLong"),
});

/** One text per level of each criterion ("claim-1" … "rebuttal-4"); an empty one means the default wording. */
const levelTexts = Object.fromEntries(
  RUBRIC_CRITERIA.flatMap((c) =>
    RUBRIC_LEVELS.map((l) => [levelField(c, l), cleaned(LEVEL_TEXT_MAX, "rubricLevelTooLong")]),
  ),
) as Record<`${RubricCriterion}-${RubricLevel}`, ReturnType<typeof cleaned>>;

export const rubricWordingSchema = z.object({ assignmentId: id, ...levelTexts });

export const promptSchema = z.object({
  assignmentId: id,
  body: cleaned(PROMPT_MAX, "promptTooLong").pipe(z.string().min(1, { error: "required" })),
  clientKey: clientKeySchema,
});

export const removePromptSchema = z.object({ assignmentId: id, postId: id });

/** Hiding needs a reason (its author sees it): checked by moderatePost, so the rule holds for every caller. */
export const moderatePostSchema = z.object({
  postId: id,
  action: z.enum(POST_MODERATIONS, { error: "required" }),
  reason: cleaned(REASON_MAX, "reasonTooLong"),
});

export const moderateStudentSchema = z.object({
  assignmentId: id,
  studentId: id,
  reason: cleaned(REASON_MAX, "reasonTooLong"),
});

export const dismissReportsSchema = z.object({ postId: id });

export type BoardSettingsInput = z.infer<typeof boardSettingsSchema>;
export type SetPhaseInput = z.infer<typeof setPhaseSchema>;
export type AssignSideInput = z.infer<typeof assignSideSchema>;
export type PromptInput = z.infer<typeof promptSchema>;
export type RemovePromptInput = z.infer<typeof removePromptSchema>;
export type RubricWordingInput = z.infer<typeof rubricWordingSchema>;
export type GradeParticipantInput = z.infer<typeof gradeParticipantSchema>;
export type ModeratePostInput = z.infer<typeof moderatePostSchema>;
export type ModerateStudentInput = z.infer<typeof moderateStudentSchema>;
