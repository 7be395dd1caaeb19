/**
 * The errors a sign-in can end with besides a wrong password, as next-auth passes them to the form (the
 * message thrown in authorize()). Shared by the server and the sign-in form.
 */
export const SIGN_IN_SLOWED = "signInSlowed";
/** A teacher who signed up and waits for an administrator's approval (TEACHER_SIGNUP=approval). */
export const SIGN_IN_PENDING = "accountPending";
/** An account an administrator disabled. */
export const SIGN_IN_DISABLED = "accountDisabled";

/** `signInSlowed:<seconds>` → the seconds to wait; null for any other error. */
export function slowedSeconds(error: string | null | undefined): number | null {
  const match = /^signInSlowed:(\d+)$/.exec(error ?? "");
  return match ? Number(match[1]) : null;
}
