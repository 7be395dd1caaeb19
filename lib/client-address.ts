import "server-only";
import { headers } from "next/headers";

/**
 * The client's address for rate limiting. `next start` sets x-forwarded-for from the connection; behind a
 * reverse proxy it carries the proxy's chain, whose first entry is the client.
 */
export async function clientAddress(): Promise<string> {
  const h = await headers();
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() || h.get("x-real-ip") || "unknown";
}
