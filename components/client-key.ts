/**
 * A new key for one write that creates something, sent again with each resend of it (lib/idempotency.ts):
 * 128 random bits as hex. crypto.getRandomValues works on a school server reached over plain http, where
 * crypto.randomUUID (secure contexts only) does not exist.
 */
export function newClientKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("");
}
