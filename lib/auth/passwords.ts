import { hash, verify } from "@node-rs/argon2";

// argon2id with the library's defaults (19 MiB, 2 passes), OWASP's recommended minimum; ~50 ms here.
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// A real argon2id hash of a random string: verifying against it for unknown users takes as long as
// for known ones, so response time does not tell an attacker which login names exist.
const DECOY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$KxGH50nrsdLcU8HGE1vPXA$Ej7kIv/WGSrV9AGnJ+t9GRsuAOsoGPGW2a+j2VPwIKY";

/**
 * The password hash of an account that has none yet (a student a teacher added from a list, who sets one
 * with their first code): no password matches it, and checking one takes as long as for any account.
 */
export const NO_PASSWORD_YET = DECOY_HASH;

export async function burnPasswordCheck(password: string): Promise<false> {
  await verifyPassword(DECOY_HASH, password);
  return false;
}
