import { z } from "zod";
import { NAME_MAX } from "@/lib/accounts/schema";
import { idSchema as id } from "@/lib/id-schema";
import { clientKeySchema } from "@/lib/idempotency";
import { withoutBidiControls } from "@/lib/text/bidi";
import { parseLocalDateTime } from "@/lib/time/zoned";

export const classroomNameSchema = z
  .string({ error: "required" })
  .overwrite(withoutBidiControls)
  .trim()
  .min(1, { error: "required" })
  .max(NAME_MAX, { error: "nameTooLong" });

export const createClassroomSchema = z.object({ name: classroomNameSchema });

export const renameClassroomSchema = z.object({ classroomId: id, name: classroomNameSchema });
export const archiveClassroomSchema = z.object({
  classroomId: id,
  archived: z.enum(["true", "false"]).transform((v) => v === "true"),
});
export const classroomIdSchema = z.object({ classroomId: id });
export const removeStudentSchema = z.object({ classroomId: id, studentId: id });

/** The most names one list may add (a class or two); more is refused, not cut short. */
export const BULK_MAX = 100;

/** A pasted list of names, one a line: blank lines ignored, each a name as anywhere else (no bidi controls). */
export const bulkStudentsSchema = z.object({
  classroomId: id,
  names: z
    .string({ error: "required" })
    .transform((text) =>
      text
        .split(/\r\n|[\r\n\u2028\u2029]/)
        .map((line) => withoutBidiControls(line).trim())
        .filter(Boolean),
    )
    .pipe(
      z
        .array(z.string().max(NAME_MAX, { error: "nameTooLong" }))
        .min(1, { error: "required" })
        .max(BULK_MAX, { error: "bulkTooMany" }),
    ),
  clientKey: clientKeySchema,
});

/** A class's last day ("" = none): the end of that day in the school's time zone. */
export const classEndSchema = z.object({
  classroomId: id,
  endsOn: z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (!v?.trim()) return null;
      const date = /^\d{4}-\d{2}-\d{2}$/.test(v.trim()) ? parseLocalDateTime(`${v.trim()}T23:59`) : null;
      if (!date) ctx.addIssue({ code: "custom", message: "dateInvalid" });
      return date;
    }),
});
