import { z } from "zod";
import { NAME_MAX } from "@/lib/accounts/schema";
import { idSchema as id } from "@/lib/id-schema";
import { withoutBidiControls } from "@/lib/text/bidi";

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
