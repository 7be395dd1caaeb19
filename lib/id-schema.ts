import { z } from "zod";

/**
 * A record id as it arrives from a form, a route or a URL: never empty, never longer than any id we make,
 * and only the characters ours use (cuids, and the seed's "demo-assignment-h20"), so an id put into a path
 * (a redirect, a link) can never add a "/", a ".." or a "?" to it.
 */
export const idSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);

/** The [assignmentId] of a route handler's URL, or null (the handler then answers 404). */
export async function assignmentIdParam(params: Promise<{ assignmentId: string }>): Promise<string | null> {
  const parsed = idSchema.safeParse((await params).assignmentId);
  return parsed.success ? parsed.data : null;
}
