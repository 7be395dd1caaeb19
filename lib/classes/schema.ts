import { z } from "zod";
import { NAME_MAX } from "@/lib/accounts/schema";

export const classroomNameSchema = z
  .string({ error: "required" })
  .trim()
  .min(1, { error: "required" })
  .max(NAME_MAX, { error: "nameTooLong" });

export const createClassroomSchema = z.object({ name: classroomNameSchema });
