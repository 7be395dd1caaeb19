/**
 * Who may create a teacher account (TEACHER_SIGNUP): "open" anyone who reaches the server; "approval" anyone,
 * but they sign in only once an administrator approves; "invite" only with an administrator's invite link.
 * Default: "open" on a demo server (SEED_DEMO not false, a teacher trying the app on a laptop), "approval"
 * otherwise. An invite link works under every policy and needs no approval.
 */
export const SIGN_UP_POLICIES = ["open", "approval", "invite"] as const;
export type SignUpPolicy = (typeof SIGN_UP_POLICIES)[number];

export class SignUpPolicyError extends Error {}

export function teacherSignUpPolicy(env: Record<string, string | undefined> = process.env): SignUpPolicy {
  const configured = env.TEACHER_SIGNUP?.trim().toLowerCase();
  if (configured) {
    const policy = SIGN_UP_POLICIES.find((p) => p === configured);
    if (!policy)
      throw new SignUpPolicyError(
        `TEACHER_SIGNUP is "${env.TEACHER_SIGNUP}"; it must be one of ${SIGN_UP_POLICIES.join(", ")}.`,
      );
    return policy;
  }
  return env.SEED_DEMO === "false" ? "approval" : "open";
}
