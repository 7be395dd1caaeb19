import { z } from "zod";
import { idSchema as id } from "@/lib/id-schema";
import { RETENTION_DAYS_MAX, RETENTION_DAYS_MIN } from "./retention-limits";

const flag = z.enum(["true", "false"], { error: "required" }).transform((v) => v === "true");

export const teacherIdSchema = z.object({ teacherId: id });
export const setDisabledSchema = z.object({ teacherId: id, disabled: flag });
export const setAdministratorSchema = z.object({ teacherId: id, isAdmin: flag });
export const createInviteSchema = z.object({});
export const retentionSchema = z.object({
  retentionDays: z.coerce
    .number({ error: "retentionInvalid" })
    .int({ error: "retentionInvalid" })
    .min(RETENTION_DAYS_MIN, { error: "retentionInvalid" })
    .max(RETENTION_DAYS_MAX, { error: "retentionInvalid" }),
});
export const studentIdSchema = z.object({ studentId: id });
