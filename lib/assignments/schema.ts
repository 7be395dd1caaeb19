import { z } from "zod";
import { idSchema as id } from "@/lib/id-schema";
import { titleSchema } from "@/lib/text/title-schema";
import { parseLocalDateTime } from "@/lib/time/zoned";

// Browsers send nothing at all for an unticked checkbox, so a missing key means false.
const checkbox = z
  .string()
  .optional()
  .transform((v) => v === "on" || v === "true");
const localDateTime = z.string().transform((v, ctx) => {
  const date = parseLocalDateTime(v);
  if (!date) ctx.addIssue({ code: "custom", message: "dateInvalid" });
  return date ?? new Date(NaN);
});

/** What the teacher sets on an assignment, when creating it and when changing it. */
const assignmentFields = {
  title: titleSchema,
  instructions: z.string().trim().max(5000, { error: "instructionsTooLong" }).default(""),
  opensAt: z.string().min(1, { error: "required" }).pipe(localDateTime),
  dueAt: z
    .string()
    .optional()
    .transform((v) => (v ? v : undefined))
    .pipe(localDateTime.optional()),
  readingEnabled: checkbox,
  quizEnabled: checkbox,
  debateEnabled: checkbox,
};

type Fields = { opensAt: Date; dueAt?: Date; readingEnabled: boolean; quizEnabled: boolean; debateEnabled: boolean };
function checked<S extends z.ZodType<Fields>>(schema: S) {
  return schema
    .refine((a) => !a.dueAt || a.dueAt > a.opensAt, { error: "dueBeforeOpens", path: ["dueAt"] })
    .refine((a) => a.readingEnabled || a.quizEnabled || a.debateEnabled, { error: "noPartsOn", path: ["parts"] });
}

export const createAssignmentSchema = checked(
  z.object({
    classroomId: id,
    readingId: z.string({ error: "required" }).min(1, { error: "required" }).max(64),
    ...assignmentFields,
  }),
);

/** The reading stays: items, highlights and quotes of students' work point into it. */
export const updateAssignmentSchema = checked(z.object({ assignmentId: id, ...assignmentFields }));

export const duplicateAssignmentSchema = z.object({ assignmentId: id, classroomId: id });

export const deleteAssignmentSchema = z.object({
  assignmentId: id,
  confirm: z.literal("yes", { error: "confirmDelete" }),
});
