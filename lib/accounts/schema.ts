import { z } from "zod";
import { isCommonPassword } from "@/lib/auth/common-passwords";
import { idSchema } from "@/lib/id-schema";
import { withoutBidiControls } from "@/lib/text/bidi";

/**
 * Every message is a key of the "errors" namespace in messages/*.json, so the form shows it in the
 * user's language. Limits: names ≤ 80 characters, passwords 8–200.
 */
export const NAME_MAX = 80;
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 200;

/** A person's name: no bidirectional controls, which could disguise it or the text after it. */
export const displayNameSchema = z
  .string({ error: "required" })
  .overwrite(withoutBidiControls)
  .trim()
  .min(1, { error: "required", abort: true })
  .max(NAME_MAX, { error: "nameTooLong" });

export const newPasswordSchema = z
  .string({ error: "required" })
  .min(1, { error: "required", abort: true })
  .min(PASSWORD_MIN, { error: "passwordTooShort", abort: true })
  .max(PASSWORD_MAX, { error: "passwordTooLong", abort: true })
  .refine((p) => !isCommonPassword(p), { error: "passwordTooCommon" });

export const emailSchema = z
  .string({ error: "required" })
  .trim()
  .min(1, { error: "required" })
  .max(254, { error: "emailInvalid" })
  .pipe(z.email({ error: "emailInvalid" }))
  .transform((e) => e.toLowerCase());

/** Student login names: 3–32 of a–z, 0–9, dot, dash, underscore; case-insensitive (stored lower case). */
export const loginNameSchema = z
  .string({ error: "required" })
  .trim()
  .min(1, { error: "required" })
  .transform((s) => s.toLowerCase())
  .pipe(
    z
      .string()
      .min(3, { error: "loginNameInvalid" })
      .max(32, { error: "loginNameInvalid" })
      .regex(/^[a-z0-9][a-z0-9._-]*$/, { error: "loginNameInvalid" }),
  );

/** Join codes are shown in upper case; people type them with spaces, dashes or in lower case. */
export const joinCodeSchema = z
  .string({ error: "required" })
  .transform((s) => s.replace(/[\s-]+/g, "").toUpperCase())
  .pipe(z.string().min(1, { error: "required" }).max(12, { error: "joinCodeUnknown" }));

export const teacherSignUpSchema = z.object({
  email: emailSchema,
  displayName: displayNameSchema,
  password: newPasswordSchema,
  // From an administrator's invite link (/sign-up?invite=…), carried in a hidden field.
  invite: z
    .string()
    .optional()
    .transform((v) => v?.trim() || undefined)
    .pipe(z.string().max(32, { error: "inviteInvalid" }).optional()),
});

export const studentJoinSchema = z.object({
  joinCode: joinCodeSchema,
  loginName: loginNameSchema,
  displayName: displayNameSchema,
  password: newPasswordSchema,
});

export const changePasswordSchema = z.object({
  currentPassword: z
    .string({ error: "required" })
    .min(1, { error: "required" })
    .max(PASSWORD_MAX, { error: "passwordTooLong" }),
  newPassword: newPasswordSchema,
});

export const signInSchema = z.object({
  login: z
    .string()
    .trim()
    .min(1)
    .max(254)
    .transform((s) => s.toLowerCase()),
  password: z.string().min(1).max(PASSWORD_MAX),
});

export const joinAnotherClassSchema = z.object({ joinCode: joinCodeSchema });

/**
 * A password reset with a one-time code: a student's login name, or a teacher's email (their login name),
 * matched as typed in lower case; a name that fits neither simply matches no code.
 */
export const resetPasswordSchema = z.object({
  loginName: z
    .string({ error: "required" })
    .trim()
    .min(1, { error: "required" })
    .max(254, { error: "loginNameInvalid" })
    .transform((s) => s.toLowerCase()),
  code: z
    .string({ error: "required" })
    .transform((s) => s.replace(/[\s-]+/g, "").toUpperCase())
    .pipe(z.string().min(1, { error: "required" }).max(16, { error: "resetCodeInvalid" })),
  newPassword: newPasswordSchema,
});

export const issueResetCodeSchema = z.object({ classroomId: idSchema, studentId: idSchema });
