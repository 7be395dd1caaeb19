import { z } from "zod";
import { isUniqueViolation } from "@/lib/db/errors";

/**
 * A key the browser makes for one write that creates something (a post, a reply, a highlight) and sends
 * again with every resend of that write. Optional: a client without one gets plain, one-per-request writes.
 */
export const clientKeySchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{16,64}$/, { error: "unexpected" })
  .optional()
  .or(z.literal("").transform(() => undefined));

/**
 * Creates a row once per client key (decision 0018). When a write was stored but its reply was lost and the
 * browser sends it again, the resend gets the first row instead of a duplicate: the caller looks for it
 * with `find` before its own checks (the resend may come after the rules changed, and the post already
 * counted), and createOnce looks again if two sends race to the insert (the database's unique key on
 * (user, clientKey) lets one in). `created` says whether this call made the row.
 */
export async function createOnce<T>(
  clientKey: string | undefined,
  find: (clientKey: string) => Promise<T | null>,
  create: () => Promise<T>,
): Promise<{ row: T; created: boolean }> {
  try {
    return { row: await create(), created: true };
  } catch (error) {
    if (!clientKey || !isUniqueViolation(error)) throw error;
    const winner = await find(clientKey);
    if (!winner) throw error;
    return { row: winner, created: false };
  }
}
