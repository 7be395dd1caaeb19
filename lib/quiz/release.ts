/**
 * When a student may see their score, the key and the explanations, per the teacher's release setting:
 * "on_submit" as soon as the attempt is submitted; "after_due" once the due date has passed; "manual"
 * when the teacher presses release. A teacher's release also opens "after_due" early (and is how an
 * "after_due" quiz without a due date is released at all).
 */
export const RELEASE_MODES = ["on_submit", "after_due", "manual"] as const;
export type ReleaseMode = (typeof RELEASE_MODES)[number];

/** The stored setting; one the app does not know reads as "manual", as resultsReleased treats it. */
export function releaseMode(value: string): ReleaseMode {
  return RELEASE_MODES.find((mode) => mode === value) ?? "manual";
}

/**
 * What a student who may still try again sees of a submitted attempt (the key waits for the last attempt
 * either way): "score" the total only, the default, since right/wrong per item gives away a true/false key
 * for the next attempt; "items" right or wrong per item as well.
 */
export const BETWEEN_ATTEMPTS = ["score", "items"] as const;
export type BetweenAttempts = (typeof BETWEEN_ATTEMPTS)[number];

/** The stored setting; one the app does not know reads as "score", which shows the least. */
export function betweenAttempts(value: string): BetweenAttempts {
  return BETWEEN_ATTEMPTS.find((mode) => mode === value) ?? "score";
}

export function resultsReleased(
  quiz: { release: string; releasedAt: Date | null },
  dueAt: Date | null,
  now: Date,
): boolean {
  if (quiz.releasedAt && quiz.releasedAt <= now) return true;
  if (quiz.release === "on_submit") return true;
  return quiz.release === "after_due" && dueAt !== null && now > dueAt;
}
