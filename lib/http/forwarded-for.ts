/**
 * The client's address from X-Forwarded-For: its last entry, the one written by what this server trusts
 * (the server itself, or the one reverse proxy in front of it with TRUST_PROXY=true; see
 * scripts/server/client-address.cjs). Earlier entries are whatever the client chose to send.
 */
export function lastForwardedAddress(value: string | string[] | null | undefined): string {
  const joined = Array.isArray(value) ? value.join(",") : (value ?? "");
  return (
    joined
      .split(",")
      .map((part) => part.trim())
      .filter(Boolean)
      .at(-1) ?? "unknown"
  );
}
