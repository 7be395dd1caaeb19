import { createHash, randomInt } from "node:crypto";

// No 0/O, 1/I/L: a code is read aloud or off a screen and typed on a phone. 8 of 31 characters ≈ 40 bits;
// with wrong tries limited per name and address and a short life, enough.
const ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

/** A new code of `length` characters, shown as groups of four ("ABCD-EFGH"). */
export function newOneTimeCode(length = 8): { code: string; shown: string } {
  let code = "";
  for (let i = 0; i < length; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return { code, shown: code.match(/.{1,4}/g)!.join("-") };
}

/** The code as typed: spaces, dashes and case do not matter. */
export function normalizeOneTimeCode(code: string): string {
  return code.replace(/[\s-]+/g, "").toUpperCase();
}

/** What is stored: only the hash, so a copy of the database gives no working code. */
export function oneTimeCodeHash(code: string): string {
  return createHash("sha256").update(normalizeOneTimeCode(code)).digest("hex");
}
