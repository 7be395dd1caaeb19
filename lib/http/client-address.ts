import "server-only";
import { headers } from "next/headers";
import { lastForwardedAddress } from "./forwarded-for";

/** The client's address for rate limiting (see lib/http/forwarded-for.ts for which entry, and why). */
export async function clientAddress(): Promise<string> {
  return lastForwardedAddress((await headers()).get("x-forwarded-for"));
}
