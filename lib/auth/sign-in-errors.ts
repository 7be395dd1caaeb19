/**
 * The errors a sign-in can end with besides a wrong password, as next-auth passes them to the form (the
 * message thrown in authorize()). Shared by the server and the sign-in form.
 */
export const SIGN_IN_SLOWED = "signInSlowed";

/** `signInSlowed:<seconds>` → the seconds to wait; null for any other error. */
export function slowedSeconds(error: string | null | undefined): number | null {
  const match = /^signInSlowed:(\d+)$/.exec(error ?? "");
  return match ? Number(match[1]) : null;
}
